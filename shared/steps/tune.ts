import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { profileData, type DataProfile } from '../data/profile.js';
import { writeModelPackage } from '../model/package.js';
import { formatNumber, renderReport, summaryLimit, table, type Section } from '../report/markdown.js';
import { FileError, InputError, UserError, isUserError } from '../runtime/errors.js';
import type { StepIO } from '../runtime/io.js';
import { uploadFolder } from '../train/artifact.js';
import { runTrainingCommand } from '../train/command.js';
import { applyParams, loadConfig } from '../train/config.js';
import { commandManifest } from '../train/manifest.js';
import { configDataPattern } from '../train/trial.js';
import { createTrialPool } from '../train/trial-pool.js';
import {
  assertNotAllFailed,
  bestTrial,
  bestValueChart,
  countByState,
  createPruner,
  createSampler,
  createStudy,
  definitionDifferences,
  failUnreported,
  importanceTable,
  MAX_ROUND_SIZE,
  mergeResults,
  parameterImportance,
  planRound,
  readStudyFile,
  runLocalStudy,
  runPlannedTrial,
  studySpace,
  trialsTable,
  writeStudyFiles,
  type Objective,
  type ObjectiveResult,
  type Study,
  type Trial,
  type TrialSpec,
} from '../tune/index.js';
import type { Step, StepContext, StepOutputs } from './types.js';

/**
 * tune: a hyperparameter search over the built-in trainer (a config with each trial's
 * parameters applied) or a training command. `local` runs the study here, `parallel` trials at
 * once in worker processes; `plan` → `trial` × N → `report` runs it as GitHub job matrices in
 * rounds, the study travelling between jobs as the trials file (docs/tune.md).
 *
 * Layout of `trials-dir`: trials.json + trials.csv (the study), and one folder per trial,
 * `trial-N` (`trial-N-attempt-A` for a matrix job's re-run), holding params.json, result.json
 * (matrix mode) and `package/`, the trial's model package. Every complete trial keeps its
 * package, so the best one is there without training it again (a re-training would cost a
 * trial's time and, on onnxruntime, can differ with the thread count); pruned and failed
 * trials have none.
 */

type Context = StepContext<'tune'>;

const STUDY_FILE = 'trials.json';
const UNREPORTED = 'no result was reported for this trial (its job failed or was cancelled)';

export const run: Step<'tune'> = async (context) => {
  switch (context.inputs.mode) {
    case 'local':
      return local(context);
    case 'plan':
      return plan(context);
    case 'trial':
      return trialMode(context);
    case 'report':
      return report(context);
  }
};

// ---------------------------------------------------------------- the study

interface Paths {
  /** trials-dir, absolute. */
  dir: string;
  /** The study file (trials.json), absolute. */
  file: string;
  /** A path as outputs and messages show it: relative to the workspace. */
  shown(path: string): string;
}

function pathsOf({ inputs, cwd }: Context): Paths {
  const dir = resolve(cwd, inputs['trials-dir']);
  return { dir, file: join(dir, STUDY_FILE), shown: (path) => relative(cwd, path) || '.' };
}

/** The search-space input: the space itself (YAML/JSON), or the path of a file holding it. */
async function searchSpaceText(value: string | undefined, cwd: string): Promise<string | undefined> {
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

/**
 * The study the inputs describe. With a study file already there, the inputs must describe the
 * same study (only `trials` may grow), and `search-space` may be left out.
 */
async function studyFromInputs(context: Context, paths: Paths, existing: Study | undefined): Promise<Study> {
  const { inputs, cwd } = context;
  const text = await searchSpaceText(inputs['search-space'], cwd);
  if (text === undefined && !existing) {
    throw new InputError(
      'search-space is required to start a study: a YAML map of parameter to distribution, e.g. `learning_rate: {type: loguniform, low: 1.0e-4, high: 0.1}`.',
      'search-space',
    );
  }
  const fresh = createStudy({
    space: text ?? existing!.space,
    sampler: createSampler(inputs.algorithm).spec,
    pruner: createPruner(inputs.pruner).spec,
    seed: inputs.seed,
    maxTrials: inputs.trials,
    metric: inputs.metric,
    direction: inputs.direction,
  });
  if (!existing) return fresh;
  const differences = definitionDifferences(existing, fresh);
  if (differences.length > 0) {
    throw new InputError(
      `${paths.shown(paths.file)} holds a different study (its ${differences.join(', ')} ` +
        `differ${differences.length === 1 ? 's' : ''} from the inputs); give the same inputs to continue it, ` +
        'or another trials-dir to start a new one.',
      'trials-dir',
    );
  }
  return { ...existing, maxTrials: inputs.trials };
}

async function requireStudy(paths: Paths, mode: string): Promise<Study> {
  const study = await readStudyFile(paths.file);
  if (study) return study;
  throw new InputError(
    `${mode} mode needs the study in trials-dir, but ${paths.shown(paths.file)} does not exist; ` +
      "run plan first and put its trials.json there (the reusable workflow downloads the plan job's study artifact).",
    'trials-dir',
  );
}

/** Trials numbered in the study's rounds; a local study's trials count as round 0. */
function latestRound(study: Study): number {
  return study.trials.length ? Math.max(...study.trials.map((t) => t.round ?? 0)) : -1;
}

const specOf = (trial: Trial): TrialSpec => ({ number: trial.number, params: trial.params, round: trial.round ?? 0 });

// ---------------------------------------------------------------- the objective

interface PreparedObjective {
  objective: Objective;
  /** How trials run, for the log. */
  how: string;
  close(): Promise<void>;
}

function commandIO(io: StepIO, number: number): StepIO {
  return { ...io, info: (message) => io.info(`[trial ${number}] ${message}`) };
}

/** A trial's value from the metrics its training reported; a missing metric fails the trial, naming the ones there. */
function trialResult(metrics: Record<string, number>, metric: string, attributes: Record<string, unknown>): ObjectiveResult {
  const value = metrics[metric];
  if (value === undefined) {
    throw new UserError(
      `the training reported no "${metric}" (it reported ${Object.keys(metrics).join(', ') || 'nothing'}); set metric to one of them.`,
    );
  }
  return { value, attributes };
}

/** Every parameter of the space must be a setting applyParams can set in a trainer config. */
function checkParameterNames(study: Study): void {
  for (const parameter of studySpace(study).parameters) {
    try {
      applyParams({}, { [parameter.name]: null });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      throw new InputError(
        error.message.replace(
          /^params has the unknown parameter ("[^"]*")/,
          'search-space parameter $1 is not a setting of the trainer config',
        ),
        'search-space',
      );
    }
  }
}

/** Checks the objective inputs and builds the function each trial runs: the built-in trainer in worker processes, or the command. */
async function prepareObjective(
  context: Context,
  study: Study,
  paths: Paths,
  options: { parallel: number; folder: (number: number) => string },
): Promise<PreparedObjective> {
  const { inputs, io, env, cwd } = context;
  const { config, command } = inputs;
  if (config && command)
    throw new InputError('give either config (the built-in trainer) or command (your own training command), not both.', 'config');
  if (!config && !command)
    throw new InputError('give config (a built-in trainer YAML) or command (e.g. `python train.py`) for the trials to run.', 'config');
  const { event: _event, ...runFacts } = context.run;

  /** Replaces the trial's folder and writes its params.json; returns the folder and the package path. */
  const trialFolder = async (number: number, params: Record<string, unknown>) => {
    const folder = join(paths.dir, options.folder(number));
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    const paramsFile = join(folder, 'params.json');
    await writeFile(paramsFile, `${JSON.stringify(params, null, 2)}\n`);
    return { folder, paramsFile, packageDir: join(folder, 'package') };
  };

  if (command) {
    if (study.pruner.name !== 'none')
      io.warning(
        `pruner ${study.pruner.name} needs per-epoch values, which a training command does not report; its trials run to the end.`,
      );
    let profile: Promise<DataProfile | undefined> | undefined;
    const dataProfile = () =>
      (profile ??= inputs.data
        ? profileData(inputs.data, { cwd }).catch((error: unknown) => {
            if (!isUserError(error)) throw error;
            io.warning(
              `data "${inputs.data}" could not be profiled as CSV or JSON Lines (${error.message}); the trials' packages have no data-profile.json.`,
            );
            return undefined;
          })
        : Promise.resolve(undefined));
    const objective: Objective = async (params, _report, { number }) => {
      const { paramsFile, packageDir } = await trialFolder(number, params);
      const result = await runTrainingCommand({
        command,
        cwd,
        env: { ...env, MLOPS_PARAMS_FILE: paramsFile, MLOPS_TRIAL: String(number) },
        io: commandIO(io, number),
        packageDir,
        data: inputs.data ? resolve(cwd, inputs.data) : undefined,
        params,
        seed: study.seed,
      });
      const profiled = await dataProfile();
      const facts = { run: context.run, seed: study.seed, params, durationSeconds: result.durationSeconds };
      const data = profiled && inputs.data ? { path: inputs.data, profile: profiled } : undefined;
      await writeModelPackage(packageDir, commandManifest(result, { ...facts, command, data }), {
        metrics: result.metrics,
        history: result.history,
        profile: profiled,
      });
      return trialResult(result.metrics, study.metric, { package: relative(paths.dir, packageDir) });
    };
    return { objective, how: `each trial runs \`${command}\``, close: async () => {} };
  }

  // The built-in trainer: check the config, its data and the parameter names before any trial runs.
  const loaded = await loadConfig(config!, cwd);
  configDataPattern(config!, cwd, loaded.data, inputs.data);
  checkParameterNames(study);
  const parallel = options.parallel;
  // onnxruntime uses every core by default; parallel trials share them.
  const workerEnv: NodeJS.ProcessEnv =
    parallel > 1 && env.MLOPS_TRAIN_THREADS === undefined
      ? { ...env, MLOPS_TRAIN_THREADS: String(Math.max(1, Math.floor(availableParallelism() / parallel))) }
      : env;
  const pool = createTrialPool({ size: parallel, env: workerEnv });
  let warnedNoEpochValues = false;
  const objective: Objective = async (params, report, { number }) => {
    const { packageDir } = await trialFolder(number, params);
    let reported = false;
    let epochMetrics: string[] = [];
    const outcome = await pool.run(
      {
        config: config!,
        cwd,
        data: inputs.data,
        params,
        seed: study.seed,
        backend: inputs.backend,
        packageDir,
        env: workerEnv,
        run: runFacts,
      },
      (epoch, logs) => {
        epochMetrics = Object.keys(logs);
        const value = logs[study.metric];
        if (value === undefined) return 'continue';
        reported = true;
        return report(epoch, value) === 'prune' ? 'stop' : 'continue';
      },
      (message) => io.debug(`trial ${number}: ${message}`),
    );
    if (!reported && study.pruner.name !== 'none' && !warnedNoEpochValues) {
      warnedNoEpochValues = true;
      io.warning(
        `pruner ${study.pruner.name}: the trainer reports no per-epoch ${study.metric} (it reports ${epochMetrics.join(', ')}), so no trial is pruned.`,
      );
    }
    return trialResult(outcome.metrics, study.metric, {
      package: relative(paths.dir, packageDir),
      backend: outcome.backend,
      device: outcome.device,
      epochs: outcome.epochs,
    });
  };
  const how = pool.processes
    ? `trials run in up to ${parallel} worker process${parallel === 1 ? '' : 'es'}`
    : 'trials run in this process, one at a time (no bundle to start workers from)';
  return { objective, how, close: () => pool.close() };
}

// ---------------------------------------------------------------- logs, summary, outputs

function trialLine(trial: Trial, metric: string): string {
  const value = trial.value !== undefined && Number.isFinite(trial.value) ? ` ${metric}=${formatNumber(trial.value)}` : '';
  const how =
    trial.state === 'pruned' ? ` at epoch ${trial.prunedAt}` : trial.state === 'failed' ? `: ${trial.error ?? 'no error message'}` : '';
  const time = trial.durationSeconds !== undefined ? ` in ${trial.durationSeconds.toFixed(1)} s` : '';
  return `trial ${trial.number}: ${trial.state}${value}${how}${time} ${JSON.stringify(trial.params)}`;
}

function studySummary(study: Study, paths: Paths, title: string, notes: string[] = []): string {
  const counts = countByState(study);
  const best = bestTrial(study);
  const states = [
    `${counts.complete} complete`,
    `${counts.pruned} pruned`,
    `${counts.failed} failed`,
    ...(counts.running ? [`${counts.running} running`] : []),
  ];
  const head = [
    `### tune: ${title}`,
    `${study.trials.length} trial${study.trials.length === 1 ? '' : 's'} (${states.join(', ')}) of ${study.maxTrials} · ` +
      `sampler \`${study.sampler.name}\` · pruner \`${study.pruner.name}\` · seed ${study.seed} · ` +
      `\`${study.metric}\`, ${study.direction === 'minimize' ? 'lower' : 'higher'} is better`,
    ...notes,
  ];
  if (best) {
    head.push(
      `**Best: trial ${best.number}, ${study.metric} = ${formatNumber(best.value)}**`,
      table(
        ['parameter', 'value'],
        Object.entries(best.params).map(([name, value]) => [name, typeof value === 'number' ? formatNumber(value) : JSON.stringify(value)]),
      ),
    );
  } else {
    head.push('No trial has completed.');
  }
  const sections: Section[] = [{ markdown: head.join('\n\n'), essential: true }];
  const chart = bestValueChart(study);
  if (chart) sections.push({ markdown: `#### Best value over trials\n\n${chart}` });
  sections.push({ markdown: `#### Trials\n\n${trialsTable(study)}` });
  if (counts.complete > 0)
    sections.push({ markdown: `#### Parameter importance\n\n${importanceTable(parameterImportance(studySpace(study), study))}` });
  return renderReport(sections, summaryLimit(`the trials file ${paths.shown(paths.file)}`)).markdown;
}

/** The package of a trial, when its recorded folder is inside trials-dir and holds one. */
function packageOf(trial: Trial, paths: Paths): string | undefined {
  const recorded = trial.attributes?.package;
  if (typeof recorded !== 'string') return undefined;
  const full = resolve(paths.dir, recorded);
  const inside = relative(paths.dir, full);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return existsSync(join(full, 'manifest.json')) ? full : undefined;
}

function studyOutputs(study: Study, paths: Paths, io: StepIO): StepOutputs {
  const best = bestTrial(study);
  const outputs: StepOutputs = { 'trials-file': paths.shown(paths.file) };
  if (!best) {
    io.warning('no trial completed, so there is no best trial; the trials file says what happened to each.');
    return outputs;
  }
  const dir = packageOf(best, paths);
  if (!dir)
    io.warning(
      `the best trial's model package (trial ${best.number}) is not in ${paths.shown(paths.dir)}; train it with best-params to get one.`,
    );
  return {
    ...outputs,
    'best-params': best.params,
    'best-value': best.value,
    'best-trial': best.number,
    'model-dir': dir ? paths.shown(dir) : undefined,
  };
}

// ---------------------------------------------------------------- local

async function local(context: Context): Promise<StepOutputs> {
  const { inputs, io } = context;
  const paths = pathsOf(context);
  const previous = await readStudyFile(paths.file);
  const study = await studyFromInputs(context, paths, previous);
  if (previous) {
    const finished = previous.trials.filter((t) => t.state !== 'running').length;
    io.info(
      `resuming the study in ${paths.shown(paths.file)}: ${finished} trial${finished === 1 ? '' : 's'} finished, ${Math.max(0, inputs.trials - finished)} to run.`,
    );
  }
  const prepared = await prepareObjective(context, study, paths, { parallel: inputs.parallel, folder: (n) => `trial-${n}` });
  io.info(`${inputs.trials} trials, ${prepared.how}.`);
  const started = performance.now();
  let result: Awaited<ReturnType<typeof runLocalStudy>>;
  try {
    result = await runLocalStudy({
      space: study.space,
      sampler: study.sampler,
      pruner: study.pruner,
      trials: study.maxTrials,
      parallel: inputs.parallel,
      seed: study.seed,
      objective: prepared.objective,
      trialsFile: paths.file,
      metric: study.metric,
      direction: study.direction,
      onTrial: (trial) => io.info(trialLine(trial, study.metric)),
    });
  } catch (error) {
    // Every trial failed: the summary still shows each one's error.
    const recorded = isUserError(error) ? await readStudyFile(paths.file).catch(() => undefined) : undefined;
    if (recorded) await io.appendSummary(studySummary(recorded, paths, `${recorded.metric} (local)`));
    throw error;
  } finally {
    await prepared.close();
  }
  const seconds = (performance.now() - started) / 1000;
  io.info(`the study took ${seconds.toFixed(1)} s with parallel ${inputs.parallel}.`);
  await io.appendSummary(
    studySummary(result.study, paths, `${study.metric} (local)`, [`Wall time ${seconds.toFixed(1)} s with parallel ${inputs.parallel}.`]),
  );
  return studyOutputs(result.study, paths, io);
}

// ---------------------------------------------------------------- matrix: results on disk

const RESULT_FOLDER = /^trial-(\d+)(?:-attempt-(\d+))?$/;
const STATES = ['running', 'complete', 'pruned', 'failed'];

/** The result.json of every trial folder in trials-dir (the trial jobs' artifacts, downloaded), ordered by trial and attempt. */
async function readResults(paths: Paths): Promise<Trial[]> {
  let names: string[];
  try {
    names = (await readdir(paths.dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: { trial: Trial; number: number; attempt: number }[] = [];
  for (const name of names) {
    const match = RESULT_FOLDER.exec(name);
    const file = join(paths.dir, name, 'result.json');
    if (!match || !existsSync(file)) continue;
    const shown = paths.shown(file);
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

function resultJson(trial: Trial): string {
  return `${JSON.stringify(trial, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`;
}

// ---------------------------------------------------------------- plan

async function plan(context: Context): Promise<StepOutputs> {
  const { inputs, io } = context;
  const paths = pathsOf(context);
  const previous = await readStudyFile(paths.file);
  let study = await studyFromInputs(context, paths, previous);
  // A search space the built-in trainer cannot take fails here, before a matrix of jobs starts.
  if (inputs.config && !inputs.command) checkParameterNames(study);
  const results = await readResults(paths);
  study = mergeResults(study, results);
  const latest = latestRound(study);
  const requested = inputs.round;
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
        `round is ${requested}, but the study in ${paths.shown(paths.file)} has ${latest < 0 ? 'no rounds yet' : `rounds up to ${latest}`}: round ${latest + 1} comes first.`,
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
      const roundsLeft = Math.max(1, inputs.rounds - (latest + 1));
      const size = Math.min(MAX_ROUND_SIZE, Math.max(1, Math.ceil(remaining / roundsLeft)));
      if (!open && roundsLeft === 1 && remaining > size)
        io.warning(
          `this is the last of ${inputs.rounds} rounds and a matrix takes at most ${MAX_ROUND_SIZE} trials: ${remaining - size} of the ${remaining} remaining trials will not run. Raise rounds or lower trials.`,
        );
      const planned = planRound(study, size);
      study = planned.study;
      round = planned.round;
      trials = planned.trials;
    }
  }
  await writeStudyFiles(study, paths.file);
  io.info(`round ${round}: ${trials.length} trial${trials.length === 1 ? '' : 's'} (${trials.map((t) => t.number).join(', ') || 'none'}).`);
  const finished = study.trials.filter((t) => t.state !== 'running').length;
  await io.appendSummary(
    studySummary(study, paths, `${study.metric}, round ${round} planned`, [
      `Round ${round}: ${trials.length} trial${trials.length === 1 ? '' : 's'} in the matrix; ${finished} finished before it.`,
    ]),
  );
  const best = bestTrial(study);
  return {
    matrix: { trial: trials },
    planned: trials.length,
    round,
    'trials-file': paths.shown(paths.file),
    'best-params': best?.params,
    'best-value': best?.value,
    'best-trial': best?.number,
  };
}

// ---------------------------------------------------------------- trial

function trialSpecOf(value: unknown): TrialSpec {
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

async function trialMode(context: Context): Promise<StepOutputs> {
  const { inputs, io, env } = context;
  const paths = pathsOf(context);
  const spec = trialSpecOf(inputs.trial);
  const study = await requireStudy(paths, 'trial');
  const attempt = Math.max(1, Number.parseInt(context.run.runAttempt ?? '1', 10) || 1);
  const name = attempt > 1 ? `trial-${spec.number}-attempt-${attempt}` : `trial-${spec.number}`;
  const folder = join(paths.dir, name);
  const outputsOf = (trial: Trial, resultFile?: string): StepOutputs => {
    const dir = trial.state === 'complete' ? packageOf(trial, paths) : undefined;
    return {
      'trial-state': trial.state,
      'best-params': trial.params,
      'best-value': trial.value !== undefined && Number.isFinite(trial.value) ? trial.value : undefined,
      'best-trial': trial.number,
      'trials-file': resultFile ? paths.shown(resultFile) : undefined,
      'model-dir': dir ? paths.shown(dir) : undefined,
    };
  };
  // A re-run of the matrix must not train again what already has a result (a failed one is retried).
  const recorded = study.trials.find((t) => t.number === spec.number);
  if (recorded && (recorded.state === 'complete' || recorded.state === 'pruned')) {
    io.info(`trial ${spec.number} already has a result (${recorded.state}) in the study; it is not run again.`);
    return outputsOf(recorded);
  }
  const prepared = await prepareObjective(context, study, paths, { parallel: 1, folder: () => name });
  let trial: Trial;
  try {
    trial = await runPlannedTrial(study, spec, prepared.objective);
  } finally {
    await prepared.close();
  }
  await mkdir(folder, { recursive: true });
  const resultFile = join(folder, 'result.json');
  await writeFile(resultFile, resultJson(trial));
  io.info(trialLine(trial, study.metric));
  if (trial.state === 'failed')
    io.warning(
      `trial ${trial.number} failed: ${trial.error}. It is recorded as failed and the study goes on; report fails only if every trial fails.`,
    );
  const artifact = inputs['artifact-name'];
  if (artifact) {
    // @actions/artifact needs the runner's Actions runtime; elsewhere (the CLI) the result stays on disk.
    if (!env.ACTIONS_RUNTIME_TOKEN)
      io.info(`not on an Actions runner (no ACTIONS_RUNTIME_TOKEN): the result stays in ${paths.shown(folder)}.`);
    else await uploadFolder(`${artifact}-${name}`, folder, io, { root: paths.dir, what: `trial ${trial.number}` });
  }
  const value = trial.value !== undefined && Number.isFinite(trial.value) ? formatNumber(trial.value) : '—';
  await io.appendSummary(
    [
      `### tune: trial ${trial.number} (round ${trial.round ?? 0})`,
      `**${trial.state}**${trial.state === 'pruned' ? ` at epoch ${trial.prunedAt}` : ''} · ${study.metric} = ${value}${trial.error ? ` · ${trial.error}` : ''}`,
      table(
        ['parameter', 'value'],
        Object.entries(trial.params).map(([key, v]) => [key, typeof v === 'number' ? formatNumber(v) : JSON.stringify(v)]),
      ),
    ].join('\n\n'),
  );
  return outputsOf(trial, resultFile);
}

// ---------------------------------------------------------------- report

async function report(context: Context): Promise<StepOutputs> {
  const { io } = context;
  const paths = pathsOf(context);
  let study = await requireStudy(paths, 'report');
  const results = await readResults(paths);
  study = failUnreported(mergeResults(study, results), UNREPORTED);
  await writeStudyFiles(study, paths.file);
  if (study.trials.length === 0)
    throw new UserError(`the study in ${paths.shown(paths.file)} has no trials yet; run plan and the trial jobs before report.`);
  io.info(`gathered ${results.length} trial result${results.length === 1 ? '' : 's'} from ${paths.shown(paths.dir)}.`);
  await io.appendSummary(studySummary(study, paths, study.metric));
  assertNotAllFailed(study);
  return studyOutputs(study, paths, io);
}
