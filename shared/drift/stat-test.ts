import type { ColumnKind, Distribution } from './distribution.js';

export type StatTestName = 'ks' | 'chisquare' | 'z' | 'wasserstein' | 'jensenshannon' | 'psi';

/** A p-value drifts below its threshold; a distance drifts at or above it (Evidently's convention). */
export type ThresholdKind = 'p_value' | 'distance';

export interface StatTestOutcome {
  /** The test's statistic: KS D, χ², z, normed Wasserstein, Jensen–Shannon distance, PSI. */
  statistic: number;
  /** For p-value tests. */
  pValue: number | null;
  /** For distance tests (the statistic itself). */
  distance: number | null;
  /** How it was computed, in a few words ("exact", "asymptotic", "Yates' correction", "22 Sturges bins"). */
  detail: string;
  /** Whether the test compared the column's values as categories (or value by value), not as a continuous variable. */
  byValue: boolean;
}

/**
 * One member of the family, as Evidently's StatTest describes one: a name, the column kinds it
 * applies to, its default threshold and whether that threshold is a p-value or a distance.
 * `compute` reads two distributions, so the same code serves raw data and profiles.
 */
export interface StatTest {
  name: StatTestName;
  displayName: string;
  appliesTo: readonly ColumnKind[];
  thresholdKind: ThresholdKind;
  defaultThreshold: number;
  compute(reference: Distribution, current: Distribution): StatTestOutcome;
}

/** Whether a test's score crosses its threshold. */
export function crosses(kind: ThresholdKind, score: number, threshold: number): boolean {
  return kind === 'p_value' ? score < threshold : score >= threshold;
}
