import { rm } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { profileData } from '../data/profile.js';
import { gitAndRun, writeModelPackage, type GpuUsage, type Manifest } from '../model/package.js';
import { writeTfjsModel } from '../model/tfjs-format.js';
import { InputError, isUserError } from '../runtime/errors.js';
import type { StepIO } from '../runtime/io.js';
import { uploadPackage } from '../train/artifact.js';
import { loadBackend, type BackendRequest } from '../train/backend.js';
import { cacheCheckpoints } from '../train/checkpoint.js';
import { runTrainingCommand } from '../train/command.js';
import { loadConfig, paramsObject } from '../train/config.js';
import { loadTable } from '../data/table.js';
import { planTraining, trainFromConfig, estimateParameters } from '../train/trainer.js';
import { summaryMarkdown } from '../train/summary.js';
import type { Step, StepOutputs } from './types.js';

function cost(durationSeconds: number, perHour: number | undefined): Manifest['cost'] {
  if (perHour === undefined) return undefined;
  return { perHour, amount: Math.round((durationSeconds / 3600) * perHour * 1e6) / 1e6 };
}

/** Refuses an output-dir that would delete the workspace (or a parent of it) when the package is rewritten. */
function packageDirectory(cwd: string, outputDir: string): string {
  const full = resolve(cwd, outputDir);
  const fromWorkspace = relative(full, cwd);
  if (fromWorkspace === '' || (!fromWorkspace.startsWith('..') && !isAbsolute(fromWorkspace))) {
    throw new InputError(`output-dir "${outputDir}" is the workspace or contains it; the package folder is replaced on every run. Use a subfolder such as mlops-out/model.`, 'output-dir');
  }
  return full;
}

async function finish(io: StepIO, dir: string, cwd: string, manifest: Manifest, artifactName: string | undefined, details: { task?: string; rows?: number; epochs?: string }): Promise<StepOutputs> {
  await io.appendSummary(summaryMarkdown(manifest, details));
  if (artifactName) await uploadPackage(artifactName, dir, io);
  return {
    'model-dir': relative(cwd, dir) || '.',
    metrics: manifest.metrics,
    backend: manifest.backend,
    device: manifest.device,
    'duration-seconds': Math.round(manifest.durationSeconds * 1000) / 1000,
    cost: manifest.cost?.amount,
  };
}

export const run: Step = async ({ inputs, io, env, cwd, run: context }) => {
  const started = performance.now();
  const configPath = inputs.config as string | undefined;
  const command = inputs.command as string | undefined;
  if (configPath && command) throw new InputError('give either config (the built-in trainer) or command (your own training command), not both.', 'config');
  if (!configPath && !command) throw new InputError('give config (a built-in trainer YAML) or command (e.g. `python train.py`).', 'config');
  const params = paramsObject(inputs.params);
  const seed = (inputs.seed as number | undefined) ?? 42;
  const dir = packageDirectory(cwd, (inputs['output-dir'] as string | undefined) ?? 'mlops-out/model');
  const perHour = inputs['cost-per-hour'] as number | undefined;
  const artifactName = inputs['artifact-name'] as string | undefined;
  const dataInput = inputs.data as string | undefined;

  if (command) {
    // A training command may read anything (images, parquet, a folder); profile what the suite can read, and say so when it cannot.
    let profile: Awaited<ReturnType<typeof profileData>> | undefined;
    if (dataInput) {
      try {
        profile = await profileData(dataInput, { cwd });
      } catch (error) {
        if (!isUserError(error)) throw error;
        io.warning(`data "${dataInput}" could not be profiled as CSV or JSON Lines (${error.message}); the package has no data-profile.json or data fingerprint, so monitor cannot check drift against it.`);
      }
    }
    const result = await io.group(`Running: ${command}`, () =>
      runTrainingCommand({ command, cwd, env, io, packageDir: dir, data: dataInput ? resolve(cwd, dataInput) : undefined, params, seed }),
    );
    const gpu: GpuUsage | undefined = result.gpu;
    const gpuSeconds = gpu ? result.durationSeconds * gpu.count : 0;
    const extra = result.extra as Partial<Manifest>;
    const manifest = await writeModelPackage(
      dir,
      {
        name: (extra.name as string | undefined) ?? 'model',
        task: extra.task,
        framework: result.framework,
        signature: extra.signature ?? { inputs: [], outputs: [] },
        preprocessing: extra.preprocessing,
        target: extra.target ?? (inputs.target as string | undefined),
        classes: extra.classes,
        params,
        data: profile && dataInput ? { path: dataInput, files: profile.table.files, fingerprint: profile.table.fingerprint, rows: profile.table.rows } : undefined,
        ...gitAndRun(context),
        backend: 'command',
        device: gpu ? `${gpu.count}× ${gpu.name}` : 'cpu',
        gpu,
        seed,
        command,
        durationSeconds: result.durationSeconds,
        gpuSeconds,
        cost: cost(result.durationSeconds, perHour),
        createdAt: new Date().toISOString(),
      },
      { metrics: result.metrics, history: result.history, profile },
    );
    return finish(io, dir, cwd, manifest, artifactName, { task: extra.task, rows: profile?.table.rows });
  }

  const config = await loadConfig(configPath!, cwd, params);
  if (inputs.target) config.target = inputs.target as string;
  const dataPattern = dataInput ?? (config.data ? relative(cwd, resolve(dirname(resolve(cwd, configPath!)), config.data)) : undefined);
  if (!dataPattern) throw new InputError('no training data: set `data:` in the config or the `data` input.', 'data');
  const table = await loadTable(dataPattern, { cwd: cwd });
  const plan = planTraining(config, table);
  const engine = await loadBackend(((inputs.backend as string | undefined) ?? 'auto') as BackendRequest, {
    cwd,
    env,
    workload: { parameters: estimateParameters(config, table, plan), batchSize: config.training.batchSize },
    log: (message) => io.info(message),
  });
  io.info(`backend: ${engine.backend} on ${engine.device}`);
  const checkpointPrefix = inputs['checkpoint-cache'] as string | undefined;
  const checkpoints = checkpointPrefix
    ? cacheCheckpoints({
        prefix: checkpointPrefix,
        identity: { config, seed, data: table.fingerprint, backend: engine.backend },
        cwd,
        io,
        runId: context.runId,
        runAttempt: context.runAttempt,
        env,
        // Seconds between checkpoint uploads (each is a new cache entry); 60 by default.
        intervalMs: env.MLOPS_CHECKPOINT_INTERVAL_S !== undefined ? Number(env.MLOPS_CHECKPOINT_INTERVAL_S) * 1000 : undefined,
      })
    : undefined;
  const resume = checkpoints ? await checkpoints.restore() : undefined;
  const resumedAfter = resume?.epoch;
  const trainingStarted = performance.now();
  const outcome = await io.group(`Training ${config.name} (${config.model.type})`, () =>
    trainFromConfig(engine, config, table, {
      seed,
      log: (message) => io.info(message),
      hooks: {
        resume,
        onEpoch: async (state, logs) => {
          io.info(`epoch ${state.epoch}/${config.training.epochs}: ${Object.entries(logs).map(([name, value]) => `${name}=${value.toFixed(4)}`).join(' ')}`);
          await checkpoints?.save(state, state.stopped || state.epoch === config.training.epochs);
        },
      },
    }),
  );
  const trainingSeconds = (performance.now() - trainingStarted) / 1000;
  const profile = await profileData(dataPattern, { cwd });
  await rm(dir, { recursive: true, force: true });
  const modelFiles = await writeTfjsModel(resolve(dir, 'model'), outcome.network);
  io.debug(`wrote ${modelFiles.join(', ')}`);
  const durationSeconds = (performance.now() - started) / 1000;
  const manifest = await writeModelPackage(
    dir,
    {
      name: config.name,
      task: outcome.plan.task,
      framework: 'tfjs',
      signature: {
        inputs: outcome.preprocessing.features.map((f) => (f.kind === 'numeric' ? { name: f.name, type: 'number' as const } : { name: f.name, type: 'category' as const, values: f.categories })),
        outputs:
          outcome.plan.task === 'regression'
            ? [{ name: outcome.plan.target, type: 'number' }]
            : [{ name: 'probabilities', type: `float32[${outcome.plan.task === 'binary-classification' ? 1 : outcome.preprocessing.target.classes!.length}]` }],
      },
      preprocessing: outcome.preprocessing,
      target: outcome.plan.target,
      classes: outcome.preprocessing.target.classes,
      params: { ...config.model, ...config.training, seed, features: outcome.plan.features, epochsRun: outcome.epochs, bestEpoch: outcome.bestEpoch, stoppedEarly: outcome.stoppedEarly, overrides: params },
      data: { path: dataPattern, files: table.files, fingerprint: table.fingerprint, rows: table.rows },
      ...gitAndRun(context),
      backend: engine.backend,
      device: engine.device,
      seed,
      durationSeconds,
      gpuSeconds: engine.gpu ? trainingSeconds : 0,
      cost: cost(durationSeconds, perHour),
      createdAt: new Date().toISOString(),
    },
    { metrics: outcome.metrics, history: outcome.history, profile },
  );
  return finish(io, dir, cwd, manifest, artifactName, {
    task: outcome.plan.task,
    rows: table.rows,
    epochs: `${outcome.epochs}${outcome.stoppedEarly ? ` (early stop; best ${outcome.bestEpoch})` : ''}${resumedAfter !== undefined ? ` (resumed after ${resumedAfter})` : ''}`,
  });
};
