import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { baselineReference, resolveBaseline } from '../../shared/evaluate/baseline.js';
import { evaluateModel, type EvaluateOptions } from '../../shared/evaluate/evaluate.js';
import { pairedBootstrap } from '../../shared/metrics/bootstrap.js';
import { prepareMetrics } from '../../shared/metrics/score.js';
import { fromPositiveProbabilities } from '../../shared/metrics/classification.js';
import { loadPackagePredictor } from '../../shared/model/predictor.js';
import { loadTable } from '../../shared/data/table.js';
import { IntegrityError } from '../../shared/runtime/errors.js';
import { createCliIO } from '../../shared/runtime/io.js';
import { readEvaluationGate } from '../../shared/registry/register.js';
import { reportJson } from '../../shared/evaluate/report.js';
import { renderEvaluation } from '../../shared/evaluate/render.js';
import { commentLimit } from '../../shared/report/markdown.js';
import { fixtures, onnxChurnPackage, trainChurnPackage, workspace } from './helpers.js';

let ws: string;
let tfjsDir: string;
let onnxDir: string;
let smallDir: string;

beforeAll(async () => {
  ws = workspace();
  tfjsDir = await trainChurnPackage(ws);
  onnxDir = await onnxChurnPackage(ws);
  // A baseline with other features (so other preprocessing) than the candidate.
  smallDir = await trainChurnPackage(ws, { outputDir: 'mlops-out/small', hidden: [4], exclude: ['age', 'payment_method'] });
}, 60_000);

function options(overrides: Partial<EvaluateOptions> = {}): EvaluateOptions & { log: string[] } {
  const log: string[] = [];
  return {
    modelDir: tfjsDir,
    data: 'data/eval.csv',
    cwd: ws,
    resamples: 100,
    resolveBaseline: async () => ({ ref: 'none' }),
    run: { commentKey: 'default' },
    io: createCliIO((line) => log.push(line)),
    log,
    ...overrides,
  };
}

const asBaseline =
  (dir: string, ref = dir) =>
  async () => ({ ref, resolved: { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')), source: 'path' as const } });

describe('onnx packages (command-mode PyTorch export)', () => {
  test('predictions from the raw CSV match torch on the same rows, through the package preprocessing', async () => {
    const expected = JSON.parse(readFileSync(join(fixtures, 'churn-onnx-expected.json'), 'utf8')) as {
      rows: number;
      probabilities: number[];
    };
    const predictor = await loadPackagePredictor(onnxDir);
    expect(predictor.manifest.framework).toBe('onnx');
    const table = await loadTable('data/eval.csv', { cwd: ws });
    const head = { rows: expected.rows, values: new Map([...table.values].map(([k, v]) => [k, v.slice(0, expected.rows)])) };
    const outputs = await predictor.predict(head);
    expect(outputs).toHaveLength(expected.rows);
    // float32 graph in both; only the summation order may differ.
    for (let i = 0; i < expected.rows; i++) expect(Math.abs(outputs[i] - expected.probabilities[i])).toBeLessThan(2e-6);
    await predictor.release();
  });

  test("evaluate on the ONNX package gives sklearn's metrics for the torch model", async () => {
    const { metrics: sk } = JSON.parse(readFileSync(join(fixtures, 'churn-onnx-sklearn.json'), 'utf8')) as {
      metrics: Record<string, number>;
    };
    const report = await evaluateModel(options({ modelDir: onnxDir, resamples: 0 }));
    for (const name of ['accuracy', 'precision', 'recall', 'f1', 'f1_macro', 'f1_weighted'])
      expect(report.metrics[name], name).toBeCloseTo(sk[name], 12);
    // Probabilities are float32 on both sides, computed in a different order: ranking and loss agree to float32 noise.
    for (const name of ['roc_auc', 'pr_auc', 'log_loss']) expect(Math.abs(report.metrics[name] - sk[name]), name).toBeLessThan(1e-6);
    expect(report.model.framework).toBe('onnx');
    expect(report.history?.candidate?.val_auc).toHaveLength(3);
  });
});

describe('evaluateModel', () => {
  test('candidate and baseline are scored on the same rows, each with its own preprocessing; deltas are paired', async () => {
    const report = await evaluateModel(options({ resolveBaseline: asBaseline(onnxDir, 'mlops-out/onnx-model') }));
    const alone = await evaluateModel(options({ modelDir: onnxDir, resamples: 0 }));
    expect(report.baseline).toMatchObject({ ref: 'mlops-out/onnx-model', resolved: true });
    expect(report.baselineMetrics).toEqual(alone.metrics);
    for (const m of report.comparison)
      expect(report.deltas![m.metric]).toBeCloseTo(report.metrics[m.metric] - report.baselineMetrics![m.metric], 15);

    // The same numbers straight from the metrics core on the two predictors' outputs.
    const table = await loadTable('data/eval.csv', { cwd: ws });
    const labels = Int32Array.from(table.values.get('churned')!, (v) => Number(v));
    const prepared = async (dir: string) => {
      const p = await loadPackagePredictor(dir);
      const data = {
        task: 'binary-classification' as const,
        data: { labels, probabilities: fromPositiveProbabilities(await p.predict(table)), classes: 2 },
      };
      return prepareMetrics(data);
    };
    const direct = pairedBootstrap(await prepared(tfjsDir), await prepared(onnxDir), { resamples: 100 });
    expect(report.comparison).toEqual(direct.metrics);
    expect(report.confusionMatrix!.candidate.flat().reduce((a, b) => a + b)).toBe(1000);
    expect(report.confusionMatrix!.baseline).toBeDefined();
  });

  test('gates: fixed and baseline-relative thresholds set passed', async () => {
    const passing = await evaluateModel(
      options({ gates: 'accuracy: ">= 0.5"\nlog_loss: "<= baseline * 1.5"', resolveBaseline: asBaseline(onnxDir) }),
    );
    expect(passing.passed).toBe(true);
    expect(passing.gates).toHaveLength(2);
    expect(passing.gates[1].threshold).toBeCloseTo(passing.baselineMetrics!.log_loss * 1.5, 12);
    const failing = await evaluateModel(options({ gates: 'accuracy: ">= 0.99"' }));
    expect(failing.passed).toBe(false);
    expect(failing.gates[0]).toMatchObject({ metric: 'accuracy', passed: false, threshold: 0.99 });
    // register's require-passed reads the JSON report as written.
    writeFileSync(join(ws, 'failing.json'), reportJson(failing));
    expect(await readEvaluationGate(join(ws, 'failing.json'))).toEqual({ passed: false, baselineVersion: undefined });
    writeFileSync(join(ws, 'passing.json'), reportJson({ ...passing, baseline: { ...passing.baseline, version: 4 } }));
    expect(await readEvaluationGate(join(ws, 'passing.json'))).toEqual({ passed: true, baselineVersion: 4 });
  });

  test('slices and permutation importance', async () => {
    const report = await evaluateModel(options({ slices: ['contract'], importance: true, resolveBaseline: asBaseline(smallDir) }));
    const slices = report.slices![0];
    expect(slices.column).toBe('contract');
    expect(slices.slices.map((s) => s.rows).reduce((a, b) => a + b)).toBe(1000);
    expect(slices.slices[0].baseline).toBeDefined();
    expect(report.importance!.metric).toBe('roc_auc');
    expect(report.importance!.features.map((f) => f.name).sort()).toEqual([
      'age',
      'contract',
      'internet_service',
      'monthly_charges',
      'payment_method',
      'support_calls',
      'tenure_months',
      'total_charges',
    ]);
    expect(report.importance!.baseline).toBeCloseTo(report.metrics.roc_auc, 12);
    // The baseline reads fewer columns: it was scored with its own preprocessing.
    const baseline = await loadPackagePredictor(smallDir);
    expect(baseline.preprocessing.features.map((f) => f.name)).not.toContain('age');
    const alone = await evaluateModel(options({ modelDir: smallDir, resamples: 0 }));
    expect(report.baselineMetrics).toEqual(alone.metrics);
  });
});

describe('bad input: clear errors, before anything is written', () => {
  test('labels the model was not trained on are named with the file', async () => {
    const text = readFileSync(join(ws, 'data/eval.csv'), 'utf8').split('\n');
    text[3] = text[3].replace(/,1$|,0$/, ',maybe');
    text[7] = text[7].replace(/,1$|,0$/, ',2');
    writeFileSync(join(ws, 'data/bad-labels.csv'), text.join('\n'));
    await expect(evaluateModel(options({ data: 'data/bad-labels.csv' }))).rejects.toThrow(
      /data\/bad-labels\.csv: the target column "churned" has labels "maybe" \(1 row, first at data\/bad-labels\.csv:4\), "2" \(1 row, first at data\/bad-labels\.csv:8\) that the model was not trained on \(its classes: 0, 1\)/,
    );
  });

  test('a data file missing feature columns names them', async () => {
    const lines = readFileSync(join(ws, 'data/eval.csv'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    const drop = [lines[0].indexOf('contract'), lines[0].indexOf('age')];
    writeFileSync(
      join(ws, 'data/missing.csv'),
      `${lines.map((cells) => cells.filter((_, i) => !drop.includes(i)).join(',')).join('\n')}\n`,
    );
    await expect(evaluateModel(options({ data: 'data/missing.csv' }))).rejects.toThrow(
      /data\/missing\.csv is missing the feature columns "age", "contract", which the model takes as input/,
    );
  });

  test('a package whose checksum or manifest is wrong is refused', async () => {
    const dir = await trainChurnPackage(ws, { outputDir: 'mlops-out/tampered' });
    const weights = join(dir, 'model', 'weights.bin');
    const bytes = readFileSync(weights);
    bytes[10] ^= 0xff;
    writeFileSync(weights, bytes);
    await expect(evaluateModel(options({ modelDir: dir }))).rejects.toThrow(/checksum mismatch for model\/weights\.bin/);
    writeFileSync(join(dir, 'manifest.json'), '{ not json');
    await expect(evaluateModel(options({ modelDir: dir }))).rejects.toThrow(/manifest\.json: manifest\.json is not valid JSON/);
  });

  test('an unresolvable baseline is a warning and the comparison is against nothing, unless a gate needs it', async () => {
    const missing = () => resolveBaseline('mlops-out/does-not-exist', 'churn', { cwd: ws });
    const outcome = await missing();
    expect(outcome.resolved).toBeUndefined();
    const o = options({ resolveBaseline: missing, gates: 'accuracy: ">= 0.5"' });
    const report = await evaluateModel(o);
    expect(report.baseline).toMatchObject({ resolved: false, ref: 'mlops-out/does-not-exist' });
    expect(report.baseline.reason).toMatch(/neither a model reference .* nor an existing package folder/);
    expect(report.baselineMetrics).toBeNull();
    expect(o.log.join('\n')).toMatch(/warning: No baseline: .*Comparing against nothing/);
    await expect(evaluateModel(options({ resolveBaseline: missing, gates: 'f1: ">= baseline - 0.01"' }))).rejects.toThrow(
      /input "baseline": mlops-out\/does-not-exist cannot be used as the baseline .* the gate "f1: >= baseline - 0.01" compares with it/,
    );
  });

  test('a registry baseline without a token says so; a baseline that fails its checksums fails the evaluation', async () => {
    const outcome = await resolveBaseline('production', 'churn', { cwd: ws });
    expect(outcome).toMatchObject({ ref: 'churn@production' });
    expect((outcome as { reason?: string }).reason).toMatch(/needs the GitHub API/);

    const corrupt = await trainChurnPackage(ws, { outputDir: 'mlops-out/corrupt-baseline' });
    writeFileSync(join(corrupt, 'metrics.json'), '{"accuracy": 1}\n');
    const evaluation = evaluateModel(
      options({ resolveBaseline: () => resolveBaseline('mlops-out/corrupt-baseline', 'churn', { cwd: ws }) }),
    );
    await expect(evaluation).rejects.toThrow(IntegrityError);
    await expect(evaluation).rejects.toThrow(/checksum mismatch for metrics\.json: expected sha256 [0-9a-f]{64}, found [0-9a-f]{64}/);
  });

  test('gates that do not parse name the gate', async () => {
    await expect(evaluateModel(options({ gates: 'accuracy: ">= 85%"' }))).rejects.toThrow(
      /gate "accuracy": cannot parse ">= 85%": percentages are not accepted/,
    );
    await expect(evaluateModel(options({ gates: 'rmse: "<= 3"' }))).rejects.toThrow(/gate "rmse": unknown metric/);
  });
});

test('baselineReference: bare aliases and versions belong to the candidate', () => {
  expect(baselineReference('production', 'churn', '/nonexistent')).toBe('churn@production');
  expect(baselineReference(undefined, 'churn', '/nonexistent')).toBe('churn@production');
  expect(baselineReference('latest', 'churn', '/nonexistent')).toBe('churn@latest');
  expect(baselineReference('v3', 'churn', '/nonexistent')).toBe('churn/v3');
  expect(baselineReference('other@staging', 'churn', '/nonexistent')).toBe('other@staging');
  expect(baselineReference('none', 'churn', '/nonexistent')).toBeUndefined();
  expect(baselineReference('./models/old', 'churn', '/nonexistent')).toBe('./models/old');
});

describe('representativeness without training rows', () => {
  test("the evaluation data is compared with the package's training profile: clean data passes, shifted data warns", async () => {
    const clean = await evaluateModel(options());
    expect(clean.representativeness).toMatchObject({ drifted: false, trainingRows: 4000 });
    expect(clean.representativeness!.compared).toBeGreaterThan(5);

    // Every customer 30 months older in the contract: tenure_months moves by about a standard deviation.
    const lines = readFileSync(join(ws, 'data/eval.csv'), 'utf8').trimEnd().split('\n');
    const header = lines[0].split(',');
    const tenure = header.indexOf('tenure_months');
    const charges = header.indexOf('monthly_charges');
    const shifted = lines.slice(1).map((line) => {
      const cells = line.split(',');
      cells[tenure] = String(Number(cells[tenure]) + 30);
      cells[charges] = String(Number(cells[charges]) * 1.8);
      return cells.join(',');
    });
    writeFileSync(join(ws, 'data/shifted.csv'), `${[lines[0], ...shifted].join('\n')}\n`);
    const o = options({ data: 'data/shifted.csv' });
    const report = await evaluateModel(o);
    const drifted = report.representativeness!.columns.map((c) => c.column);
    expect(drifted).toEqual(expect.arrayContaining(['tenure_months', 'monthly_charges']));
    expect(report.representativeness!.columns.length).toBeLessThan(report.representativeness!.compared);
    expect(o.log.join('\n')).toMatch(/warning: The evaluation data drifts from the training data's profile on 2 of \d+ features/);
    const rendered = renderEvaluation(report, commentLimit('the summary')).markdown;
    expect(rendered).toContain('### Can the evaluation be trusted?');
    expect(rendered).toMatch(
      /> \[!WARNING\]\n> The evaluation data drifts from the training data on \*\*2 of \d+\*\* features: `(tenure_months|monthly_charges)`/,
    );
  });
});
