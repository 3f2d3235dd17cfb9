import { UserError } from '../runtime/errors.js';
import { prepareRanking, scoreRanking, type Ranking } from './ranking.js';
import { unitWeights, type RowWeights } from './weights.js';

/**
 * Classification metrics as sklearn 1.2 defines them, computed from float64 probabilities.
 * Checked against sklearn on the fixtures in test/fixtures/metrics (make_fixtures.py).
 */
export interface ClassificationData {
  /** Class index of each row, 0 … classes − 1 (binary: 1 is the positive class). */
  labels: ArrayLike<number>;
  /** Row-major `rows × classes` class probabilities (binary: two columns; see `fromPositiveProbabilities`). */
  probabilities: ArrayLike<number>;
  classes: number;
}

/** sklearn's log_loss clips to [eps, 1 − eps] with eps = np.finfo(float64).eps. */
const EPS = 2.220446049250313e-16;
const CALIBRATION_BINS = 10;

/** Two-column probabilities from P(class 1), the shape a sigmoid output has. */
export function fromPositiveProbabilities(positive: ArrayLike<number>): Float64Array {
  const out = new Float64Array(positive.length * 2);
  for (let i = 0; i < positive.length; i++) {
    out[2 * i] = 1 - positive[i];
    out[2 * i + 1] = positive[i];
  }
  return out;
}

/** Refuses data the metrics would silently turn into NaN or nonsense. Row numbers are 1-based. */
export function checkClassificationData(data: ClassificationData): void {
  const { labels, probabilities, classes } = data;
  if (!Number.isInteger(classes) || classes < 2) throw new UserError(`a classifier needs at least 2 classes; got ${classes}.`);
  if (labels.length === 0) throw new UserError('there are no rows to evaluate.');
  if (probabilities.length !== labels.length * classes) {
    throw new UserError(
      `got ${probabilities.length} probabilities for ${labels.length} rows × ${classes} classes; the model output does not have one probability per class.`,
    );
  }
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (!Number.isInteger(label) || label < 0 || label >= classes)
      throw new UserError(`row ${i + 1}: label index ${label} is not one of the model's ${classes} classes.`);
  }
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i];
    if (!Number.isFinite(p) || p < 0)
      throw new UserError(
        `row ${Math.floor(i / classes) + 1}: the model returned ${p} as a probability of class ${i % classes}; probabilities must be finite and ≥ 0.`,
      );
  }
}

/**
 * Per-row quantities computed once, so that the metrics of any weighting of the rows (all ones,
 * a bootstrap resample, a slice) cost one pass over typed arrays.
 */
export interface PreparedClassification {
  kind: 'classification';
  rows: number;
  classes: number;
  labels: Int32Array;
  predicted: Int32Array;
  /** (label · classes + predicted) · 10 + calibration bin: the confusion-matrix cell and bin of each row. */
  cellBin: Int32Array;
  /** −log of the clipped, renormalised probability of the true class. */
  rowLoss: Float64Array;
  /** Top-class probability and its calibration bin. */
  confidence: Float64Array;
  bin: Uint8Array;
  /** Binary: one ranking of P(class 1). Multiclass: one per class (one-vs-rest). */
  rankings: Ranking[];
}

/** `rankings: false` skips the sorts when ROC AUC and PR AUC are not needed (they then come out NaN). */
export function prepareClassification(data: ClassificationData, options: { rankings?: boolean } = {}): PreparedClassification {
  checkClassificationData(data);
  const { probabilities, classes } = data;
  const rows = data.labels.length;
  const labels = Int32Array.from(data.labels);
  const predicted = new Int32Array(rows);
  const cellBin = new Int32Array(rows);
  const rowLoss = new Float64Array(rows);
  const confidence = new Float64Array(rows);
  const bin = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    const base = i * classes;
    let best = 0;
    let clippedSum = 0;
    for (let c = 0; c < classes; c++) {
      const p = probabilities[base + c];
      if (p > probabilities[base + best]) best = c;
      clippedSum += clip(p);
    }
    predicted[i] = best;
    rowLoss[i] = -Math.log(clip(probabilities[base + labels[i]]) / clippedSum);
    const top = probabilities[base + best];
    confidence[i] = top;
    bin[i] = Math.min(Math.floor(top * CALIBRATION_BINS), CALIBRATION_BINS - 1);
    cellBin[i] = (labels[i] * classes + best) * CALIBRATION_BINS + bin[i];
  }
  const rankings: Ranking[] =
    options.rankings === false
      ? []
      : classes === 2
        ? [prepareRanking(rows, probabilities, (i) => labels[i] === 1, 2, 1)]
        : Array.from({ length: classes }, (_, c) => prepareRanking(rows, probabilities, (i) => labels[i] === c, classes, c));
  return { kind: 'classification', rows, classes, labels, predicted, cellBin, rowLoss, confidence, bin, rankings };
}

function clip(p: number): number {
  return p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
}

export interface ClassStats {
  precision: number;
  recall: number;
  f1: number;
  /** Weighted count of true rows of the class. */
  support: number;
}

export interface ClassificationScores {
  metrics: Record<string, number>;
  /** Row-major `classes × classes`, rows = true class, columns = predicted (sklearn's layout). */
  confusion: Float64Array;
  perClass: ClassStats[];
}

/** All classification metrics of the rows weighted by `weights` (default: every row once). */
export function scoreClassification(
  prepared: PreparedClassification,
  weights: RowWeights = unitWeights(prepared.rows),
): ClassificationScores {
  const { rows, classes, cellBin, rowLoss, confidence, bin } = prepared;
  // Integer counts per (confusion cell, calibration bin): one scattered integer add per row,
  // about twice as fast as separate float accumulators for the matrix and the bins.
  const counts = new Int32Array(classes * classes * CALIBRATION_BINS);
  const binConfidence = new Float64Array(CALIBRATION_BINS);
  let loss = 0;
  for (let i = 0; i < rows; i++) {
    const w = weights[i];
    counts[cellBin[i]] += w;
    loss += w * rowLoss[i];
    binConfidence[bin[i]] += w * confidence[i];
  }
  const confusion = new Float64Array(classes * classes);
  const binCorrect = new Float64Array(CALIBRATION_BINS);
  let total = 0;
  for (let c = 0; c < classes * classes; c++) {
    const diagonal = c % (classes + 1) === 0;
    for (let b = 0; b < CALIBRATION_BINS; b++) {
      const count = counts[c * CALIBRATION_BINS + b];
      confusion[c] += count;
      total += count;
      if (diagonal) binCorrect[b] += count;
    }
  }

  let gap = 0;
  for (let b = 0; b < CALIBRATION_BINS; b++) gap += Math.abs(binCorrect[b] - binConfidence[b]);

  const { perClass, accuracy, macro, weighted } = confusionStats(confusion, classes);
  const ranked = prepared.rankings.map((ranking) => scoreRanking(ranking, weights));
  const rocAuc = mean(ranked.map((r) => r.rocAuc));
  const prAuc = mean(ranked.map((r) => r.averagePrecision));
  const binary = classes === 2 ? perClass[1] : undefined;
  const metrics: Record<string, number> = {
    accuracy,
    precision: binary ? binary.precision : macro.precision,
    recall: binary ? binary.recall : macro.recall,
    f1: binary ? binary.f1 : macro.f1,
    precision_macro: macro.precision,
    recall_macro: macro.recall,
    f1_macro: macro.f1,
    precision_weighted: weighted.precision,
    recall_weighted: weighted.recall,
    f1_weighted: weighted.f1,
    roc_auc: rocAuc,
    pr_auc: prAuc,
    log_loss: total > 0 ? loss / total : Number.NaN,
    ece: total > 0 ? gap / total : Number.NaN,
  };
  return { metrics, confusion, perClass };
}

/**
 * Precision, recall and F1 from a (weighted) confusion matrix, with sklearn's conventions:
 * a 0/0 precision, recall or F1 is 0 (zero_division="warn"); macro averages run over the classes
 * present in the labels or the predictions (sklearn's default `labels`); weighted averages weight
 * by true rows.
 */
export function confusionStats(confusion: Float64Array, classes: number) {
  const perClass: ClassStats[] = [];
  let total = 0;
  let correct = 0;
  const macro = { precision: 0, recall: 0, f1: 0 };
  const weighted = { precision: 0, recall: 0, f1: 0 };
  let present = 0;
  for (let c = 0; c < classes; c++) {
    let truth = 0;
    let predicted = 0;
    for (let k = 0; k < classes; k++) {
      truth += confusion[c * classes + k];
      predicted += confusion[k * classes + c];
    }
    const hits = confusion[c * classes + c];
    total += truth;
    correct += hits;
    const precision = predicted > 0 ? hits / predicted : 0;
    const recall = truth > 0 ? hits / truth : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    perClass.push({ precision, recall, f1, support: truth });
    if (truth > 0 || predicted > 0) {
      present++;
      macro.precision += precision;
      macro.recall += recall;
      macro.f1 += f1;
    }
    weighted.precision += truth * precision;
    weighted.recall += truth * recall;
    weighted.f1 += truth * f1;
  }
  for (const key of ['precision', 'recall', 'f1'] as const) {
    macro[key] = present > 0 ? macro[key] / present : Number.NaN;
    weighted[key] = total > 0 ? weighted[key] / total : 0;
  }
  return { perClass, accuracy: total > 0 ? correct / total : Number.NaN, macro, weighted };
}

function mean(values: number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** ROC AUC of binary labels (1 = positive) and scores, ties as in sklearn's roc_auc_score. */
export function rocAuc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  return scoreRanking(
    prepareRanking(labels.length, scores, (i) => labels[i] === 1),
    unitWeights(labels.length),
  ).rocAuc;
}

/** sklearn's average_precision_score (step-wise, not trapezoidal) of binary labels and scores. */
export function averagePrecision(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  return scoreRanking(
    prepareRanking(labels.length, scores, (i) => labels[i] === 1),
    unitWeights(labels.length),
  ).averagePrecision;
}

/** The confusion matrix as nested arrays (rows = true class, columns = predicted), for reports. */
export function confusionRows(confusion: Float64Array, classes: number): number[][] {
  return Array.from({ length: classes }, (_, r) => Array.from(confusion.subarray(r * classes, (r + 1) * classes)));
}
