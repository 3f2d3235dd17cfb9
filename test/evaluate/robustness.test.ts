import { describe, expect, test } from 'vitest';
import { loadTable } from '../../shared/data/table.js';
import { checkLeakage } from '../../shared/evaluate/leakage.js';
import { parseRobustness, perturbColumns, perturbationNames } from '../../shared/evaluate/robustness.js';
import { metricNames } from '../../shared/metrics/definitions.js';
import { parseGates } from '../../shared/metrics/gates.js';
import type { Cell, Columns, Feature } from '../../shared/model/preprocessing.js';
import { InputError } from '../../shared/runtime/errors.js';
import { seededRandom } from '../../shared/stats/random.js';
import { CHURN_EVAL, CHURN_TRAIN } from './helpers.js';

function syntheticTable(rows: number): Columns {
  const random = seededRandom(7);
  const x: Cell[] = [];
  const y: Cell[] = [];
  const plan: Cell[] = [];
  for (let i = 0; i < rows; i++) {
    x.push(String(10 + 3 * (random() - 0.5)));
    y.push(i % 50 === 0 ? null : String(random() * 100));
    plan.push(['basic', 'plus', 'pro', 'team'][Math.floor(random() * 4)]);
  }
  return {
    rows,
    values: new Map<string, readonly Cell[]>([
      ['x', x],
      ['y', y],
      ['plan', plan],
    ]),
  };
}

const FEATURES: { name: string; kind: Feature['kind'] }[] = [
  { name: 'x', kind: 'numeric' },
  { name: 'y', kind: 'numeric' },
  { name: 'plan', kind: 'categorical' },
];

function std(values: number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
}

describe('robustness input', () => {
  test('YAML, JSON, true and off', () => {
    expect(parseRobustness('')).toBe(false);
    expect(parseRobustness('false')).toBe(false);
    expect(parseRobustness('true')).toEqual({ noise: [0.05, 0.1, 0.2] });
    expect(parseRobustness('noise: [0.05, 0.1]\nmissing: 0.1\nswap: [0.2]')).toEqual({ noise: [0.05, 0.1], missing: [0.1], swap: [0.2] });
    expect(parseRobustness('{"noise": [0.1], "swap": ["0.3"]}')).toEqual({ noise: [0.1], swap: [0.3] });
    expect(perturbationNames(parseRobustness('noise: [0.05, 0.1]\nswap: [0.2]'))).toEqual(['noise-0.05', 'noise-0.1', 'swap-0.2']);
  });

  test('bad input is an InputError naming the input', () => {
    const bad = ['noise: [0.1, abc]', 'blur: [0.1]', 'missing: [1.5]', 'noise: [-0.1]', 'noise: []', '[0.1, 0.2]', 'noise: [0.1'];
    for (const text of bad) {
      expect(() => parseRobustness(text), text).toThrow(InputError);
    }
    expect(() => parseRobustness('noise: [0.1, abc]')).toThrow(/the noise level "abc" is not a number/);
    expect(() => parseRobustness('blur: [0.1]')).toThrow(/unknown perturbation "blur"; the perturbations are noise, missing, swap/);
  });
});

describe('perturbations', () => {
  const table = syntheticTable(20_000);

  test('noise: Gaussian with σ = level × the column std, missing cells kept, seeded', () => {
    for (const level of [0.05, 0.2, 1]) {
      const { columns, effect } = perturbColumns(table, FEATURES, 'noise', level, 3);
      for (const name of ['x', 'y']) {
        const before = table.values.get(name)!;
        const after = columns.values.get(name)!;
        const present = before.flatMap((c, i) => (c === null ? [] : [i]));
        const diffs = present.map((i) => (after[i] as number) - Number(before[i]));
        const columnStd = std(present.map((i) => Number(before[i])));
        // Sample std of ~20,000 normal draws: relative standard error ≈ 0.5 %; 3 % is > 5 SE.
        expect(std(diffs) / (level * columnStd)).toBeGreaterThan(0.97);
        expect(std(diffs) / (level * columnStd)).toBeLessThan(1.03);
        expect(Math.abs(diffs.reduce((a, b) => a + b, 0) / diffs.length)).toBeLessThan(0.05 * level * columnStd);
        for (let i = 0; i < before.length; i++) if (before[i] === null) expect(after[i]).toBeNull();
      }
      expect(columns.values.get('plan')).toBe(table.values.get('plan'));
      expect(effect.columns).toEqual(['x', 'y']);
    }
    const again = perturbColumns(table, FEATURES, 'noise', 0.1, 3).columns.values.get('x');
    expect(again).toEqual(perturbColumns(table, FEATURES, 'noise', 0.1, 3).columns.values.get('x'));
    expect(again).not.toEqual(perturbColumns(table, FEATURES, 'noise', 0.1, 4).columns.values.get('x'));
  });

  test('missing: exactly round(level × rows) cells emptied in each feature column', () => {
    for (const level of [0.1, 0.25]) {
      const { columns, effect } = perturbColumns(table, FEATURES, 'missing', level, 3);
      const x = columns.values.get('x')!;
      expect(x.filter((c) => c === null).length).toBe(Math.round(level * table.rows));
      const plan = columns.values.get('plan')!;
      expect(plan.filter((c) => c === null).length).toBe(Math.round(level * table.rows));
      // y already had missing cells: the emptied ones overlap them, so at least the share, never more than share + already missing.
      const yMissing = columns.values.get('y')!.filter((c) => c === null).length;
      expect(yMissing).toBeGreaterThanOrEqual(Math.round(level * table.rows));
      expect(yMissing).toBeLessThanOrEqual(Math.round(level * table.rows) + table.rows / 50);
      expect(effect.cells).toBe(3 * Math.round(level * table.rows) - (Math.round(level * table.rows) + table.rows / 50 - yMissing));
      // Untouched cells are unchanged.
      const before = table.values.get('x')!;
      for (let i = 0; i < table.rows; i++) if (x[i] !== null) expect(x[i]).toBe(before[i]);
    }
  });

  test('swap: that share of categories changed to another value of the same column, numeric columns untouched', () => {
    const { columns, effect } = perturbColumns(table, FEATURES, 'swap', 0.1, 3);
    const before = table.values.get('plan')!;
    const after = columns.values.get('plan')!;
    const vocabulary = new Set(before);
    let changed = 0;
    for (let i = 0; i < table.rows; i++) {
      expect(vocabulary.has(after[i])).toBe(true);
      if (after[i] !== before[i]) changed++;
    }
    expect(changed).toBe(Math.round(0.1 * table.rows));
    expect(effect).toEqual({ cells: changed, columns: ['plan'] });
    expect(columns.values.get('x')).toBe(table.values.get('x'));
    // Every other value is drawn: about a third each.
    const to = new Map<Cell, number>();
    for (let i = 0; i < table.rows; i++) if (before[i] === 'basic' && after[i] !== 'basic') to.set(after[i], (to.get(after[i]) ?? 0) + 1);
    expect([...to.keys()].sort()).toEqual(['plus', 'pro', 'team']);
  });
});

describe('robustness gates', () => {
  const metrics = metricNames('binary-classification');
  const run = ['noise-0.05', 'noise-0.1', 'missing-0.1'];

  test('a gate names a metric under a perturbation that runs; the level is written canonically', () => {
    const gates = parseGates(
      'robustness.noise-0.1.accuracy: ">= 0.8"\nrobustness.noise-0.10.roc_auc: ">= baseline - 0.02"\naccuracy: ">= 0.5"',
      metrics,
      run,
    );
    expect(gates.map((g) => g.metric)).toEqual(['robustness.noise-0.1.accuracy', 'robustness.noise-0.1.roc_auc', 'accuracy']);
    expect(gates[1].threshold).toEqual({ kind: 'baseline', op: '-', operand: 0.02 });
  });

  test('a perturbation that does not run, a non-numeric level, an unknown metric: clear InputErrors', () => {
    expect(() => parseGates('robustness.noise-0.3.accuracy: ">= 0.8"', metrics, run)).toThrow(
      /names the robustness perturbation noise-0.3, which does not run; the robustness input runs noise-0.05, noise-0.1, missing-0.1/,
    );
    expect(() => parseGates('robustness.swap-0.1.accuracy: ">= 0.8"', metrics, [])).toThrow(/robustness is off/);
    expect(() => parseGates('robustness.noise-abc.accuracy: ">= 0.8"', metrics, run)).toThrow(/the level "abc" of noise is not a number/);
    expect(() => parseGates('robustness.noise-0.1.acuracy: ">= 0.8"', metrics, run)).toThrow(
      /unknown metric "acuracy" \(did you mean "accuracy"\?\)/,
    );
    expect(() => parseGates('robustness.noise.accuracy: ">= 0.8"', metrics, run)).toThrow(InputError);
  });
});

describe('leakage', () => {
  const numeric = (name: string): Feature => ({ name, kind: 'numeric', mean: 0, std: 1 });
  const categorical = (name: string): Feature => ({ name, kind: 'categorical', categories: [], fill: '' });
  // The churn example's features (customer_id excluded, as the example's train.yml does).
  const features: Feature[] = [
    numeric('age'),
    numeric('tenure_months'),
    categorical('contract'),
    categorical('internet_service'),
    numeric('monthly_charges'),
    numeric('total_charges'),
    categorical('payment_method'),
    numeric('support_calls'),
  ];

  test('the example data: train and eval look alike and do not overlap', async () => {
    const training = await loadTable(CHURN_TRAIN);
    const evaluation = await loadTable(CHURN_EVAL);
    const report = checkLeakage({ training: { ...training, path: 'train.csv' }, evaluation, features, target: 'churned', seed: 1 });
    expect('auc' in report.adversarial && report.adversarial.auc).toBeLessThan(0.6);
    expect('auc' in report.adversarial && report.adversarial.warning).toBe(false);
    expect(report.overlap.rows).toBe(0);
    expect(report.columns).toEqual([...features.map((f) => f.name), 'churned']);
  });

  test('evaluating on training rows: overlap counted with file:line; a shifted column warns and is named', async () => {
    const training = await loadTable(CHURN_TRAIN);
    const same = checkLeakage({ training: { ...training, path: 'train.csv' }, evaluation: training, features, target: 'churned' });
    expect(same.overlap.rows).toBe(training.rows);
    expect(same.overlap.examples[0].evaluation).toMatch(/train\.csv:2$/);
    expect(same.overlap.examples).toHaveLength(5);

    const evaluation = await loadTable(CHURN_EVAL);
    const tenure = evaluation.values.get('tenure_months')!.map((c) => (c === null ? c : String(Number(c) + 30)));
    const shifted = { ...evaluation, values: new Map(evaluation.values).set('tenure_months', tenure) };
    const report = checkLeakage({ training: { ...training, path: 'train.csv' }, evaluation: shifted, features, target: 'churned' });
    if (!('auc' in report.adversarial)) throw new Error(report.adversarial.skipped);
    expect(report.adversarial.auc).toBeGreaterThan(0.7);
    expect(report.adversarial.warning).toBe(true);
    expect(report.adversarial.columns[0].column).toBe('tenure_months');
  });
});
