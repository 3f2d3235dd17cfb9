import { UserError } from '../../runtime/errors.js';
import {
  CdfCursor,
  cdfOf,
  mergedKnots,
  numericFromValues,
  readAsSteps,
  walkCdfs,
  type Distribution,
  type NumericDistribution,
} from '../distribution.js';
import { ksTwoSamplePValue, type KsPValue } from '../kolmogorov.js';
import type { StatTest } from '../stat-test.js';

/**
 * The largest gap between the two empirical CDFs (ties counted as numpy.searchsorted(side='right')
 * does). A sketch's side uses its interpolated CDF; the gap is then largest at a knot of either
 * side, on one side of a step.
 */
export function ksStatistic(reference: NumericDistribution, current: NumericDistribution): number {
  let largest = 0;
  if (readAsSteps(reference) && readAsSteps(current)) {
    walkCdfs(reference, current, (_, a, b) => {
      const gap = Math.abs(a - b);
      if (gap > largest) largest = gap;
    });
    return largest;
  }
  const a = cdfOf(reference);
  const b = cdfOf(current);
  const ca = new CdfCursor(a);
  const cb = new CdfCursor(b);
  for (const x of mergedKnots(a, b)) {
    ca.moveTo(x);
    cb.moveTo(x);
    largest = Math.max(largest, Math.abs(ca.at() - cb.at()), Math.abs(ca.before() - cb.before()));
  }
  return largest;
}

/** scipy.stats.ks_2samp(a, b) (two-sided, method 'auto') on raw values. */
export function ksTwoSample(a: ArrayLike<number>, b: ArrayLike<number>): KsPValue {
  const reference = numericFromValues(a);
  const current = numericFromValues(b);
  return ksTwoSamplePValue(ksStatistic(reference, current), reference.count, current.count);
}

export function requireNumeric(test: string, d: Distribution): NumericDistribution {
  if (d.kind !== 'numeric') throw new UserError(`The ${test} test compares numeric columns only; this column is categorical.`);
  return d;
}

export const ksTest: StatTest = {
  name: 'ks',
  displayName: 'Kolmogorov–Smirnov p-value',
  appliesTo: ['numeric'],
  thresholdKind: 'p_value',
  defaultThreshold: 0.05,
  compute(referenceIn, currentIn) {
    const reference = requireNumeric('ks', referenceIn);
    const current = requireNumeric('ks', currentIn);
    // From a sketch the CDFs are within its rank error; the p-value still uses the true counts.
    const result = ksTwoSamplePValue(ksStatistic(reference, current), reference.count, current.count);
    return {
      statistic: result.statistic,
      pValue: result.pValue,
      distance: null,
      detail: result.method,
      byValue: false,
    };
  },
};
