import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/runtime/errors.js';
import { knownDirection, resolveDirection } from '../../shared/tune/direction.js';
import { checkParams, isActive, parseSearchSpace, spaceDefinition } from '../../shared/tune/space.js';

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('search space parsing', () => {
  it('reads the canonical form, the shorthands and YAML text alike', () => {
    const yaml = `
learning_rate: {type: loguniform, low: 1.0e-4, high: 0.1}
dropout: {uniform: [0, 0.5], step: 0.1}
batch_size: {int: {low: 16, high: 256}, log: true}
epochs: {type: int, low: 5, high: 50, step: 5}
optimizer: [adam, sgd]
model: {choice: [logistic, mlp]}
hidden: {type: choice, values: [[32], [64, 32]], when: {model: mlp}}
`;
    const space = parseSearchSpace(yaml);
    expect(space.parameters.map((p) => p.name)).toEqual([
      'learning_rate',
      'dropout',
      'batch_size',
      'epochs',
      'optimizer',
      'model',
      'hidden',
    ]);
    const byName = Object.fromEntries(space.parameters.map((p) => [p.name, p]));
    expect(byName.learning_rate.distribution).toEqual({ type: 'loguniform', low: 1e-4, high: 0.1 });
    expect(byName.dropout.distribution).toEqual({ type: 'uniform', low: 0, high: 0.5, step: 0.1 });
    expect(byName.batch_size.distribution).toEqual({ type: 'int', low: 16, high: 256, step: 1, log: true });
    expect(byName.epochs.distribution).toEqual({ type: 'int', low: 5, high: 50, step: 5, log: false });
    expect(byName.optimizer.distribution).toEqual({ type: 'choice', values: ['adam', 'sgd'] });
    expect(byName.hidden.when).toEqual({ model: ['mlp'] });
    // JSON is YAML, and the canonical form round-trips.
    expect(parseSearchSpace(JSON.stringify(spaceDefinition(space)))).toEqual(space);
  });

  it('puts parents before their conditional children and decides what is active', () => {
    const space = parseSearchSpace({
      hidden: { choice: [32, 64], when: { model: 'mlp' } },
      depth: { int: [1, 3], when: { model: ['mlp', 'cnn'] } },
      model: ['linear', 'mlp', 'cnn'],
    });
    expect(space.parameters.map((p) => p.name)).toEqual(['model', 'hidden', 'depth']);
    const [, hidden, depth] = space.parameters;
    expect(isActive(hidden, { model: 'mlp' })).toBe(true);
    expect(isActive(hidden, { model: 'cnn' })).toBe(false);
    expect(isActive(depth, { model: 'cnn' })).toBe(true);
    expect(isActive(depth, {})).toBe(false);
  });

  it('names the parameter and the fix in every error', () => {
    const cases: [unknown, RegExp][] = [
      [{ lr: { type: 'loguniform', low: 0, high: 1 } }, /"lr".*above 0.*use uniform/],
      [{ lr: { type: 'logunifrom', low: 1, high: 2 } }, /"lr".*did you mean "loguniform"/],
      [{ lr: { type: 'uniform', low: 2, high: 1 } }, /"lr": low \(2\) must not be above high \(1\)/],
      [{ lr: { type: 'uniform', low: 0 } }, /"lr": a uniform needs low and high/],
      [{ lr: { type: 'uniform', low: 0, hihg: 1 } }, /"lr" has the unknown key "hihg" \(did you mean "high"\?\)/],
      [{ n: { type: 'int', low: 1.5, high: 4 } }, /"n": an int range needs whole numbers/],
      [{ n: { type: 'int', low: 0, high: 8, log: true } }, /"n": an int with log: true must start at 1/],
      [{ n: { type: 'int', low: 0, high: 9, step: 2 } }, /"n": high − low \(9\) must be a multiple of step 2/],
      [{ o: { type: 'choice', values: [] } }, /"o": a choice needs a non-empty list/],
      [{ o: ['a', 'a'] }, /"o" lists the choice "a" twice/],
      [{ h: { choice: [1, 2], when: { modle: 'mlp' } }, model: ['mlp'] }, /"h": when refers to "modle".*"model"/],
      [{ h: { choice: [1, 2], when: { lr: 1 } }, lr: { uniform: [0, 1] } }, /"h": when can only test a choice/],
      [{ h: { choice: [1, 2], when: { model: 'cnn' } }, model: ['mlp'] }, /"h": when model: "cnn" can never hold/],
      [{ a: { choice: [1], when: { b: 1 } }, b: { choice: [1], when: { a: 1 } } }, /cycle: a → b → a/],
      ['lr: [1, 2', /not valid YAML or JSON/],
      [[], /non-empty mapping/],
      [{ lr: 0.1 }, /"lr" must be a mapping/],
    ];
    for (const [input, message] of cases) {
      const error = inputError(() => parseSearchSpace(input as Record<string, unknown>));
      expect(error.message).toMatch(message);
      expect(error.input).toBe('search-space');
    }
  });

  it('checks params from files against the space', () => {
    const space = parseSearchSpace({ model: ['linear', 'mlp'], hidden: { int: [8, 64], when: { model: 'mlp' } } });
    expect(() => checkParams(space, { model: 'mlp', hidden: 16 }, 'trial 0')).not.toThrow();
    expect(() => checkParams(space, { model: 'linear' }, 'trial 0')).not.toThrow();
    expect(() => checkParams(space, { model: 'linear', hidden: 16 }, 'trial 0')).toThrow(/"hidden", which the search/);
    expect(() => checkParams(space, { model: 'mlp' }, 'trial 0')).toThrow(/no value for the parameter "hidden"/);
    expect(() => checkParams(space, { model: 'mlp', hidden: 100 }, 'trial 0')).toThrow(/outside the search space/);
  });
});

describe('direction', () => {
  it('follows the metric definitions through val_ and cv_ prefixes', () => {
    expect(knownDirection('val_loss')).toBe('minimize');
    expect(knownDirection('val_auc')).toBe('maximize');
    expect(knownDirection('val_accuracy')).toBe('maximize');
    expect(knownDirection('rmse')).toBe('minimize');
    expect(knownDirection('val_r2')).toBe('maximize');
    expect(knownDirection('cv_val_f1_macro_mean')).toBe('maximize');
    expect(knownDirection('throughput')).toBeUndefined();
  });

  it('refuses an unknown metric without a direction and a direction that contradicts the metric', () => {
    expect(resolveDirection('throughput', 'maximize')).toBe('maximize');
    expect(resolveDirection('val_loss')).toBe('minimize');
    expect(() => resolveDirection('throughput')).toThrow(/direction is unknown; set direction/);
    expect(() => resolveDirection('val_auc', 'minimize')).toThrow(/better when higher; set direction: maximize/);
  });
});
