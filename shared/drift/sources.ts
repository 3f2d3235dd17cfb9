import { existsSync, statSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { expandDataPattern } from '../data/files.js';
import { mergeProfiles, type DataProfile } from '../data/profile.js';
import type { ResolvedModel } from '../registry/resolve.js';
import { parseModelRef } from '../registry/names.js';
import { InputError, UserError } from '../runtime/errors.js';
import type { StepIO } from '../runtime/io.js';
import type { MonitorReport } from './monitor-report.js';
import { isPredictionLogLine } from './prediction-log.js';
import { scanData, type RowSample, type ScanResult } from './scan.js';

/**
 * monitor's two sides, read from what a user gives: the reference (a data profile, raw data, a
 * package folder or a registry reference) and the current data (rows, a prediction log, or
 * profile shards). Errors are `InputError`s naming monitor's inputs (`reference`,
 * `reference-data`, `current`, `label-column`, `prediction-column`).
 */

const GLOB = /[*?[{]/;

/** What the current data are: rows (CSV, JSON Lines), the inference service's prediction log, or data profiles. */
export type CurrentFormat = 'data' | 'prediction-log' | 'profile';

/** Resolves a package folder (`path`) or a registry reference (`registry`) to a verified package. */
export type ResolveReference = (reference: string, where: 'path' | 'registry') => Promise<ResolvedModel>;

export interface MonitorReference {
  profile: DataProfile;
  kind: MonitorReport['reference']['kind'];
  /** Raw rows for the multivariate check, when the reference is data (or `reference-data` gave them). */
  sample: RowSample | null;
  name?: string;
  tag?: string;
  version?: number;
  releaseUrl?: string;
  task?: string;
  classes?: string[];
  target?: string;
  /** The package's metrics.json (numbers only), the baseline of performance. */
  metrics?: Record<string, number> | null;
}

function looksLikeProfile(value: unknown): value is DataProfile {
  const p = value as Partial<DataProfile> | null;
  return !!p && typeof p === 'object' && p.schemaVersion === 1 && Array.isArray(p.columns) && typeof p.table === 'object' && !!p.table;
}

/** A data profile JSON (what validate-data and train write); `shown` is the name used in messages. */
export async function readProfile(file: string, input: string, shown = file): Promise<DataProfile> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new InputError(`input "${input}": ${shown} is not a readable JSON data profile (${(error as Error).message}).`, input);
  }
  if (!looksLikeProfile(parsed)) {
    throw new InputError(
      `input "${input}": ${shown} is JSON but not a data profile (no schemaVersion 1, table and columns); give the data-profile.json that validate-data or train writes.`,
      input,
    );
  }
  return parsed;
}

async function readMetrics(dir: string): Promise<Record<string, number> | null> {
  try {
    const parsed = JSON.parse(await readFile(join(dir, 'metrics.json'), 'utf8')) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, number] => typeof e[1] === 'number'));
  } catch {
    return null;
  }
}

/** The first non-empty line of a file (at most 1 MiB is read). */
async function firstLine(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return (
      buffer
        .subarray(0, bytesRead)
        .toString('utf8')
        .split('\n')
        .find((line) => line.trim() !== '') ?? ''
    );
  } finally {
    await handle.close();
  }
}

/** The format of the current data, from the first file of the first pattern: `.json` is a profile, a JSON Lines file whose first line is a prediction-log line is a log. */
export async function detectFormat(patterns: readonly string[], cwd: string): Promise<CurrentFormat> {
  const [first] = await expandDataPattern(patterns[0], cwd);
  const file = resolve(cwd, first);
  if (extname(file).toLowerCase() === '.json') return 'profile';
  if (/\.(jsonl|ndjson)(\.\d+)?$/i.test(file)) {
    try {
      if (isPredictionLogLine(JSON.parse(await firstLine(file)))) return 'prediction-log';
    } catch {
      // Not JSON on the first line: the data reader reports it with its line number.
    }
  }
  return 'data';
}

/** Raw reference rows: the profile and, when `sampleRows` > 0, a uniform sample of rows. */
export async function scanReferenceData(pattern: string, options: { cwd: string; sampleRows: number; input: string }): Promise<ScanResult> {
  try {
    return await scanData([pattern], { cwd: options.cwd, format: 'data', sampleRows: options.sampleRows });
  } catch (error) {
    if (error instanceof UserError && !(error instanceof InputError))
      throw new InputError(`input "${options.input}": ${error.message}`, options.input);
    throw error;
  }
}

async function packageReference(
  dir: string,
  shown: string,
  kind: 'package' | 'registry',
  manifest: { name?: string; task?: string; classes?: string[]; target?: string },
): Promise<MonitorReference> {
  const file = join(dir, 'data-profile.json');
  if (!existsSync(file)) {
    throw new InputError(
      `input "reference": ${shown} has no data-profile.json (train writes one when its data is CSV or JSON Lines); give a data profile or a data file as reference instead.`,
      'reference',
    );
  }
  return {
    profile: await readProfile(file, 'reference', `${shown}'s data-profile.json`),
    kind,
    sample: null,
    name: manifest.name,
    task: manifest.task,
    classes: manifest.classes,
    target: manifest.target,
    metrics: await readMetrics(dir),
  };
}

export interface ReferenceOptions {
  cwd: string;
  /** Rows to sample from raw reference data for the multivariate check (0: none). */
  sampleRows: number;
  resolveReference: ResolveReference;
}

/**
 * The reference, by what `text` names: a package folder (its data-profile.json and metrics.json),
 * a data profile JSON, a data file or glob (scanned, with a sample of rows), or a model
 * reference resolved through the registry.
 */
export async function loadReference(text: string, options: ReferenceOptions): Promise<MonitorReference> {
  const { cwd } = options;
  const path = resolve(cwd, text);
  if (existsSync(path) && statSync(path).isDirectory()) {
    const resolved = await options.resolveReference(path, 'path');
    return packageReference(resolved.dir, text, 'package', resolved.manifest);
  }
  if (existsSync(path) && extname(path).toLowerCase() === '.json') {
    return { profile: await readProfile(path, 'reference', text), kind: 'profile', sample: null };
  }
  if (existsSync(path) || GLOB.test(text)) {
    const scanned = await scanReferenceData(text, { cwd, sampleRows: options.sampleRows, input: 'reference' });
    return { profile: scanned.profile, kind: 'data', sample: scanned.sample };
  }
  if (parseModelRef(text, 'reference')) {
    const resolved = await options.resolveReference(text, 'registry');
    return {
      ...(await packageReference(resolved.dir, resolved.tag ?? text, 'registry', resolved.manifest)),
      name: resolved.name,
      tag: resolved.tag,
      version: resolved.version,
      releaseUrl: resolved.releaseUrl,
    };
  }
  throw new InputError(
    `input "reference": ${text} is neither an existing file (a data profile JSON, a CSV or JSON Lines file), a package folder, nor a model reference (name@alias, name/vN).`,
    'reference',
  );
}

export interface CurrentOptions {
  cwd: string;
  format: CurrentFormat | 'auto';
  /** The reference profile: rows are read with its column types. */
  reference: DataProfile;
  /** Rows to sample for the multivariate check (0: none). */
  sampleRows: number;
  /** The `label-column` and `prediction-column` inputs: they must exist in the current data. */
  labelColumn?: string;
  predictionColumn?: string;
  io?: StepIO;
}

export interface CurrentData {
  format: CurrentFormat;
  profile: DataProfile;
  /** The streaming pass over rows, with the sample and the kept label and prediction columns; null for profiles. */
  scanned: ScanResult | null;
  files: string[];
}

/** Profile shards of one dataset, merged. */
async function readCurrentProfiles(patterns: readonly string[], options: CurrentOptions): Promise<CurrentData> {
  const { cwd } = options;
  const files: string[] = [];
  for (const pattern of patterns) {
    files.push(
      ...(await expandDataPattern(pattern, cwd).catch((error: Error) => {
        throw new InputError(`input "current": ${error.message}`, 'current');
      })),
    );
  }
  const profiles: DataProfile[] = [];
  for (const file of files) profiles.push(await readProfile(resolve(cwd, file), 'current', file));
  let profile = profiles[0];
  for (const [i, next] of profiles.slice(1).entries()) {
    try {
      profile = mergeProfiles(profile, next);
    } catch {
      throw new InputError(
        `input "current": the profile ${files[i + 1]} has other columns than ${files[0]}; shards of one dataset must have the same columns in the same order.`,
        'current',
      );
    }
  }
  if (files.length > 1) options.io?.info(`Merged ${files.length} profile shards (${profile.table.rows.toLocaleString('en-US')} rows).`);
  for (const [input, name] of [
    ['label-column', options.labelColumn],
    ['prediction-column', options.predictionColumn],
  ] as const) {
    if (name && !profile.columns.some((c) => c.name === name)) {
      throw new InputError(`input "${input}": the current profiles have no column "${name}".`, input);
    }
  }
  return { format: 'profile', profile, scanned: null, files };
}

/** The current data: profile shards merged, or one streaming pass over rows or a prediction log. */
export async function loadCurrent(patterns: readonly string[], options: CurrentOptions): Promise<CurrentData> {
  const { cwd, labelColumn } = options;
  let format: CurrentFormat;
  try {
    format = options.format === 'auto' ? await detectFormat(patterns, cwd) : options.format;
  } catch (error) {
    if (error instanceof UserError && !(error instanceof InputError)) throw new InputError(`input "current": ${error.message}`, 'current');
    throw error;
  }
  if (format === 'profile') return readCurrentProfiles(patterns, options);
  const predictionColumn = options.predictionColumn ?? (format === 'prediction-log' ? 'prediction' : undefined);
  let scanned: ScanResult;
  try {
    scanned = await scanData(patterns, {
      cwd,
      format,
      reference: options.reference,
      sampleRows: options.sampleRows,
      keep: [predictionColumn, labelColumn].filter((name): name is string => !!name),
      onColumns: (columns) => {
        for (const [input, name] of [
          ['label-column', labelColumn],
          ['prediction-column', options.predictionColumn],
        ] as const) {
          if (name && !columns.includes(name)) {
            throw new InputError(
              `input "${input}": the current data has no column "${name}" (columns: ${columns.slice(0, 30).join(', ')}${columns.length > 30 ? ', …' : ''}).`,
              input,
            );
          }
        }
      },
    });
  } catch (error) {
    if (error instanceof UserError && !(error instanceof InputError)) throw new InputError(`input "current": ${error.message}`, 'current');
    throw error;
  }
  return { format, profile: scanned.profile, scanned, files: [...scanned.profile.table.files] };
}
