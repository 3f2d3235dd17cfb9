import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSoftwareGl, skipWithoutSystemPart } from '../support/system-parts.js';
import { repoRoot, runAction } from '../harness/runner.js';
import { CHURN_CONFIG } from './helpers.js';

// The webgpu rung end to end without a GPU: the `webgpu` package (Dawn) on its OpenGL ES
// backend, over Mesa's software rasteriser (llvmpipe) through a surfaceless EGL display. It
// runs the committed bundle the way the runner does, so TF.js's WebGPU kernels, the trainer's
// custom-gradient step and every read-back run for real; only the speed says nothing about a GPU.
const skipWebgpu = skipWithoutSystemPart(
  "Mesa's EGL and software rasteriser",
  hasSoftwareGl,
  'apt-get install libegl-dev libegl-mesa0 libgl1-mesa-dri',
);
const SOFTWARE_WEBGPU = {
  MLOPS_WEBGPU_DAWN_FLAGS: 'backend=opengles',
  MLOPS_WEBGPU_FEATURE_LEVEL: 'compatibility',
  EGL_PLATFORM: 'surfaceless',
};

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-webgpu-'));
  copyFileSync(join(repoRoot, 'test/train/fixtures/churn.csv'), join(dir, 'churn.csv'));
  writeFileSync(join(dir, 'train.yml'), CHURN_CONFIG);
  return dir;
}

describe.skipIf(skipWebgpu)('webgpu rung on a software adapter (Dawn OpenGL ES on llvmpipe)', () => {
  it('trains through the bundle, says which adapter ran, and follows the cpu backend epoch by epoch', async () => {
    const env = { ...SOFTWARE_WEBGPU, XDG_RUNTIME_DIR: tmpdir() };
    const gpu = await runAction({
      action: 'train',
      workspace: workspace(),
      with: { config: 'train.yml', backend: 'webgpu', seed: 5 },
      env,
      timeoutMs: 180_000,
    });
    expect(gpu.exitCode, gpu.log).toBe(0);
    expect(gpu.outputs.backend).toBe('webgpu');
    expect(gpu.outputs.device).toMatch(/^webgpu \(.*llvmpipe.*, software\)$/);
    // A software adapter computes on the CPU: no GPU-seconds are billed for it.
    expect(JSON.parse(readFileSync(join(gpu.workspace, gpu.outputs['model-dir'], 'manifest.json'), 'utf8')).gpuSeconds).toBe(0);
    expect(gpu.summary).toContain('| backend | webgpu |');
    const cpu = await runAction({ action: 'train', workspace: workspace(), with: { config: 'train.yml', backend: 'cpu', seed: 5 } });
    expect(cpu.exitCode, cpu.log).toBe(0);
    // Same seed, same initial weights and shuffles, no dropout: the two engines differ only in
    // float32 rounding, so the curves agree closely.
    const history = (run: typeof gpu) =>
      JSON.parse(readFileSync(join(run.workspace, run.outputs['model-dir'], 'history.json'), 'utf8')) as Record<string, number[]>;
    const [a, b] = [history(gpu), history(cpu)];
    expect(a.loss).toHaveLength(4);
    a.loss.forEach((loss, epoch) => expect(Math.abs(loss - b.loss[epoch]) / b.loss[epoch]).toBeLessThan(1e-3));
    a.val_auc.forEach((auc, epoch) => expect(Math.abs(auc - b.val_auc[epoch])).toBeLessThan(1e-3));
  });
});
