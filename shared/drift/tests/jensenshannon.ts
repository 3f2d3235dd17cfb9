import { sharesDistance } from '../binning.js';
import type { StatTest } from '../stat-test.js';

/**
 * scipy.spatial.distance.jensenshannon(p, q) with the natural logarithm (the base Evidently
 * uses): both vectors normalised to sum 1, then √((KL(p‖m) + KL(q‖m)) / 2) with m = (p + q) / 2.
 * Ranges from 0 to √ln 2 ≈ 0.833.
 */
export function jensenShannonDistance(pIn: readonly number[], qIn: readonly number[]): number {
  const pSum = pIn.reduce((a, b) => a + b, 0);
  const qSum = qIn.reduce((a, b) => a + b, 0);
  let left = 0;
  let right = 0;
  for (let i = 0; i < pIn.length; i++) {
    const p = pIn[i] / pSum;
    const q = qIn[i] / qSum;
    const m = (p + q) / 2;
    if (p > 0) left += p * Math.log(p / m);
    if (q > 0) right += q * Math.log(q / m);
  }
  return Math.sqrt((left + right) / 2);
}

export const jensenShannonTest: StatTest = {
  name: 'jensenshannon',
  displayName: 'Jensen–Shannon distance',
  appliesTo: ['categorical', 'numeric'],
  thresholdKind: 'distance',
  defaultThreshold: 0.1,
  compute: sharesDistance(jensenShannonDistance),
};
