// Drift verdicts on generated data: planted drift fires where planted and nowhere else, at a small
// and at a large reference, from profiles and from raw columns; a trivial shift on a million rows
// does not; Evidently's `auto` rules; options and the errors a user sees.
import { describe, expect, it } from 'vitest';
import { profileColumns } from '../../shared/drift/columns.js';
import { autoStatTest, compareProfiles, compareSamples, type DriftReport } from '../../shared/drift/compare.js';
import { getStatTest, statTestNames } from '../../shared/drift/registry.js';
import { UserError } from '../../shared/runtime/errors.js';
import { seededRandom } from '../../shared/stats/random.js';

function normals(count: number, seed: number, mean = 0, std = 1): Float64Array {
  const random = seededRandom(seed);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    out[i] = mean + std * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  }
  return out;
}

/** Categories a–d with the given weights, plus "new" taking `newShare` of the rows. */
function categories(count: number, seed: number, newShare = 0): string[] {
  const random = seededRandom(seed);
  const weights = [0.4, 0.3, 0.2, 0.1];
  return Array.from({ length: count }, () => {
    if (random() < newShare) return 'new';
    let u = random();
    for (let i = 0; i < weights.length; i++) if ((u -= weights[i]) < 0) return 'abcd'[i];
    return 'd';
  });
}

function binary(count: number, seed: number, share: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => (random() < share ? 1 : 0));
}

/** A reference and a current table: drift planted in `mean_shift`, `variance`, `new_category` only. */
function planted(count: number, seed: number) {
  const reference = {
    stable: normals(count, seed + 1),
    trivial_shift: normals(count, seed + 2),
    mean_shift: normals(count, seed + 3),
    variance: normals(count, seed + 4),
    stable_category: categories(count, seed + 5),
    new_category: categories(count, seed + 6),
    flag: binary(count, seed + 7, 0.3),
  };
  const current = {
    stable: normals(count, seed + 11),
    trivial_shift: normals(count, seed + 12, 0.01),
    mean_shift: normals(count, seed + 13, 0.5),
    variance: normals(count, seed + 14, 0, Math.SQRT2),
    stable_category: categories(count, seed + 15),
    new_category: categories(count, seed + 16, 0.2),
    flag: binary(count, seed + 17, 0.3),
  };
  return { reference, current };
}

const PLANTED = ['mean_shift', 'new_category', 'variance'];

function byColumn(report: DriftReport) {
  return Object.fromEntries(report.columns.map((c) => [c.column, c]));
}

describe('planted drift at a large reference (a million rows)', () => {
  const { reference, current } = planted(1_000_000, 100);
  const referenceProfile = profileColumns(reference);
  const currentProfile = profileColumns(current, { reference: referenceProfile });

  it('fires where planted and nowhere else, from profiles', () => {
    const report = compareProfiles(referenceProfile, currentProfile);
    expect([...report.driftedColumns].sort()).toEqual(PLANTED);
    const columns = byColumn(report);
    // Evidently's large-reference defaults.
    expect(columns.stable.method).toBe('wasserstein');
    expect(columns.new_category.method).toBe('jensenshannon');
    expect(columns.flag.method).toBe('jensenshannon');
    expect(columns.mean_shift.effect.value).toBeGreaterThan(0.45);
    expect(columns.new_category.effect).toMatchObject({ measure: 'total_variation' });
    expect(columns.new_category.effect.value).toBeCloseTo(0.2, 2);
    expect(columns.trivial_shift.effect.value).toBeLessThan(0.03);
    expect(report.datasetDrift).toBe(false);
    expect(report.driftShare).toBeCloseTo(3 / 7, 12);
    // Sorted by severity: the three drifted columns first.
    expect(
      report.columns
        .slice(0, 3)
        .map((c) => c.column)
        .sort(),
    ).toEqual(PLANTED);
  });

  it('from raw columns: the same verdicts, exact statistics', () => {
    const report = compareSamples(reference, current);
    expect([...report.driftedColumns].sort()).toEqual(PLANTED);
    expect(report.approximate).toBe(false);
    const fromProfiles = byColumn(compareProfiles(referenceProfile, currentProfile));
    for (const column of report.columns) {
      // The documented bound (shared/drift/README.md): 0.02 for normed Wasserstein at this size.
      if (column.method === 'wasserstein') {
        expect(Math.abs(column.statistic - fromProfiles[column.column].statistic)).toBeLessThan(0.02);
      } else expect(fromProfiles[column.column].statistic).toBeCloseTo(column.statistic, 12);
    }
  });

  it('a trivial shift (0.01 std) on a million rows: the KS test fires, the effect size keeps it from drifting', () => {
    const report = compareSamples(
      { trivial_shift: reference.trivial_shift, stable: reference.stable },
      { trivial_shift: current.trivial_shift, stable: current.stable },
      { method: 'ks' },
    );
    const trivial = byColumn(report).trivial_shift;
    expect(trivial.pValue!).toBeLessThan(0.05);
    expect(trivial.testDetected).toBe(true);
    expect(trivial.effect.value).toBeLessThan(0.02);
    expect(trivial.drifted).toBe(false);
    expect(report.driftedColumns).toEqual([]);
    // Without the effect-size rule, the test alone would call it drift: the complaint this rule answers.
    const testOnly = compareSamples(
      { trivial_shift: reference.trivial_shift },
      { trivial_shift: current.trivial_shift },
      { method: 'ks', minEffect: { numeric: 0 } },
    );
    expect(testOnly.driftedColumns).toEqual(['trivial_shift']);
  });
});

describe('planted drift at a small reference (1,000 rows): p-value tests', () => {
  const { reference, current } = planted(1000, 200);

  for (const [source, run] of [
    ['raw columns', () => compareSamples(reference, current)],
    ['profiles', () => compareProfiles(profileColumns(reference), profileColumns(current))],
  ] as const) {
    it(`fires where planted and nowhere else, from ${source}`, () => {
      const report = run();
      const columns = byColumn(report);
      expect(columns.stable.method).toBe('ks');
      expect(columns.stable_category.method).toBe('chisquare');
      expect(columns.flag.method).toBe('z');
      expect([...report.driftedColumns].sort()).toEqual(PLANTED);
      for (const name of PLANTED) expect(columns[name].pValue!).toBeLessThan(0.001);
    });
  }
});

describe("method 'auto' follows Evidently's defaults", () => {
  it('by reference size and distinct values', () => {
    expect(autoStatTest('numeric', 1000, 6)).toBe('ks');
    expect(autoStatTest('numeric', 1000, 5)).toBe('chisquare');
    expect(autoStatTest('numeric', 1000, 3)).toBe('chisquare');
    expect(autoStatTest('numeric', 1000, 2)).toBe('z');
    expect(autoStatTest('categorical', 1000, 3)).toBe('chisquare');
    expect(autoStatTest('categorical', 1000, 2)).toBe('z');
    expect(autoStatTest('numeric', 1001, 6)).toBe('wasserstein');
    expect(autoStatTest('numeric', 1001, 5)).toBe('jensenshannon');
    expect(autoStatTest('categorical', 1001, 2)).toBe('jensenshannon');
  });

  it('counts distinct values over reference and current together, and rows without missing cells', () => {
    // Reference: 2 values; current adds a third, so chi-square rather than z.
    const report = compareSamples({ c: ['a', 'b', 'a', null, 'b'] }, { c: ['a', 'b', 'c', 'c'] });
    expect(report.columns[0].method).toBe('chisquare');
    expect(report.columns[0].reference).toMatchObject({ count: 4, nulls: 1 });
    // 1,001 rows of which 2 are missing: a small reference.
    const values = Array.from({ length: 1001 }, (_, i) => (i < 2 ? null : (i % 17) + 0.5));
    expect(compareSamples({ x: values }, { x: values }).columns[0].method).toBe('ks');
  });

  it('every column reports PSI and both kinds of effect size where they apply', () => {
    const { reference, current } = planted(2000, 300);
    const columns = byColumn(compareSamples(reference, current));
    for (const column of Object.values(columns)) expect(Number.isFinite(column.psi)).toBe(true);
    expect(columns.mean_shift.cohensD!).toBeGreaterThan(0.4);
    expect(columns.mean_shift.cramersV).toBeNull();
    expect(columns.new_category.cramersV!).toBeGreaterThan(0.1);
    expect(columns.new_category.cohensD).toBeNull();
  });
});

describe('options', () => {
  const { reference, current } = planted(3000, 400);

  it('per-column method, threshold and minimum effect', () => {
    const report = compareSamples(reference, current, {
      columns: {
        stable: { method: 'ks', threshold: 0.5 },
        mean_shift: { minEffect: 0.9 },
        new_category: { method: 'psi', threshold: 0.2 },
      },
    });
    const columns = byColumn(report);
    expect(columns.stable).toMatchObject({ method: 'ks', methodChosenBy: 'option', threshold: 0.5 });
    expect(columns.mean_shift).toMatchObject({ testDetected: true, drifted: false });
    expect(columns.mean_shift.effect.minimum).toBe(0.9);
    expect(columns.new_category).toMatchObject({ method: 'psi', threshold: 0.2, drifted: true });
    expect(columns.new_category.psi).toBe(columns.new_category.statistic);
    expect(report.options.columns.stable).toEqual({ method: 'ks', threshold: 0.5 });
  });

  it('numeric and categorical methods apart, as Evidently’s num_stattest / cat_stattest', () => {
    const report = compareSamples(reference, current, { numericMethod: 'ks', categoricalMethod: 'chisquare' });
    const columns = byColumn(report);
    expect(columns.stable.method).toBe('ks');
    expect(columns.new_category.method).toBe('chisquare');
  });

  it('dataset drift when the share of drifted columns reaches drift-share; skip, include and exclude', () => {
    expect(compareSamples(reference, current, { driftShare: 3 / 7 }).datasetDrift).toBe(true);
    expect(compareSamples(reference, current, { driftShare: 0.5 }).datasetDrift).toBe(false);
    const only = compareSamples(reference, current, {
      include: ['mean_shift', 'stable'],
      columns: { stable: { skip: true } },
    });
    expect(only.columns.map((c) => c.column)).toEqual(['mean_shift']);
    expect(only.datasetDrift).toBe(true);
    const without = compareSamples(reference, current, { exclude: PLANTED });
    expect(without.driftedColumns).toEqual([]);
  });

  it('a prediction column is a column like any other, reported as prediction drift too', () => {
    const report = compareSamples(reference, current, { predictionColumn: 'mean_shift' });
    expect(report.predictionDrift).toEqual({ column: 'mean_shift', drifted: true, method: 'wasserstein' });
    expect(byColumn(report).mean_shift.role).toBe('prediction');
  });

  it('columns that cannot be compared are listed with the reason', () => {
    const report = compareSamples(
      { a: [1, 2, 3], gone: [1, 2, 3], empty: [1, 2, 3] },
      { a: [1, 2, 3], empty: [null, null, null], extra: ['x', 'y', 'z'] },
    );
    expect(report.skipped).toEqual([
      { column: 'gone', reason: 'missing from the current data' },
      { column: 'empty', reason: 'no values in the current data (every cell is missing)' },
      { column: 'extra', reason: 'not in the reference data' },
    ]);
  });

  it('the report is plain JSON', () => {
    const report = compareProfiles(profileColumns(reference), profileColumns(current));
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('profile columns the comparison cannot read as numbers or categories', () => {
  it('datetime, high-cardinality text and a numeric column that turned into text are skipped with reasons', () => {
    const count = 3000;
    const reference = profileColumns({
      when: Array.from({ length: count }, (_, i) => `2026-01-${String((i % 28) + 1).padStart(2, '0')}`),
      id: Array.from({ length: count }, (_, i) => `user-${i}`),
      amount: Array.from({ length: count }, (_, i) => i * 1.5),
    });
    const current = profileColumns({
      when: Array.from({ length: count }, (_, i) => `2026-02-${String((i % 28) + 1).padStart(2, '0')}`),
      id: Array.from({ length: count }, (_, i) => `user-${i + count}`),
      amount: Array.from({ length: count }, (_, i) => `n/a-${i % 3}`),
    });
    const report = compareProfiles(reference, current);
    expect(report.columns).toEqual([]);
    expect(report.skipped.map((s) => s.column)).toEqual(['when', 'id', 'amount']);
    expect(report.skipped[0].reason).toMatch(/datetime/);
    expect(report.skipped[1].reason).toMatch(/text with about 3,000 distinct values/);
    expect(report.skipped[2].reason).toMatch(/no numeric values in the current data/);
  });
});

describe('errors a user can act on', () => {
  const reference = { amount: [1, 2, 3, 4, 5, 6, 7], city: ['a', 'b', 'a', 'b', 'c', 'a', 'b'] };

  it('an unknown test name lists the known ones and suggests the likely one', () => {
    expect(() => getStatTest('wasserstien')).toThrow(UserError);
    expect(() => getStatTest('wasserstien')).toThrow(/did you mean "wasserstein"\?.*Known tests: ks, chisquare, z,/);
    expect(statTestNames()).toEqual(['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi']);
    expect(() => compareSamples(reference, reference, { method: 'kss' as never })).toThrow(/did you mean "ks"/);
  });

  it('a test that does not fit a column, a bad threshold, an option naming no column', () => {
    expect(() => compareSamples(reference, reference, { method: 'ks' })).toThrow(
      /The ks test does not apply to the categorical column "city"; use one of: chisquare, z, jensenshannon, psi/,
    );
    expect(() => compareSamples(reference, reference, { columns: { amount: { method: 'ks', threshold: 5 } } })).toThrow(
      /threshold 5 for column "amount" must be a p-value between 0 and 1/,
    );
    expect(() => compareSamples(reference, reference, { columns: { amout: { method: 'ks' } } })).toThrow(
      /"amout", which is not a column of the reference data \(did you mean "amount"\?\)/,
    );
    expect(() => compareSamples(reference, reference, { driftShare: 0 })).toThrow(/drift-share must be in \(0, 1\]/);
  });
});

describe('the registry', () => {
  it('describes each test as Evidently does: kinds, default threshold, p-value or distance', () => {
    const described = statTestNames().map((name) => {
      const t = getStatTest(name);
      return [name, t.appliesTo.join('+'), t.defaultThreshold, t.thresholdKind];
    });
    expect(described).toEqual([
      ['ks', 'numeric', 0.05, 'p_value'],
      ['chisquare', 'categorical+numeric', 0.05, 'p_value'],
      ['z', 'categorical+numeric', 0.05, 'p_value'],
      ['wasserstein', 'numeric', 0.1, 'distance'],
      ['jensenshannon', 'categorical+numeric', 0.1, 'distance'],
      ['psi', 'categorical+numeric', 0.1, 'distance'],
    ]);
  });
});
