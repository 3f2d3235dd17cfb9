import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../shared/inputs/definitions.js';
import { inputEnvName, parseInputs, rawInputsFromArgv, rawInputsFromEnv } from '../../shared/inputs/parse.js';
import { closest } from '../../shared/runtime/suggest.js';
import { InputError } from '../../shared/runtime/errors.js';

const validate = ACTIONS['validate-data'];
const evaluate = ACTIONS.evaluate;

describe('input names', () => {
  it('follows the runner rule: upper case, spaces to underscores, hyphens kept', () => {
    expect(inputEnvName('fail-on')).toBe('INPUT_FAIL-ON');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });
});

describe('parseInputs', () => {
  it('applies defaults and types values', () => {
    const parsed = parseInputs(validate, { data: 'a.csv', 'max-annotations': '7' });
    expect(parsed).toMatchObject({ data: 'a.csv', 'fail-on': 'error', 'max-annotations': 7, 'infer-schema': false });
  });

  it('names a missing required input', () => {
    expect(() => parseInputs(validate, {})).toThrow(/input "data" is required/);
  });

  it('rejects a value outside an enum with a suggestion', () => {
    expect(() => parseInputs(validate, { data: 'x', 'fail-on': 'warnings' })).toThrow(
      /"fail-on" must be one of .* got "warnings" \(did you mean "warning"\?\)/,
    );
  });

  it('rejects non-integers, out-of-range numbers and bad booleans, naming the input', () => {
    expect(() => parseInputs(validate, { data: 'x', 'max-annotations': '2.5' })).toThrow(/"max-annotations" must be an integer/);
    expect(() => parseInputs(validate, { data: 'x', 'max-annotations': '-1' })).toThrow(/"max-annotations" must be at least 0/);
    expect(() => parseInputs(validate, { data: 'x', 'infer-schema': 'yes' })).toThrow(/"infer-schema" must be true or false/);
  });

  it('parses JSON and lists, and explains bad JSON', () => {
    expect(parseInputs(ACTIONS.train, { params: '{"lr": 0.1}' }).params).toEqual({ lr: 0.1 });
    expect(() => parseInputs(ACTIONS.train, { params: '{lr: 0.1}' })).toThrow(/"params" is not valid JSON/);
    expect(parseInputs(evaluate, { 'model-dir': 'm', data: 'd', slices: 'region, plan\nsegment' }).slices).toEqual([
      'region',
      'plan',
      'segment',
    ]);
  });

  it('does not apply expression defaults the runner resolves', () => {
    expect(parseInputs(evaluate, { 'model-dir': 'm', data: 'd' })['github-token']).toBeUndefined();
  });

  it('raises InputError carrying the input name', () => {
    try {
      parseInputs(validate, { data: 'x', 'fail-on': 'nope' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).input).toBe('fail-on');
    }
  });
});

describe('raw inputs', () => {
  it('reads INPUT_* variables, trimming and ignoring empty ones', () => {
    expect(rawInputsFromEnv(validate, { INPUT_DATA: ' a.csv ', 'INPUT_FAIL-ON': '', INPUT_OTHER: 'x' })).toEqual({ data: 'a.csv' });
  });

  it('reads CLI flags in every form', () => {
    expect(rawInputsFromArgv(validate, ['--data', 'a.csv', '--infer-schema', '--max-annotations=3'])).toEqual({
      data: 'a.csv',
      'infer-schema': 'true',
      'max-annotations': '3',
    });
    expect(rawInputsFromArgv(validate, ['--no-infer-schema'])).toEqual({ 'infer-schema': 'false' });
  });

  it('suggests the closest input for a typo', () => {
    expect(() => rawInputsFromArgv(validate, ['--dat', 'x'])).toThrow(/unknown input --dat for validate-data \(did you mean --data\?\)/);
    expect(() => rawInputsFromArgv(validate, ['--data'])).toThrow(/--data needs a value/);
  });

  it('takes the token from the environment on a laptop', () => {
    expect(rawInputsFromArgv(evaluate, [], { GH_TOKEN: 'secret' })['github-token']).toBe('secret');
  });

  it('does not suggest unrelated words', () => {
    expect(closest('zzzzzzzz', ['data', 'schema'])).toBeUndefined();
  });
});
