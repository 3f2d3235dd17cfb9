import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { FileError, InputError, UserError } from '../runtime/errors.js';
import { resolveDirection, type StudyDirection } from './direction.js';
import type { PrunerSpec } from './pruners/pruner.js';
import type { SamplerSpec } from './samplers/sampler.js';
import { checkParams, parseSearchSpace, spaceDefinition, valueKey, type ParamValue, type Params, type SearchSpace } from './space.js';
import type { Trial, TrialState } from './trial.js';

/**
 * A study: what is searched and how, and every trial so far. Serialised as is to the trials
 * file (JSON), which is the source of truth: a local run resumes from it and the matrix mode
 * carries it from round to round.
 */
export interface Study {
  version: 1;
  metric: string;
  direction: StudyDirection;
  sampler: SamplerSpec;
  pruner: PrunerSpec;
  seed: number;
  /** The number of trials the study runs in all. */
  maxTrials: number;
  /** The search space in its canonical form (see spaceDefinition). */
  space: Record<string, Record<string, unknown>>;
  trials: Trial[];
}

export interface StudyOptions {
  space: SearchSpace | string | Record<string, unknown>;
  sampler: SamplerSpec;
  pruner?: PrunerSpec;
  seed: number;
  maxTrials: number;
  /** Name of the metric the objective returns (default val_loss); decides the direction when known. */
  metric?: string;
  direction?: StudyDirection;
}

const STATES: TrialState[] = ['running', 'complete', 'pruned', 'failed'];

export function toSearchSpace(space: SearchSpace | string | Record<string, unknown>): SearchSpace {
  if (typeof space === 'object' && Array.isArray((space as SearchSpace).parameters)) return space as SearchSpace;
  return parseSearchSpace(space as string | Record<string, unknown>);
}

export function createStudy(options: StudyOptions): Study {
  const metric = options.metric ?? 'val_loss';
  if (!Number.isInteger(options.maxTrials) || options.maxTrials < 1)
    throw new InputError(`trials must be a whole number ≥ 1 (got ${options.maxTrials}).`, 'trials');
  if (!Number.isInteger(options.seed) || options.seed < 0)
    throw new InputError(`seed must be a whole number ≥ 0 (got ${options.seed}).`, 'seed');
  return {
    version: 1,
    metric,
    direction: resolveDirection(metric, options.direction),
    sampler: options.sampler,
    pruner: options.pruner ?? { name: 'none' },
    seed: options.seed,
    maxTrials: options.maxTrials,
    space: spaceDefinition(toSearchSpace(options.space)),
    trials: [],
  };
}

const spaces = new WeakMap<Study['space'], SearchSpace>();

/** The study's search space, parsed once. */
export function studySpace(study: Study): SearchSpace {
  let space = spaces.get(study.space);
  if (!space) spaces.set(study.space, (space = parseSearchSpace(study.space)));
  return space;
}

/** What differs between two studies' definitions (empty when one can continue the other). */
export function definitionDifferences(a: Study, b: Study): string[] {
  const fields = ['metric', 'direction', 'sampler', 'pruner', 'seed', 'space'] as const;
  return fields.filter((field) => valueKey(a[field] as unknown as ParamValue) !== valueKey(b[field] as unknown as ParamValue));
}

export function trialOf(study: Study, number: number): Trial | undefined {
  return study.trials.find((trial) => trial.number === number);
}

/** Adds or replaces the trial with the same number, keeping trials in number order. */
export function putTrial(study: Study, trial: Trial): void {
  const at = study.trials.findIndex((t) => t.number === trial.number);
  if (at >= 0) study.trials[at] = trial;
  else {
    study.trials.push(trial);
    study.trials.sort((a, b) => a.number - b.number);
  }
}

/** The best complete trial; the earliest wins a tie, so the answer does not depend on order of arrival. */
export function bestTrial(study: Pick<Study, 'trials' | 'direction'>): Trial | undefined {
  let best: Trial | undefined;
  for (const trial of study.trials) {
    if (trial.state !== 'complete') continue;
    if (!best) best = trial;
    else {
      const better = study.direction === 'minimize' ? trial.value! < best.value! : trial.value! > best.value!;
      if (better || (trial.value === best.value && trial.number < best.number)) best = trial;
    }
  }
  return best;
}

export function countByState(study: Pick<Study, 'trials'>): Record<TrialState, number> {
  const counts = { running: 0, complete: 0, pruned: 0, failed: 0 };
  for (const trial of study.trials) counts[trial.state]++;
  return counts;
}

/**
 * Throws when trials have finished and every one of them failed: the search learnt nothing, and
 * the first error is usually the cause.
 */
export function assertNotAllFailed(study: Pick<Study, 'trials'>): void {
  const finished = study.trials.filter((trial) => trial.state !== 'running');
  if (finished.length === 0 || finished.some((trial) => trial.state !== 'failed')) return;
  const first = finished.reduce((a, b) => (b.number < a.number ? b : a));
  const all = finished.length === 1 ? 'the only trial' : `all ${finished.length} trials`;
  throw new UserError(`${all} failed; the first (trial ${first.number}) with: ${first.error ?? 'no error message'}`);
}

// ---------------------------------------------------------------- files

/** JSON of the study; NaN intermediate values become null. */
export function studyToJson(study: Study): string {
  const finite = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value);
  return `${JSON.stringify(study, finite, 2)}\n`;
}

/** Reads and checks a trials file's text; problems are FileErrors naming the file. */
export function parseStudyJson(text: string, file: string): Study {
  let raw: any;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new FileError(`is not valid JSON (${(error as Error).message}); it should be a trials file written by tune.`, file);
  }
  const fail = (message: string): never => {
    throw new FileError(`${message}; it does not look like a trials file written by tune.`, file);
  };
  if (!raw || typeof raw !== 'object' || raw.version !== 1) fail('has no "version": 1');
  for (const key of ['metric', 'direction', 'sampler', 'pruner', 'seed', 'maxTrials', 'space', 'trials'])
    if (!(key in raw)) fail(`has no "${key}"`);
  if (!Array.isArray(raw.trials)) fail('"trials" is not a list');
  let space: SearchSpace;
  try {
    space = parseSearchSpace(raw.space);
  } catch (error) {
    return fail(`has an unreadable search space (${(error as Error).message})`);
  }
  const numbers = new Set<number>();
  for (const trial of raw.trials) {
    if (!trial || typeof trial !== 'object' || !Number.isInteger(trial.number) || trial.number < 0)
      fail('has a trial without a whole "number"');
    if (numbers.has(trial.number)) fail(`has trial ${trial.number} twice`);
    numbers.add(trial.number);
    if (!STATES.includes(trial.state)) fail(`trial ${trial.number} has the unknown state ${JSON.stringify(trial.state)}`);
    if (trial.state === 'complete' && typeof trial.value !== 'number') fail(`complete trial ${trial.number} has no value`);
    if (!Array.isArray(trial.intermediate)) trial.intermediate = [];
    trial.intermediate = trial.intermediate.map((point: { epoch: number; value: number | null }) => ({
      epoch: point.epoch,
      value: point.value ?? Number.NaN,
    }));
    if (trial.value === null) trial.value = Number.NaN;
    try {
      checkParams(space, trial.params ?? {}, `trial ${trial.number}`);
    } catch (error) {
      fail((error as Error).message.replace(/; it was made with another search space\.$/, ''));
    }
  }
  raw.trials.sort((a: Trial, b: Trial) => a.number - b.number);
  return raw as Study;
}

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text =
    typeof value === 'string' ? value : typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per trial, one `params_<name>` column per parameter (Optuna's trials_dataframe naming). */
export function studyToCsv(study: Study): string {
  const names = studySpace(study).parameters.map((p) => p.name);
  const header = [
    'number',
    'state',
    'value',
    'last_epoch',
    'pruned_at',
    'duration_s',
    'round',
    'error',
    ...names.map((n) => `params_${n}`),
  ];
  const rows = study.trials.map((trial) => {
    const lastEpoch = trial.intermediate.length ? Math.max(...trial.intermediate.map((p) => p.epoch)) : undefined;
    const params: Params = trial.params;
    return [
      trial.number,
      trial.state,
      trial.value,
      lastEpoch,
      trial.prunedAt,
      trial.durationSeconds,
      trial.round,
      trial.error,
      ...names.map((n) => params[n]),
    ];
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

/** `trials.json` → `trials.csv`; any other name gets `.csv` appended. */
export function csvPathFor(jsonPath: string): string {
  return jsonPath.endsWith('.json') ? `${jsonPath.slice(0, -5)}.csv` : `${jsonPath}.csv`;
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/** Writes the JSON trials file and its CSV twin, each replaced whole: an interrupted write never leaves half a file. */
export async function writeStudyFiles(study: Study, jsonPath: string): Promise<void> {
  await mkdir(dirname(jsonPath), { recursive: true });
  await writeAtomically(jsonPath, studyToJson(study));
  await writeAtomically(csvPathFor(jsonPath), studyToCsv(study));
}

/** The study in a trials file, or undefined when there is no such file. */
export async function readStudyFile(jsonPath: string): Promise<Study | undefined> {
  let text: string;
  try {
    text = await readFile(jsonPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new FileError(`cannot be read: ${(error as Error).message}`, jsonPath);
  }
  return parseStudyJson(text, jsonPath);
}
