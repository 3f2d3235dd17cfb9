import { describe, expect, it } from 'vitest';
import { hashNumber, hashText } from '../../shared/data/row.js';
import { FrequentItems } from '../../shared/stats/frequent.js';
import { HashSample } from '../../shared/stats/hash-sample.js';
import { DistinctCounter } from '../../shared/stats/hll.js';
import { KllSketch, KLL_RANK_ERROR } from '../../shared/stats/kll.js';
import { Moments } from '../../shared/stats/moments.js';
import { seededRandom } from '../../shared/stats/random.js';

const QS = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];

/** Worst distance, as a share of n, between the requested rank q·(n−1) and the returned value's rank range. */
function worstRankError(sorted: Float64Array, values: (number | null)[]): number {
  const n = sorted.length;
  let worst = 0;
  values.forEach((value, i) => {
    const v = value!;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    const below = lo;
    hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    const last = lo - 1;
    const target = QS[i] * (n - 1);
    const distance = target < below ? below - target : target > last ? target - last : 0;
    worst = Math.max(worst, distance / n);
  });
  return worst;
}

describe('KLL quantile sketch', () => {
  it(`stays within the stated rank error (${KLL_RANK_ERROR}) over many runs, alone and merged`, () => {
    let worst = 0;
    let worstMerged = 0;
    for (let trial = 0; trial < 40; trial++) {
      const random = seededRandom(trial + 100);
      const n = 20000 + trial * 500;
      const data = new Float64Array(n);
      // Mixtures with ties and heavy tails.
      for (let i = 0; i < n; i++)
        data[i] = trial % 3 === 0 ? Math.floor(random() * 50) : trial % 3 === 1 ? -Math.log(random()) * 1e3 : random() - 0.5 + (i % 7);
      const whole = new KllSketch(undefined, trial + 1);
      const parts = [new KllSketch(undefined, 7), new KllSketch(undefined, 8), new KllSketch(undefined, 9)];
      data.forEach((x, i) => {
        whole.add(x);
        parts[i % 3].add(x);
      });
      const merged = KllSketch.from(parts[0].toJSON()).merge(parts[1].toJSON()).merge(parts[2]);
      const sorted = data.slice().sort();
      worst = Math.max(worst, worstRankError(sorted, whole.quantiles(QS)));
      worstMerged = Math.max(worstMerged, worstRankError(sorted, merged.quantiles(QS)));
      expect(merged.n).toBe(n);
      expect(merged.min).toBe(sorted[0]);
      expect(merged.max).toBe(sorted[n - 1]);
    }
    console.log(`KLL k=256 worst normalized rank error over 40 runs: ${worst.toFixed(5)} alone, ${worstMerged.toFixed(5)} merged`);
    expect(worst).toBeLessThanOrEqual(KLL_RANK_ERROR);
    expect(worstMerged).toBeLessThanOrEqual(KLL_RANK_ERROR);
  });

  it('stays within the bound past the sampler threshold (millions of values)', () => {
    let worst = 0;
    for (let trial = 0; trial < 3; trial++) {
      const random = seededRandom(trial + 7);
      const n = 2_000_000;
      const data = new Float64Array(n);
      for (let i = 0; i < n; i++)
        data[i] = trial === 0 ? Math.floor(random() * 1000) : trial === 1 ? -Math.log(random()) : (i % 1000) + random();
      // The second half is sketched as a worker would: told how many items came before it.
      const halves = [new KllSketch(undefined, 1), new KllSketch(undefined, 2, n / 2)];
      data.forEach((x, i) => halves[i < n / 2 ? 0 : 1].add(x));
      const merged = KllSketch.from(halves[0].toJSON()).merge(halves[1].toJSON());
      const sorted = data.slice().sort();
      worst = Math.max(
        worst,
        worstRankError(
          sorted,
          halves[0].quantiles(QS).map((v) => v),
        ),
        worstRankError(sorted, merged.quantiles(QS)),
      );
    }
    console.log(`KLL with sampler, 2M values: worst normalized rank error ${worst.toFixed(5)}`);
    expect(worst).toBeLessThanOrEqual(KLL_RANK_ERROR);
  });

  it('is exact (numpy linear interpolation) while it holds every item', () => {
    const sketch = new KllSketch();
    const data = [5, 1, 4, 2, 3, 10];
    data.forEach((x) => sketch.add(x));
    // numpy.quantile([1,2,3,4,5,10], [0.25, 0.5, 0.99]) = 2.25, 3.5, 9.75
    expect(sketch.quantiles([0.25, 0.5, 0.99])).toEqual([2.25, 3.5, 9.75]);
  });

  it('keeps memory bounded', () => {
    const sketch = new KllSketch();
    for (let i = 0; i < 1_000_000; i++) sketch.add(i);
    expect(sketch.n).toBe(1_000_000);
    const stored = sketch.toJSON().levels.reduce((sum, level) => sum + level.length, 0);
    // About 4k items: level 0 holds k, the levels above shrink geometrically.
    expect(stored).toBeLessThan(4 * 256);
    expect(stored).toBeGreaterThan(256);
  });
});

describe('Moments', () => {
  it('merge equals the one-pass result', () => {
    const random = seededRandom(3);
    const values = Array.from({ length: 5000 }, () => 1e6 + random());
    const whole = new Moments();
    const a = new Moments();
    const b = new Moments();
    values.forEach((x, i) => {
      whole.add(x);
      (i < 1234 ? a : b).add(x);
    });
    const merged = Moments.from(a.toJSON()).merge(b.toJSON());
    expect(Math.abs(merged.mean! - whole.mean!) / whole.mean!).toBeLessThan(1e-14);
    expect(Math.abs(merged.std! - whole.std!) / whole.std!).toBeLessThan(1e-11);
    expect(merged.count).toBe(5000);
  });
});

describe('DistinctCounter', () => {
  it('is exact up to 1,024 values and within 5% (3 standard errors) after', () => {
    for (const n of [10, 1024, 5000, 200_000]) {
      const counter = new DistinctCounter();
      for (let i = 0; i < n; i++) counter.add(hashNumber(i));
      for (let i = 0; i < n; i += 2) counter.add(hashNumber(i)); // repeats change nothing
      if (n <= 1024) expect(counter.estimate()).toBe(n);
      else expect(Math.abs(counter.estimate() - n) / n).toBeLessThan(0.05);
    }
  });
  it('merges', () => {
    const a = new DistinctCounter();
    const b = new DistinctCounter();
    for (let i = 0; i < 30000; i++) a.add(hashText(`a${i}`));
    for (let i = 15000; i < 45000; i++) b.add(hashText(`a${i}`));
    const merged = DistinctCounter.from(a.toJSON()).merge(b.toJSON());
    expect(Math.abs(merged.estimate() - 45000) / 45000).toBeLessThan(0.05);
  });
});

describe('FrequentItems', () => {
  it('is exact below capacity, and bounds the error above it', () => {
    const items = new FrequentItems(10);
    const random = seededRandom(5);
    const truth = new Map<string, number>();
    for (let i = 0; i < 20000; i++) {
      const value = random() < 0.5 ? `hot${Math.floor(random() * 3)}` : `cold${Math.floor(random() * 5000)}`;
      truth.set(value, (truth.get(value) ?? 0) + 1);
      items.add(value);
    }
    expect(items.error).toBeLessThanOrEqual(20000 / 11);
    for (const [value, count] of items.top(3)) {
      expect(value).toMatch(/^hot/);
      expect(count).toBeLessThanOrEqual(truth.get(value)!);
      expect(count).toBeGreaterThanOrEqual(truth.get(value)! - items.error);
    }
    const exact = new FrequentItems(10);
    ['a', 'b', 'a', 'c'].forEach((v) => exact.add(v));
    expect(exact.top(2)).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(exact.error).toBe(0);
  });
});

describe('HashSample (duplicate share)', () => {
  it('is exact while the values fit, and an estimate from a sample after', () => {
    const exact = new HashSample(1000);
    [1, 2, 2, 3, 3, 3].forEach((x) => exact.add(hashNumber(x)));
    expect(exact.duplicateShare()).toBe(3 / 6);
    expect(exact.isExact).toBe(true);

    const sampled = new HashSample(4096);
    const random = seededRandom(9);
    let duplicates = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const repeat = i > 0 && random() < 0.1;
      if (repeat) duplicates++;
      sampled.add(hashNumber(repeat ? Math.floor(random() * i) : i));
    }
    expect(sampled.isExact).toBe(false);
    // Every repeat names a value seen before: 10% duplicates, ± sampling error of a 2,048+ value sample.
    expect(Math.abs(sampled.duplicateShare() - duplicates / n)).toBeLessThan(0.02);
  });
});
