import type { RowWeights } from './weights.js';

/**
 * Rows sorted once by descending score, with tie groups marked, so ROC AUC and average
 * precision of any weighting of the rows take one O(n) pass. Tied scores form one threshold,
 * as in sklearn's `_binary_clf_curve` (it keeps only the last index of each run of equal
 * scores): a positive and a negative with the same score count as half a correctly ordered pair.
 */
export interface Ranking {
  /** Row indices by descending score. */
  order: Int32Array;
  /** 1 where the row at this position of `order` is a positive. */
  positive: Uint8Array;
  /** 1 where the row at this position is the last of its group of equal scores. */
  groupEnd: Uint8Array;
}

/**
 * `scores[offset + i * stride]` is row i's score; `isPositive(i)` its label. Sorting uses the
 * native Float64Array sort on the distinct values, then a counting sort of rows by value rank,
 * which is several times faster than sorting an index array with a comparator.
 */
export function prepareRanking(
  rows: number,
  scores: ArrayLike<number>,
  isPositive: (row: number) => boolean,
  stride = 1,
  offset = 0,
): Ranking {
  const values = new Float64Array(rows);
  // `+ 0` turns -0 into 0: numpy treats them as one tie group, the typed-array sort would not.
  for (let i = 0; i < rows; i++) values[i] = scores[offset + i * stride] + 0;
  const sorted = values.slice().sort();
  let distinct = 0;
  for (let i = 0; i < rows; i++) if (i === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i];
  const unique = sorted.subarray(0, distinct);

  // Rank 0 is the highest score.
  const rank = new Int32Array(rows);
  const groupSize = new Int32Array(distinct + 1);
  for (let i = 0; i < rows; i++) {
    const r = distinct - 1 - lowerBound(unique, values[i]);
    rank[i] = r;
    groupSize[r + 1]++;
  }
  for (let g = 0; g < distinct; g++) groupSize[g + 1] += groupSize[g];
  const start = groupSize; // now the first position of each group
  const order = new Int32Array(rows);
  const positive = new Uint8Array(rows);
  const groupEnd = new Uint8Array(rows);
  const next = start.slice(0, distinct);
  for (let i = 0; i < rows; i++) {
    const at = next[rank[i]]++;
    order[at] = i;
    positive[at] = isPositive(i) ? 1 : 0;
  }
  for (let g = 0; g < distinct; g++) groupEnd[start[g + 1] - 1] = 1;
  return { order, positive, groupEnd };
}

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface RankingScores {
  /** NaN when the weighted rows hold no positive or no negative (sklearn raises there). */
  rocAuc: number;
  /** 0 when there is no positive, as sklearn returns (with a warning). */
  averagePrecision: number;
}

/**
 * One pass in descending score order. For each tie group with positive weight P_g and negative
 * weight N_g, reached after TP positives and FP negatives above it:
 *   ROC AUC pairs   += N_g · (TP + P_g / 2)
 *   AP              += P_g · (TP + P_g) / (TP + P_g + FP + N_g)      (Δrecall · precision, × total P)
 * which is sklearn's trapezoidal ROC area and its step-wise average precision exactly.
 */
export function scoreRanking(ranking: Ranking, weights: RowWeights): RankingScores {
  const { order, positive, groupEnd } = ranking;
  const rows = order.length;
  let tp = 0;
  let fp = 0;
  let groupPositive = 0;
  let groupNegative = 0;
  let pairs = 0;
  let precisionSum = 0;
  for (let k = 0; k < rows; k++) {
    const w = weights[order[k]];
    const p = w * positive[k];
    groupPositive += p;
    groupNegative += w - p;
    if (groupEnd[k] === 1) {
      pairs += groupNegative * (tp + 0.5 * groupPositive);
      tp += groupPositive;
      fp += groupNegative;
      if (groupPositive > 0) precisionSum += (groupPositive * tp) / (tp + fp);
      groupPositive = 0;
      groupNegative = 0;
    }
  }
  return {
    rocAuc: tp > 0 && fp > 0 ? pairs / (tp * fp) : Number.NaN,
    averagePrecision: tp > 0 ? precisionSum / tp : 0,
  };
}

/**
 * The ranking of a subset of the rows: `newIndex[i]` is row i's index in the subset, or −1 when
 * it is left out. Equal to `prepareRanking` on the subset's scores (ties keep row order, and the
 * last kept row of each tie group ends it), without sorting again.
 */
export function subsetRanking(ranking: Ranking, newIndex: Int32Array, rows: number): Ranking {
  const order = new Int32Array(rows);
  const positive = new Uint8Array(rows);
  const groupEnd = new Uint8Array(rows);
  let at = 0;
  let openGroup = false;
  for (let p = 0; p < ranking.order.length; p++) {
    const index = newIndex[ranking.order[p]];
    if (index >= 0) {
      order[at] = index;
      positive[at] = ranking.positive[p];
      at++;
      openGroup = true;
    }
    if (ranking.groupEnd[p] && openGroup) {
      groupEnd[at - 1] = 1;
      openGroup = false;
    }
  }
  return { order, positive, groupEnd };
}
