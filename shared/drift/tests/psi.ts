import { evidentlyShares, fillEmptyShares } from '../binning.js';
import type { StatTest } from '../stat-test.js';

/** Population stability index: Σ (r − c)·ln(r / c) over bins, empty bins filled as Evidently fills them. */
export function populationStabilityIndex(referenceShares: readonly number[], currentShares: readonly number[]): number {
  const reference = fillEmptyShares(referenceShares);
  const current = fillEmptyShares(currentShares);
  let psi = 0;
  for (let i = 0; i < reference.length; i++) psi += (reference[i] - current[i]) * Math.log(reference[i] / current[i]);
  return psi;
}

export const psiTest: StatTest = {
  name: 'psi',
  displayName: 'PSI',
  appliesTo: ['categorical', 'numeric'],
  thresholdKind: 'distance',
  defaultThreshold: 0.1,
  compute(reference, current) {
    const shares = evidentlyShares(reference, current);
    const value = populationStabilityIndex(shares.reference, shares.current);
    const detail = shares.edges ? `${shares.labels.length} Sturges bins` : `${shares.labels.length} values`;
    return { statistic: value, pValue: null, distance: value, detail, byValue: shares.edges === null };
  },
};
