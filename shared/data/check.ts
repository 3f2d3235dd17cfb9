import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FileError } from '../runtime/errors.js';
import { expandDataPattern } from './files.js';
import {
  fingerprintFiles,
  planRanges,
  profileWorkerFile,
  readPlanned,
  runInThread,
  runOnWorkers,
  workerCount,
  type RangeTask,
  type ResultSink,
} from './parallel.js';
import { Pass } from './pass.js';
import { histogramEdgesOf, type DataProfile } from './profile.js';
import { readDataset } from './reader.js';
import { inferSchema, loadSchema, type Schema } from './schema.js';
import { recordFileError, ViolationLog, type Violation } from './validate.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface ValidationOptions {
  data: string;
  cwd?: string;
  schema?: string;
  /** Infer a schema when none is given. */
  inferSchema?: boolean;
  referenceProfile?: string;
  failOn?: FailOn;
  /**
   * How byte ranges of large CSV files are read: on worker threads (the default when the
   * bundle has its worker script and the machine has cores to spare), in this thread (tests),
   * or never split.
   */
  parallel?: 'auto' | 'in-thread' | 'off';
  /** Size of the byte ranges (tests use tiny ones); by default 4–32 MiB. */
  rangeBytes?: number;
  env?: NodeJS.ProcessEnv;
}

export interface ValidationReport {
  schemaVersion: 1;
  /** No error (and, with fail-on `warning`, no warning) was found. */
  valid: boolean;
  failOn: FailOn;
  data: string;
  files: string[];
  rows: number;
  columns: string[];
  fingerprint: string | null;
  schema: string | null;
  referenceProfile: string | null;
  /** Error-level violations (cells, rows or files), summed over rules. */
  errors: number;
  warnings: number;
  violations: Violation[];
  /** How the data was read: threads used (1 = one streaming pass in the main thread). */
  threads: number;
}

export interface ValidationResult {
  report: ValidationReport;
  /** Null when the data could not be read to the end. */
  profile: DataProfile | null;
  /** The inferred schema as YAML, when inference was asked for and no schema was given. */
  inferredSchema: string | null;
}

async function loadReference(file: string, cwd: string): Promise<DataProfile> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new FileError(
      `cannot read the reference profile (${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message}). Check the \`reference-profile\` input`,
      file,
    );
  }
  let profile: DataProfile;
  try {
    profile = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : 1;
    throw new FileError(`the reference profile is not valid JSON (${(error as Error).message})`, file, line);
  }
  if (profile?.schemaVersion !== 1 || !Array.isArray(profile.columns))
    throw new FileError('not a data profile written by validate-data or train (schemaVersion 1 with `columns`)', file, 1);
  return profile;
}

interface Inputs {
  schema?: Schema;
  reference?: DataProfile;
  referenceFile?: string;
}

/** One streaming pass over the whole dataset in this thread. */
async function readSequential(options: ValidationOptions, cwd: string, inputs: Inputs, log: ViolationLog) {
  let pass: Pass | undefined;
  let columns: string[] = [];
  try {
    const summary = await readDataset(options.data, {
      cwd,
      onColumns: (names, file) => {
        columns = names;
        pass = new Pass({ columns: names, firstFile: file, ...inputs }, log);
      },
      onRow: (row, file) => pass!.row(row, file),
      onRaggedRow: (file, line, fields, expected) => pass!.ragged(file, line, fields, expected),
    });
    const profile = pass!.finish(summary, inputs.reference ? histogramEdgesOf(inputs.reference) : undefined);
    return { profile, files: summary.files, columns, rows: profile.table.rows };
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    recordFileError(log, error);
    return { profile: null, files: [] as string[], columns, rows: pass?.rows ?? 0 };
  }
}

/** Byte ranges of large CSV files read in parallel and merged; null when the data is not split. */
async function readParallel(options: ValidationOptions, cwd: string, inputs: Inputs, log: ViolationLog, env: NodeJS.ProcessEnv) {
  const mode = options.parallel ?? 'auto';
  if (mode === 'off') return null;
  const workerFile = mode === 'auto' ? profileWorkerFile(env) : undefined;
  const threads = mode === 'in-thread' ? 2 : workerCount(env);
  if (mode === 'auto' && (!workerFile || threads < 2)) return null;
  let files: string[];
  try {
    files = await expandDataPattern(options.data, cwd);
  } catch {
    return null;
  }
  // MLOPS_PROFILE_RANGE_BYTES lets an end-to-end test split a small file across real workers.
  const plans = await planRanges(files, cwd, threads, options.rangeBytes ?? (Number(env.MLOPS_PROFILE_RANGE_BYTES) || undefined));
  if (!plans) return null;
  const first = plans[0];
  const pass = new Pass({ columns: first.columns, firstFile: first.file, ...inputs }, log);
  const run = workerFile ? (tasks: RangeTask[], onResult: ResultSink) => runOnWorkers(tasks, workerFile, threads, onResult) : runInThread;
  let ok: boolean;
  let fingerprint: string;
  try {
    [ok, fingerprint] = await Promise.all([readPlanned(plans, pass, inputs, run), fingerprintFiles(plans)]);
  } catch {
    // A worker that could not start or died: the one-pass read gives the same answer.
    return null;
  }
  if (!ok) return null;
  const profile = pass.finish(
    { fingerprint, files, bytes: plans.reduce((sum, plan) => sum + plan.size, 0) },
    inputs.reference ? histogramEdgesOf(inputs.reference) : undefined,
  );
  return {
    profile,
    files,
    columns: first.columns,
    rows: profile.table.rows,
    threads: workerFile
      ? Math.min(
          threads,
          plans.reduce((n, p) => n + p.ranges.length, 0),
        )
      : 1,
  };
}

/**
 * validate-data's work: one streaming pass that profiles the data, checks it against the
 * schema and the reference profile, and collects every violation with its file:line. Large
 * CSV files are split into byte ranges read on worker threads and merged. Bad input
 * (unreadable data, an invalid schema or reference) becomes a violation, never an exception.
 */
export async function validateData(options: ValidationOptions): Promise<ValidationResult> {
  const cwd = options.cwd ?? process.cwd();
  const failOn = options.failOn ?? 'error';
  const inputs: Inputs = {};
  const setupLog = new ViolationLog();
  if (options.schema) {
    try {
      inputs.schema = await loadSchema(options.schema, cwd);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      recordFileError(setupLog, error, 'schema');
    }
  }
  if (options.referenceProfile) {
    try {
      inputs.reference = await loadReference(options.referenceProfile, cwd);
      inputs.referenceFile = options.referenceProfile;
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      setupLog.record(
        {
          rule: 'skew.reference_invalid',
          check: 'reference_invalid',
          severity: 'error',
          message: error.message.replace(/^[^:]+(:\d+)*: /, ''),
        },
        { file: error.file, line: error.line ?? 1 },
      );
    }
  }

  let log = new ViolationLog();
  log.absorb(setupLog.list(), 0);
  let read: { profile: DataProfile | null; files: string[]; columns: string[]; rows: number; threads: number } | null = await readParallel(
    options,
    cwd,
    inputs,
    log,
    options.env ?? process.env,
  );
  if (!read) {
    // Either never split, or the split was unsound: read it in one piece with a clean log.
    log = new ViolationLog();
    log.absorb(setupLog.list(), 0);
    read = { ...(await readSequential(options, cwd, inputs, log)), threads: 1 };
  }
  const { profile, threads } = read;
  const violations = log.list();
  const sum = (severity: string) => violations.filter((v) => v.severity === severity).reduce((total, v) => total + Math.max(v.count, 1), 0);
  const errors = sum('error');
  const warnings = sum('warning');
  return {
    report: {
      schemaVersion: 1,
      valid: errors === 0 && (failOn !== 'warning' || warnings === 0),
      failOn,
      data: options.data,
      files: read.files,
      rows: read.rows,
      columns: read.columns,
      fingerprint: profile?.table.fingerprint ?? null,
      schema: options.schema ?? null,
      referenceProfile: options.referenceProfile ?? null,
      errors,
      warnings,
      violations,
      threads,
    },
    profile,
    inferredSchema: profile && !options.schema && options.inferSchema ? inferSchema(profile, options.data) : null,
  };
}
