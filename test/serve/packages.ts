import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeModelPackage, type Manifest } from '../../shared/model/package.js';
import type { PreprocessingSpec, Task } from '../../shared/model/preprocessing.js';
import { writeTfjsModel } from '../../shared/model/tfjs-format.js';
import { loadBackend } from '../../shared/train/backend.js';
import { parseConfig } from '../../shared/train/config.js';
import { loadTable } from '../../shared/data/table.js';
import { trainFromConfig } from '../../shared/train/trainer.js';

/**
 * Real packages for the service tests, made with the same library calls the train step makes
 * (trainer, TF.js Layers writer, package writer with checksums), without going through the
 * step itself so these tests do not depend on how steps are wired.
 */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const CHURN_TRAIN = join(repoRoot, 'examples/churn/data/train.csv');
export const CHURN_EVAL = join(repoRoot, 'examples/churn/data/eval.csv');
const ONNX_FIXTURE = join(repoRoot, 'test/evaluate/fixtures/churn-onnx');

export function tempDir(prefix = 'mlops-serve-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface TrainOptions {
  name?: string;
  target?: string;
  task?: Task;
  hidden?: number[];
  epochs?: number;
  seed?: number;
  /** Feature columns to leave out (customer_id always is). */
  exclude?: string[];
}

/** Trains a small MLP on the churn example with the built-in trainer and writes a tfjs package. */
export async function trainTfjsPackage(dir: string, options: TrainOptions = {}): Promise<string> {
  const work = tempDir('mlops-serve-train-');
  cpSync(CHURN_TRAIN, join(work, 'train.csv'));
  const target = options.target ?? 'churned';
  const exclude = ['customer_id', ...(target === 'churned' ? [] : ['churned']), ...(options.exclude ?? [])];
  const yaml = [
    `name: ${options.name ?? 'churn'}`,
    'data: train.csv',
    `target: ${target}`,
    ...(options.task ? [`task: ${options.task}`] : []),
    `features: {exclude: [${exclude.join(', ')}]}`,
    `model: {type: mlp, hidden: [${(options.hidden ?? [8]).join(', ')}]}`,
    `training: {epochs: ${options.epochs ?? 2}, batch_size: 256, learning_rate: 0.01}`,
  ].join('\n');
  const config = parseConfig(yaml, 'train.yml');
  const table = await loadTable('train.csv', { cwd: work });
  const engine = await loadBackend('cpu', { cwd: work, env: {} });
  const outcome = await trainFromConfig(engine, config, table, { seed: options.seed ?? 3 });
  await writeTfjsModel(join(dir, 'model'), outcome.network);
  const task = outcome.plan.task;
  const classes = outcome.preprocessing.target.classes;
  await writeModelPackage(
    dir,
    {
      name: config.name,
      task,
      framework: 'tfjs',
      signature: signatureOf(outcome.preprocessing, task),
      preprocessing: outcome.preprocessing,
      target,
      classes,
      params: { hidden: options.hidden ?? [8], seed: options.seed ?? 3 },
      git: {},
      run: {},
      backend: engine.backend,
      device: engine.device,
      seed: options.seed ?? 3,
      durationSeconds: 0,
      gpuSeconds: 0,
      createdAt: new Date().toISOString(),
    },
    { metrics: outcome.metrics, history: outcome.history },
  );
  return dir;
}

function signatureOf(spec: PreprocessingSpec, task: Task): Manifest['signature'] {
  const inputs = spec.features.map((f) =>
    f.kind === 'numeric' ? { name: f.name, type: 'number' as const } : { name: f.name, type: 'category' as const },
  );
  const width = task === 'multiclass-classification' ? spec.target.classes!.length : 1;
  const outputs =
    task === 'regression' ? [{ name: spec.target.name, type: 'number' }] : [{ name: 'probabilities', type: `float32[${width}]` }];
  return { inputs, outputs };
}

/**
 * The ONNX package of examples/churn-pytorch (a PyTorch export committed as a fixture), laid
 * out as train's command mode lays it out: model/model.onnx plus a manifest built from mlops.json.
 */
export async function onnxChurnPackage(dir: string, name = 'churn-pytorch'): Promise<string> {
  await mkdir(join(dir, 'model'), { recursive: true });
  await copyFile(join(ONNX_FIXTURE, 'model.onnx'), join(dir, 'model', 'model.onnx'));
  const extra = JSON.parse(await readFile(join(ONNX_FIXTURE, 'mlops.json'), 'utf8')) as Partial<Manifest>;
  const metrics = JSON.parse(await readFile(join(ONNX_FIXTURE, 'metrics.json'), 'utf8')) as Record<string, number>;
  await writeModelPackage(
    dir,
    {
      name,
      task: extra.task,
      framework: 'onnx',
      signature: extra.signature ?? { inputs: [], outputs: [] },
      preprocessing: extra.preprocessing,
      target: extra.target,
      classes: extra.classes,
      params: {},
      git: {},
      run: {},
      backend: 'command',
      device: 'cpu',
      command: 'python train.py',
      durationSeconds: 0,
      gpuSeconds: 0,
      createdAt: new Date().toISOString(),
    },
    { metrics },
  );
  return dir;
}

/** Flips one byte of a packaged file, as a corrupted download or an edit would. */
export async function tamper(dir: string, file = 'model/weights.bin'): Promise<void> {
  const path = join(dir, file);
  const bytes = await readFile(path);
  bytes[0] ^= 0xff;
  await writeFile(path, bytes);
}

/** The first `count` rows of the churn eval data as records of raw values, as a client would send them. */
export async function churnRecords(count: number): Promise<Record<string, string | number>[]> {
  const text = await readFile(CHURN_EVAL, 'utf8');
  const [header, ...lines] = text.trim().split('\n');
  const names = header.split(',');
  const numeric = new Set(['age', 'tenure_months', 'monthly_charges', 'total_charges', 'support_calls']);
  return lines.slice(0, count).map((line) => {
    const cells = line.split(',');
    const record: Record<string, string | number> = {};
    names.forEach((name, i) => {
      if (name === 'customer_id' || name === 'churned') return;
      record[name] = numeric.has(name) ? Number(cells[i]) : cells[i];
    });
    return record;
  });
}
