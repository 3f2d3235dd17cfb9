import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawMultinomialCounts, pairedBootstrap, sortedPercentile, verdictOf } from '../../shared/metrics/bootstrap.js';
import { fromPositiveProbabilities, rocAuc } from '../../shared/metrics/classification.js';
import { prepareMetrics, scoreMetrics } from '../../shared/metrics/score.js';
import { seededRandom } from '../../shared/stats/random.js';
import { expectClose, fixture } from './fixtures.js';

function binaryData(rows: number, seed: number, noise: number) {
  const random = seededRandom(seed);
  const labels = new Int32Array(rows);
  const positive = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    labels[i] = random() < 0.4 ? 1 : 0;
    positive[i] = Math.min(1, Math.max(0, 0.5 + (labels[i] - 0.5) * 0.6 + noise * (random() - 0.5)));
  }
  return { labels, positive };
}

function prepareBinary(labels: Int32Array, positive: ArrayLike<number>) {
  return prepareMetrics({
    task: 'binary-classification',
    data: { labels, probabilities: fromPositiveProbabilities(positive), classes: 2 },
  });
}

describe('drawMultinomialCounts', () => {
  it('draws n rows, reproducibly per seed', () => {
    const a = new Uint8Array(1000);
    const b = new Uint8Array(1000);
    drawMultinomialCounts(a, 5);
    drawMultinomialCounts(b, 5);
    expect(a).toEqual(b);
    expect(a.reduce((s, c) => s + c, 0)).toBe(1000);
    drawMultinomialCounts(b, 6);
    expect(a).not.toEqual(b);
  });

  it('draws every row with equal probability (chi-square over many draws)', () => {
    const rows = 7;
    const totals = new Float64Array(rows);
    const counts = new Uint8Array(rows);
    const draws = 20000;
    for (let d = 0; d < draws; d++) {
      drawMultinomialCounts(counts, d);
      for (let i = 0; i < rows; i++) totals[i] += counts[i];
    }
    const expected = draws;
    const chi2 = totals.reduce((s, t) => s + (t - expected) ** 2 / expected, 0);
    // 6 degrees of freedom: P(chi2 > 22.46) = 0.001. Deterministic seeds, so this cannot flake.
    expect(chi2).toBeLessThan(22.46);
    // The share of rows left out of a resample tends to (1 - 1/n)^n.
    const big = new Uint8Array(100000);
    drawMultinomialCounts(big, 1);
    expect(big.filter((c) => c === 0).length / big.length).toBeCloseTo((1 - 1 / 100000) ** 100000, 2);
  });

  it('uses 53-bit uniforms above 2^21 rows and still draws n rows', () => {
    const counts = new Uint8Array((1 << 21) + 3);
    drawMultinomialCounts(counts, 9);
    let total = 0;
    for (const c of counts) total += c;
    expect(total).toBe(counts.length);
  });
});

describe('sortedPercentile', () => {
  it('matches numpy.percentile (linear interpolation)', () => {
    for (const c of fixture<{ values: number[]; q: number[]; expected: number[] }>('percentiles.json')) {
      const sorted = Float64Array.from(c.values).sort();
      c.q.forEach((q, k) => expectClose(sortedPercentile(sorted, q), c.expected[k], `q=${q} n=${c.values.length}`));
    }
  });
});

describe('pairedBootstrap', () => {
  const { labels, positive } = binaryData(3000, 1, 0.9);
  const better = prepareBinary(labels, positive);
  const noisier = binaryData(3000, 1, 0.9);
  const random = seededRandom(99);
  const worsePositive = Float64Array.from(noisier.positive, (p) => Math.min(1, Math.max(0, p + 0.4 * (random() - 0.5))));
  const worse = prepareBinary(labels, worsePositive);

  it('gives identical models a zero delta in every resample: within noise', () => {
    const result = pairedBootstrap(better, prepareBinary(labels, positive), { resamples: 50 });
    for (const m of result.metrics) {
      expect(m.delta, m.metric).toBe(0);
      expect(m.deltaInterval, m.metric).toEqual({ low: 0, high: 0 });
      expect(m.verdict, m.metric).toBe('within noise');
    }
  });

  it('finds a clearly better candidate better and the reverse worse, direction-aware', () => {
    const forward = pairedBootstrap(better, worse, { resamples: 200, seed: 3 });
    const backward = pairedBootstrap(worse, better, { resamples: 200, seed: 3 });
    const get = (r: typeof forward, name: string) => r.metrics.find((m) => m.metric === name)!;
    expect(get(forward, 'roc_auc').verdict).toBe('better');
    expect(get(forward, 'log_loss').verdict).toBe('better'); // lower log loss
    expect(get(forward, 'log_loss').delta).toBeLessThan(0);
    expect(get(backward, 'roc_auc').verdict).toBe('worse');
    expect(get(backward, 'log_loss').verdict).toBe('worse');
    // Paired: swapping the models negates every resample's delta, so the interval mirrors.
    const f = get(forward, 'roc_auc').deltaInterval!;
    const b = get(backward, 'roc_auc').deltaInterval!;
    expect(b.low).toBeCloseTo(-f.high, 12);
    expect(b.high).toBeCloseTo(-f.low, 12);
  });

  it('pairs the resamples: the delta interval is far narrower than the unpaired spread', () => {
    const result = pairedBootstrap(better, worse, { resamples: 200, seed: 4 });
    const auc = result.metrics.find((m) => m.metric === 'roc_auc')!;
    const deltaWidth = auc.deltaInterval!.high - auc.deltaInterval!.low;
    const unpairedWidth =
      auc.candidateInterval!.high - auc.candidateInterval!.low + (auc.baselineInterval!.high - auc.baselineInterval!.low);
    expect(deltaWidth).toBeLessThan(unpairedWidth / 2);
    expect(auc.candidateInterval!.low).toBeLessThan(auc.candidate);
    expect(auc.candidateInterval!.high).toBeGreaterThan(auc.candidate);
  });

  it('is reproducible for a seed and changes with it', () => {
    const a = pairedBootstrap(better, worse, { resamples: 30, seed: 11 });
    const b = pairedBootstrap(better, worse, { resamples: 30, seed: 11 });
    const c = pairedBootstrap(better, worse, { resamples: 30, seed: 12 });
    expect(a).toEqual(b);
    expect(a.metrics.find((m) => m.metric === 'roc_auc')!.deltaInterval).not.toEqual(
      c.metrics.find((m) => m.metric === 'roc_auc')!.deltaInterval,
    );
  });

  it('gives the candidate its own intervals without a baseline, and only point values with 0 resamples', () => {
    const alone = pairedBootstrap(better, undefined, { resamples: 20 });
    expect(alone.metrics[0].baseline).toBeUndefined();
    expect(alone.metrics[0].candidateInterval).not.toBeNull();
    const none = pairedBootstrap(better, worse, { resamples: 0 });
    expect(none.metrics[0]).toMatchObject({ candidateInterval: null, deltaInterval: null, verdict: null });
    expect(none.metrics[0].delta).toBe(none.metrics[0].candidate - none.metrics[0].baseline!);
  });

  it('leaves out resamples where a metric is undefined and counts them', () => {
    // 2 positives in 40 rows: some resamples draw none, where ROC AUC is undefined.
    const labels = Int32Array.from({ length: 40 }, (_, i) => (i < 2 ? 1 : 0));
    const scores = Float64Array.from({ length: 40 }, (_, i) => (i < 2 ? 0.9 : i / 100));
    const result = pairedBootstrap(prepareBinary(labels, scores), undefined, { resamples: 200 });
    const auc = result.metrics.find((m) => m.metric === 'roc_auc')!;
    expect(auc.undefinedResamples).toBeGreaterThan(0);
    expect(auc.undefinedResamples).toBeLessThan(200);
    expect(auc.candidateInterval).not.toBeNull();
  });

  it('refuses models scored on different rows', () => {
    const other = binaryData(3000, 2, 0.9);
    expect(() => pairedBootstrap(better, prepareBinary(other.labels, other.positive), { resamples: 1 })).toThrow(/same rows/);
  });
});

describe('verdictOf', () => {
  it('reads the interval in the metric direction', () => {
    expect(verdictOf({ low: 0.01, high: 0.02 }, 'higher')).toBe('better');
    expect(verdictOf({ low: 0.01, high: 0.02 }, 'lower')).toBe('worse');
    expect(verdictOf({ low: -0.02, high: -0.01 }, 'lower')).toBe('better');
    expect(verdictOf({ low: -0.02, high: -0.01 }, 'higher')).toBe('worse');
    expect(verdictOf({ low: -0.01, high: 0.01 }, 'higher')).toBe('within noise');
    expect(verdictOf({ low: 0, high: 0.01 }, 'higher')).toBe('within noise');
  });
});

describe('weighted metrics equal the metrics of the resampled rows (property)', () => {
  const rowsArb = fc.array(
    fc.record({
      label: fc.integer({ min: 0, max: 2 }),
      scores: fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 10 })),
      count: fc.integer({ min: 0, max: 3 }),
    }),
    { minLength: 1, maxLength: 40 },
  );

  it('for multiclass with ties', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const probabilities = rows.flatMap((r) => {
          const total = r.scores[0] + r.scores[1] + r.scores[2];
          return r.scores.map((s) => s / total);
        });
        const labels = rows.map((r) => r.label);
        const counts = Uint8Array.from(rows.map((r) => r.count));
        if (counts.every((c) => c === 0)) counts[0] = 1;
        const weighted = scoreMetrics(
          prepareMetrics({ task: 'multiclass-classification', data: { labels, probabilities, classes: 3 } }),
          counts,
        );
        const expandedLabels: number[] = [];
        const expandedProbabilities: number[] = [];
        rows.forEach((_, i) => {
          for (let k = 0; k < counts[i]; k++) {
            expandedLabels.push(labels[i]);
            expandedProbabilities.push(...probabilities.slice(i * 3, i * 3 + 3));
          }
        });
        const expanded = scoreMetrics(
          prepareMetrics({
            task: 'multiclass-classification',
            data: { labels: expandedLabels, probabilities: expandedProbabilities, classes: 3 },
          }),
        );
        for (const name of Object.keys(expanded)) {
          if (Number.isNaN(expanded[name])) expect(weighted[name], name).toBeNaN();
          else expect(Math.abs(weighted[name] - expanded[name]), name).toBeLessThan(1e-12);
        }
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it('for regression, including constant and zero targets', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            actual: fc.integer({ min: -3, max: 3 }),
            predicted: fc.double({ min: -5, max: 5, noNaN: true }),
            count: fc.integer({ min: 0, max: 3 }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (rows) => {
          const counts = Uint8Array.from(rows.map((r) => r.count));
          if (counts.every((c) => c === 0)) counts[0] = 1;
          const weighted = scoreMetrics(
            prepareMetrics({ task: 'regression', data: { actual: rows.map((r) => r.actual), predicted: rows.map((r) => r.predicted) } }),
            counts,
          );
          const expanded = rows.flatMap((r, i) => Array.from({ length: counts[i] }, () => r));
          const direct = scoreMetrics(
            prepareMetrics({
              task: 'regression',
              data: { actual: expanded.map((r) => r.actual), predicted: expanded.map((r) => r.predicted) },
            }),
          );
          for (const name of Object.keys(direct))
            expect(Math.abs(weighted[name] - direct[name]), name).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(direct[name])));
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });

  it('ROC AUC equals the brute-force pair count with half credit for ties', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 6 })), { minLength: 2, maxLength: 60 }), (rows) => {
        const labels = rows.map(([positive]) => (positive ? 1 : 0));
        const scores = rows.map(([, s]) => s / 6);
        let pairs = 0;
        let credit = 0;
        for (const [pi, si] of rows)
          for (const [pj, sj] of rows)
            if (pi && !pj) {
              pairs++;
              credit += si > sj ? 1 : si === sj ? 0.5 : 0;
            }
        const auc = rocAuc(labels, scores);
        if (pairs === 0) expect(auc).toBeNaN();
        else expect(auc).toBeCloseTo(credit / pairs, 12);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
