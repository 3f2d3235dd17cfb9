/**
 * Confidence-based performance estimation (NannyML's CBPE) for a binary classifier, when the
 * current data has no labels yet: if the predicted probabilities are calibrated, a row predicted
 * with probability p is right with probability max(p, 1 − p) (at the 0.5 threshold), so the
 * expected accuracy is their mean.
 *
 * The assumption carries the estimate: an over-confident model's estimate is too high by about
 * its calibration error. Pass the reliability table evaluate measures (observed accuracy per
 * confidence bin, the bins of its ECE) and each row counts with its bin's observed accuracy
 * instead of its stated confidence; that corrects miscalibration measured on labelled data, but
 * not a change in it (concept drift), which no label-free estimate can see.
 */

/** evaluate's ECE bins: 10 equal-width bins of the confidence, bin = min(floor(10 c), 9). */
export const CONFIDENCE_BINS = 10;

export interface AccuracyEstimate {
  /** Expected share of correct predictions. */
  accuracy: number;
  /** Its standard error if rows are independent: √(Σ c(1 − c)) / n. */
  standardError: number;
  rows: number;
  /** Rows left out because their probability was missing or outside [0, 1]. */
  skipped: number;
  threshold: number;
  /** 'assumed': probabilities taken as calibrated; 'reliability': corrected by a measured reliability table. */
  calibration: 'assumed' | 'reliability';
}

export interface AccuracyEstimateOptions {
  /** Predict the positive class at p ≥ threshold (default 0.5). */
  threshold?: number;
  /** Observed accuracy per confidence bin (CONFIDENCE_BINS entries; null for a bin without rows). */
  reliability?: readonly (number | null)[];
}

function binOf(confidence: number): number {
  return Math.min(Math.floor(confidence * CONFIDENCE_BINS), CONFIDENCE_BINS - 1);
}

/** The probability that each prediction is right, by its confidence in the class it predicts. */
function confidence(p: number, threshold: number): number {
  return p >= threshold ? p : 1 - p;
}

/** Expected accuracy of a binary classifier from its positive-class probabilities alone. */
export function estimateAccuracy(probabilities: ArrayLike<number>, options: AccuracyEstimateOptions = {}): AccuracyEstimate {
  const threshold = options.threshold ?? 0.5;
  const reliability = options.reliability;
  if (reliability && reliability.length !== CONFIDENCE_BINS) {
    throw new Error(`a reliability table has ${CONFIDENCE_BINS} bins, not ${reliability.length}`);
  }
  let sum = 0;
  let variance = 0;
  let rows = 0;
  let skipped = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i];
    if (!(p >= 0 && p <= 1)) {
      skipped++;
      continue;
    }
    const stated = confidence(p, threshold);
    const observed = reliability?.[binOf(stated)];
    const c = observed === null || observed === undefined ? stated : observed;
    sum += c;
    variance += c * (1 - c);
    rows++;
  }
  return {
    accuracy: rows > 0 ? sum / rows : Number.NaN,
    standardError: rows > 0 ? Math.sqrt(variance) / rows : Number.NaN,
    rows,
    skipped,
    threshold,
    calibration: reliability ? 'reliability' : 'assumed',
  };
}

/** The reliability table of labelled data (labels 0/1): observed accuracy per confidence bin. */
export function reliabilityTable(probabilities: ArrayLike<number>, labels: ArrayLike<number>, threshold = 0.5): (number | null)[] {
  const right = new Array<number>(CONFIDENCE_BINS).fill(0);
  const total = new Array<number>(CONFIDENCE_BINS).fill(0);
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i];
    if (!(p >= 0 && p <= 1)) continue;
    const bin = binOf(confidence(p, threshold));
    total[bin]++;
    if ((p >= threshold ? 1 : 0) === labels[i]) right[bin]++;
  }
  return total.map((t, b) => (t > 0 ? right[b] / t : null));
}
