import { ACTIONS, type ActionDefinition, type ActionInputs, type ActionName, type InputDefinition, type InputType } from './definitions.js';
import { InputError } from '../runtime/errors.js';
import { closest } from '../runtime/suggest.js';

/** The value type an input of a given kind parses to. */
export type InputValue = string | number | boolean | string[] | unknown;
export type ParsedInputs = Record<string, InputValue | undefined>;

/**
 * The runner's rule for the environment variable of an input: spaces become underscores and
 * the name is upper-cased; hyphens stay (`fail-on` -> `INPUT_FAIL-ON`).
 */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Raw strings as the runner passes them: every input the runner knows, trimmed; empty means "not given". */
export function rawInputsFromEnv(def: ActionDefinition, env: NodeJS.ProcessEnv): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(def.inputs)) {
    const value = env[inputEnvName(name)];
    if (value !== undefined && value.trim() !== '') raw[name] = value.trim();
  }
  return raw;
}

/**
 * Raw strings from `mlops <action> --<input> value …`. Booleans may be given as a bare flag
 * (`--importance`) or negated (`--no-importance`); `--name=value` also works.
 */
export function rawInputsFromArgv(def: ActionDefinition, argv: readonly string[], env: NodeJS.ProcessEnv = {}): Record<string, string> {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      throw new InputError(`unexpected argument "${arg}": inputs are given as --<input> value (see \`mlops ${def.name} --help\`).`);
    }
    let name = arg.slice(2);
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    let negated = false;
    if (!(name in def.inputs) && name.startsWith('no-') && def.inputs[name.slice(3)]?.type.kind === 'boolean') {
      name = name.slice(3);
      negated = true;
    }
    const input = def.inputs[name];
    if (!input) {
      const hint = closest(name, Object.keys(def.inputs));
      throw new InputError(`unknown input --${name} for ${def.name}${hint ? ` (did you mean --${hint}?)` : ''}.`, name);
    }
    if (negated) {
      raw[name] = 'false';
    } else if (value !== undefined) {
      raw[name] = value;
    } else if (input.type.kind === 'boolean' && (i + 1 >= argv.length || argv[i + 1].startsWith('--'))) {
      raw[name] = 'true';
    } else {
      if (i + 1 >= argv.length) throw new InputError(`--${name} needs a value.`, name);
      raw[name] = argv[++i];
    }
  }
  for (const [name, input] of Object.entries(def.inputs)) {
    if (raw[name] !== undefined) continue;
    for (const variable of input.cliEnvFallback ?? []) {
      const value = env[variable];
      if (value) {
        raw[name] = value;
        break;
      }
    }
  }
  return raw;
}

/** True for defaults the runner resolves itself, such as `${{ github.token }}`. */
function isExpression(value: string): boolean {
  return value.includes('${{');
}

/**
 * Turn raw strings into typed values: apply defaults, check required inputs, convert by type.
 * Every error names the input and says what a valid value looks like.
 */
export function parseInputs(def: ActionDefinition, raw: Record<string, string>): ParsedInputs {
  const unknown = Object.keys(raw).filter((name) => !(name in def.inputs));
  if (unknown.length > 0) {
    const name = unknown[0];
    const hint = closest(name, Object.keys(def.inputs));
    throw new InputError(`unknown input "${name}" for ${def.name}${hint ? ` (did you mean "${hint}"?)` : ''}.`, name);
  }
  const parsed: ParsedInputs = {};
  for (const [name, input] of Object.entries(def.inputs)) {
    let value = raw[name];
    if (value === undefined && input.default !== undefined && !isExpression(input.default)) value = input.default;
    if (value === undefined || value === '') {
      if (input.required) throw new InputError(`input "${name}" is required: ${input.description}`, name);
      parsed[name] = input.type.kind === 'list' ? [] : undefined;
      continue;
    }
    parsed[name] = convert(name, input, value);
  }
  return parsed;
}

function convert(name: string, input: InputDefinition, value: string): InputValue {
  const type: InputType = input.type;
  switch (type.kind) {
    case 'string':
    case 'path':
    case 'secret':
      return value;
    case 'boolean': {
      // The same words @actions/core's getBooleanInput accepts (YAML 1.2 core schema).
      if (['true', 'True', 'TRUE'].includes(value)) return true;
      if (['false', 'False', 'FALSE'].includes(value)) return false;
      throw new InputError(`input "${name}" must be true or false, got "${value}".`, name);
    }
    case 'integer':
    case 'number': {
      const number = Number(value);
      if (value.trim() === '' || !Number.isFinite(number) || (type.kind === 'integer' && !Number.isInteger(number))) {
        throw new InputError(`input "${name}" must be ${type.kind === 'integer' ? 'an integer' : 'a number'}, got "${value}".`, name);
      }
      if (type.min !== undefined && number < type.min)
        throw new InputError(`input "${name}" must be at least ${type.min}, got ${value}.`, name);
      if (type.max !== undefined && number > type.max)
        throw new InputError(`input "${name}" must be at most ${type.max}, got ${value}.`, name);
      return number;
    }
    case 'enum': {
      if (type.values.includes(value)) return value;
      const hint = closest(value, type.values);
      throw new InputError(
        `input "${name}" must be one of ${type.values.map((v) => `"${v}"`).join(', ')}, got "${value}"${hint ? ` (did you mean "${hint}"?)` : ''}.`,
        name,
      );
    }
    case 'json': {
      try {
        return JSON.parse(value) as unknown;
      } catch (error) {
        throw new InputError(
          `input "${name}" is not valid JSON (${(error as Error).message}). Quote it in YAML, e.g. ${name}: '{"learning_rate": 0.01}'.`,
          name,
        );
      }
    }
    case 'list':
      return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
  }
}

/**
 * parseInputs for one of the suite's actions, typed from its definition. The parser has checked
 * every value against the definition, which is what makes the one cast here sound.
 */
export function parseActionInputs<A extends ActionName>(name: A, raw: Record<string, string>): ActionInputs<A> {
  return parseInputs(ACTIONS[name], raw) as ActionInputs<A>;
}
