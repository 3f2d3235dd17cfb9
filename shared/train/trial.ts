import { rm } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { profileData, type DataProfile } from '../data/profile.js';
import { loadTable, type Table } from '../data/table.js';
import type { RunContext } from '../github/context.js';
import { writeModelPackage } from '../model/package.js';
import { writeTfjsModel } from '../model/tfjs-format.js';
import { InputError } from '../runtime/errors.js';
import { loadBackend, type BackendRequest } from './backend.js';
import { loadConfig } from './config.js';
import { builtInManifest } from './manifest.js';
import { estimateParameters, planTraining, trainFromConfig } from './trainer.js';

/**
 * One training of the built-in trainer with a set of parameters applied to its config, as a
 * hyperparameter-search trial runs it: the per-epoch logs go to `onEpoch`, which may stop the
 * training, and a finished training is written as a full model package. Serialisable both ways,
 * so a worker process (trial-worker.ts) can run it for the tune step.
 */
export interface ConfigTrialRequest {
  /** The config file, as given (relative to cwd or absolute). */
  config: string;
  cwd: string;
  /** Overrides the config's `data`. */
  data?: string;
  /** Applied to the config with applyParams (`learning_rate`, `model.hidden`, …). */
  params: Record<string, unknown>;
  seed: number;
  backend: BackendRequest;
  /** The package folder, replaced when the training finishes. */
  packageDir: string;
  env: Record<string, string | undefined>;
  /** The run, for the manifest (without the event payload). */
  run: Omit<RunContext, 'event'>;
}

export interface ConfigTrialOutcome {
  metrics: Record<string, number>;
  backend: string;
  device: string;
  epochs: number;
  durationSeconds: number;
}

export interface ConfigTrialHooks {
  /** Called after each epoch with its logs (`loss`, `val_loss`, `val_auc`…); answering `stop` ends the training. */
  onEpoch?: (epoch: number, logs: Record<string, number>) => 'continue' | 'stop' | Promise<'continue' | 'stop'>;
  log?: (message: string) => void;
}

/** Thrown out of trainConfigTrial when onEpoch answered `stop`; no package is written. */
export class TrialStopped extends Error {
  constructor(readonly epoch: number) {
    super(`stopped after epoch ${epoch}`);
    this.name = 'TrialStopped';
  }
}

// A worker process runs many trials on the same data: read and profile it once.
const tables = new Map<string, Promise<Table>>();
const profiles = new Map<string, Promise<DataProfile>>();

function once<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
    value.catch(() => cache.delete(key));
  }
  return value;
}

/** The data a config trains on: the `data` override, else the config's `data` relative to the config file. */
export function configDataPattern(configPath: string, cwd: string, configData: string | undefined, data: string | undefined) {
  if (data) return data;
  if (configData) return relative(cwd, resolve(dirname(resolve(cwd, configPath)), configData));
  throw new InputError('no training data: set `data:` in the config or the `data` input.', 'data');
}

export async function trainConfigTrial(request: ConfigTrialRequest, hooks: ConfigTrialHooks = {}): Promise<ConfigTrialOutcome> {
  const started = performance.now();
  const { cwd } = request;
  const log = hooks.log ?? (() => {});
  const config = await loadConfig(request.config, cwd, request.params);
  const dataPattern = configDataPattern(request.config, cwd, config.data, request.data);
  const table = await once(tables, `${cwd}\n${dataPattern}`, () => loadTable(dataPattern, { cwd }));
  const plan = planTraining(config, table);
  const engine = await loadBackend(request.backend, {
    cwd,
    env: request.env,
    workload: { parameters: estimateParameters(config, table, plan), batchSize: config.training.batchSize },
    log,
  });
  const trainingStarted = performance.now();
  const outcome = await trainFromConfig(engine, config, table, {
    seed: request.seed,
    log,
    hooks: {
      onEpoch: hooks.onEpoch
        ? async (state, logs) => {
            if ((await hooks.onEpoch!(state.epoch, logs)) === 'stop') throw new TrialStopped(state.epoch);
          }
        : undefined,
    },
  });
  const trainingSeconds = (performance.now() - trainingStarted) / 1000;
  const profile = await once(profiles, `${cwd}\n${dataPattern}`, () => profileData(dataPattern, { cwd }));
  const dir = request.packageDir;
  await rm(dir, { recursive: true, force: true });
  await writeTfjsModel(resolve(dir, 'model'), outcome.network);
  const durationSeconds = (performance.now() - started) / 1000;
  const facts = {
    run: { ...request.run, event: {} },
    seed: request.seed,
    params: request.params,
    durationSeconds,
    engine,
    table,
    dataPattern,
    trainingSeconds,
  };
  await writeModelPackage(dir, builtInManifest(outcome, config, facts), {
    metrics: outcome.metrics,
    history: outcome.history,
    profile,
  });
  return { metrics: outcome.metrics, backend: engine.backend, device: engine.device, epochs: outcome.epochs, durationSeconds };
}
