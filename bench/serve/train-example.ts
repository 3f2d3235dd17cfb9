import { dirname, join, relative, resolve } from 'node:path';
import { loadTable } from '../../shared/data/table.js';
import { writeModelPackage } from '../../shared/model/package.js';
import { writeTfjsModel } from '../../shared/model/tfjs-format.js';
import { loadBackend } from '../../shared/train/backend.js';
import { loadConfig } from '../../shared/train/config.js';
import { trainFromConfig } from '../../shared/train/trainer.js';

/**
 * The example's MLP (examples/churn/train.yml), trained in-process with the built-in trainer and
 * written as a tfjs package: what `mlops train --config examples/churn/train.yml` produces, without
 * depending on the CLI bundle.
 */
export async function trainExamplePackage(repo: string, outDir: string): Promise<string> {
  const configPath = join(repo, 'examples/churn/train.yml');
  const config = await loadConfig(configPath, repo);
  const data = relative(repo, resolve(dirname(configPath), config.data!));
  const table = await loadTable(data, { cwd: repo });
  const engine = await loadBackend('cpu', { cwd: repo, env: process.env });
  const outcome = await trainFromConfig(engine, config, table, { seed: 1 });
  await writeTfjsModel(join(outDir, 'model'), outcome.network);
  const spec = outcome.preprocessing;
  await writeModelPackage(
    outDir,
    {
      name: config.name,
      task: outcome.plan.task,
      framework: 'tfjs',
      signature: {
        inputs: spec.features.map((f) => ({
          name: f.name,
          type: f.kind === 'numeric' ? ('number' as const) : ('category' as const),
        })),
        outputs: [{ name: 'probabilities', type: 'float32[1]' }],
      },
      preprocessing: spec,
      target: outcome.plan.target,
      classes: spec.target.classes,
      params: { ...config.model, ...config.training },
      git: {},
      run: {},
      backend: engine.backend,
      device: engine.device,
      seed: 1,
      durationSeconds: 0,
      gpuSeconds: 0,
      createdAt: new Date().toISOString(),
    },
    { metrics: outcome.metrics, history: outcome.history },
  );
  return outDir;
}
