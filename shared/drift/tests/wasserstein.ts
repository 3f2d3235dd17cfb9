import { CdfCursor, cdfOf, mergedKnots, numericFromValues, readAsSteps, walkCdfs, type NumericDistribution } from '../distribution.js';
import type { StatTest } from '../stat-test.js';
import { requireNumeric } from './ks.js';

/** Evidently divides by max(np.std(reference), 0.001), so a constant reference does not divide by zero. */
const SMALLEST_NORM = 0.001;

/**
 * scipy.stats.wasserstein_distance: the area between the two empirical CDFs. A sketch's side uses
 * its interpolated CDF, so an outlier item standing for 2^h values spreads over the gap before it
 * instead of sitting at the far end with all its weight.
 */
export function wassersteinDistance(reference: NumericDistribution, current: NumericDistribution): number {
  let area = 0;
  if (readAsSteps(reference) && readAsSteps(current)) {
    let previous = Number.NaN;
    let gap = 0;
    walkCdfs(reference, current, (x, a, b) => {
      if (previous === previous) area += gap * (x - previous);
      gap = Math.abs(a - b);
      previous = x;
    });
    return area;
  }
  const a = cdfOf(reference);
  const b = cdfOf(current);
  const ca = new CdfCursor(a);
  const cb = new CdfCursor(b);
  const knots = mergedKnots(a, b);
  // Between two knots both CDFs are linear (or flat), so their difference is linear: integrate |d| exactly.
  for (let i = 0; i + 1 < knots.length; i++) {
    const width = knots[i + 1] - knots[i];
    const start = ca.moveTo(knots[i]).at() - cb.moveTo(knots[i]).at();
    const end = ca.moveTo(knots[i + 1]).before() - cb.moveTo(knots[i + 1]).before();
    if (start * end >= 0) area += ((Math.abs(start) + Math.abs(end)) / 2) * width;
    else area += ((start * start + end * end) / (2 * (Math.abs(start) + Math.abs(end)))) * width;
  }
  return area;
}

/** numpy's std (ddof = 0) of a distribution whose `std` is the sample one (ddof = 1). */
export function populationStd(d: NumericDistribution): number {
  return d.count > 1 ? d.std * Math.sqrt((d.count - 1) / d.count) : 0;
}

/** Wasserstein distance in units of the reference's standard deviation, as Evidently's `wasserstein`. */
export function normedWasserstein(reference: NumericDistribution, current: NumericDistribution): number {
  return wassersteinDistance(reference, current) / Math.max(populationStd(reference), SMALLEST_NORM);
}

/** scipy.stats.wasserstein_distance(a, b) on raw values. */
export function wassersteinOfValues(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return wassersteinDistance(numericFromValues(a), numericFromValues(b));
}

export const wassersteinTest: StatTest = {
  name: 'wasserstein',
  displayName: 'Wasserstein distance (normed)',
  appliesTo: ['numeric'],
  thresholdKind: 'distance',
  defaultThreshold: 0.1,
  compute(referenceIn, currentIn) {
    const reference = requireNumeric('wasserstein', referenceIn);
    const current = requireNumeric('wasserstein', currentIn);
    const value = normedWasserstein(reference, current);
    return { statistic: value, pValue: null, distance: value, detail: 'divided by the reference std', byValue: false };
  },
};
