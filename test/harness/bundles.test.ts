import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runAction } from './runner.js';

// The committed bundles, run the way the runner runs them (Node 24, ES module, no node_modules
// next to the workspace): what users get, not what the TypeScript source does under vitest.
describe('committed bundles, end to end', () => {
  it('validate-data checks and profiles the shipped example', async () => {
    const run = await runAction({
      action: 'validate-data',
      with: { data: join(repoRoot, 'examples/churn/data/train.csv'), schema: join(repoRoot, 'examples/churn/schema.yml') },
    });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs.valid).toBe('true');
    expect(Number(run.outputs.rows)).toBe(4000);
    expect(run.outputs.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(join(run.workspace, run.outputs.profile))).toBe(true);
    expect(run.summary).toContain('4,000');
  });

  it("train runs TF.js's wasm backend inside the bundle", async () => {
    const run = await runAction({
      action: 'train',
      with: { config: join(repoRoot, 'examples/churn/train.yml'), backend: 'wasm', params: '{"training.epochs": 2}' },
    });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs.backend).toBe('wasm');
    expect(run.outputs.device).toMatch(/wasm/);
    expect(existsSync(join(run.workspace, run.outputs['model-dir'], 'manifest.json'))).toBe(true);
    expect(JSON.parse(run.outputs.metrics)).toHaveProperty('val_auc');
  });
});
