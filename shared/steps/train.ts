import { rm } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { profileData } from '../data/profile.js';
import { writeModelPackage, type Manifest } from '../model/package.js';
import { writeTfjsModel } from '../model/tfjs-format.js';
import { InputError, isUserError } from '../runtime/errors.js';
import type { StepIO } from '../runtime/io.js';
import { uploadPackage } from '../train/artifact.js';
import { loadBackend } from '../train/backend.js';
import { builtInManifest, commandManifest } from '../train/manifest.js';
import { cacheCheckpoints } from '../train/checkpoint.js';
import { runTrainingCommand } from '../train/command.js';
import { loadConfig, paramsObject } from '../train/config.js';
import { loadTable } from '../data/table.js';
import { planTraining, trainFromConfig, estimateParameters } from '../train/trainer.js';
import { summaryMarkdown } from '../train/summary.js';
import type { Step, StepOutputs } from './types.js';

/** Refuses an output-dir that would delete the workspace (or a parent of it) when the package is rewritten. */
function packageDirectory(cwd: string, outputDir: string): string {
  const full = resolve(cwd, outputDir);
  const fromWorkspace = relative(full, cwd);
  if (fromWorkspace === '' || (!fromWorkspace.startsWith('..') && !isAbsolute(fromWorkspace))) {
    throw new InputError(
      `output-dir "${outputDir}" is the workspace or contains it; the package folder is replaced on every run. Use a subfolder such as mlops-out/model.`,
      'output-dir',
    );
  }
  return full;
}

async function finish(
  io: StepIO,
  dir: string,
  cwd: string,
  manifest: Manifest,
  artifactName: string | undefined,
  details: { task?: string; rows?: number; epochs?: string },
): Promise<StepOutputs> {
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

export const run: Step<'train'> = async ({ inputs, io, env, cwd, run: context }) => {
  const started = performance.now();
  const { config: configPath, command, seed } = inputs;
  if (configPath && command)
    throw new InputError('give either config (the built-in trainer) or command (your own training command), not both.', 'config');
  if (!configPath && !command) throw new InputError('give config (a built-in trainer YAML) or command (e.g. `python train.py`).', 'config');
  const params = paramsObject(inputs.params);
  const dir = packageDirectory(cwd, inputs['output-dir']);
  const perHour = inputs['cost-per-hour'];
  const artifactName = inputs['artifact-name'];
  const dataInput = inputs.data;

  if (command) {
    // A training command may read anything (images, parquet, a folder); profile what the suite can read, and say so when it cannot.
    let profile: Awaited<ReturnType<typeof profileData>> | undefined;
    if (dataInput) {
      try {
        profile = await profileData(dataInput, { cwd });
      } catch (error) {
        if (!isUserError(error)) throw error;
        io.warning(
          `data "${dataInput}" could not be profiled as CSV or JSON Lines (${error.message}); the package has no data-profile.json or data fingerprint, so monitor cannot check drift against it.`,
        );
      }
    }
    const result = await io.group(`Running: ${command}`, () =>
      runTrainingCommand({ command, cwd, env, io, packageDir: dir, data: dataInput ? resolve(cwd, dataInput) : undefined, params, seed }),
    );
    const facts = { run: context, seed, params, durationSeconds: result.durationSeconds, perHour };
    const data = profile && dataInput ? { path: dataInput, profile } : undefined;
    const manifest = await writeModelPackage(dir, commandManifest(result, { ...facts, command, target: inputs.target, data }), {
      metrics: result.metrics,
      history: result.history,
      profile,
    });
    return finish(io, dir, cwd, manifest, artifactName, { task: manifest.task, rows: profile?.table.rows });
  }

  const config = await loadConfig(configPath!, cwd, params);
  if (inputs.target) config.target = inputs.target;
  const dataPattern = dataInput ?? (config.data ? relative(cwd, resolve(dirname(resolve(cwd, configPath!)), config.data)) : undefined);
  if (!dataPattern) throw new InputError('no training data: set `data:` in the config or the `data` input.', 'data');
  const table = await loadTable(dataPattern, { cwd: cwd });
  const plan = planTraining(config, table);
  const engine = await loadBackend(inputs.backend, {
    cwd,
    env,
    workload: { parameters: estimateParameters(config, table, plan), batchSize: config.training.batchSize },
    log: (message) => io.info(message),
  });
  io.info(`backend: ${engine.backend} on ${engine.device}`);
  const checkpointPrefix = inputs['checkpoint-cache'];
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
          io.info(
            `epoch ${state.epoch}/${config.training.epochs}: ${Object.entries(logs)
              .map(([name, value]) => `${name}=${value.toFixed(4)}`)
              .join(' ')}`,
          );
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
  const facts = { run: context, seed, params, durationSeconds, perHour, engine, table, dataPattern, trainingSeconds };
  const manifest = await writeModelPackage(dir, builtInManifest(outcome, config, facts), {
    metrics: outcome.metrics,
    history: outcome.history,
    profile,
  });
  return finish(io, dir, cwd, manifest, artifactName, {
    task: outcome.plan.task,
    rows: table.rows,
    epochs: `${outcome.epochs}${outcome.stoppedEarly ? ` (early stop; best ${outcome.bestEpoch})` : ''}${resumedAfter !== undefined ? ` (resumed after ${resumedAfter})` : ''}`,
  });
};
