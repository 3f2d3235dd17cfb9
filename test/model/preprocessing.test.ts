import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTable } from '../../shared/data/table.js';
import { applyPreprocessing, encodeTarget, fitPreprocessing, recordsToColumns, type Columns } from '../../shared/model/preprocessing.js';

const reference = JSON.parse(readFileSync(new URL('../train/fixtures/preprocessing.json', import.meta.url), 'utf8'));

// Read with the suite's own reader, as train does.
const churn = await loadTable('test/train/fixtures/churn.csv', { cwd: fileURLToPath(new URL('../..', import.meta.url)) });
const features = ['tenure', 'monthly_charges', 'plan', 'contract'];

describe('fitPreprocessing', () => {
  const spec = fitPreprocessing(churn, { features, target: 'churned', task: 'binary-classification' });

  it('standardizes like StandardScaler (pandas mean, ddof=0 std, NaN ignored)', () => {
    for (const name of ['tenure', 'monthly_charges']) {
      const feature = spec.features.find((f) => f.name === name)!;
      expect(feature.kind).toBe('numeric');
      if (feature.kind !== 'numeric') continue;
      expect(feature.mean).toBeCloseTo(reference[name].mean, 9);
      expect(feature.std).toBeCloseTo(reference[name].std, 9);
    }
  });

  it('one-hot encodes categoricals with the most frequent value as fill and an unknown bucket', () => {
    for (const name of ['plan', 'contract']) {
      const feature = spec.features.find((f) => f.name === name)!;
      expect(feature.kind).toBe('categorical');
      if (feature.kind !== 'categorical') continue;
      expect(feature.categories).toEqual(reference[name].categories);
      expect(feature.fill).toBe(reference[name].fill);
    }
    expect(spec.inputSize).toBe(2 + 4 + 4);
    expect(spec.inputNames).toContain('plan=<unknown>');
  });

  it('applies the same transform to raw rows, imputing and bucketing unknowns', () => {
    const x = applyPreprocessing(spec, churn, { rows: [0] });
    expect(x[0]).toBeCloseTo(reference.row0.tenure, 6);
    expect(x[1]).toBeCloseTo(reference.row0.monthly_charges, 6);
    const fresh = recordsToColumns([{ tenure: null, monthly_charges: '70', plan: 'enterprise', contract: null }], features);
    const y = applyPreprocessing(spec, fresh);
    expect(y[0]).toBe(0); // imputed with the mean
    const planOffset = spec.inputNames.indexOf('plan=<unknown>');
    expect(y[planOffset]).toBe(1);
    expect(y[spec.inputNames.indexOf('contract=monthly')]).toBe(1); // missing -> most frequent
  });

  it('encodes the binary target with sklearn order (positive = second sorted label)', () => {
    expect(spec.target.classes).toEqual(['0', '1']);
    const y = encodeTarget(spec.target, churn, { rows: [0, 1] });
    expect(Array.from(y)).toEqual([0, 0]);
  });

  it('names the row of a non-numeric value in a numeric column', () => {
    const bad: Columns = {
      rows: 20,
      values: new Map([
        ['x', Array.from({ length: 20 }, (_, i) => (i === 13 ? 'abc' : String(i)))],
        ['y', Array.from({ length: 20 }, (_, i) => String(i % 2))],
      ]),
    };
    expect(() =>
      fitPreprocessing(bad, { features: ['x'], target: 'y', task: 'binary-classification', locate: (row) => `data.csv:${row + 2}` }),
    ).toThrow(/data\.csv:15: non-numeric value "abc" in numeric column "x"/);
  });

  it('rejects a feature that is empty in every row', () => {
    const empty: Columns = {
      rows: 3,
      values: new Map([
        ['x', [null, null, null]],
        ['y', ['0', '1', '0']],
      ]),
    };
    expect(() => fitPreprocessing(empty, { features: ['x'], target: 'y', task: 'binary-classification' })).toThrow(
      /feature "x" is empty in every training row/,
    );
  });

  it('rejects a constant target', () => {
    const constant: Columns = {
      rows: 3,
      values: new Map([
        ['x', ['1', '2', '3']],
        ['y', ['1', '1', '1']],
      ]),
    };
    expect(() => fitPreprocessing(constant, { features: ['x'], target: 'y', task: 'binary-classification' })).toThrow(
      /target "y" is constant/,
    );
    expect(() => fitPreprocessing(constant, { features: ['x'], target: 'y', task: 'regression' })).toThrow(/target "y" is constant/);
  });
});
