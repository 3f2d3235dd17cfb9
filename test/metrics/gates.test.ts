import { describe, expect, it } from 'vitest';
import { metricNames } from '../../shared/metrics/definitions.js';
import { evaluateGates, gatesNeedBaseline, parseGates } from '../../shared/metrics/gates.js';
import { InputError } from '../../shared/runtime/errors.js';

const CLASSIFICATION = metricNames('binary-classification');
const REGRESSION = metricNames('regression');

function parseError(text: string, metrics = CLASSIFICATION): InputError {
  try {
    parseGates(text, metrics);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('gates');
    return error as InputError;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

describe('parseGates', () => {
  it('parses the forms of the spec', () => {
    const gates = parseGates(
      'accuracy: ">= 0.85"\nf1: ">= baseline - 0.01"\nlog_loss: "<= baseline * 1.05"\nroc_auc: "> baseline"\nece: "<0.1"\nprecision: "== 1"\nrecall: ">= baseline + 1e-3"',
      CLASSIFICATION,
    );
    expect(gates.map((g) => [g.metric, g.operator, g.threshold])).toEqual([
      ['accuracy', '>=', { kind: 'number', value: 0.85 }],
      ['f1', '>=', { kind: 'baseline', op: '-', operand: 0.01 }],
      ['log_loss', '<=', { kind: 'baseline', op: '*', operand: 1.05 }],
      ['roc_auc', '>', { kind: 'baseline' }],
      ['ece', '<', { kind: 'number', value: 0.1 }],
      ['precision', '==', { kind: 'number', value: 1 }],
      ['recall', '>=', { kind: 'baseline', op: '+', operand: 0.001 }],
    ]);
    expect(gatesNeedBaseline(gates).map((g) => g.metric)).toEqual(['f1', 'log_loss', 'roc_auc', 'recall']);
  });

  it('accepts no gates', () => {
    expect(parseGates(undefined, CLASSIFICATION)).toEqual([]);
    expect(parseGates('  \n', CLASSIFICATION)).toEqual([]);
    expect(parseGates('# none yet', CLASSIFICATION)).toEqual([]);
  });

  it('names the gate and the expected operators for a bad operator', () => {
    expect(parseError('f1: ">== 0.8"').message).toBe(
      'gate "f1": cannot parse ">== 0.8": expected one of >=, >, <=, <, == followed by a number or an expression on baseline, e.g. ">= 0.85" or "<= baseline * 1.05".',
    );
    for (const bad of ['=> 0.8', '= 0.8', '!= 0.8', '0.8', '≥ 0.8'])
      expect(parseError(`f1: "${bad}"`).message).toMatch(/^gate "f1": cannot parse .*expected one of >=, >, <=, <, ==/);
  });

  it('explains other malformed conditions', () => {
    expect(parseError('accuracy: ">= 85%"').message).toMatch(/gate "accuracy": cannot parse ">= 85%": percentages are not accepted/);
    expect(parseError('f1: ">= baseline / 2"').message).toMatch(/gate "f1": .*after baseline expected \+, - or \*/);
    expect(parseError('f1: ">= baseline - "').message).toMatch(/gate "f1"/);
    expect(parseError('f1: ">= "').message).toMatch(/expected a number or baseline after >=/);
    expect(parseError('f1: ">= 0.8 0.9"').message).toMatch(/gate "f1": cannot parse/);
    expect(parseError('f1: ">= candidate"').message).toMatch(/got "candidate"/);
  });

  it('refuses unknown metrics with a suggestion and the list', () => {
    const message = parseError('acuracy: ">= 0.9"').message;
    expect(message).toMatch(/^gate "acuracy": unknown metric \(did you mean "accuracy"\?\); this model reports accuracy, precision/);
    expect(parseError('rmse: "<= 1"').message).toMatch(/gate "rmse": unknown metric/);
    expect(parseError('accuracy: ">= 0.9"', REGRESSION).message).toMatch(/this model reports rmse, mae, r2, mape/);
  });

  it('refuses conditions that are not strings, and YAML that is not a map', () => {
    expect(parseError('accuracy: 0.85').message).toMatch(/gate "accuracy": the condition must be a quoted string .* got 0.85/);
    expect(parseError('accuracy:').message).toMatch(/got nothing/);
    expect(parseError('- accuracy').message).toMatch(/gates must be a YAML map/);
    expect(parseError('accuracy: ">= 0.8"\naccuracy: ">= 0.9"').message).toMatch(/not valid YAML.*unique/i);
    expect(parseError('accuracy: >= 0.85').message).toMatch(/Quote conditions|gate "accuracy"/);
  });
});

describe('evaluateGates', () => {
  const gates = parseGates('accuracy: ">= 0.85"\nf1: ">= baseline - 0.01"\nlog_loss: "<= baseline * 1.05"', CLASSIFICATION);

  it('reports pass/fail, actual and threshold', () => {
    const results = evaluateGates(gates, { accuracy: 0.86, f1: 0.7, log_loss: 0.5 }, { accuracy: 0.8, f1: 0.705, log_loss: 0.4 });
    expect(results).toEqual([
      { metric: 'accuracy', condition: '>= 0.85', actual: 0.86, threshold: 0.85, passed: true },
      { metric: 'f1', condition: '>= baseline - 0.01', actual: 0.7, threshold: 0.705 - 0.01, passed: true },
      { metric: 'log_loss', condition: '<= baseline * 1.05', actual: 0.5, threshold: 0.4 * 1.05, passed: false },
    ]);
  });

  it('is a clear error when a gate needs a baseline that is missing', () => {
    expect(() =>
      evaluateGates(gates, { accuracy: 0.9, f1: 0.8, log_loss: 0.3 }, undefined, 'the baseline "production" could not be resolved'),
    ).toThrow(
      'gates "f1" (>= baseline - 0.01), "log_loss" (<= baseline * 1.05) compare with the baseline, but the baseline "production" could not be resolved.',
    );
    expect(evaluateGates(gates.slice(0, 1), { accuracy: 0.9 })).toEqual([
      { metric: 'accuracy', condition: '>= 0.85', actual: 0.9, threshold: 0.85, passed: true },
    ]);
  });

  it('fails a gate whose metric is undefined instead of passing it', () => {
    const [result] = evaluateGates(parseGates('roc_auc: ">= 0.5"', CLASSIFICATION), { roc_auc: Number.NaN });
    expect(result.passed).toBe(false);
    expect(result.reason).toMatch(/could not be computed/);
  });

  it('compares at the boundaries as written', () => {
    const at = (condition: string, actual: number) => evaluateGates(parseGates(`r2: "${condition}"`, REGRESSION), { r2: actual })[0].passed;
    expect([at('>= 0.5', 0.5), at('> 0.5', 0.5), at('<= 0.5', 0.5), at('< 0.5', 0.5), at('== 0.5', 0.5), at('>= -1', -0.5)]).toEqual([
      true,
      false,
      true,
      false,
      true,
      true,
    ]);
  });
});
