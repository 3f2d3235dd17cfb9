// Confidence-based accuracy estimation: right when the probabilities are calibrated, wrong by the
// miscalibration when they are not, and corrected by a reliability table measured on labels.
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_BINS, estimateAccuracy, reliabilityTable } from '../../shared/drift/cbpe.js';
import { seededRandom } from '../../shared/stats/random.js';

/** Calibrated scores: p ~ Beta-ish on (0, 1), label ~ Bernoulli(p). */
function calibrated(count: number, seed: number): { p: Float64Array; labels: Float64Array } {
  const random = seededRandom(seed);
  const p = new Float64Array(count);
  const labels = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    p[i] = Math.min(0.999, Math.max(0.001, (random() + random() + random()) / 3 + (random() - 0.5) * 0.6));
    labels[i] = random() < p[i] ? 1 : 0;
  }
  return { p, labels };
}

function accuracy(p: ArrayLike<number>, labels: ArrayLike<number>): number {
  let right = 0;
  for (let i = 0; i < p.length; i++) if ((p[i] >= 0.5 ? 1 : 0) === labels[i]) right++;
  return right / p.length;
}

/** An over-confident model: the same ranking, probabilities pushed toward 0 and 1. */
function overConfident(p: Float64Array): Float64Array {
  return p.map((x) => 1 / (1 + Math.exp(-3 * Math.log(x / (1 - x)))));
}

describe('CBPE expected accuracy', () => {
  it('matches the realised accuracy of a calibrated classifier within three standard errors', () => {
    const { p, labels } = calibrated(200_000, 1);
    const estimate = estimateAccuracy(p);
    const actual = accuracy(p, labels);
    expect(estimate.calibration).toBe('assumed');
    expect(estimate.rows).toBe(200_000);
    expect(Math.abs(estimate.accuracy - actual)).toBeLessThan(3 * estimate.standardError);
    // mean of max(p, 1 − p), by definition.
    let sum = 0;
    for (const x of p) sum += Math.max(x, 1 - x);
    expect(estimate.accuracy).toBeCloseTo(sum / p.length, 12);
  });

  it('overestimates an over-confident model, and a reliability table from labelled data corrects it', () => {
    const reference = calibrated(100_000, 2);
    const current = calibrated(100_000, 3);
    const stated = overConfident(current.p);
    const actual = accuracy(stated, current.labels);
    const naive = estimateAccuracy(stated);
    expect(naive.accuracy - actual).toBeGreaterThan(0.05);
    const table = reliabilityTable(overConfident(reference.p), reference.labels);
    expect(table.length).toBe(CONFIDENCE_BINS);
    const corrected = estimateAccuracy(stated, { reliability: table });
    expect(corrected.calibration).toBe('reliability');
    expect(Math.abs(corrected.accuracy - actual)).toBeLessThan(0.01);
  });

  it('skips missing probabilities and honours another decision threshold', () => {
    const estimate = estimateAccuracy([0.9, Number.NaN, 0.2, 1.5, 0.6], { threshold: 0.7 });
    expect(estimate.rows).toBe(3);
    expect(estimate.skipped).toBe(2);
    // 0.9 → predicted 1, right with 0.9; 0.2 → 0, right with 0.8; 0.6 → 0 (below 0.7), right with 0.4.
    expect(estimate.accuracy).toBeCloseTo((0.9 + 0.8 + 0.4) / 3, 12);
  });
});
