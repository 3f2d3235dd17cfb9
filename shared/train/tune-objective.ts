import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { profileData, type DataProfile } from '../data/profile.js';
import type { RunContext } from '../github/context.js';
import { writeModelPackage } from '../model/package.js';
import { InputError, UserError, isUserError } from '../runtime/errors.js';
import type { StepIO } from '../runtime/io.js';
import type { PrepareObjective } from '../tune/modes.js';
import { studySpace, type Study } from '../tune/study.js';
import type { Objective, ObjectiveResult } from '../tune/trial.js';
import type { BackendRequest } from './backend.js';
import { runTrainingCommand } from './command.js';
import { applyParams, loadConfig } from './config.js';
import { commandManifest } from './manifest.js';
import { configDataPattern } from './trial.js';
import { createTrialPool } from './trial-pool.js';

/**
 * What a tune trial trains: the built-in trainer (a config with the trial's parameters applied,
 * in worker processes, trial-pool.ts) or the user's training command. Each trial writes its
 * model package into its folder in trials-dir; the trial's value is `metric` from the metrics
 * the training reported. Errors name tune's inputs (`config`, `search-space`, `data`).
 */
export interface TuneObjectiveOptions {
  /** The built-in trainer's config (relative to cwd); give this or `command`. */
  config?: string;
  /** A training command run once per trial. */
  command?: string;
  /** The data, overriding the config's. */
  data?: string;
  backend: BackendRequest;
  cwd: string;
  env: NodeJS.ProcessEnv;
  run: RunContext;
  io: StepIO;
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
export function checkParameterNames(study: Study): void {
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

/** Checks the objective inputs once the study is known and builds the function each trial runs. */
export function tuneObjective(options: TuneObjectiveOptions): PrepareObjective {
  return async (study, { parallel, trialFolder }) => {
    const { config, command, data, io, env, cwd } = options;
    if (config && command)
      throw new InputError('give either config (the built-in trainer) or command (your own training command), not both.', 'config');
    if (!config && !command)
      throw new InputError('give config (a built-in trainer YAML) or command (e.g. `python train.py`) for the trials to run.', 'config');
    const { event: _event, ...runFacts } = options.run;

    if (command) {
      if (study.pruner.name !== 'none')
        io.warning(
          `pruner ${study.pruner.name} needs per-epoch values, which a training command does not report; its trials run to the end.`,
        );
      let profile: Promise<DataProfile | undefined> | undefined;
      const dataProfile = () =>
        (profile ??= data
          ? profileData(data, { cwd }).catch((error: unknown) => {
              if (!isUserError(error)) throw error;
              io.warning(
                `data "${data}" could not be profiled as CSV or JSON Lines (${error.message}); the trials' packages have no data-profile.json.`,
              );
              return undefined;
            })
          : Promise.resolve(undefined));
      const objective: Objective = async (params, _report, { number }) => {
        const folder = await trialFolder(number, params);
        const { paramsFile, packageDir } = folder;
        const result = await runTrainingCommand({
          command,
          cwd,
          env: { ...env, MLOPS_PARAMS_FILE: paramsFile, MLOPS_TRIAL: String(number) },
          io: commandIO(io, number),
          packageDir,
          data: data ? resolve(cwd, data) : undefined,
          params,
          seed: study.seed,
        });
        const profiled = await dataProfile();
        const facts = { run: options.run, seed: study.seed, params, durationSeconds: result.durationSeconds };
        const dataFacts = profiled && data ? { path: data, profile: profiled } : undefined;
        await writeModelPackage(packageDir, commandManifest(result, { ...facts, command, data: dataFacts }), {
          metrics: result.metrics,
          history: result.history,
          profile: profiled,
        });
        return trialResult(result.metrics, study.metric, { package: folder.package });
      };
      return { objective, how: `each trial runs \`${command}\``, close: async () => {} };
    }

    // The built-in trainer: check the config, its data and the parameter names before any trial runs.
    const loaded = await loadConfig(config!, cwd);
    configDataPattern(config!, cwd, loaded.data, data);
    checkParameterNames(study);
    // onnxruntime uses every core by default; parallel trials share them.
    const workerEnv: NodeJS.ProcessEnv =
      parallel > 1 && env.MLOPS_TRAIN_THREADS === undefined
        ? { ...env, MLOPS_TRAIN_THREADS: String(Math.max(1, Math.floor(availableParallelism() / parallel))) }
        : env;
    const pool = createTrialPool({ size: parallel, env: workerEnv });
    let warnedNoEpochValues = false;
    const objective: Objective = async (params, report, { number }) => {
      const folder = await trialFolder(number, params);
      let reported = false;
      let epochMetrics: string[] = [];
      const outcome = await pool.run(
        {
          config: config!,
          cwd,
          data,
          params,
          seed: study.seed,
          backend: options.backend,
          packageDir: folder.packageDir,
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
        package: folder.package,
        backend: outcome.backend,
        device: outcome.device,
        epochs: outcome.epochs,
      });
    };
    const how = pool.processes
      ? `trials run in up to ${parallel} worker process${parallel === 1 ? '' : 'es'}`
      : 'trials run in this process, one at a time (no bundle to start workers from)';
    return { objective, how, close: () => pool.close() };
  };
}
