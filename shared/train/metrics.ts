import { fromPositiveProbabilities } from '../metrics/classification.js';
import { prepareMetrics, scoreMetrics } from '../metrics/score.js';
import type { Task } from '../model/preprocessing.js';

/**
 * The metrics train reports for one split, computed by shared/metrics (the same code evaluate
 * uses). `outputs` is the network output (P(positive) for binary, rows × classes probabilities
 * for multiclass, the prediction in target units for regression); `labels` are class indices
 * or target values. `loss` is log loss, or the mean squared error for regression.
 */
export function taskMetrics(task: Task, labels: ArrayLike<number>, outputs: ArrayLike<number>, classes = 2): Record<string, number> {
  if (task === 'regression') {
    const scores = scoreMetrics(prepareMetrics({ task, data: { actual: labels, predicted: outputs } }));
    return { loss: scores.rmse ** 2, rmse: scores.rmse, mae: scores.mae, r2: scores.r2 };
  }
  const probabilities = task === 'binary-classification' ? fromPositiveProbabilities(outputs) : outputs;
  const scores = scoreMetrics(
    prepareMetrics({ task, data: { labels, probabilities, classes: task === 'binary-classification' ? 2 : classes } }),
  );
  return { loss: scores.log_loss, accuracy: scores.accuracy, auc: scores.roc_auc };
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
