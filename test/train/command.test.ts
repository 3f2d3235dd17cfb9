import { chmodSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasPythonTorch, skipWithoutSystemPart } from '../support/system-parts.js';
import { describe, expect, it } from 'vitest';
import { readModelPackage } from '../../shared/model/package.js';
import { parseNvidiaSmi } from '../../shared/train/gpu.js';
import { runTrain, workspace } from './helpers.js';

/** A training command written in Node, so the test needs no Python. */
const FAKE_TRAINER = `
const fs = require('node:fs'); const path = require('node:path');
const out = process.env.MLOPS_OUTPUT_DIR;
fs.writeFileSync(path.join(out, '..', '..', '..', 'env.json'), JSON.stringify({ data: process.env.MLOPS_DATA, params: process.env.MLOPS_PARAMS, seed: process.env.MLOPS_SEED, out }));
for (let epoch = 1; epoch <= 3; epoch++) console.log('epoch ' + epoch + ' loss=' + (1 / epoch).toFixed(3));
const start = Date.now(); while (Date.now() - start < 400) {}
if (process.argv[2] !== 'no-model') fs.writeFileSync(path.join(out, 'model.onnx'), 'onnx bytes');
if (process.argv[2] !== 'no-metrics') fs.writeFileSync(path.join(out, 'metrics.json'), JSON.stringify({ loss: 0.33, val_auc: 0.81 }));
fs.writeFileSync(path.join(out, 'history.json'), JSON.stringify({ loss: [1, 0.5, 0.33] }));
`;

/** nvidia-smi as the runner's driver prints it for --query-gpu=name,utilization.gpu,memory.used,memory.total --format=csv,noheader,nounits. */
function fakeNvidiaSmi(dir: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const script = join(bin, 'nvidia-smi');
  writeFileSync(
    script,
    `#!/bin/sh
case "$*" in *--query-gpu=name,utilization.gpu,memory.used,memory.total*--format=csv,noheader,nounits*) ;; *) echo "unexpected args: $*" >&2; exit 2;; esac
n=$(cat "${dir}/smi-count" 2>/dev/null || echo 0); n=$((n+1)); echo $n > "${dir}/smi-count"
if [ $n -eq 1 ]; then echo "NVIDIA H100 80GB HBM3, 10, 1200, 81559"; else echo "NVIDIA H100 80GB HBM3, 90, 30000, 81559"; fi
`,
  );
  chmodSync(script, 0o755);
  return bin;
}

describe('train step, command mode', () => {
  it('runs the command with the env contract, streams output, samples nvidia-smi and packages an onnx model', async () => {
    const cwd = workspace({ 'trainer.cjs': FAKE_TRAINER });
    const bin = fakeNvidiaSmi(cwd);
    const { outputs, log, summary } = await runTrain(
      cwd,
      { command: `"${process.execPath}" trainer.cjs`, data: 'churn.csv', params: '{"lr": 0.1}', seed: '9', 'cost-per-hour': '2' },
      { PATH: `${bin}:${process.env.PATH}`, GITHUB_SHA: 'feed' },
    );
    expect(log).toEqual(expect.arrayContaining(['epoch 1 loss=1.000', 'epoch 3 loss=0.333']));
    const env = JSON.parse(readFileSync(join(cwd, 'env.json'), 'utf8'));
    expect(env).toEqual({ data: join(cwd, 'churn.csv'), params: '{"lr":0.1}', seed: '9', out: join(cwd, 'mlops-out/model/model') });
    const manifest = await readModelPackage(join(cwd, 'mlops-out/model'));
    expect(manifest.framework).toBe('onnx');
    expect(manifest.backend).toBe('command');
    expect(manifest.metrics).toEqual({ loss: 0.33, val_auc: 0.81 });
    expect(Object.keys(manifest.files).sort()).toEqual(['data-profile.json', 'history.json', 'metrics.json', 'model/model.onnx']);
    expect(manifest.gpu).toMatchObject({
      name: 'NVIDIA H100 80GB HBM3',
      count: 1,
      peakUtilization: 90,
      peakMemoryMiB: 30000,
      memoryTotalMiB: 81559,
    });
    expect(manifest.gpu!.samples).toBeGreaterThanOrEqual(2);
    expect(manifest.gpuSeconds).toBeCloseTo(manifest.durationSeconds, 9);
    expect(manifest.device).toBe('1× NVIDIA H100 80GB HBM3');
    expect(manifest.git.sha).toBe('feed');
    expect(manifest.data!.rows).toBe(600);
    expect(outputs.cost).toBeCloseTo((manifest.durationSeconds / 3600) * 2, 6);
    expect(summary).toMatch(/GPU utilisation \| mean [\d.]+%, peak 90%/);
  });

  it('without nvidia-smi, records zero GPU-seconds and a custom framework when there is no model.onnx', async () => {
    const cwd = workspace({ 'trainer.cjs': FAKE_TRAINER });
    await runTrain(cwd, { command: `"${process.execPath}" trainer.cjs no-model` }, { PATH: '/usr/bin:/bin' });
    const manifest = await readModelPackage(join(cwd, 'mlops-out/model'));
    expect(manifest.framework).toBe('custom');
    expect(manifest.gpuSeconds).toBe(0);
    expect(manifest.gpu).toBeUndefined();
  });

  it('a failing command fails the step with its last lines of output', async () => {
    const cwd = workspace({ 'fail.sh': 'for i in 1 2 3 4 5; do echo "line $i"; done; echo "CUDA out of memory" >&2; exit 3\n' });
    await expect(runTrain(cwd, { command: 'sh fail.sh' })).rejects.toThrow(
      /failed \(exit code 3\)[^]*Last lines of its output:\nline 1\n[^]*line 5\nCUDA out of memory/,
    );
  });

  it('a command that writes no metrics.json fails with its last lines', async () => {
    const cwd = workspace({ 'trainer.cjs': FAKE_TRAINER });
    await expect(runTrain(cwd, { command: `"${process.execPath}" trainer.cjs no-metrics` })).rejects.toThrow(
      /wrote no metrics\.json into MLOPS_OUTPUT_DIR[^]*epoch 3 loss=0\.333/,
    );
  });

  it('parses nvidia-smi CSV, including [N/A] fields and several GPUs', () => {
    expect(parseNvidiaSmi('NVIDIA A100-SXM4-40GB, 55, 1000, 40960\nNVIDIA A100-SXM4-40GB, [N/A], 900, 40960\n')).toEqual([
      { name: 'NVIDIA A100-SXM4-40GB', utilization: 55, memoryUsed: 1000, memoryTotal: 40960 },
      { name: 'NVIDIA A100-SXM4-40GB', utilization: Number.NaN, memoryUsed: 900, memoryTotal: 40960 },
    ]);
  });
});

const skipPytorch = skipWithoutSystemPart(
  "Debian's PyTorch at /usr/bin/python3",
  hasPythonTorch,
  'apt-get install python3-torch python3-pandas',
);

describe.skipIf(skipPytorch)('examples/churn-pytorch (needs /usr/bin/python3 with python3-torch)', () => {
  it('trains in PyTorch and exports ONNX with the suite preprocessing', async () => {
    const example = fileURLToPath(new URL('../../examples/churn-pytorch/train.py', import.meta.url));
    const cwd = workspace();
    await runTrain(cwd, { command: `/usr/bin/python3 ${example}`, data: 'churn.csv', params: '{"epochs": 2, "exclude": ["customer_id"]}' });
    const dir = join(cwd, 'mlops-out/model');
    const manifest = await readModelPackage(dir);
    expect(manifest.framework).toBe('onnx');
    expect(manifest.task).toBe('binary-classification');
    expect(manifest.preprocessing!.inputNames).toContain('plan=<unknown>');
    expect(manifest.metrics.val_auc).toBeGreaterThan(0.5);
    expect(existsSync(join(dir, 'model/model.onnx'))).toBe(true);
  }, 60_000);
});

describe('train step, command mode with data the suite cannot read', () => {
  it('warns that the data could not be profiled and still packages the model', async () => {
    const cwd = workspace({ 'trainer.cjs': FAKE_TRAINER, 'images.bin': '\u0000\u0001binary' });
    const { log } = await runTrain(cwd, { command: `"${process.execPath}" trainer.cjs`, data: 'no-such-folder/*.png' });
    expect(log.join('\n')).toMatch(/warning: data "no-such-folder\/\*\.png" could not be profiled/);
    const manifest = await readModelPackage(join(cwd, 'mlops-out/model'));
    expect(manifest.data).toBeUndefined();
    expect(manifest.files['data-profile.json']).toBeUndefined();
  });
});
