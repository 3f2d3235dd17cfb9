import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { GpuUsage } from '../model/package.js';
import { FileError, UserError } from '../runtime/errors.js';
import type { StepIO } from '../runtime/io.js';
import { GpuSampler } from './gpu.js';

export interface CommandRun {
  metrics: Record<string, number>;
  history?: Record<string, number[]>;
  framework: 'onnx' | 'custom';
  /** Optional `mlops.json` the command wrote: task, target, classes, signature, preprocessing. */
  extra: Record<string, unknown>;
  gpu?: GpuUsage;
  durationSeconds: number;
}

export interface CommandOptions {
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  io: StepIO;
  /** The package folder; the command writes into `<packageDir>/model` (MLOPS_OUTPUT_DIR). */
  packageDir: string;
  data?: string;
  params: Record<string, unknown>;
  seed: number;
  /** nvidia-smi sampling interval. */
  sampleIntervalMs?: number;
  /** Lines of output quoted when the command fails. */
  tailLines?: number;
}

/** Splits a byte stream into lines, calling `line` for each complete one. */
function lineSplitter(line: (text: string) => void): { push(chunk: Buffer): void; end(): void } {
  let rest = '';
  return {
    push(chunk) {
      const text = rest + chunk.toString('utf8');
      const lines = text.split(/\r?\n/);
      rest = lines.pop() ?? '';
      for (const l of lines) line(l);
    },
    end() {
      if (rest) line(rest);
      rest = '';
    },
  };
}

function flatMetrics(value: unknown, file: string): Record<string, number> {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new FileError('metrics.json must be a JSON object of metric name to number, e.g. {"val_loss": 0.31}.', file);
  const out: Record<string, number> = {};
  for (const [name, metric] of Object.entries(value)) {
    if (typeof metric !== 'number' || !Number.isFinite(metric))
      throw new FileError(`metric "${name}" is ${JSON.stringify(metric)}; every metric must be a finite number.`, file);
    out[name] = metric;
  }
  return out;
}

async function readJson(path: string, shown: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new FileError(`is not valid JSON: ${(error as Error).message}`, shown);
  }
}

/**
 * Runs a training command with command mode's environment contract (docs/training-config.md), streaming its output live and
 * sampling nvidia-smi, then checks what it wrote. A failure quotes the command's last lines.
 */
export async function runTrainingCommand(options: CommandOptions): Promise<CommandRun> {
  const outputDir = join(options.packageDir, 'model');
  await rm(options.packageDir, { recursive: true, force: true });
  await mkdir(outputDir, { recursive: true });
  const tail: string[] = [];
  const keep = options.tailLines ?? 30;
  const remember = (line: string) => {
    options.io.info(line);
    tail.push(line);
    if (tail.length > keep) tail.shift();
  };
  const sampler = new GpuSampler(options.env, options.sampleIntervalMs);
  await sampler.start();
  const started = performance.now();
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    MLOPS_OUTPUT_DIR: outputDir,
    MLOPS_DATA: options.data ?? '',
    MLOPS_PARAMS: JSON.stringify(options.params),
    MLOPS_SEED: String(options.seed),
    // Python buffers stdout when it is not a terminal; the log should move while the command runs.
    PYTHONUNBUFFERED: options.env.PYTHONUNBUFFERED ?? '1',
  };
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    const child = spawn(options.command, { shell: true, cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = lineSplitter(remember);
    const err = lineSplitter(remember);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => resolve({ code: null, signal: null, error }));
    child.on('close', (code, signal) => {
      out.end();
      err.end();
      resolve({ code, signal });
    });
  });
  const durationSeconds = (performance.now() - started) / 1000;
  const gpu = await sampler.stop();
  const lastLines = () => (tail.length ? `\nLast lines of its output:\n${tail.join('\n')}` : ' It printed nothing.');
  if (exit.error) throw new UserError(`the command could not start: ${exit.error.message}.`);
  if (exit.code !== 0) {
    throw new UserError(
      `the training command failed (${exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`}) after ${durationSeconds.toFixed(1)} s.${lastLines()}`,
    );
  }
  const metricsPath = join(outputDir, 'metrics.json');
  if (!existsSync(metricsPath)) {
    throw new UserError(
      `the training command succeeded but wrote no metrics.json into MLOPS_OUTPUT_DIR (${outputDir}); it must write {"metric": number, …} there.${lastLines()}`,
    );
  }
  const metrics = flatMetrics(await readJson(metricsPath, 'metrics.json'), 'metrics.json');
  // metrics.json, history.json and mlops.json belong at the package root, beside model/.
  await rename(metricsPath, join(options.packageDir, 'metrics.json'));
  let history: Record<string, number[]> | undefined;
  if (existsSync(join(outputDir, 'history.json'))) {
    history = (await readJson(join(outputDir, 'history.json'), 'history.json')) as Record<string, number[]>;
    await rm(join(outputDir, 'history.json'));
  }
  let extra: Record<string, unknown> = {};
  if (existsSync(join(outputDir, 'mlops.json'))) {
    extra = (await readJson(join(outputDir, 'mlops.json'), 'mlops.json')) as Record<string, unknown>;
    await rm(join(outputDir, 'mlops.json'));
  }
  const files = await readdir(outputDir);
  return { metrics, history, framework: files.includes('model.onnx') ? 'onnx' : 'custom', extra, gpu, durationSeconds };
}
