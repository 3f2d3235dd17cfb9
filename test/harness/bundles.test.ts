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

describe('a step that fails on its verdict', () => {
  it('still sets its outputs, so later steps can read the report', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'bad-data-'));
    writeFileSync(join(dir, 'data.csv'), 'id,age\n1,30\n2,-5\n3,40\n');
    writeFileSync(join(dir, 'schema.yml'), 'columns:\n  id: {type: integer, unique: true}\n  age: {type: integer, min: 0}\n');
    const run = await runAction({ action: 'validate-data', with: { data: join(dir, 'data.csv'), schema: join(dir, 'schema.yml') } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.valid).toBe('false');
    expect(Number(run.outputs.errors)).toBeGreaterThan(0);
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', line: 3 }));
  });
});

describe('validate-data on worker threads inside the bundle', () => {
  it('splits the file across real workers and gets the same profile as one pass', async () => {
    const { readFileSync } = await import('node:fs');
    const data = join(repoRoot, 'examples/churn/data/train.csv');
    const read = async (env: Record<string, string>) => {
      const run = await runAction({ action: 'validate-data', with: { data, schema: join(repoRoot, 'examples/churn/schema.yml') }, env });
      expect(run.exitCode, run.log).toBe(0);
      const report = JSON.parse(readFileSync(join(run.workspace, run.outputs.report), 'utf8'));
      const profile = JSON.parse(readFileSync(join(run.workspace, run.outputs.profile), 'utf8'));
      return { report, profile, outputs: run.outputs };
    };
    const single = await read({ MLOPS_PROFILE_THREADS: '1' });
    const split = await read({ MLOPS_PROFILE_THREADS: '2', MLOPS_PROFILE_RANGE_BYTES: '50000' });
    expect(single.report.threads).toBe(1);
    expect(split.report.threads).toBe(2);
    expect(split.outputs.fingerprint).toBe(single.outputs.fingerprint);
    expect(split.outputs.rows).toBe(single.outputs.rows);
    for (const [index, column] of single.profile.columns.entries()) {
      const name = column.name;
      const other = split.profile.columns[index];
      expect(other.name).toBe(name);
      expect(other.count, name).toBe(column.count);
      expect(other.nulls, name).toBe(column.nulls);
      if (typeof column.mean === 'number') {
        expect(other.mean, name).toBeCloseTo(column.mean, 10);
        expect(other.min, name).toBe(column.min);
        expect(other.max, name).toBe(column.max);
      }
    }
  });
});
