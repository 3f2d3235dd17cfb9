import { describe, expect, it } from 'vitest';
import { parameterImportance } from '../../shared/tune/importance.js';
import { randomParams } from '../../shared/tune/samplers/random.js';
import { parseSearchSpace, type Params } from '../../shared/tune/space.js';
import type { Trial } from '../../shared/tune/trial.js';

function trialsOf(space: ReturnType<typeof parseSearchSpace>, objective: (p: Params) => number, count: number): Trial[] {
  return Array.from({ length: count }, (_, number) => {
    const params = randomParams(space, 3, number);
    return { number, state: 'complete', params, value: objective(params), intermediate: [] };
  });
}

describe('parameter importance (PED-ANOVA)', () => {
  it('rates the parameter that matters far above the one that does not, numeric and categorical', () => {
    const space = parseSearchSpace({
      matters: { type: 'uniform', low: 0, high: 1 },
      noise: { type: 'uniform', low: 0, high: 1 },
      lr: { type: 'loguniform', low: 1e-5, high: 1 },
      optimizer: { type: 'choice', values: ['adam', 'sgd', 'rmsprop'] },
    });
    const trials = trialsOf(space, (p) => ((p.matters as number) - 0.2) ** 2 + (p.optimizer === 'adam' ? 0 : 0.05), 300);
    const result = parameterImportance(space, { trials, direction: 'minimize' });
    const by = Object.fromEntries(result.importances.map((i) => [i.name, i.importance]));
    expect(result.importances[0].name).toBe('matters');
    expect(by.matters).toBeGreaterThan(0.5);
    expect(by.optimizer).toBeGreaterThan(by.noise);
    expect(by.noise).toBeLessThan(0.1);
    expect(by.lr).toBeLessThan(0.1);
    expect(result.importances.reduce((s, i) => s + i.importance, 0)).toBeCloseTo(1, 12);
    expect(result.trials).toBe(300);
  });

  it('reads the direction: maximising the same values inverts the top set', () => {
    const space = parseSearchSpace({
      a: { type: 'uniform', low: 0, high: 1 },
      b: { type: 'uniform', low: 0, high: 1 },
    });
    // Low values come from small a; high values from large b.
    const trials = trialsOf(space, (p) => Math.min(p.a as number, 0.5) * 4 + Math.max(p.b as number, 0.5) * 4, 300);
    const min = parameterImportance(space, { trials, direction: 'minimize' }).importances;
    const max = parameterImportance(space, { trials, direction: 'maximize' }).importances;
    expect(min.map((i) => i.name)).toEqual(['a', 'b']);
    expect(max.map((i) => i.name)).toEqual(['b', 'a']);
  });

  it('leaves out conditional parameters and shares equally with too few trials', () => {
    const space = parseSearchSpace({
      model: ['linear', 'mlp'],
      hidden: { int: [8, 64], when: { model: 'mlp' } },
      x: { uniform: [0, 1] },
    });
    const trials = trialsOf(space, (p) => p.x as number, 50);
    const result = parameterImportance(space, { trials, direction: 'minimize' });
    expect(result.unrated).toEqual(['hidden']);
    expect(result.importances.map((i) => i.name).sort()).toEqual(['model', 'x']);
    const few = parameterImportance(space, { trials: trials.slice(0, 2), direction: 'minimize' }).importances;
    expect(few.length).toBeGreaterThanOrEqual(2);
    for (const { importance } of few) expect(importance).toBe(1 / few.length);
  });
});
