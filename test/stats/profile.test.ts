import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeProfiles, profileData, QUANTILES, type ColumnProfile, type DataProfile } from '../../shared/data/profile.js';
import { loadTable } from '../../shared/data/table.js';

const dir = path.resolve('test/fixtures/profile');
interface Expected {
  rows: number;
  duplicateRowShare: number;
  columns: Record<
    string,
    {
      count: number;
      nulls: number;
      distinct: number;
      mean?: number;
      std?: number;
      min?: number;
      max?: number;
      quantiles?: Record<string, number>;
      top?: [string, number][];
    }
  >;
}
const expected: Record<string, Expected> = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));

function close(actual: number | null | string, wanted: number, relative = 1e-12): void {
  expect(typeof actual).toBe('number');
  const scale = Math.max(Math.abs(wanted), 1e-300);
  expect(Math.abs((actual as number) - wanted) / scale, `${actual} vs ${wanted}`).toBeLessThanOrEqual(relative);
}

function column(profile: DataProfile, name: string): ColumnProfile {
  const found = profile.columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${name}`);
  return found;
}

/** Checks exact statistics against pandas, and quantiles within the sketch's rank bound against the data. */
async function checkAgainstPandas(profile: DataProfile, file: string): Promise<void> {
  const want = expected[file];
  expect(profile.table.rows).toBe(want.rows);
  const table = await loadTable(file, { cwd: dir });
  for (const [name, w] of Object.entries(want.columns)) {
    const got = column(profile, name);
    expect(got.count, name).toBe(w.count);
    expect(got.nulls, name).toBe(w.nulls);
    if (w.mean === undefined) {
      expect(got.distinct, name).toBe(w.distinct);
      // pandas orders ties arbitrarily: compare each value's count, and the sequence of counts.
      const counts = new Map(w.top!);
      if (!got.topExact) {
        // Merged from saved profiles with fewer counters: each count low by at most the error.
        const error = got.sketch.text.error;
        expect(error).toBeGreaterThan(0);
        for (const t of got.topCategories!) {
          expect(t.count).toBeLessThanOrEqual(counts.get(t.value)!);
          expect(t.count).toBeGreaterThanOrEqual(counts.get(t.value)! - error);
        }
        continue;
      }
      for (const t of got.topCategories!) expect(t.count, `${name}=${t.value}`).toBe(counts.get(t.value));
      expect(got.topCategories!.map((t) => t.count)).toEqual(w.top!.slice(0, got.topCategories!.length).map((t) => t[1]));
      continue;
    }
    // Distinct counts are exact up to 1,024 values, then HyperLogLog (standard error 1.6%).
    if (got.distinctExact) expect(got.distinct, name).toBe(w.distinct);
    else expect(Math.abs(got.distinct - w.distinct) / w.distinct).toBeLessThan(0.05);
    close(got.mean, w.mean);
    close(got.std, w.std!);
    close(got.min as number, w.min!, 0);
    close(got.max as number, w.max!, 0);
    const values = table.values
      .get(name)!
      .filter((v): v is string => v !== null)
      .map(Number)
      .sort((a, b) => a - b);
    const n = values.length;
    for (const [key, q] of Object.entries(QUANTILES)) {
      const value = got.quantiles![key as keyof typeof QUANTILES];
      if (got.quantileRankError === 0) {
        close(value, w.quantiles![key], 1e-12);
        continue;
      }
      // The value's rank range in the data must come within ε·n of the requested rank q·(n−1).
      const below = values.filter((v) => v < value).length;
      const atOrBelow = values.filter((v) => v <= value).length;
      const target = q * (n - 1);
      const distance = target < below ? below - target : target > atOrBelow - 1 ? target - (atOrBelow - 1) : 0;
      expect(distance / n, `${name} ${key}`).toBeLessThanOrEqual(got.quantileRankError);
    }
  }
}

describe('profile against pandas', () => {
  it('small file: every statistic exact, quantiles included', async () => {
    const profile = await profileData('small.csv', { cwd: dir });
    expect(column(profile, 'normal').quantileRankError).toBe(0);
    await checkAgainstPandas(profile, 'small.csv');
  });

  it('3,004 rows: mean/std/min/max to 1e-12, quantiles within the stated rank error', async () => {
    const profile = await profileData('basic.csv', { cwd: dir });
    await checkAgainstPandas(profile, 'basic.csv');
    expect(profile.table.duplicateRowShare).toBeCloseTo(expected['basic.csv'].duplicateRowShare, 15);
    expect(profile.table.duplicateRowShareExact).toBe(true);
    expect(column(profile, 'count').type).toBe('integer');
    expect(column(profile, 'normal').type).toBe('number');
    expect(column(profile, 'plan').type).toBe('category');
    expect(column(profile, 'city').type).toBe('string');
    const flag = column(profile, 'flag');
    expect(flag.topCategories!.map((t) => t.value).sort()).toEqual(['0', '1']);
    const plan = column(profile, 'plan');
    expect(plan.otherShare).toBe(0);
    const city = column(profile, 'city');
    const shown = city.topCategories!.reduce((sum, t) => sum + t.count, 0);
    expect(city.otherShare).toBeCloseTo((city.count - shown) / city.count, 15);
    // Histogram counts add up to the values (estimated from the sketch, so within its bound per bin).
    const normal = column(profile, 'normal');
    const total = normal.histogram!.counts.reduce((a, b) => a + b, 0);
    expect(Math.abs(total - normal.count)).toBeLessThanOrEqual(normal.histogram!.counts.length);
  });

  it('profiles of parts merge into the profile of the whole', async () => {
    const whole = await profileData('basic.csv', { cwd: dir });
    const a = await profileData('part_a.csv', { cwd: dir });
    const b = await profileData('part_b.csv', { cwd: dir });
    // Through JSON, as saved profiles are.
    const merged = mergeProfiles(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
    await checkAgainstPandas(merged, 'basic.csv');
    expect(merged.table.rows).toBe(whole.table.rows);
    expect(merged.table.duplicateRowShare).toBeCloseTo(whole.table.duplicateRowShare, 12);
    for (const c of whole.columns) {
      const m = column(merged, c.name);
      expect(m.type).toBe(c.type);
      expect(m.count).toBe(c.count);
      expect(m.nulls).toBe(c.nulls);
      expect(m.min).toEqual(c.min);
      expect(m.max).toEqual(c.max);
      if (c.mean !== null) {
        close(m.mean, c.mean);
        close(m.std, c.std!);
      }
      if (c.type === 'category') expect(m.topCategories).toEqual(c.topCategories);
    }
  });
});
