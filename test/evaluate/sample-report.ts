import { pairedBootstrap } from '../../shared/metrics/bootstrap.js';
import { fromPositiveProbabilities } from '../../shared/metrics/classification.js';
import { evaluateGates, parseGates } from '../../shared/metrics/gates.js';
import { computeMetrics, prepareMetrics } from '../../shared/metrics/score.js';
import { sliceMetrics } from '../../shared/metrics/slices.js';
import { metricNames } from '../../shared/metrics/definitions.js';
import { EVALUATION_SCHEMA_VERSION, pointMetrics, type EvaluationReport } from '../../shared/evaluate/report.js';
import { seededRandom } from '../../shared/stats/random.js';

export interface SampleOptions {
  rows?: number;
  gates?: string;
  /** Distinct values of the slice column (many make the report long). */
  sliceValues?: number;
  sliceColumns?: number;
  withBaseline?: boolean;
  epochs?: number;
  /** Epochs of the baseline's history.json (0: the baseline has none). */
  baselineEpochs?: number;
  /** Leave out the robustness and leakage sections. */
  plain?: boolean;
}

/**
 * A realistic binary-classification evaluation built with the real metrics core on seeded
 * synthetic predictions: the candidate is a little sharper than the baseline, except on one
 * slice (one-year contracts) where it is planted worse.
 */
export function sampleReport(options: SampleOptions = {}): EvaluationReport {
  const rows = options.rows ?? 2000;
  const rand = seededRandom(42);
  const labels = new Int32Array(rows);
  const candidate = new Float64Array(rows);
  const baseline = new Float64Array(rows);
  const segment: string[] = [];
  const plans = ['month-to-month', 'one-year', 'two-year', 'pay | as <you> go'];
  for (let i = 0; i < rows; i++) {
    labels[i] = rand() < 0.3 ? 1 : 0;
    const signal = labels[i] === 1 ? 0.62 : 0.32;
    segment.push(plans[Math.floor(rand() * plans.length)]);
    // Sharper everywhere but on one-year contracts, where the candidate is planted worse.
    const spread = segment[i] === 'one-year' ? 1.1 : 0.65;
    candidate[i] = Math.min(0.999, Math.max(0.001, signal + (rand() - 0.5) * spread));
    baseline[i] = Math.min(0.999, Math.max(0.001, signal + (rand() - 0.5) * 0.85));
  }
  const data = (p: Float64Array) => ({
    task: 'binary-classification' as const,
    data: { labels, probabilities: fromPositiveProbabilities(p), classes: 2 },
  });
  const c = prepareMetrics(data(candidate));
  const b = options.withBaseline === false ? undefined : prepareMetrics(data(baseline));
  const boot = pairedBootstrap(c, b, { resamples: 200, seed: 7 });
  const metrics = pointMetrics(boot.metrics, 'candidate');
  const baselineMetrics = b ? pointMetrics(boot.metrics, 'baseline') : null;
  const gates = evaluateGates(
    parseGates(
      options.gates ?? 'accuracy: ">= 0.7"\nroc_auc: ">= baseline - 0.01"\nlog_loss: "<= 0.4"',
      metricNames('binary-classification'),
    ),
    metrics,
    baselineMetrics ?? undefined,
  );
  const sliceColumns = Array.from({ length: options.sliceColumns ?? 1 }, (_, k) => ({
    name: k === 0 ? 'contract' : `segment_${k}`,
    values: options.sliceValues ? segment.map((_, i) => `value-${k}-${i % options.sliceValues!}-${'x'.repeat(30)}`) : segment,
  }));
  const epochs = options.epochs ?? 12;
  const history = {
    loss: Array.from({ length: epochs }, (_, e) => 0.7 * Math.exp(-e / 4) + 0.35),
    val_loss: Array.from({ length: epochs }, (_, e) => 0.68 * Math.exp(-e / 5) + 0.38),
    val_auc: Array.from({ length: epochs }, (_, e) => 0.85 - 0.3 * Math.exp(-e / 3)),
  };
  const baselineEpochs = options.baselineEpochs ?? 10;
  const baselineHistory =
    b && baselineEpochs > 0
      ? {
          loss: Array.from({ length: baselineEpochs }, (_, e) => 0.72 * Math.exp(-e / 3) + 0.4),
          val_loss: Array.from({ length: baselineEpochs }, (_, e) => 0.7 * Math.exp(-e / 4) + 0.43),
          val_auc: Array.from({ length: baselineEpochs }, (_, e) => 0.81 - 0.3 * Math.exp(-e / 2.5)),
        }
      : undefined;
  const change = (value: number, spread: number) => ({ value, interval: { low: value - spread, high: value + spread } });
  const side = (clean: Record<string, number>, drop: number) => ({
    metrics: { accuracy: clean.accuracy - drop, f1: clean.f1 - drop * 1.4, roc_auc: clean.roc_auc - drop * 0.8 },
    all: { ...clean, accuracy: clean.accuracy - drop, f1: clean.f1 - drop * 1.4, roc_auc: clean.roc_auc - drop * 0.8 },
    change: { accuracy: change(-drop, 0.006), f1: change(-drop * 1.4, 0.011), roc_auc: change(-drop * 0.8, 0.005) },
  });
  const robustness: EvaluationReport['robustness'] = options.plain
    ? undefined
    : {
        metrics: ['accuracy', 'f1', 'roc_auc'],
        clean: { candidate: metrics, baseline: baselineMetrics ?? undefined },
        resamples: 200,
        seed: 7,
        results: (
          [
            ['noise', 0.1, 0.004, 0.006, 3 * rows],
            ['noise', 0.2, 0.019, 0.012, 3 * rows],
            ['missing', 0.1, 0.011, 0.031, 4 * Math.round(rows * 0.1)],
          ] as const
        ).map(([perturbation, level, cDrop, bDrop, cells]) => ({
          name: `${perturbation}-${level}`,
          perturbation,
          level,
          cells,
          columns: ['tenure_months', 'monthly_charges', 'age'],
          candidate: side(metrics, cDrop),
          baseline: baselineMetrics ? side(baselineMetrics, bDrop) : undefined,
        })),
      };
  const leakage: EvaluationReport['leakage'] = options.plain
    ? undefined
    : {
        training: { path: 'data/train.csv', files: ['data/train.csv'], rows: 4000 },
        columns: ['contract', 'tenure_months', 'monthly_charges', 'age', 'churned'],
        adversarial: {
          auc: 0.532,
          aucStd: 0.011,
          method: 'gradient-boosted trees, 5-fold cross-validated',
          rows: { training: 4000, evaluation: rows },
          columns: [
            { column: 'monthly_charges', importance: 0.41 },
            { column: 'tenure_months', importance: 0.33 },
            { column: 'age', importance: 0.26 },
          ],
          warning: false,
          threshold: 0.7,
        },
        overlap: {
          rows: 2,
          share: 2 / rows,
          examples: [
            { evaluation: 'data/eval.csv:118', training: 'data/train.csv:2031' },
            { evaluation: 'data/eval.csv:940', training: 'data/train.csv:77' },
          ],
        },
      };
  return {
    schemaVersion: EVALUATION_SCHEMA_VERSION,
    passed: gates.every((g) => g.passed),
    task: 'binary-classification',
    classes: ['stayed', 'churned'],
    data: { path: 'data/eval.csv', files: ['data/eval.csv'], rows, fingerprint: 'e'.repeat(64) },
    model: {
      name: 'churn',
      framework: 'tfjs',
      createdAt: '2026-11-27T15:00:00.000Z',
      commit: 'c'.repeat(40),
      runUrl: 'https://github.com/octo/models/actions/runs/2',
      trainingData: { fingerprint: 'd'.repeat(64), rows: 4000 },
      durationSeconds: 95.2,
      gpuSeconds: 80.5,
      cost: { perHour: 2.5, amount: 0.066111 },
      device: 'NVIDIA H100',
    },
    baseline: b
      ? {
          ref: 'churn@production',
          resolved: true,
          version: 3,
          tag: 'churn/v3',
          url: 'https://github.com/octo/models/releases/tag/churn/v3',
          model: {
            name: 'churn',
            framework: 'onnx',
            durationSeconds: 120,
            gpuSeconds: 110,
            cost: { perHour: 2.5, amount: 0.083333 },
            commit: 'b'.repeat(40),
          },
        }
      : {
          ref: 'churn@production',
          resolved: false,
          reason:
            'the alias churn@production does not exist in octo/models. churn has no aliases yet (register moves one with the alias input).',
        },
    metrics,
    baselineMetrics,
    deltas: baselineMetrics ? Object.fromEntries(boot.metrics.map((m) => [m.metric, m.delta!])) : null,
    comparison: boot.metrics,
    bootstrap: { method: boot.method, resamples: boot.resamples, seed: boot.seed, confidence: boot.confidence },
    gates,
    confusionMatrix: {
      candidate: computeMetrics(data(candidate), c).confusionMatrix!,
      baseline: b ? computeMetrics(data(baseline), b).confusionMatrix : undefined,
    },
    perClass: computeMetrics(data(candidate), c).perClass,
    slices: sliceMetrics(sliceColumns, c, b, { intervals: { metrics: ['accuracy', 'f1', 'roc_auc'], resamples: 200, seed: 7 } }),
    importance: {
      metric: 'roc_auc',
      baseline: metrics.roc_auc,
      repeats: 5,
      features: [
        { name: 'tenure_months', mean: 0.0812, std: 0.004, repeats: [] },
        { name: 'contract', mean: 0.1203, std: 0.0061, repeats: [] },
        { name: 'age', mean: -0.0004, std: 0.0009, repeats: [] },
      ],
    },
    explanations: {
      unit: 'log-odds of churned = 1',
      rows: 500,
      background: 100,
      seed: 0,
      features: ['contract', 'tenure_months', 'monthly_charges', 'age'],
      candidate: {
        method: 'kernel',
        exact: true,
        coalitions: 14,
        modelCalls: 4,
        modelRows: 700_600,
        expected: -1.1732,
        importance: [
          { feature: 'tenure_months', meanAbs: 0.6406 },
          { feature: 'contract', meanAbs: 0.5155 },
          { feature: 'monthly_charges', meanAbs: 0.459 },
          { feature: 'age', meanAbs: 0.0667 },
        ],
      },
      baseline: b
        ? {
            method: 'linear',
            exact: true,
            coalitions: 0,
            modelCalls: 0,
            modelRows: 0,
            expected: -1.0412,
            importance: [
              { feature: 'contract', meanAbs: 0.792 },
              { feature: 'tenure_months', meanAbs: 0.3203 },
              { feature: 'monthly_charges', meanAbs: 0.4508 },
              { feature: 'age', meanAbs: 0.0701 },
            ],
          }
        : undefined,
      errors: [
        {
          row: 'data/eval.csv:493',
          actual: '1',
          predicted: '0',
          confidence: 0.827,
          prediction: -1.56,
          expected: -1.1732,
          contributions: [
            { feature: 'monthly_charges', value: '34.95', shap: -0.824 },
            { feature: 'contract', value: 'month-to-month', shap: 0.624 },
            { feature: 'tenure_months', value: '33', shap: -0.359 },
          ],
        },
      ],
    },
    robustness,
    leakage,
    history: { candidate: history, baseline: baselineHistory },
    run: { commit: 'c'.repeat(40), url: 'https://github.com/octo/models/actions/runs/2', pullRequest: 7, commentKey: 'churn' },
  };
}
