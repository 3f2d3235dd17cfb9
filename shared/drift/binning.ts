/**
 * Evidently's get_binned_data, which Jensen–Shannon and PSI share: a numeric column with more
 * than 20 distinct reference values is cut into equal-width bins over both samples (numpy's
 * Sturges rule on the two concatenated); anything else is compared per value. Shares are of each
 * sample's non-missing count. PSI then fills empty bins (`fillEmptyShares`); Jensen–Shannon does not.
 */
import { alignedCounts, binShares, sturgesEdges, valueCounts, type Distribution } from './distribution.js';

/** Numeric columns with more distinct reference values than this are binned, not compared per value. */
export const BY_VALUE_MAX_DISTINCT = 20;

export interface BinnedShares {
  labels: string[];
  reference: number[];
  current: number[];
  /** Edges when the values were binned (numeric), else null (per value). */
  edges: number[] | null;
}

/** Whether Evidently's binning compares this pair per value rather than in bins. */
export function comparesByValue(reference: Distribution, current: Distribution): boolean {
  return reference.kind !== 'numeric' || current.kind !== 'numeric' || reference.distinct <= BY_VALUE_MAX_DISTINCT;
}

export function evidentlyShares(reference: Distribution, current: Distribution): BinnedShares {
  if (!comparesByValue(reference, current) && reference.kind === 'numeric' && current.kind === 'numeric') {
    const edges = sturgesEdges(reference, current);
    const labels = edges.slice(0, -1).map((edge, i) => `${edge}..${edges[i + 1]}`);
    return { labels, reference: binShares(reference, edges), current: binShares(current, edges), edges };
  }
  const ref = valueCounts(reference);
  const cur = valueCounts(current);
  const aligned = alignedCounts(ref, cur);
  return {
    labels: aligned.labels,
    reference: aligned.reference.map((c) => c / ref.total),
    current: aligned.current.map((c) => c / cur.total),
    edges: null,
  };
}

/**
 * Evidently's `feel_zeroes`: empty shares become a millionth of the smallest non-empty share when
 * that is at most 0.0001, else 0.0001 (each sample on its own), so PSI's logarithm stays finite.
 */
export function fillEmptyShares(shares: readonly number[]): number[] {
  let smallest = Infinity;
  for (const s of shares) if (s !== 0 && s < smallest) smallest = s;
  const fill = smallest <= 0.0001 ? smallest / 10 ** 6 : 0.0001;
  return shares.map((s) => (s === 0 ? fill : s));
}

/**
 * The `compute` of a distance between the two sides' shares (Jensen–Shannon, PSI): Evidently's
 * binning, the distance, and where the shares came from.
 */
export function sharesDistance(distance: (reference: readonly number[], current: readonly number[]) => number) {
  return (reference: Distribution, current: Distribution) => {
    const shares = evidentlyShares(reference, current);
    const value = distance(shares.reference, shares.current);
    const detail = shares.edges ? `${shares.labels.length} Sturges bins` : `${shares.labels.length} values`;
    return { statistic: value, pValue: null, distance: value, detail, byValue: shares.edges === null };
  };
}
