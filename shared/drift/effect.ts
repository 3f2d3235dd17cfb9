/**
 * Effect sizes: how far a column moved, in units that do not grow with the sample. A test's
 * p-value shrinks as rows grow, so at a million rows every trivial shift is "significant"; the
 * effect size is what the drift verdict also requires (see compare.ts).
 */
import { alignedCounts, type NumericDistribution, type ValueCounts } from './distribution.js';
import { chiSquareContingency } from './tests/chisquare.js';
import { normedWasserstein } from './tests/wasserstein.js';

export type EffectMeasure = 'wasserstein_std' | 'total_variation';

/** Half the L1 distance between the two shares: the share of the mass that moved (0 … 1). */
export function totalVariation(reference: ValueCounts, current: ValueCounts): number {
  const table = alignedCounts(reference, current);
  const referenceTotal = table.reference.reduce((a, b) => a + b, 0);
  const currentTotal = table.current.reduce((a, b) => a + b, 0);
  let distance = 0;
  for (let i = 0; i < table.labels.length; i++) {
    distance += Math.abs(table.reference[i] / referenceTotal - table.current[i] / currentTotal);
  }
  return distance / 2;
}

/** Wasserstein distance over the reference's (population) std: a mean shift of 0.5 std gives 0.5. */
export function wassersteinEffect(reference: NumericDistribution, current: NumericDistribution): number {
  return normedWasserstein(reference, current);
}

/** (current mean − reference mean) / pooled std (ddof = 1); null when either side has fewer than two values. */
export function cohensD(reference: NumericDistribution, current: NumericDistribution): number | null {
  const n1 = reference.count;
  const n2 = current.count;
  if (n1 < 2 || n2 < 2) return null;
  const pooled = Math.sqrt(((n1 - 1) * reference.std ** 2 + (n2 - 1) * current.std ** 2) / (n1 + n2 - 2));
  if (pooled === 0) return current.mean === reference.mean ? 0 : null;
  return (current.mean - reference.mean) / pooled;
}

/** Cramér's V of the 2 × k table [reference; current] (uncorrected χ²): √(χ² / N) for k ≥ 2. */
export function cramersV(reference: ValueCounts, current: ValueCounts): number | null {
  const table = alignedCounts(reference, current);
  const { uncorrected, dof } = chiSquareContingency(table.reference, table.current);
  const total = [...table.reference, ...table.current].reduce((a, b) => a + b, 0);
  if (dof === 0 || total === 0) return null;
  return Math.sqrt(uncorrected / total);
}
