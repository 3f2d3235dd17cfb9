import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { predictNetwork } from '../../shared/model/network.js';
import { readModelPackage } from '../../shared/model/package.js';
import { applyPreprocessing } from '../../shared/model/preprocessing.js';
import { readTfjsModel } from '../../shared/model/tfjs-format.js';
import { loadPredictor } from '../../shared/model/predictor.js';
import { renderGfm } from '../support/gfm.js';
import { loadTable } from '../../shared/data/table.js';
import { taskMetrics } from '../../shared/train/metrics.js';
import { CHURN_CONFIG, runTrain, workspace } from './helpers.js';

const RUNNER_ENV = {
  GITHUB_REPOSITORY: 'acme/churn',
  GITHUB_SHA: 'abc123',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_RUN_ID: '77',
  GITHUB_RUN_ATTEMPT: '2',
};

describe('train step, built-in trainer', () => {
  it.each(['cpu', 'onnxruntime'])(
    'writes a complete, verifiable package whose model reproduces the reported metrics (%s)',
    async (backend) => {
      const cwd = workspace({ 'train.yml': CHURN_CONFIG });
      const { outputs, summary } = await runTrain(cwd, { config: 'train.yml', backend, 'cost-per-hour': '3.6' }, RUNNER_ENV);
      expect(outputs.backend).toBe(backend);
      expect(outputs['model-dir']).toBe('mlops-out/model');
      const dir = join(cwd, 'mlops-out/model');
      const manifest = await readModelPackage(dir);
      expect(manifest).toMatchObject({
        schemaVersion: 1,
        name: 'churn',
        task: 'binary-classification',
        framework: 'tfjs',
        target: 'churned',
        classes: ['0', '1'],
        git: { repository: 'acme/churn', sha: 'abc123', ref: 'refs/heads/main' },
        run: { id: '77', attempt: '2', url: 'https://github.com/acme/churn/actions/runs/77' },
        backend,
        gpuSeconds: 0,
        data: { path: 'churn.csv', rows: 600 },
      });
      expect(manifest.data!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(Object.keys(manifest.files).sort()).toEqual([
        'data-profile.json',
        'history.json',
        'metrics.json',
        'model/model.json',
        'model/weights.bin',
      ]);
      expect(manifest.cost!.amount).toBeCloseTo(manifest.durationSeconds / 1000, 6);
      expect(outputs.cost).toBe(manifest.cost!.amount);
      expect(JSON.parse(readFileSync(join(dir, 'history.json'), 'utf8')).loss).toHaveLength(4);
      expect(JSON.parse(readFileSync(join(dir, 'data-profile.json'), 'utf8')).table.fingerprint).toBe(manifest.data!.fingerprint);
      expect(summary).toContain(`| backend | ${backend} |`);
      expect(summary).toMatch(/\| val_auc|\| auc \|/);
      expect(renderGfm(summary)).toContain('<table>');
      // The package alone (manifest preprocessing + model files) scores raw rows.
      const network = await readTfjsModel(join(dir, 'model'));
      const table = await loadTable('churn.csv', { cwd: cwd });
      const probabilities = predictNetwork(network, applyPreprocessing(manifest.preprocessing!, table), table.rows);
      const predictor = await loadPredictor(dir);
      expect(Array.from(predictor.predict(table))).toEqual(Array.from(probabilities));
      const one = predictor.predictRecords([{ tenure: 3, monthly_charges: '99.5', plan: 'never-seen', contract: null }]);
      expect(one).toHaveLength(1);
      expect(one[0]).toBeGreaterThan(0);
      expect(one[0]).toBeLessThan(1);
      const labels = table.values.get('churned')!.map((v) => Number(v));
      const all = taskMetrics('binary-classification', labels, probabilities);
      expect(all.auc).toBeGreaterThan(0.6);
      expect(Math.abs(all.auc - manifest.metrics.auc)).toBeLessThan(0.1);
    },
  );

  it('a tampered package fails verification naming the file', async () => {
    const cwd = workspace({ 'train.yml': CHURN_CONFIG });
    await runTrain(cwd, { config: 'train.yml', backend: 'cpu' });
    const dir = join(cwd, 'mlops-out/model');
    writeFileSync(join(dir, 'metrics.json'), '{"auc": 0.99}\n');
    await expect(readModelPackage(dir)).rejects.toThrow(/checksum mismatch for metrics\.json/);
  });

  it('same config, seed and backend give identical metrics on a re-run; params override the config', async () => {
    const cwd = workspace({ 'train.yml': CHURN_CONFIG });
    const a = await runTrain(cwd, { config: 'train.yml', backend: 'wasm', seed: '3' });
    const b = await runTrain(cwd, { config: 'train.yml', backend: 'wasm', seed: '3' });
    expect(b.outputs.metrics).toEqual(a.outputs.metrics);
    expect(a.outputs.device).toMatch(/wasm/);
    const c = await runTrain(cwd, {
      config: 'train.yml',
      backend: 'wasm',
      seed: '3',
      params: '{"learning_rate": 0.05, "model.hidden": [4]}',
    });
    expect(c.outputs.metrics).not.toEqual(a.outputs.metrics);
    const manifest = await readModelPackage(join(cwd, 'mlops-out/model'));
    expect(manifest.params).toMatchObject({ learningRate: 0.05, hidden: [4] });
  });

  it('an explicit backend that cannot load fails with the reason and never falls back', async () => {
    const cwd = workspace({ 'train.yml': CHURN_CONFIG });
    await expect(runTrain(cwd, { config: 'train.yml', backend: 'webgpu' })).rejects.toThrow(
      /backend "webgpu" was requested but cannot load: .*(not installed|no GPU adapter)/,
    );
    await expect(runTrain(cwd, { config: 'train.yml', backend: 'tensorflow-gpu' })).rejects.toThrow(
      /backend "tensorflow-gpu" was requested but cannot load: @tensorflow\/tfjs-node-gpu is not installed/,
    );
    await expect(runTrain(cwd, { config: 'train.yml', backend: 'tensorflow' })).rejects.toThrow(/@tensorflow\/tfjs-node is not installed/);
  });

  it('auto says why it skipped each rung', async () => {
    const cwd = workspace({ 'train.yml': CHURN_CONFIG });
    const { outputs, log } = await runTrain(cwd, { config: 'train.yml' });
    // onnxruntime-node is in this repository's node_modules; a runner without it gets wasm
    // (test/harness/bundles.test.ts runs the bundle away from node_modules).
    expect(outputs.backend).toBe('onnxruntime');
    expect(outputs.device).toMatch(/^cpu \(onnxruntime 1\.\d+\.\d+, \d+ threads?\)$/);
    expect(log.join('\n')).toMatch(/skipping tensorflow-gpu: @tensorflow\/tfjs-node-gpu is not installed/);
    expect(log.join('\n')).toMatch(/skipping webgpu: .* too small to beat onnxruntime on the CPU/);
  });
});

describe('train step, bad input gets a clear message', () => {
  const fails = async (files: Record<string, string>, raw: Record<string, string>, pattern: RegExp) => {
    const cwd = workspace(files);
    await expect(runTrain(cwd, { backend: 'cpu', ...raw })).rejects.toThrow(pattern);
  };

  it('unknown config key, with a did-you-mean and the line', () =>
    fails(
      { 'train.yml': 'target: churned\ndata: churn.csv\ntraining:\n  epochs: 2\n  learnig_rate: 0.1\n' },
      { config: 'train.yml' },
      /train\.yml:5: unknown key "training\.learnig_rate" \(did you mean "learning_rate"\?\)/,
    ));

  it('a config that does not parse, with the line', () =>
    fails(
      { 'train.yml': 'target: churned\nmodel: [mlp\ntraining: {epochs: 2}\n' },
      { config: 'train.yml' },
      /train\.yml:3:1: the config is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a \]$/,
    ));

  it('params that are not JSON, or name an unknown parameter', async () => {
    await fails({ 'train.yml': CHURN_CONFIG }, { config: 'train.yml', params: '{learning_rate: 0.1}' }, /input "params" is not valid JSON/);
    await fails(
      { 'train.yml': CHURN_CONFIG },
      { config: 'train.yml', params: '{"learnin_rate": 0.1}' },
      /params has the unknown parameter "learnin_rate" \(did you mean "learning_rate"\?\)/,
    );
    await fails({ 'train.yml': CHURN_CONFIG }, { config: 'train.yml', params: '[1]' }, /params must be a JSON object/);
  });

  it('a missing target column', () =>
    fails(
      { 'train.yml': CHURN_CONFIG.replace('target: churned', 'target: churn') },
      { config: 'train.yml' },
      /target column "churn" is not in the data \(did you mean "churned"\?\)/,
    ));

  it('a constant target', () =>
    fails(
      { 'c.csv': 'x,y\n1,a\n2,a\n3,a\n', 'train.yml': 'data: c.csv\ntarget: y\n' },
      { config: 'train.yml' },
      /target column "y" is constant/,
    ));

  it('a feature that is all null', () =>
    fails(
      { 'n.csv': 'x,z,y\n1,,a\n2,,b\n3,,a\n4,,b\n', 'train.yml': 'data: n.csv\ntarget: y\n' },
      { config: 'train.yml' },
      /feature "z" is empty in every training row/,
    ));

  it('a non-numeric value in a numeric column, with file and line', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i === 17 ? 'twelve' : i},${i % 2}`);
    return fails(
      { 'bad.csv': `x,y\n${rows.join('\n')}\n`, 'train.yml': 'data: bad.csv\ntarget: y\ntraining: {validation_split: 0}\n' },
      { config: 'train.yml' },
      /bad\.csv:19: non-numeric value "twelve" in numeric column "x"/,
    );
  });

  it('neither or both of config and command', async () => {
    await fails({}, {}, /give config .* or command/);
    await fails({ 'train.yml': CHURN_CONFIG }, { config: 'train.yml', command: 'true' }, /not both/);
  });

  it('an output-dir that would replace the workspace', () =>
    fails({ 'train.yml': CHURN_CONFIG }, { config: 'train.yml', 'output-dir': '.' }, /output-dir "\." is the workspace/));
});

describe('webgpu rung', () => {
  it('an installed webgpu package without a GPU adapter fails with the reason', async () => {
    // A stand-in for the `webgpu` npm package on a machine with no Vulkan device: Dawn starts, finds no adapter.
    const cwd = workspace({ 'train.yml': CHURN_CONFIG });
    mkdirSync(join(cwd, 'node_modules/webgpu'), { recursive: true });
    writeFileSync(join(cwd, 'node_modules/webgpu/package.json'), '{"name":"webgpu","version":"0.0.0","main":"index.js"}');
    writeFileSync(
      join(cwd, 'node_modules/webgpu/index.js'),
      'exports.create = () => ({ requestAdapter: async () => null }); exports.globals = {};',
    );
    await expect(runTrain(cwd, { config: 'train.yml', backend: 'webgpu' })).rejects.toThrow(
      /backend "webgpu" was requested but cannot load: Dawn found no GPU adapter/,
    );
    // Big enough per step (about 1.06M parameters × 4096) that auto tries WebGPU before onnxruntime on one thread.
    const { outputs, log } = await runTrain(
      cwd,
      { config: 'train.yml', params: '{"batch_size": 4096, "model.hidden": [1024, 1024], "epochs": 1}', 'output-dir': 'big' },
      { MLOPS_TRAIN_THREADS: '1' },
    );
    expect(outputs.backend).toBe('onnxruntime');
    expect(log.join('\n')).toMatch(/skipping webgpu: Dawn found no GPU adapter/);
  });
});
