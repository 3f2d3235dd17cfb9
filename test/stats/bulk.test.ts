// The profile hands values to its sketches in batches (data/profile.ts). Each bulk path must
// leave exactly the state that adding the same values one by one leaves.
import { describe, expect, it } from 'vitest';
import { hashNumber } from '../../shared/data/row.js';
import { FrequentItems } from '../../shared/stats/frequent.js';
import { HashCounts } from '../../shared/stats/hash-table.js';
import { DistinctCounter } from '../../shared/stats/hll.js';
import { KllSketch } from '../../shared/stats/kll.js';
import { Moments } from '../../shared/stats/moments.js';
import { seededRandom } from '../../shared/stats/random.js';

/** JSON that keeps −0 apart from 0, so a sign change shows. */
const exactly = (value: unknown) => JSON.stringify(value, (_, v) => (Object.is(v, -0) ? '-0' : v));

/** Feeds `values` through `addMany` in batches of random sizes (1 to 700). */
function inBatches(values: Float64Array, seed: number, addMany: (xs: Float64Array, count: number) => void): void {
  const random = seededRandom(seed);
  const batch = new Float64Array(700);
  for (let i = 0; i < values.length; ) {
    const count = Math.min(values.length - i, 1 + Math.floor(random() * 700));
    batch.set(values.subarray(i, i + count));
    addMany(batch, count);
    i += count;
  }
}

function data(n: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  // Ties, both zeros and a wide range: what could make an order-dependent sketch drift.
  return Float64Array.from({ length: n }, () => {
    const u = random();
    return u < 0.05 ? -0 : u < 0.1 ? 0 : u < 0.3 ? Math.floor(random() * 20) : (random() - 0.5) * 1e6;
  });
}

describe('bulk adds equal one-by-one adds', () => {
  it('KLL: below, across and far past the point where the sampler starts, alone and as a later part', () => {
    for (const [n, itemsBefore] of [
      [200, 0],
      [5_000, 0],
      [260_000, 0],
      [150_000, 99_990],
      [120_000, 1_500_000],
    ]) {
      const values = data(n, n + itemsBefore);
      const one = new KllSketch(256, 7, itemsBefore);
      for (const x of values) one.add(x);
      const bulk = new KllSketch(256, 7, itemsBefore);
      inBatches(values, n, (xs, count) => bulk.addMany(xs, count));
      expect(exactly(bulk.toJSON())).toBe(exactly(one.toJSON()));
      expect(bulk.quantiles([0.01, 0.5, 0.99])).toEqual(one.quantiles([0.01, 0.5, 0.99]));
      // With the extremes handed in (as the profile does, from its moments).
      const moments = new Moments();
      const given = new KllSketch(256, 7, itemsBefore);
      inBatches(values, n, (xs, count) => {
        moments.addMany(xs, count);
        given.addMany(xs, count, moments.min, moments.max);
      });
      expect(exactly(given.toJSON())).toBe(exactly(one.toJSON()));
    }
  });

  it('moments: the same arithmetic, bit for bit', () => {
    const values = data(50_000, 3).map((x) => x + 1e9);
    const one = new Moments();
    for (const x of values) one.add(x);
    const bulk = new Moments();
    inBatches(values, 3, (xs, count) => bulk.addMany(xs, count));
    expect(exactly(bulk.toJSON())).toBe(exactly(one.toJSON()));
  });

  it('distinct: the same exact set (in the same order) below 1,024 values, the same registers past it', () => {
    for (const distinct of [500, 1_024, 1_025, 30_000]) {
      const random = seededRandom(distinct);
      const hashes = Float64Array.from({ length: 40_000 }, () => hashNumber(Math.floor(random() * distinct)));
      const one = new DistinctCounter();
      for (const h of hashes) one.add(h);
      const bulk = new DistinctCounter();
      inBatches(hashes, distinct, (xs, count) => bulk.addMany(xs, count));
      expect(bulk.toJSON()).toEqual(one.toJSON());
      expect(bulk.estimate()).toBe(one.estimate());
    }
  });
});

describe('HashCounts', () => {
  it('counts like a Map through growth and filtering', () => {
    const random = seededRandom(11);
    const table = new HashCounts(1 << 14);
    const reference = new Map<number, number>();
    const before: number[] = [];
    const expected: number[] = [];
    for (let i = 0; i < 60_000; i++) {
      const hash = hashNumber(Math.floor(random() * 20_000));
      before.push(table.add(hash));
      expected.push(reference.get(hash) ?? 0);
      reference.set(hash, (reference.get(hash) ?? 0) + 1);
      if (i === 30_000) {
        const threshold = 2 ** 52;
        table.filter((h) => h < threshold);
        for (const h of [...reference.keys()]) if (h >= threshold) reference.delete(h);
      }
    }
    expect(before).toEqual(expected);
    expect(table.size).toBe(reference.size);
    expect(table.total()).toBe([...reference.values()].reduce((a, b) => a + b, 0));
    expect(new Map(table.entries())).toEqual(reference);
  });
});

describe('HashCounts table reuse', () => {
  it('a released table, reused by the next one, starts empty', () => {
    const random = seededRandom(21);
    const fill = (table: HashCounts, n: number) => {
      const reference = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        const hash = hashNumber(Math.floor(random() * n));
        table.add(hash);
        reference.set(hash, (reference.get(hash) ?? 0) + 1);
      }
      return reference;
    };
    const first = new HashCounts(1 << 17);
    fill(first, 100_000);
    first.release();
    expect(first.size).toBe(0);
    expect(first.entries()).toEqual([]);
    // The next tables take the spare ones (the first's grown and released tables).
    const second = new HashCounts(1 << 17);
    const reference = fill(second, 100_000);
    expect(second.size).toBe(reference.size);
    expect(new Map(second.entries())).toEqual(reference);
    expect(fill(first, 1_000).size).toBe(first.size);
  });
});

describe('FrequentItems', () => {
  /** Misra–Gries as the class documents it, with plain Map counts. */
  function reference(items: string[], capacity: number) {
    const counts = new Map<string, number>();
    let error = 0;
    const prune = () => {
      if (counts.size <= capacity) return;
      const cut = [...counts.values()].sort((a, b) => b - a)[capacity];
      for (const [item, count] of counts) {
        if (count <= cut) counts.delete(item);
        else counts.set(item, count - cut);
      }
      error += cut;
    };
    for (const item of items) {
      counts.set(item, (counts.get(item) ?? 0) + 1);
      if (counts.size > 2 * capacity) prune();
    }
    prune();
    return { counts, error };
  }

  it('keeps the same counts and error as plain Misra–Gries, exact and pruned', () => {
    const random = seededRandom(5);
    const items = Array.from({ length: 30_000 }, () => `v${Math.floor(random() ** 3 * 3_000)}`);
    for (const capacity of [100, 5_000]) {
      const sketch = new FrequentItems(capacity);
      for (const item of items) sketch.add(item);
      const { counts, error } = reference(items, capacity);
      const state = sketch.toJSON();
      expect(state.error).toBe(error);
      expect(new Map(state.items)).toEqual(counts);
      expect(state.total).toBe(items.length);
    }
  });
});
