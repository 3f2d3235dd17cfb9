import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRunContext } from '../../shared/github/context.js';
import { parseActionInputs } from '../../shared/inputs/parse.js';
import { createCliIO } from '../../shared/runtime/io.js';
import { run as train } from '../../shared/steps/train.js';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const CHURN_TRAIN = join(repoRoot, 'examples/churn/data/train.csv');
export const CHURN_EVAL = join(repoRoot, 'examples/churn/data/eval.csv');

/** A workspace with the churn example's data under data/. */
export function workspace(prefix = 'mlops-evaluate-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'data'));
  cpSync(CHURN_TRAIN, join(dir, 'data/train.csv'));
  cpSync(CHURN_EVAL, join(dir, 'data/eval.csv'));
  return dir;
}

async function runTrain(cwd: string, raw: Record<string, string>): Promise<string> {
  const io = createCliIO(() => undefined);
  const env = { PATH: process.env.PATH, HOME: process.env.HOME };
  const outputs = await train({ inputs: parseActionInputs('train', raw), io, env, cwd, run: readRunContext(env) });
  return join(cwd, String(outputs['model-dir']));
}

/**
 * A real tfjs package from the built-in trainer on the churn example (a few epochs: the numbers
 * do not matter, only that it is a package train really writes).
 */
export async function trainChurnPackage(
  cwd: string,
  options: { outputDir?: string; hidden?: number[]; epochs?: number; name?: string; exclude?: string[]; type?: 'mlp' | 'logistic' } = {},
): Promise<string> {
  const config = [
    `name: ${options.name ?? 'churn'}`,
    'data: data/train.csv',
    'target: churned',
    `features: {exclude: [${['customer_id', ...(options.exclude ?? [])].join(', ')}]}`,
    options.type === 'logistic' ? 'model: {type: logistic}' : `model: {type: mlp, hidden: [${(options.hidden ?? [8]).join(', ')}]}`,
    `training: {epochs: ${options.epochs ?? 3}, batch_size: 128, learning_rate: 0.01}`,
  ].join('\n');
  const file = `train-${Math.random().toString(36).slice(2)}.yml`;
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(cwd, file), config);
  return runTrain(cwd, { config: file, 'output-dir': options.outputDir ?? 'mlops-out/model', backend: 'cpu', seed: '3' });
}

/**
 * The ONNX package of examples/churn-pytorch, packaged by train's command mode from the committed
 * output of that script (test/evaluate/fixtures/churn-onnx, made by make_onnx_fixture.py), so
 * the test needs no Python.
 */
export async function onnxChurnPackage(cwd: string, outputDir = 'mlops-out/onnx-model'): Promise<string> {
  return runTrain(cwd, {
    command: `cp ${join(fixtures, 'churn-onnx')}/* "$MLOPS_OUTPUT_DIR"/`,
    data: 'data/train.csv',
    'output-dir': outputDir,
  });
}
