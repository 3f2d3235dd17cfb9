import type { Task } from '../model/preprocessing.js';
import { deriveSeed, shuffledIndices } from '../stats/random.js';
import { fromPositiveProbabilities } from './classification.js';
import { improvementSign } from './definitions.js';
import { prepareMetrics, scoreMetrics } from './score.js';

/**
 * Permutation importance, as sklearn's `permutation_importance`: how much a metric degrades
 * when one feature's values are shuffled across rows, breaking its link to the target. A
 * categorical feature is one-hot encoded into several model-input columns; they form one group
 * and move together (the same row permutation for all of them), so every permuted row is still
 * a valid one-hot row.
 *
 * Importance = improvement sign × (score on the data − score with the feature permuted), so it is
 * positive when shuffling hurts, for higher-is-better and lower-is-better metrics alike (sklearn
 * gets the same sign by negating error metrics in its scorers). Mean and population std (ddof=0)
 * over `repeats`, as sklearn reports them.
 */
/** A fixed first part, so the seed is mixed before group and repeat are (see bootstrap.ts). */
const IMPORTANCE_STREAM = 0x696d7070;

export interface FeatureGroup {
  name: string;
  /** Model-input column indices of the feature. */
  columns: number[];
}

export interface PermutationImportanceOptions {
  /** Model input, row-major `rows × width` (what the package's preprocessing produced). */
  features: Float32Array;
  rows: number;
  width: number;
  groups: FeatureGroup[];
  predict: (input: Float32Array, rows: number) => ArrayLike<number> | Promise<ArrayLike<number>>;
  /** Metric of a prediction array; see `predictionScorer`. */
  score: (predictions: ArrayLike<number>) => number;
  metric: string;
  repeats?: number;
  seed?: number;
  /**
   * Row permutation for a group and repeat: entry i is the source row of row i. Defaults to a
   * seeded Fisher–Yates shuffle; tests pass sklearn's own draws.
   */
  permutation?: (group: number, repeat: number) => ArrayLike<number>;
}

export interface FeatureImportance {
  name: string;
  mean: number;
  std: number;
  /** The importance of each repeat. */
  repeats: number[];
}

export interface PermutationImportance {
  metric: string;
  /** The metric with no feature permuted. */
  baseline: number;
  repeats: number;
  features: FeatureImportance[];
}

export async function permutationImportance(options: PermutationImportanceOptions): Promise<PermutationImportance> {
  const { features, rows, width, groups, predict, score, metric } = options;
  const repeats = options.repeats ?? 5;
  const seed = options.seed ?? 0;
  if (features.length !== rows * width) throw new Error(`feature matrix has ${features.length} values for ${rows} rows × ${width} columns`);
  for (const group of groups)
    for (const column of group.columns)
      if (!(column >= 0 && column < width))
        throw new Error(`feature ${group.name} refers to input column ${column}; the input has ${width}`);
  const permutation =
    options.permutation ?? ((group: number, repeat: number) => shuffledIndices(rows, deriveSeed(seed, IMPORTANCE_STREAM, group, repeat)));
  const sign = improvementSign(metric);

  const baseline = score(await predict(features, rows));
  const working = features.slice();
  const result: FeatureImportance[] = [];
  for (let g = 0; g < groups.length; g++) {
    const columns = groups[g].columns;
    const importances: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const source = permutation(g, r);
      for (let i = 0; i < rows; i++) {
        const from = source[i] * width;
        const to = i * width;
        for (const c of columns) working[to + c] = features[from + c];
      }
      importances.push(sign * (baseline - score(await predict(working, rows))));
    }
    for (let i = 0; i < rows; i++) for (const c of columns) working[i * width + c] = features[i * width + c];
    const mean = importances.reduce((a, b) => a + b, 0) / repeats;
    const std = Math.sqrt(importances.reduce((a, b) => a + (b - mean) ** 2, 0) / repeats);
    result.push({ name: groups[g].name, mean, std, repeats: importances });
  }
  return { metric, baseline, repeats, features: result };
}

/**
 * The scoring function for `permutationImportance`: model output → one metric. Binary models may
 * output one column (P(class 1)) or two.
 */
export function predictionScorer(
  task: Task,
  targets: ArrayLike<number>,
  metric: string,
  classes = task === 'regression' ? 0 : 2,
): (predictions: ArrayLike<number>) => number {
  const ranking = metric === 'roc_auc' || metric === 'pr_auc';
  return (predictions) => {
    if (task === 'regression') return scoreMetrics(prepareMetrics({ task, data: { actual: targets, predicted: predictions } }))[metric];
    const probabilities =
      task === 'binary-classification' && predictions.length === targets.length ? fromPositiveProbabilities(predictions) : predictions;
    const prepared = prepareMetrics({ task, data: { labels: targets, probabilities, classes } }, { rankings: ranking });
    return scoreMetrics(prepared)[metric];
  };
}

/** One group per feature of the package's preprocessing: numeric → its column, categorical → its one-hot columns. */
export function featureGroups(inputNames: readonly string[], featureNames: readonly string[]): FeatureGroup[] {
  return featureNames.map((name) => ({
    name,
    columns: inputNames.flatMap((input, column) => (input === name || input.startsWith(`${name}=`) ? [column] : [])),
  }));
}
