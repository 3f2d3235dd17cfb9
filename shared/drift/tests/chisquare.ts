import { chiSquareSurvival } from '../special.js';
import { alignedCounts, valueCounts } from '../distribution.js';
import type { StatTest } from '../stat-test.js';

export interface ChiSquareResult {
  statistic: number;
  pValue: number;
  dof: number;
  /** χ² without Yates' correction (for Cramér's V). */
  uncorrected: number;
  corrected: boolean;
}

/**
 * scipy.stats.chi2_contingency on the 2 × k table [reference; current]: expected counts from the
 * margins, Yates' correction when there is one degree of freedom (each cell moved toward its
 * expected count by 0.5 at most), χ² survival at k − 1 degrees of freedom. Categories empty on
 * both sides are dropped (scipy would refuse their zero expected counts).
 */
export function chiSquareContingency(referenceCounts: readonly number[], currentCounts: readonly number[]): ChiSquareResult {
  const reference: number[] = [];
  const current: number[] = [];
  referenceCounts.forEach((r, i) => {
    if (r + currentCounts[i] > 0) {
      reference.push(r);
      current.push(currentCounts[i]);
    }
  });
  const k = reference.length;
  const dof = Math.max(0, k - 1);
  if (dof === 0) return { statistic: 0, pValue: 1, dof: 0, uncorrected: 0, corrected: false };
  const referenceTotal = reference.reduce((a, b) => a + b, 0);
  const currentTotal = current.reduce((a, b) => a + b, 0);
  const total = referenceTotal + currentTotal;
  let statistic = 0;
  let uncorrected = 0;
  const corrected = dof === 1;
  for (const [row, rowTotal] of [
    [reference, referenceTotal],
    [current, currentTotal],
  ] as const) {
    for (let j = 0; j < k; j++) {
      const expected = (rowTotal * (reference[j] + current[j])) / total;
      let observed = row[j];
      uncorrected += (observed - expected) ** 2 / expected;
      if (corrected) {
        const difference = expected - observed;
        observed += Math.min(0.5, Math.abs(difference)) * Math.sign(difference);
      }
      statistic += (observed - expected) ** 2 / expected;
    }
  }
  return { statistic, pValue: chiSquareSurvival(statistic, dof), dof, uncorrected, corrected };
}

export const chiSquareTest: StatTest = {
  name: 'chisquare',
  displayName: 'chi-square p-value',
  appliesTo: ['categorical', 'numeric'],
  thresholdKind: 'p_value',
  defaultThreshold: 0.05,
  compute(reference, current) {
    const table = alignedCounts(valueCounts(reference), valueCounts(current));
    const result = chiSquareContingency(table.reference, table.current);
    const freedom = `${result.dof} degree${result.dof === 1 ? '' : 's'} of freedom`;
    const detail = `${freedom}${result.corrected ? ", Yates' correction" : ''}`;
    return { statistic: result.statistic, pValue: result.pValue, distance: null, detail, byValue: true };
  },
};
