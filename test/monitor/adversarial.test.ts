import { describe, expect, test } from 'vitest';
import { adversarialValidation } from '../../shared/drift/adversarial.js';
import { compareSamples } from '../../shared/drift/compare.js';
import type { RowSample } from '../../shared/drift/scan.js';
import { seededRandom } from '../../shared/stats/random.js';

function normals(seed: number) {
  const random = seededRandom(seed);
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Two standard normal columns with correlation rho, and a category independent of them. */
function sample(rows: number, rho: number, seed: number): RowSample {
  const z = normals(seed);
  const random = seededRandom(seed + 100);
  return {
    columns: ['x', 'y', 'plan'],
    seen: rows,
    rows: Array.from({ length: rows }, () => {
      const x = z();
      const y = rho * x + Math.sqrt(1 - rho * rho) * z();
      return [x, y, random() < 0.3 ? 'basic' : 'pro'];
    }),
  };
}

const columns = [
  { name: 'x', kind: 'numeric' as const },
  { name: 'y', kind: 'numeric' as const },
  { name: 'plan', kind: 'categorical' as const },
];

const table = (s: RowSample) => Object.fromEntries(s.columns.map((name, i) => [name, s.rows.map((row) => row[i])]));

describe('adversarial validation', () => {
  test('a changed correlation that no single column shows is caught, and its two columns named', () => {
    const reference = sample(3000, 0, 1);
    const current = sample(3000, 0.9, 2);
    // Column by column nothing moved: same marginals.
    const byColumn = compareSamples(table(reference) as never, table(current) as never);
    expect(byColumn.driftedColumns).toEqual([]);
    const result = adversarialValidation(reference, current, columns);
    expect(result.auc).toBeGreaterThan(0.75);
    expect(result.drifted).toBe(true);
    expect(result.foldAucs).toHaveLength(5);
    expect(
      result.columns
        .slice(0, 2)
        .map((c) => c.column)
        .sort(),
    ).toEqual(['x', 'y']);
    expect(result.columns.reduce((sum, c) => sum + c.importance, 0)).toBeCloseTo(1, 12);
  });

  test('two samples of one distribution: AUC near 0.5, no drift; the same seed gives the same numbers', () => {
    const reference = sample(2000, 0.5, 3);
    const current = sample(2000, 0.5, 4);
    const result = adversarialValidation(reference, current, columns);
    expect(Math.abs(result.auc - 0.5)).toBeLessThan(0.04);
    expect(result.drifted).toBe(false);
    expect(adversarialValidation(reference, current, columns)).toEqual(result);
  });

  test('a shifted category share and missing values are features too', () => {
    const reference = sample(2000, 0, 5);
    const current = sample(2000, 0, 6);
    for (const row of current.rows.slice(0, 600)) row[2] = 'basic';
    for (const row of current.rows.slice(600, 900)) row[0] = null;
    const result = adversarialValidation(reference, current, columns);
    expect(result.drifted).toBe(true);
    expect(
      result.columns
        .slice(0, 2)
        .map((c) => c.column)
        .sort(),
    ).toEqual(['plan', 'x']);
  });

  test('too few rows is refused with the counts', () => {
    expect(() => adversarialValidation(sample(20, 0, 1), sample(500, 0, 2), columns)).toThrow(
      'it needs at least 50 rows on each side (reference 20, current 500)',
    );
  });
});
