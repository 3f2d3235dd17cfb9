import { parse as parseYaml } from 'yaml';
import { InputError } from '../runtime/errors.js';
import { closest } from '../runtime/suggest.js';

/**
 * The search space: each parameter's distribution and, for a conditional parameter, the values
 * of other parameters under which it exists.
 *
 * YAML shape (JSON works too, it is YAML):
 *
 *   learning_rate: {type: loguniform, low: 1.0e-4, high: 0.1}
 *   dropout:       {type: uniform, low: 0, high: 0.5, step: 0.1}
 *   batch_size:    {type: int, low: 16, high: 256, log: true}
 *   model:         {type: choice, values: [logistic, mlp]}
 *   hidden:        {type: choice, values: [[32], [64, 32]], when: {model: mlp}}
 *
 * Shorthands: `{loguniform: [1.0e-4, 0.1]}`, `{int: [1, 8], step: 2}`, `{choice: [a, b]}`, or a
 * bare list for a choice. `when` maps a choice parameter to one value or a list of values; with
 * several keys, all must hold.
 */

export type ChoiceValue = string | number | boolean | null | ChoiceValue[] | { [key: string]: ChoiceValue };
export type ParamValue = ChoiceValue;
export type Params = Record<string, ParamValue>;

export type Distribution =
  | { type: 'uniform'; low: number; high: number; step?: number }
  | { type: 'loguniform'; low: number; high: number }
  | { type: 'int'; low: number; high: number; step: number; log: boolean }
  | { type: 'choice'; values: ChoiceValue[] };

export interface Parameter {
  name: string;
  distribution: Distribution;
  /** Parent parameter → the values (of that choice) for which this parameter exists. */
  when?: Record<string, ChoiceValue[]>;
  /** Points a grid search takes along a numeric range (`grid: 5`); an int range takes all its values without it. */
  gridPoints?: number;
}

export interface SearchSpace {
  /** Parents before children; otherwise in the order given. */
  parameters: Parameter[];
}

const TYPES = ['uniform', 'loguniform', 'int', 'choice'] as const;
const KEYS = ['type', 'low', 'high', 'step', 'log', 'values', 'when', 'grid'];
const EXAMPLE = 'e.g. learning_rate: {type: loguniform, low: 1.0e-4, high: 0.1}';

function fail(message: string): never {
  throw new InputError(message, 'search-space');
}

/** JSON text that is equal for equal values: choice values are compared through it. */
export function valueKey(value: ParamValue): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

function numberOf(name: string, key: string, value: unknown): number {
  const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof parsed !== 'number' || !Number.isFinite(parsed)) {
    fail(`search-space parameter "${name}": ${key} must be a number (got ${JSON.stringify(value)}).`);
  }
  return parsed;
}

/** Accepts `{type: uniform, low, ` +
  `high}`, `{uniform: [low, high]}`, `{uniform: {low, high}}` and a bare list (choice). */
function normalizeEntry(name: string, raw: unknown): Record<string, unknown> {
  if (Array.isArray(raw)) return { type: 'choice', values: raw };
  if (raw === null || typeof raw !== 'object') {
    fail(
      `search-space parameter "${name}" must be a mapping such as {type: uniform, low: 0, high: ` +
        `1} or a list of choices (got ${JSON.stringify(raw)}).`,
    );
  }
  const entry = { ...(raw as Record<string, unknown>) };
  const shorthand = TYPES.filter((type) => type in entry);
  if (shorthand.length > 1) fail(`search-space parameter "${name}" names several distributions (${shorthand.join(', ')}); give one.`);
  if (shorthand.length === 1) {
    const type = shorthand[0];
    if (entry.type !== undefined && entry.type !== type)
      fail(`search-space parameter "${name}" says both type: ${String(entry.type)} and ${type}; give one.`);
    const body = entry[type];
    delete entry[type];
    entry.type = type;
    if (type === 'choice') entry.values = body;
    else if (Array.isArray(body)) {
      if (body.length !== 2)
        fail(`search-space parameter "${name}": ${type}: [low, ` + `high] needs exactly two numbers (got ${JSON.stringify(body)}).`);
      [entry.low, entry.high] = body;
    } else if (body && typeof body === 'object') Object.assign(entry, body);
    else
      fail(
        `search-space parameter "${name}": write ${type}: [low, high] or ${type}: {low: …, high: ` + `…} (got ${JSON.stringify(body)}).`,
      );
  }
  for (const key of Object.keys(entry)) {
    if (!KEYS.includes(key)) {
      const hint = closest(key, KEYS);
      fail(
        `search-space parameter "${name}" has the unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}. ` +
          `Keys: ${KEYS.join(', ')}.`,
      );
    }
  }
  return entry;
}

function parseDistribution(name: string, entry: Record<string, unknown>): Distribution {
  const type = entry.type;
  if (typeof type !== 'string' || !(TYPES as readonly string[]).includes(type)) {
    const hint = typeof type === 'string' ? closest(type, TYPES) : undefined;
    const got = type === undefined ? '' : ` (got ${JSON.stringify(type)})`;
    const didYouMean = hint ? `; did you mean "${hint}"?` : '.';
    fail(`search-space parameter "${name}" needs type: ${TYPES.join(', ')}${got}${didYouMean} ${EXAMPLE}.`);
  }
  if (type === 'choice') {
    const values = entry.values;
    if (!Array.isArray(values) || values.length === 0)
      fail(`search-space parameter "${name}": a choice needs a non-empty list, e.g. values: [adam, sgd].`);
    const seen = new Set<string>();
    for (const value of values as ChoiceValue[]) {
      const key = valueKey(value);
      if (seen.has(key)) fail(`search-space parameter "${name}" lists the choice ${key} twice; list each value once.`);
      seen.add(key);
    }
    for (const key of ['low', 'high', 'step', 'log']) {
      if (entry[key] !== undefined) fail(`search-space parameter "${name}": ${key} does not apply to a choice; list the values instead.`);
    }
    return { type: 'choice', values: values as ChoiceValue[] };
  }
  if (entry.values !== undefined) fail(`search-space parameter "${name}": values applies to a choice only; a ${type} takes low and high.`);
  if (entry.low === undefined || entry.high === undefined)
    fail(`search-space parameter "${name}": a ${type} needs low and high, ${EXAMPLE}.`);
  const low = numberOf(name, 'low', entry.low);
  const high = numberOf(name, 'high', entry.high);
  if (!(low <= high)) fail(`search-space parameter "${name}": low (${low}) must not be above high (${high}).`);
  if (entry.log !== undefined && typeof entry.log !== 'boolean') fail(`search-space parameter "${name}": log must be true or false.`);
  if (type === 'loguniform') {
    if (low <= 0)
      fail(
        `search-space parameter "${name}": a loguniform range must be above 0 (low is ${low}); ` + `use uniform for ranges that include 0.`,
      );
    if (entry.step !== undefined)
      fail(`search-space parameter "${name}": step does not combine with a log scale; drop step or use uniform.`);
    return { type: 'loguniform', low, high };
  }
  if (type === 'uniform') {
    if (entry.log === true) fail(`search-space parameter "${name}": for a log scale write type: loguniform.`);
    if (entry.step === undefined) return { type: 'uniform', low, high };
    const step = numberOf(name, 'step', entry.step);
    if (step <= 0) fail(`search-space parameter "${name}": step must be above 0 (got ${step}).`);
    const count = (high - low) / step;
    if (Math.abs(count - Math.round(count)) > 1e-9 * Math.max(1, count)) {
      fail(`search-space parameter "${name}": high − low (${high - low}) must be a whole number of steps ${step}.`);
    }
    return { type: 'uniform', low, high, step };
  }
  if (!Number.isInteger(low) || !Number.isInteger(high))
    fail(`search-space parameter "${name}": an int range needs whole numbers (got ${low}..${high}); ` + `use uniform for fractions.`);
  const log = entry.log === true;
  const step = entry.step === undefined ? 1 : numberOf(name, 'step', entry.step);
  if (!Number.isInteger(step) || step < 1) fail(`search-space parameter "${name}": an int step must be a whole number ≥ 1 (got ${step}).`);
  if (log && step !== 1) fail(`search-space parameter "${name}": an int with log: true cannot have a step; drop one of them.`);
  if (log && low < 1) fail(`search-space parameter "${name}": an int with log: true must start at 1 or more (low is ${low}).`);
  if ((high - low) % step !== 0) fail(`search-space parameter "${name}": high − low (${high - low}) must be a multiple of step ${step}.`);
  return { type: 'int', low, high, step, log };
}

function parseWhen(name: string, raw: unknown): Record<string, ChoiceValue[]> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || Object.keys(raw).length === 0) {
    fail(`search-space parameter "${name}": when must map a choice parameter to its value(s), e.g. when: {model: mlp}.`);
  }
  return Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).map(([parent, value]) => [
      parent,
      (Array.isArray(value) ? value : [value]) as ChoiceValue[],
    ]),
  );
}

/**
 * Parses a search space given as YAML/JSON text or as an already parsed object; every problem is
 * an InputError naming the parameter and what to write instead.
 */
export function parseSearchSpace(input: string | Record<string, unknown>): SearchSpace {
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = parseYaml(input);
    } catch (error) {
      fail(`search-space is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}.`);
    }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || Object.keys(raw).length === 0) {
    fail(`search-space must be a non-empty mapping of parameter to distribution, ${EXAMPLE}.`);
  }
  const parameters: Parameter[] = [];
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    const entry = normalizeEntry(name, value);
    const parameter: Parameter = { name, distribution: parseDistribution(name, entry) };
    if (entry.when !== undefined) parameter.when = parseWhen(name, entry.when);
    if (entry.grid !== undefined) {
      const points = numberOf(name, 'grid', entry.grid);
      if (parameter.distribution.type === 'choice')
        fail(`search-space parameter "${name}": grid applies to numeric ranges; a choice is searched value by value.`);
      if (!Number.isInteger(points) || points < 1)
        fail(`search-space parameter "${name}": grid must be a whole number of points ≥ 1 (got ${points}).`);
      parameter.gridPoints = points;
    }
    parameters.push(parameter);
  }
  return { parameters: orderParents(parameters) };
}

/** Checks each `when` against its parent and puts parents first, so one pass in order can decide what is active. */
function orderParents(parameters: Parameter[]): Parameter[] {
  const byName = new Map(parameters.map((p) => [p.name, p]));
  for (const parameter of parameters) {
    for (const [parentName, values] of Object.entries(parameter.when ?? {})) {
      const parent = byName.get(parentName);
      if (!parent) {
        const hint = closest(parentName, [...byName.keys()]);
        fail(
          `search-space parameter "${parameter.name}": when refers to "${parentName}", ` +
            `which is not a parameter${hint ? ` (did you mean "${hint}"?)` : ''}.`,
        );
      }
      if (parent.distribution.type !== 'choice') {
        fail(
          `search-space parameter "${parameter.name}": when can only test a choice parameter, ` +
            `and "${parentName}" is a ${parent.distribution.type}.`,
        );
      }
      const allowed = new Set(parent.distribution.values.map(valueKey));
      for (const value of values) {
        if (!allowed.has(valueKey(value))) {
          fail(
            `search-space parameter "${parameter.name}": when ${parentName}: ${valueKey(value)} can never hold; ` +
              `"${parentName}" takes ${parent.distribution.values.map(valueKey).join(', ')}.`,
          );
        }
      }
    }
  }
  const ordered: Parameter[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (parameter: Parameter, path: string[]) => {
    if (state.get(parameter.name) === 'done') return;
    if (state.get(parameter.name) === 'visiting')
      fail(`search-space conditions form a cycle: ${[...path, parameter.name].join(' → ')}; ` + `a parameter cannot depend on itself.`);
    state.set(parameter.name, 'visiting');
    for (const parentName of Object.keys(parameter.when ?? {})) visit(byName.get(parentName)!, [...path, parameter.name]);
    state.set(parameter.name, 'done');
    ordered.push(parameter);
  };
  for (const parameter of parameters) visit(parameter, []);
  return ordered;
}

/** Whether `parameter` exists given the values chosen so far (its parents come first in the space). */
export function isActive(parameter: Parameter, params: Params): boolean {
  if (!parameter.when) return true;
  for (const [parent, values] of Object.entries(parameter.when)) {
    if (!(parent in params)) return false;
    const key = valueKey(params[parent]);
    if (!values.some((value) => valueKey(value) === key)) return false;
  }
  return true;
}

/** The index of a choice value, or -1. */
export function choiceIndex(distribution: Extract<Distribution, { type: 'choice' }>, value: ParamValue): number {
  const key = valueKey(value);
  return distribution.values.findIndex((candidate) => valueKey(candidate) === key);
}

/** Whether `value` is a value the distribution can produce (used to check params read from files). */
export function inDistribution(distribution: Distribution, value: ParamValue): boolean {
  if (distribution.type === 'choice') return choiceIndex(distribution, value) >= 0;
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  const tolerance = 1e-9 * Math.max(1, Math.abs(distribution.high - distribution.low));
  if (value < distribution.low - tolerance || value > distribution.high + tolerance) return false;
  if (distribution.type === 'int') return Number.isInteger(value) && (value - distribution.low) % distribution.step === 0;
  return true;
}

/**
 * Checks that `params` are exactly the active parameters of the space with values it can
 * produce: a trials file or a trial result from another study is refused instead of mixed in.
 */
export function checkParams(space: SearchSpace, params: Params, where: string): void {
  const expected = new Set<string>();
  for (const parameter of space.parameters) {
    if (!isActive(parameter, params)) continue;
    expected.add(parameter.name);
    if (!(parameter.name in params))
      throw new InputError(`${where} has no value for the parameter "${parameter.name}"; it was made with another search space.`);
    if (!inDistribution(parameter.distribution, params[parameter.name])) {
      throw new InputError(
        `${where} has ${parameter.name} = ${valueKey(params[parameter.name])}, outside the search space; ` +
          `it was made with another search space.`,
      );
    }
  }
  for (const name of Object.keys(params)) {
    if (!expected.has(name))
      throw new InputError(
        `${where} has the parameter "${name}", which the search space does not have (or not for these values); ` +
          `it was made with another search space.`,
      );
  }
}

/** Snaps a number to what the distribution allows: the step grid, whole numbers, the bounds. */
export function snapToDistribution(distribution: Exclude<Distribution, { type: 'choice' }>, value: number): number {
  const { low, high } = distribution;
  let snapped = value;
  if (distribution.type === 'int') {
    snapped = distribution.log ? Math.round(value) : low + Math.round((value - low) / distribution.step) * distribution.step;
  } else if (distribution.type === 'uniform' && distribution.step !== undefined) {
    const steps = Math.round((value - low) / distribution.step);
    // Multiplying the step count keeps values like 0.30000000000000004 out of the trials file.
    snapped = Number((low + steps * distribution.step).toPrecision(15));
  }
  return Math.min(high, Math.max(low, snapped));
}

/** The space as the canonical mapping `parseSearchSpace` reads: stored in the trials file, compared on resume. */
export function spaceDefinition(space: SearchSpace): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const { name, distribution, when, gridPoints } of space.parameters) {
    const entry: Record<string, unknown> = { ...distribution };
    if (distribution.type === 'int' && !distribution.log) delete entry.log;
    if (distribution.type === 'int' && distribution.step === 1) delete entry.step;
    if (when) entry.when = when;
    if (gridPoints !== undefined) entry.grid = gridPoints;
    out[name] = entry;
  }
  return out;
}
