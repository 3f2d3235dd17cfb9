// Statistics from profiles against the same statistics from raw rows: identical where the profile
// is exact (few values, small columns, categories), within the bounds shared/drift/README.md
// states where it is a sketch, and the same for a profile merged from shards.
import { describe, expect, it } from 'vitest';
import { mergeProfiles } from '../../shared/data/profile.js';
import { profileColumns } from '../../shared/drift/columns.js';
import { compareProfiles, compareSamples } from '../../shared/drift/compare.js';
import { seededRandom } from '../../shared/stats/random.js';

function normals(count: number, seed: number, mean = 0, std = 1): Float64Array {
  const random = seededRandom(seed);
  return Float64Array.from({ length: count }, () => mean + std * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));
}

function integers(count: number, seed: number, levels: number, shift = 0): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => Math.min(levels - 1, Math.floor(random() ** (1 + shift) * levels)));
}

const TESTS = ['ks', 'wasserstein', 'jensenshannon', 'psi', 'chisquare'] as const;

describe('where the profile holds the data exactly, every statistic equals the raw one', () => {
  it('fewer than 256 values (the sketch still holds each one)', () => {
    const reference = { x: normals(200, 1) };
    const current = { x: normals(180, 2, 0.3) };
    for (const method of TESTS.slice(0, 4)) {
      const raw = compareSamples(reference, current, { method }).columns[0];
      const profiled = compareProfiles(profileColumns(reference), profileColumns(current), { method }).columns[0];
      expect(profiled.exact).toBe(true);
      expect(profiled.statistic).toBeCloseTo(raw.statistic, 12);
      expect(profiled.pValue ?? 0).toBeCloseTo(raw.pValue ?? 0, 12);
      expect(profiled.effect.value).toBeCloseTo(raw.effect.value, 12);
      expect(profiled.psi).toBeCloseTo(raw.psi, 12);
    }
  });

  it('a numeric column with at most 64 values, at any size (its exact value counts)', () => {
    const reference = { level: integers(200_000, 3, 40) };
    const current = { level: integers(150_000, 4, 40, 0.05) };
    for (const method of TESTS) {
      const raw = compareSamples(reference, current, { method }).columns[0];
      const profiled = compareProfiles(profileColumns(reference), profileColumns(current), { method }).columns[0];
      expect(profiled.exact).toBe(true);
      expect(profiled.statistic).toBeCloseTo(raw.statistic, 10);
      if (raw.pValue !== null) expect(Math.abs(profiled.pValue! - raw.pValue)).toBeLessThan(1e-12);
      expect(profiled.effect.value).toBeCloseTo(raw.effect.value, 12);
    }
  });

  it('categories (the saved counters are exact up to 200 values)', () => {
    const random = seededRandom(9);
    const pick = (shift: number) => Array.from({ length: 100_000 }, () => `v${Math.floor(random() ** (1 + shift) * 150)}`);
    const reference = { c: pick(0) };
    const current = { c: pick(0.1) };
    for (const method of ['chisquare', 'jensenshannon', 'psi', 'z'] as const) {
      const raw = compareSamples(reference, current, { method }).columns[0];
      const profiled = compareProfiles(profileColumns(reference), profileColumns(current), { method }).columns[0];
      expect(profiled.exact).toBe(true);
      expect(profiled.statistic).toBeCloseTo(raw.statistic, 10);
      expect(profiled.effect.value).toBeCloseTo(raw.effect.value, 12);
    }
  });
});

describe('from sketches, within the documented bounds (shared/drift/README.md)', () => {
  const count = 100_000;
  const cases = {
    stable: [normals(count, 11), normals(count, 12)],
    shifted: [normals(count, 13), normals(count, 14, 0.2)],
    wider: [normals(count, 15), normals(count, 16, 0, 1.3)],
  } as const;
  const reference = Object.fromEntries(Object.entries(cases).map(([name, [a]]) => [name, a]));
  const current = Object.fromEntries(Object.entries(cases).map(([name, [, b]]) => [name, b]));
  const referenceProfile = profileColumns(reference);
  const currentProfile = profileColumns(current);

  // Bounds for n = 100,000 light-tailed columns: measured worst over 5 seeds × 5 shapes × 4 changes, with margin.
  const bounds = { ks: 0.01, wasserstein: 0.02, jensenshannon: 0.05, psi: 0.1 } as const;
  for (const [method, bound] of Object.entries(bounds)) {
    it(`${method}: |profile − raw| < ${bound}`, () => {
      const raw = compareSamples(reference, current, { method: method as keyof typeof bounds });
      const profiled = compareProfiles(referenceProfile, currentProfile, { method: method as keyof typeof bounds });
      expect(profiled.approximate).toBe(true);
      for (const column of raw.columns) {
        const other = profiled.columns.find((c) => c.column === column.column)!;
        expect(Math.abs(other.statistic - column.statistic), `${method} ${column.column}`).toBeLessThan(bound);
        expect(other.drifted).toBe(column.drifted);
      }
    });
  }

  it('a profile merged from shards compares like the profile of the whole', () => {
    const half = count / 2;
    const shard = (part: 0 | 1) =>
      profileColumns(
        Object.fromEntries(Object.entries(current).map(([name, values]) => [name, values.slice(part * half, (part + 1) * half)])),
      );
    const merged = mergeProfiles(shard(0), shard(1));
    const whole = compareProfiles(referenceProfile, currentProfile);
    const sharded = compareProfiles(referenceProfile, merged);
    expect(sharded.driftedColumns).toEqual(whole.driftedColumns);
    for (const column of whole.columns) {
      const other = sharded.columns.find((c) => c.column === column.column)!;
      expect(Math.abs(other.statistic - column.statistic)).toBeLessThan(bounds.wasserstein);
    }
  });
});
