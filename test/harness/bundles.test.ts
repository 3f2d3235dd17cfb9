import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { node24, repoRoot, runAction } from './runner.js';

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

describe('train on a runner, where the action has no node_modules', () => {
  // The committed bundle copied away from this repository, as a runner checks out the action:
  // native engines come only from what the workflow installed.
  const bundle = mkdtempSync(join(tmpdir(), 'mlops-bundle-'));
  const workspace = mkdtempSync(join(tmpdir(), 'mlops-bundle-ws-'));
  cpSync(join(repoRoot, 'dist'), bundle, { recursive: true });
  copyFileSync(join(repoRoot, 'test/train/fixtures/churn.csv'), join(workspace, 'churn.csv'));
  writeFileSync(
    join(workspace, 'train.yml'),
    'data: churn.csv\ntarget: churned\nfeatures: {exclude: [customer_id]}\ntraining: {epochs: 2}\n',
  );
  const script = join(workspace, 'run.mjs');
  writeFileSync(
    script,
    `import { runCli } from ${JSON.stringify(join(bundle, 'index.js'))};\nprocess.exitCode = await runCli(process.argv.slice(2));\n`,
  );
  const cli = (args: string[], env: Record<string, string> = {}) => {
    const result = spawnSync(node24, [script, ...args], {
      cwd: workspace,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: workspace, ...env },
    });
    return { status: result.status, outputs: result.status === 0 ? JSON.parse(result.stdout) : undefined, log: result.stderr };
  };
  const train = (args: string[], env: Record<string, string> = {}) => cli(['train', '--config', 'train.yml', ...args], env);
  const onnxRuntime = { MLOPS_ONNXRUNTIME_NODE: join(repoRoot, 'node_modules/onnxruntime-node') };

  it('auto says onnxruntime-node is missing and trains on wasm; an explicit onnxruntime fails with how to install it', () => {
    const auto = train([]);
    expect(auto.status, auto.log).toBe(0);
    expect(auto.outputs.backend).toBe('wasm');
    expect(auto.log).toMatch(/backend auto: skipping onnxruntime: onnxruntime-node is not installed \(looked in /);
    const explicit = train(['--backend', 'onnxruntime']);
    expect(explicit.status).not.toBe(0);
    expect(explicit.log).toMatch(
      /backend "onnxruntime" was requested but cannot load: onnxruntime-node is not installed .*npm install --no-save onnxruntime-node@1/,
    );
  });

  it('loads engines the runner installed in the workspace, CommonJS or ES module (ncc must not rewrite the import)', () => {
    // Stand-ins for tfjs-node-gpu (CommonJS) and tfjs-node (an ES module) whose backend is not
    // libtensorflow: reaching that check proves the bundle loaded them from the workspace.
    const fake = (name: string, type: 'commonjs' | 'module', source: string) => {
      const dir = join(workspace, 'node_modules', name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '0.0.0', type, main: 'index.js' }));
      writeFileSync(join(dir, 'index.js'), source);
    };
    fake('@tensorflow/tfjs-node-gpu', 'commonjs', "module.exports = { ready: async () => {}, getBackend: () => 'fake-cjs' };\n");
    fake('@tensorflow/tfjs-node', 'module', "export const ready = async () => {};\nexport const getBackend = () => 'fake-esm';\n");
    const gpu = train(['--backend', 'tensorflow-gpu']);
    expect(gpu.log).toMatch(/@tensorflow\/tfjs-node-gpu loaded but its backend is "fake-cjs"/);
    const cpu = train(['--backend', 'tensorflow']);
    expect(cpu.log).toMatch(/@tensorflow\/tfjs-node loaded but its backend is "fake-esm"/);
    rmSync(join(workspace, 'node_modules'), { recursive: true, force: true });
  });

  it('with onnxruntime-node installed on the runner, auto trains on its native kernels', () => {
    const run = train([], { ...onnxRuntime, MLOPS_TRAIN_THREADS: '1' });
    expect(run.status, run.log).toBe(0);
    expect(run.outputs.backend).toBe('onnxruntime');
    expect(run.outputs.device).toMatch(/^cpu \(onnxruntime 1\.\d+\.\d+, 1 thread\)$/);
    expect(JSON.parse(run.outputs.metrics).val_auc).toBeGreaterThan(0.6);
  });

  it('evaluating an ONNX package without onnxruntime-node says how to install it; with it, evaluate scores the package', () => {
    // The package a PyTorch training command makes (test/evaluate/fixtures/churn-onnx).
    const exampleData = join(repoRoot, 'examples/churn/data');
    const packaged = cli([
      'train',
      '--command',
      `cp ${join(repoRoot, 'test/evaluate/fixtures/churn-onnx')}/* "$MLOPS_OUTPUT_DIR"/`,
      '--data',
      join(exampleData, 'train.csv'),
      '--output-dir',
      'onnx-model',
    ]);
    expect(packaged.status, packaged.log).toBe(0);
    const evaluate = (env: Record<string, string>) =>
      cli(
        ['evaluate', '--model-dir', 'onnx-model', '--data', join(exampleData, 'eval.csv'), '--baseline', 'none', '--comment', 'never'],
        env,
      );
    const missing = evaluate({});
    expect(missing.status).not.toBe(0);
    expect(missing.log).toMatch(
      /This model package is ONNX, which runs with onnxruntime-node \(a native module, not bundled with the action\)\. Install it before this step, e\.g\. `npm install --no-save onnxruntime-node@1`/,
    );
    const scored = evaluate(onnxRuntime);
    expect(scored.status, scored.log).toBe(0);
    expect(scored.outputs.passed).toBe('true');
    rmSync(bundle, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
  });
});
