import { join } from 'node:path';
import { InputError, UserError, isUserError } from '../runtime/errors.js';
import type { StepIO } from '../runtime/io.js';
import type { StudyDirection } from './direction.js';
import { runLocalStudy } from './local.js';
import { failUnreported, MAX_ROUND_SIZE, mergeResults, planRound, runPlannedTrial, type TrialSpec } from './matrix.js';
import { createPruner, type PrunerName } from './pruners/index.js';
import { createSampler, type SamplerName } from './samplers/index.js';
import {
  type TrialFolder,
  type TrialsDir,
  prepareTrialFolder,
  readResults,
  readSearchSpace,
  trialFolderName,
  writeTrialResult,
} from './study-files.js';
import { createStudy, definitionDifferences, readStudyFile, writeStudyFiles, type Study } from './study.js';
import { trialLine } from './summary.js';
import type { Objective, Trial } from './trial.js';

/**
 * tune's four modes as plain functions: `local` runs the study here, `parallel` trials at once;
 * `plan` → `trial` × N → `report` runs it as GitHub job matrices in rounds, the study travelling
 * between jobs as the trials file (docs/tune.md). What a trial trains is not known here: the
 * caller gives a `PrepareObjective` (the built-in trainer or a command, shared/train/tune-objective.ts).
 * Errors a user can fix are `InputError`s naming the input (`search-space`, `trials-dir`, `round`, `trial`).
 */

export const UNREPORTED = 'no result was reported for this trial (its job failed or was cancelled)';

// ---------------------------------------------------------------- the objective

export interface PreparedObjective {
  objective: Objective;
  /** How trials run, for the log. */
  how: string;
  close(): Promise<void>;
}

export interface ObjectiveSetup {
  /** Trials run at once. */
  parallel: number;
  /** Replaces trial `number`'s folder, writes its params.json and says where its package goes. */
  trialFolder(number: number, params: Record<string, unknown>): Promise<TrialFolder>;
}

/** Checks what trials run and builds the function each one runs; called once the study is known. */
export type PrepareObjective = (study: Study, setup: ObjectiveSetup) => Promise<PreparedObjective>;

// ---------------------------------------------------------------- the study

/** The study as the inputs describe it. */
export interface StudyDefinition {
  /** The search-space input: the space as YAML/JSON, or the path of a file holding it (relative to cwd). */
  searchSpace?: string;
  algorithm: SamplerName;
  pruner: PrunerName;
  seed: number;
  trials: number;
  metric: string;
  direction?: StudyDirection;
}

/**
 * The study the inputs describe. With a study file already there, the inputs must describe the
 * same study (only `trials` may grow), and `search-space` may be left out.
 */
export async function studyFromDefinition(
  definition: StudyDefinition,
  files: TrialsDir,
  existing: Study | undefined,
  cwd: string,
): Promise<Study> {
  const text = await readSearchSpace(definition.searchSpace, cwd);
  if (text === undefined && !existing) {
    throw new InputError(
      'search-space is required to start a study: a YAML map of parameter to distribution, e.g. `learning_rate: {type: loguniform, low: 1.0e-4, high: 0.1}`.',
      'search-space',
    );
  }
  const fresh = createStudy({
    space: text ?? existing!.space,
    sampler: createSampler(definition.algorithm).spec,
    pruner: createPruner(definition.pruner).spec,
    seed: definition.seed,
    maxTrials: definition.trials,
    metric: definition.metric,
    direction: definition.direction,
  });
  if (!existing) return fresh;
  const differences = definitionDifferences(existing, fresh);
  if (differences.length > 0) {
    throw new InputError(
      `${files.shown(files.file)} holds a different study (its ${differences.join(', ')} ` +
        `differ${differences.length === 1 ? 's' : ''} from the inputs); give the same inputs to continue it, ` +
        'or another trials-dir to start a new one.',
      'trials-dir',
    );
  }
  return { ...existing, maxTrials: definition.trials };
}

/** The study in trials-dir, which `mode` needs (plan wrote it). */
export async function requireStudy(files: TrialsDir, mode: string): Promise<Study> {
  const study = await readStudyFile(files.file);
  if (study) return study;
  throw new InputError(
    `${mode} mode needs the study in trials-dir, but ${files.shown(files.file)} does not exist; ` +
      "run plan first and put its trials.json there (the reusable workflow downloads the plan job's study artifact).",
    'trials-dir',
  );
}

/** Trials numbered in the study's rounds; a local study's trials count as round 0. */
function latestRound(study: Study): number {
  return study.trials.length ? Math.max(...study.trials.map((t) => t.round ?? 0)) : -1;
}

const specOf = (trial: Trial): TrialSpec => ({ number: trial.number, params: trial.params, round: trial.round ?? 0 });

const finishedCount = (study: Study) => study.trials.filter((t) => t.state !== 'running').length;

// ---------------------------------------------------------------- local

export interface LocalModeOptions {
  files: TrialsDir;
  definition: StudyDefinition;
  cwd: string;
  /** Trials at once. */
  parallel: number;
  prepare: PrepareObjective;
  /** Called with the study as the trials file recorded it when running it threw a UserError (every trial failed), before the error goes on. */
  onFailed?: (recorded: Study) => Promise<void>;
  io: StepIO;
}

export interface LocalModeResult {
  study: Study;
  /** The study's wall time. */
  seconds: number;
}

/**
 * Runs (or resumes) the study in trials-dir here. When every trial fails it throws the
 * UserError of assertNotAllFailed, with the trials file written (and given to `onFailed`).
 */
export async function runLocalMode(options: LocalModeOptions): Promise<LocalModeResult> {
  const { files, definition, cwd, parallel, prepare, onFailed, io } = options;
  const previous = await readStudyFile(files.file);
  const study = await studyFromDefinition(definition, files, previous, cwd);
  if (previous) {
    const finished = finishedCount(previous);
    io.info(
      `resuming the study in ${files.shown(files.file)}: ${finished} trial${finished === 1 ? '' : 's'} finished, ${Math.max(0, definition.trials - finished)} to run.`,
    );
  }
  const prepared = await prepare(study, {
    parallel,
    trialFolder: (number, params) => prepareTrialFolder(files, trialFolderName(number), params),
  });
  io.info(`${definition.trials} trials, ${prepared.how}.`);
  const started = performance.now();
  let result: Awaited<ReturnType<typeof runLocalStudy>>;
  try {
    result = await runLocalStudy({
      space: study.space,
      sampler: study.sampler,
      pruner: study.pruner,
      trials: study.maxTrials,
      parallel,
      seed: study.seed,
      objective: prepared.objective,
      trialsFile: files.file,
      metric: study.metric,
      direction: study.direction,
      onTrial: (trial) => io.info(trialLine(trial, study.metric)),
    });
  } catch (error) {
    const recorded = onFailed && isUserError(error) ? await readStudyFile(files.file).catch(() => undefined) : undefined;
    if (recorded) await onFailed!(recorded);
    throw error;
  } finally {
    await prepared.close();
  }
  const seconds = (performance.now() - started) / 1000;
  io.info(`the study took ${seconds.toFixed(1)} s with parallel ${parallel}.`);
  return { study: result.study, seconds };
}

// ---------------------------------------------------------------- plan

export interface PlanModeOptions {
  files: TrialsDir;
  definition: StudyDefinition;
  cwd: string;
  /** The round to plan; a round already planned gives its matrix again. Default: the next one. */
  round?: number;
  /** Rounds the study is spread over. */
  rounds: number;
  /** Checks the study before any job starts (the built-in trainer: every parameter is a config setting). */
  checkStudy?: (study: Study) => void;
  io: StepIO;
}

export interface PlanModeResult {
  /** The study as written to the trials file. */
  study: Study;
  round: number;
  /** The round's matrix (empty when the study has all its trials). */
  trials: TrialSpec[];
}

/** Gathers the results in trials-dir into the study and plans the next round (or returns a planned one again). */
export async function runPlanMode({
  files,
  definition,
  cwd,
  round: requested,
  rounds,
  checkStudy,
  io,
}: PlanModeOptions): Promise<PlanModeResult> {
  const previous = await readStudyFile(files.file);
  let study = await studyFromDefinition(definition, files, previous, cwd);
  // A search space the built-in trainer cannot take fails here, before a matrix of jobs starts.
  checkStudy?.(study);
  const results = await readResults(files);
  study = mergeResults(study, results);
  const latest = latestRound(study);
  let round: number;
  let trials: TrialSpec[];
  if (requested !== undefined && requested <= latest) {
    // A re-run of a plan job: the same matrix again, nothing added.
    round = requested;
    trials = study.trials.filter((t) => (t.round ?? 0) === requested).map(specOf);
    io.info(`round ${requested} was planned already; its matrix is returned unchanged.`);
  } else {
    if (requested !== undefined && requested > latest + 1) {
      throw new InputError(
        `round is ${requested}, but the study in ${files.shown(files.file)} has ${latest < 0 ? 'no rounds yet' : `rounds up to ${latest}`}: round ${latest + 1} comes first.`,
        'round',
      );
    }
    // Planning round `requested` means the jobs of the rounds before it are over.
    if (requested !== undefined) study = failUnreported(study, UNREPORTED);
    const open = study.trials.some((t) => (t.round ?? 0) === latest && t.state === 'running');
    const remaining = study.maxTrials - study.trials.length;
    if (!open && remaining <= 0) {
      round = latest + 1;
      trials = [];
      io.info(`the study has all its ${study.maxTrials} trials; nothing to plan.`);
    } else {
      const roundsLeft = Math.max(1, rounds - (latest + 1));
      const size = Math.min(MAX_ROUND_SIZE, Math.max(1, Math.ceil(remaining / roundsLeft)));
      if (!open && roundsLeft === 1 && remaining > size)
        io.warning(
          `this is the last of ${rounds} rounds and a matrix takes at most ${MAX_ROUND_SIZE} trials: ${remaining - size} of the ${remaining} remaining trials will not run. Raise rounds or lower trials.`,
        );
      const planned = planRound(study, size);
      study = planned.study;
      round = planned.round;
      trials = planned.trials;
    }
  }
  await writeStudyFiles(study, files.file);
  io.info(`round ${round}: ${trials.length} trial${trials.length === 1 ? '' : 's'} (${trials.map((t) => t.number).join(', ') || 'none'}).`);
  return { study, round, trials };
}

/** The summary's note on a planned round. */
export function planNote({ study, round, trials }: PlanModeResult): string {
  return `Round ${round}: ${trials.length} trial${trials.length === 1 ? '' : 's'} in the matrix; ${finishedCount(study)} finished before it.`;
}

// ---------------------------------------------------------------- trial

/** The trial input: one entry of the planned matrix. */
export function parseTrialSpec(value: unknown): TrialSpec {
  const example = 'give one entry of the planned matrix, e.g. `trial: ${{ toJSON(matrix.trial) }}`';
  if (value === undefined) throw new InputError(`trial is required in trial mode; ${example}.`, 'trial');
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new InputError(`trial must be a JSON object (got ${JSON.stringify(value)}); ${example}.`, 'trial');
  const { number, params, round } = value as Record<string, unknown>;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 0)
    throw new InputError(`trial has no whole "number" ≥ 0 (got ${JSON.stringify(number)}); ${example}.`, 'trial');
  if (!params || typeof params !== 'object' || Array.isArray(params))
    throw new InputError(`trial has no "params" object (got ${JSON.stringify(params)}); ${example}.`, 'trial');
  if (round !== undefined && (typeof round !== 'number' || !Number.isInteger(round) || round < 0))
    throw new InputError(`trial's "round" must be a whole number ≥ 0 (got ${JSON.stringify(round)}).`, 'trial');
  return { number, params: params as TrialSpec['params'], round: (round as number | undefined) ?? 0 };
}

export interface TrialModeOptions {
  files: TrialsDir;
  /** The trial input, unparsed. */
  trial: unknown;
  /** The run's attempt (GITHUB_RUN_ATTEMPT): a re-run writes its own folder. */
  runAttempt?: string;
  prepare: PrepareObjective;
  io: StepIO;
}

export interface TrialModeResult {
  study: Study;
  trial: Trial;
  /** The trial's folder name in trials-dir (`trial-N`, `trial-N-attempt-A`). */
  name: string;
  /** The trial's folder, absolute. */
  folder: string;
  /** Its result.json; undefined when the study had its result already and it did not run. */
  resultFile?: string;
}

/** Runs one planned trial and writes its result.json; a trial with a result in the study is not run again. */
export async function runTrialMode({ files, trial: input, runAttempt, prepare, io }: TrialModeOptions): Promise<TrialModeResult> {
  const spec = parseTrialSpec(input);
  const study = await requireStudy(files, 'trial');
  const attempt = Math.max(1, Number.parseInt(runAttempt ?? '1', 10) || 1);
  const name = trialFolderName(spec.number, attempt);
  const folder = join(files.dir, name);
  // A re-run of the matrix must not train again what already has a result (a failed one is retried).
  const recorded = study.trials.find((t) => t.number === spec.number);
  if (recorded && (recorded.state === 'complete' || recorded.state === 'pruned')) {
    io.info(`trial ${spec.number} already has a result (${recorded.state}) in the study; it is not run again.`);
    return { study, trial: recorded, name, folder };
  }
  const prepared = await prepare(study, { parallel: 1, trialFolder: (_number, params) => prepareTrialFolder(files, name, params) });
  let trial: Trial;
  try {
    trial = await runPlannedTrial(study, spec, prepared.objective);
  } finally {
    await prepared.close();
  }
  const resultFile = await writeTrialResult(folder, trial);
  io.info(trialLine(trial, study.metric));
  if (trial.state === 'failed')
    io.warning(
      `trial ${trial.number} failed: ${trial.error}. It is recorded as failed and the study goes on; report fails only if every trial fails.`,
    );
  return { study, trial, name, folder, resultFile };
}

// ---------------------------------------------------------------- report

export interface ReportModeResult {
  /** The study with every result merged, as written to the trials file. */
  study: Study;
  /** The result files gathered. */
  results: number;
}

/** Gathers every trial result in trials-dir into the study; a trial without one is failed. */
export async function runReportMode({ files, io }: { files: TrialsDir; io: StepIO }): Promise<ReportModeResult> {
  let study = await requireStudy(files, 'report');
  const results = await readResults(files);
  study = failUnreported(mergeResults(study, results), UNREPORTED);
  await writeStudyFiles(study, files.file);
  if (study.trials.length === 0)
    throw new UserError(`the study in ${files.shown(files.file)} has no trials yet; run plan and the trial jobs before report.`);
  io.info(`gathered ${results.length} trial result${results.length === 1 ? '' : 's'} from ${files.shown(files.dir)}.`);
  return { study, results: results.length };
}
