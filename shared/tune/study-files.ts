import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { FileError, InputError } from '../runtime/errors.js';
import type { Trial } from './trial.js';

/**
 * The layout of tune's `trials-dir`: trials.json + trials.csv (the study), and one folder per
 * trial, `trial-N` (`trial-N-attempt-A` for a matrix job's re-run), holding params.json,
 * result.json (matrix mode) and `package/`, the trial's model package. Every complete trial keeps
 * its package, so the best one is there without training it again (a re-training would cost a
 * trial's time and, on onnxruntime, can differ with the thread count); pruned and failed trials
 * have none.
 */

export const STUDY_FILE = 'trials.json';

export interface TrialsDir {
  /** trials-dir, absolute. */
  dir: string;
  /** The study file (trials.json), absolute. */
  file: string;
  /** A path as outputs and messages show it: relative to the workspace. */
  shown(path: string): string;
}

/** The trials folder `dir` (relative to `cwd`, or absolute), with paths shown relative to `cwd`. */
export function trialsDir(dir: string, cwd: string): TrialsDir {
  const absolute = resolve(cwd, dir);
  return { dir: absolute, file: join(absolute, STUDY_FILE), shown: (path) => relative(cwd, path) || '.' };
}

/** A trial's folder name: `trial-N`, or `trial-N-attempt-A` for a matrix job's re-run. */
export function trialFolderName(number: number, attempt = 1): string {
  return attempt > 1 ? `trial-${number}-attempt-${attempt}` : `trial-${number}`;
}

/** A trial's folder, made ready for its training. */
export interface TrialFolder {
  /** The folder, absolute. */
  folder: string;
  /** Its params.json, absolute. */
  paramsFile: string;
  /** Where the trial's model package goes, absolute. */
  packageDir: string;
  /** The package folder relative to trials-dir, as a trial records it (its `package` attribute). */
  package: string;
}

/** Replaces the trial's folder and writes its params.json. */
export async function prepareTrialFolder(files: TrialsDir, name: string, params: Record<string, unknown>): Promise<TrialFolder> {
  const folder = join(files.dir, name);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const paramsFile = join(folder, 'params.json');
  await writeFile(paramsFile, `${JSON.stringify(params, null, 2)}\n`);
  const packageDir = join(folder, 'package');
  return { folder, paramsFile, packageDir, package: relative(files.dir, packageDir) };
}

/** The package of a trial, when its recorded folder is inside trials-dir and holds one. */
export function packageOf(trial: Trial, files: TrialsDir): string | undefined {
  const recorded = trial.attributes?.package;
  if (typeof recorded !== 'string') return undefined;
  const full = resolve(files.dir, recorded);
  const inside = relative(files.dir, full);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return existsSync(join(full, 'manifest.json')) ? full : undefined;
}

/** The search-space input: the space itself (YAML/JSON), or the path of a file holding it. */
export async function readSearchSpace(value: string | undefined, cwd: string): Promise<string | undefined> {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed.includes('\n') || !/\.(ya?ml|json)$/i.test(trimmed)) return value;
  try {
    return await readFile(resolve(cwd, trimmed), 'utf8');
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message;
    throw new InputError(
      `search-space names the file ${trimmed}, which cannot be read (${why}); give a path relative to the workspace, or the space itself as YAML.`,
      'search-space',
    );
  }
}

// ---------------------------------------------------------------- matrix: results on disk

const RESULT_FOLDER = /^trial-(\d+)(?:-attempt-(\d+))?$/;
const STATES = ['running', 'complete', 'pruned', 'failed'];

/** The result.json of every trial folder in trials-dir (the trial jobs' artifacts, downloaded), ordered by trial and attempt. */
export async function readResults(files: TrialsDir): Promise<Trial[]> {
  let names: string[];
  try {
    names = (await readdir(files.dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: { trial: Trial; number: number; attempt: number }[] = [];
  for (const name of names) {
    const match = RESULT_FOLDER.exec(name);
    const file = join(files.dir, name, 'result.json');
    if (!match || !existsSync(file)) continue;
    const shown = files.shown(file);
    let raw: any;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new FileError(`is not valid JSON (${(error as Error).message}); it should be a trial result written by tune.`, shown);
    }
    if (!raw || typeof raw !== 'object' || !Number.isInteger(raw.number) || !STATES.includes(raw.state) || typeof raw.params !== 'object')
      throw new FileError('is not a trial result written by tune (it needs number, state and params).', shown);
    if (raw.number !== Number(match[1])) throw new FileError(`holds trial ${raw.number}, not trial ${match[1]} as its folder says.`, shown);
    raw.intermediate = (Array.isArray(raw.intermediate) ? raw.intermediate : []).map((p: { epoch: number; value: number | null }) => ({
      epoch: p.epoch,
      value: p.value ?? Number.NaN,
    }));
    if (raw.value === null) raw.value = Number.NaN;
    found.push({ trial: raw as Trial, number: raw.number, attempt: Number(match[2] ?? 1) });
  }
  return found.sort((a, b) => a.number - b.number || a.attempt - b.attempt).map((entry) => entry.trial);
}

/** A trial as result.json holds it (non-finite numbers as null). */
export function resultJson(trial: Trial): string {
  return `${JSON.stringify(trial, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`;
}

/** Writes a trial's result.json into its folder (made when missing); returns the file, absolute. */
export async function writeTrialResult(folder: string, trial: Trial): Promise<string> {
  await mkdir(folder, { recursive: true });
  const resultFile = join(folder, 'result.json');
  await writeFile(resultFile, resultJson(trial));
  return resultFile;
}
