import type { Task } from '../model/preprocessing.js';

/**
 * Evaluation metrics computed in float64 on predictions, defined as sklearn defines them
 * (checked against sklearn fixtures in test/train/fixtures).
 */

/** sklearn's log_loss clips probabilities to [eps, 1 - eps] with eps = float64 machine epsilon. */
const EPS = 2.220446049250313e-16;

/** Binary log loss: `probabilities` are P(class 1). */
export function binaryLogLoss(labels: ArrayLike<number>, probabilities: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const p = Math.min(Math.max(probabilities[i], EPS), 1 - EPS);
    sum -= labels[i] === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return sum / labels.length;
}

/** Multiclass log loss: `probabilities` is row-major `n × classes`; rows are renormalised as sklearn does. */
export function multiclassLogLoss(labels: ArrayLike<number>, probabilities: ArrayLike<number>, classes: number): number {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    let total = 0;
    for (let c = 0; c < classes; c++) total += Math.min(Math.max(probabilities[i * classes + c], EPS), 1 - EPS);
    const p = Math.min(Math.max(probabilities[i * classes + labels[i]], EPS), 1 - EPS) / total;
    sum -= Math.log(p);
  }
  return sum / labels.length;
}

/** ROC AUC via the rank-sum (Mann–Whitney) statistic with average ranks for ties: equal to sklearn's roc_auc_score. */
export function rocAuc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  const n = labels.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]] === scores[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]] === 1) {
        positives++;
        rankSum += rank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function accuracy(labels: ArrayLike<number>, predicted: ArrayLike<number>): number {
  let right = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === predicted[i]) right++;
  return right / labels.length;
}

export function regressionMetrics(actual: ArrayLike<number>, predicted: ArrayLike<number>): { mse: number; rmse: number; mae: number; r2: number } {
  const n = actual.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += actual[i];
  mean /= n;
  let se = 0;
  let ae = 0;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = actual[i] - predicted[i];
    se += d * d;
    ae += Math.abs(d);
    ss += (actual[i] - mean) ** 2;
  }
  return { mse: se / n, rmse: Math.sqrt(se / n), mae: ae / n, r2: ss > 0 ? 1 - se / ss : Number.NaN };
}

/**
 * The metrics train reports for one split. `outputs` is the network output (probabilities, or
 * the regression prediction already in target units); `labels` are class indices or target values.
 */
export function taskMetrics(task: Task, labels: ArrayLike<number>, outputs: ArrayLike<number>, classes = 2): Record<string, number> {
  if (task === 'regression') {
    const { mse, rmse, mae, r2 } = regressionMetrics(labels, outputs);
    return { loss: mse, rmse, mae, r2 };
  }
  if (task === 'binary-classification') {
    const predicted = Array.from(outputs, (p) => (p >= 0.5 ? 1 : 0));
    return { loss: binaryLogLoss(labels, outputs), accuracy: accuracy(labels, predicted), auc: rocAuc(labels, outputs) };
  }
  const predicted = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (outputs[i * classes + c] > outputs[i * classes + best]) best = c;
    predicted[i] = best;
  }
  return { loss: multiclassLogLoss(labels, outputs, classes), accuracy: accuracy(labels, predicted), auc: multiclassAuc(labels, outputs, classes) };
}

/** One-vs-rest ROC AUC averaged over classes: sklearn's roc_auc_score(multi_class='ovr', average='macro'). */
export function multiclassAuc(labels: ArrayLike<number>, probabilities: ArrayLike<number>, classes: number): number {
  let sum = 0;
  for (let c = 0; c < classes; c++) {
    const isClass = Array.from(labels, (label) => (label === c ? 1 : 0));
    const scores = Array.from({ length: labels.length }, (_, i) => probabilities[i * classes + c]);
    sum += rocAuc(isClass, scores);
  }
  return sum / classes;
}

/** Mean and population std (numpy's default, ddof=0) of each metric across cross-validation folds. */
export function summarizeFolds(folds: Record<string, number>[], prefix = 'cv_'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of Object.keys(folds[0] ?? {})) {
    const values = folds.map((fold) => fold[name]);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    out[`${prefix}${name}_mean`] = mean;
    out[`${prefix}${name}_std`] = std;
  }
  return out;
}
