import { normalSurvival } from '../special.js';
import { alignedCounts, valueCounts } from '../distribution.js';
import type { StatTest } from '../stat-test.js';

/**
 * Evidently's two-proportion z-test: the share of one category in each sample, pooled variance,
 * two-sided p-value 2·P(Z > |z|). (Evidently writes 2·(1 − Φ(|z|)), the same number until it
 * rounds to 0 near |z| ≈ 8.3; the survival function keeps the tail.)
 */
export function twoProportionZ(
  referenceHits: number,
  referenceTotal: number,
  currentHits: number,
  currentTotal: number,
): {
  statistic: number;
  pValue: number;
} {
  const p1 = referenceHits / referenceTotal;
  const p2 = currentHits / currentTotal;
  const pooled = (p1 * referenceTotal + p2 * currentTotal) / (referenceTotal + currentTotal);
  const statistic = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / referenceTotal + 1 / currentTotal));
  return { statistic, pValue: 2 * normalSurvival(Math.abs(statistic)) };
}

export const zTest: StatTest = {
  name: 'z',
  displayName: 'Z-test p-value',
  appliesTo: ['categorical', 'numeric'],
  thresholdKind: 'p_value',
  defaultThreshold: 0.05,
  compute(reference, current) {
    const table = alignedCounts(valueCounts(reference), valueCounts(current));
    const present = table.labels.filter((_, i) => table.reference[i] + table.current[i] > 0);
    const referenceTotal = table.reference.reduce((a, b) => a + b, 0);
    const currentTotal = table.current.reduce((a, b) => a + b, 0);
    // One and the same value on both sides: nothing moved (Evidently returns p = 1 here).
    if (present.length <= 1) return { statistic: 0, pValue: 1, distance: null, detail: 'one value on both sides', byValue: true };
    // As Evidently: the first value in sorted order against the rest (with more than two values, one against all).
    const first = table.labels.indexOf(present[0]);
    const result = twoProportionZ(
      referenceTotal - table.reference[first],
      referenceTotal,
      currentTotal - table.current[first],
      currentTotal,
    );
    const detail = present.length === 2 ? `share of "${present[1]}"` : `"${present[0]}" against the other ${present.length - 1} values`;
    return { statistic: result.statistic, pValue: result.pValue, distance: null, detail, byValue: true };
  },
};
