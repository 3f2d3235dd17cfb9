/**
 * How well the model does on the current data. With true labels: its accuracy (and ROC AUC for
 * binary probabilities) or RMSE and MAE, beside the numbers the reference package recorded in
 * metrics.json. Without labels, for a binary classifier that outputs probabilities: the expected
 * accuracy by confidence-based estimation (CBPE, cbpe.ts), valid only if the model is calibrated.
 */
import { rocAuc } from '../metrics/classification.js';
import { estimateAccuracy, type AccuracyEstimate } from './cbpe.js';
import type { Cell } from './scan.js';

export type PerformanceTask = 'binary-classification' | 'multiclass-classification' | 'regression';

export interface MetricComparison {
  metric: string;
  current: number;
  /** The reference package's number, and the metrics.json key it came from. */
  reference: number | null;
  referenceKey: string | null;
  /** current − reference. */
  delta: number | null;
  direction: 'higher' | 'lower';
  /** Accuracy only: worse than the reference by more than two standard errors of the current estimate. */
  significant: boolean | null;
}

export interface PerformanceReport {
  task: PerformanceTask;
  predictionColumn: string;
  labelColumn: string | null;
  /** Rows with a prediction (and a label, when labelled). */
  rows: number;
  /** Labelled: metrics on the current data. */
  metrics: MetricComparison[];
  /** Unlabelled binary probabilities: CBPE's expected accuracy. */
  estimate:
    | (AccuracyEstimate & { reference: number | null; referenceKey: string | null; referenceEce: number | null; note: string })
    | null;
  notes: string[];
}

export interface PerformanceInput {
  predictions: readonly Cell[];
  labels: readonly Cell[] | null;
  predictionColumn: string;
  labelColumn: string | null;
  /** From the package manifest, when the reference is a model. */
  task?: string;
  classes?: readonly string[];
  /** The reference package's metrics.json. */
  referenceMetrics?: Record<string, number> | null;
}

/** The held-out number when the package has one (`val_accuracy`), else the training one. */
function referenceMetric(metrics: Record<string, number> | null | undefined, names: string[]): { value: number; key: string } | null {
  if (!metrics) return null;
  for (const name of names.flatMap((n) => [`val_${n}`, n, `cv_val_${n}_mean`])) {
    const value = metrics[name];
    if (typeof value === 'number' && Number.isFinite(value)) return { value, key: name };
  }
  return null;
}

function text(cell: Cell): string {
  return typeof cell === 'number' ? String(cell) : String(cell ?? '').trim();
}

function isProbability(cell: Cell): boolean {
  return typeof cell === 'number' && cell >= 0 && cell <= 1;
}

function inferTask(input: PerformanceInput, predictions: readonly Cell[]): PerformanceTask {
  if (input.task === 'binary-classification' || input.task === 'multiclass-classification' || input.task === 'regression')
    return input.task;
  const values = input.labels ?? predictions;
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const distinct = new Set(values.filter((v) => v !== null).map(text));
  if (numbers.length === values.filter((v) => v !== null).length && distinct.size > 20) return 'regression';
  if (numbers.some((v) => !Number.isInteger(v)) && !numbers.every((v) => v >= 0 && v <= 1)) return 'regression';
  return distinct.size <= 2 ? 'binary-classification' : 'multiclass-classification';
}

function comparison(
  metric: string,
  current: number,
  direction: 'higher' | 'lower',
  reference: { value: number; key: string } | null,
  significant: boolean | null = null,
): MetricComparison {
  return {
    metric,
    current,
    reference: reference?.value ?? null,
    referenceKey: reference?.key ?? null,
    delta: reference ? current - reference.value : null,
    direction,
    significant: reference ? significant : null,
  };
}

/** Performance on the current data, or null when there is nothing to measure it from. */
export function measurePerformance(input: PerformanceInput): PerformanceReport | null {
  const { predictions, labels } = input;
  const notes: string[] = [];
  const task = inferTask(input, predictions);
  const ref = input.referenceMetrics;
  const base = { task, predictionColumn: input.predictionColumn, labelColumn: input.labelColumn, notes };

  if (labels) {
    const pairs: [Cell, Cell][] = [];
    for (let i = 0; i < predictions.length; i++) if (predictions[i] !== null && labels[i] !== null) pairs.push([predictions[i], labels[i]]);
    if (pairs.length === 0) {
      notes.push(`No row has both a prediction (${input.predictionColumn}) and a label (${input.labelColumn}).`);
      return { ...base, rows: 0, metrics: [], estimate: null };
    }
    if (task === 'regression') {
      let squared = 0;
      let absolute = 0;
      let used = 0;
      for (const [p, y] of pairs) {
        if (typeof p !== 'number' || typeof y !== 'number') continue;
        squared += (p - y) ** 2;
        absolute += Math.abs(p - y);
        used++;
      }
      if (used < pairs.length) notes.push(`${pairs.length - used} row(s) with a non-numeric prediction or label were left out.`);
      const rmse = Math.sqrt(squared / used);
      return {
        ...base,
        rows: used,
        metrics: [
          comparison('rmse', rmse, 'lower', referenceMetric(ref, ['rmse'])),
          comparison('mae', absolute / used, 'lower', referenceMetric(ref, ['mae'])),
        ],
        estimate: null,
      };
    }
    // Classification: probabilities are turned into classes at 0.5 (binary), else compared as labels.
    const classes = input.classes && input.classes.length >= 2 ? input.classes.map(String) : null;
    const labelValues = [...new Set(pairs.map(([, y]) => text(y)))].sort();
    const positive = classes ? classes[classes.length - 1] : labelValues[labelValues.length - 1];
    const negative = classes ? classes[0] : labelValues[0];
    const probabilities =
      task === 'binary-classification' && pairs.every(([p]) => isProbability(p)) && pairs.some(([p]) => !Number.isInteger(p));
    let correct = 0;
    for (const [p, y] of pairs) {
      const predicted = probabilities ? ((p as number) >= 0.5 ? positive : negative) : text(p);
      if (predicted === text(y)) correct++;
    }
    const accuracy = correct / pairs.length;
    const refAccuracy = referenceMetric(ref, ['accuracy']);
    const se = Math.sqrt((accuracy * (1 - accuracy)) / pairs.length);
    const metrics = [comparison('accuracy', accuracy, 'higher', refAccuracy, refAccuracy ? accuracy < refAccuracy.value - 2 * se : null)];
    if (probabilities) {
      const y = pairs.map(([, label]) => (text(label) === positive ? 1 : 0));
      if (y.some((v) => v === 1) && y.some((v) => v === 0)) {
        metrics.push(
          comparison(
            'roc_auc',
            rocAuc(
              y,
              pairs.map(([p]) => p as number),
            ),
            'higher',
            referenceMetric(ref, ['auc', 'roc_auc']),
          ),
        );
      } else notes.push('ROC AUC needs both classes among the labels.');
    }
    return { ...base, rows: pairs.length, metrics, estimate: null };
  }

  const present = predictions.filter((p) => p !== null);
  if (task !== 'binary-classification' || present.length === 0 || !present.every(isProbability)) {
    notes.push(
      task === 'binary-classification'
        ? 'No labels, and the predictions are not probabilities: nothing to estimate accuracy from.'
        : `No labels: the expected accuracy can be estimated only for a binary classifier's probabilities (this is ${task}).`,
    );
    return { ...base, rows: present.length, metrics: [], estimate: null };
  }
  const estimate = estimateAccuracy(Float64Array.from(present as number[]));
  const refAccuracy = referenceMetric(ref, ['accuracy']);
  const ece = referenceMetric(ref, ['ece']);
  return {
    ...base,
    rows: estimate.rows,
    metrics: [],
    estimate: {
      ...estimate,
      reference: refAccuracy?.value ?? null,
      referenceKey: refAccuracy?.key ?? null,
      referenceEce: ece?.value ?? null,
      note:
        "Estimated without labels (confidence-based, as NannyML's CBPE): a row predicted with probability p counts as right with probability max(p, 1 − p). " +
        'This holds only if the model is calibrated; an over-confident model reads too high by about its calibration error (ECE), and a change in how inputs relate to labels (concept drift) is invisible here.',
    },
  };
}
