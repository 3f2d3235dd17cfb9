import { fillEmptyShares, sharesDistance } from '../binning.js';
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
  compute: sharesDistance(populationStabilityIndex),
};
