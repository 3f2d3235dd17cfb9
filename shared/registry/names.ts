import { InputError } from '../runtime/errors.js';

/**
 * Names in the registry become parts of git tag names (`<name>/v<N>`, `<name>@<alias>/…`) and of
 * release asset names, so they follow git check-ref-format and GitHub's asset-name rules, and
 * may not contain the two separators the registry itself uses: `/` (version) and `@` (alias).
 */
const SAFE = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const MAX_LENGTH = 100;

/** The alias the resolver reserves for "the newest published version". */
export const LATEST = 'latest';

/** What git check-ref-format says about a tag component, in words; undefined when it is fine. */
export function refFormatProblem(component: string): string | undefined {
  if (component === '') return 'it is empty';
  if (component === '@') return 'a lone "@" is not a valid git ref';
  // eslint-disable-next-line no-control-regex
  const control = /[\x00-\x20\x7f]/.exec(component);
  if (control) return control[0] === ' ' ? 'it contains a space' : 'it contains a control character';
  const forbidden = /[~^:?*[\\]/.exec(component);
  if (forbidden) return `it contains "${forbidden[0]}", which git does not allow in a tag name`;
  if (component.includes('..')) return 'it contains "..", which git does not allow in a tag name';
  if (component.includes('@{')) return 'it contains "@{", which git does not allow in a tag name';
  if (component.startsWith('.')) return 'it starts with ".", which git does not allow in a tag name';
  if (component.endsWith('.')) return 'it ends with ".", which git does not allow in a tag name';
  if (component.endsWith('.lock')) return 'it ends with ".lock", which git does not allow in a tag name';
  return undefined;
}

function checkName(value: string, what: 'model name' | 'alias', input: string): string {
  const problem =
    refFormatProblem(value) ??
    (value.includes('/') ? 'it contains "/", which the registry uses to separate the name from the version (name/vN)' : undefined) ??
    (value.includes('@') ? 'it contains "@", which the registry uses to separate the name from an alias (name@alias)' : undefined) ??
    (value.length > MAX_LENGTH ? `it is longer than ${MAX_LENGTH} characters` : undefined) ??
    (!SAFE.test(value) ? 'it has characters other than letters, digits, ".", "_" and "-" (GitHub renames such release assets)' : undefined);
  if (problem) {
    throw new InputError(
      `input "${input}": the ${what} "${value}" cannot be used: ${problem}. Use letters, digits, ".", "_" and "-", e.g. "churn-model".`,
      input,
    );
  }
  return value;
}

export function validateModelName(name: string, input = 'name'): string {
  return checkName(name, 'model name', input);
}

export function validateAlias(alias: string, input = 'alias'): string {
  checkName(alias, 'alias', input);
  if (alias === LATEST) {
    throw new InputError(
      `input "${input}": "${LATEST}" is reserved (name@latest always means the newest published version); pick another alias name, e.g. "staging".`,
      input,
    );
  }
  if (/^v\d+$/.test(alias))
    throw new InputError(
      `input "${input}": the alias "${alias}" looks like a version; pick a name such as "staging" or "production".`,
      input,
    );
  return alias;
}

/** The release tag of a version: `churn/v3`. */
export function versionTag(name: string, version: number): string {
  return `${name}/v${version}`;
}

/** Prefix of every version tag of a model, for matching-refs (`tags/churn/v`). */
export function versionTagPrefix(name: string): string {
  return `tags/${name}/v`;
}

/** The version number of a full or short tag ref of this model, or undefined for anything else. */
export function versionOfTag(name: string, ref: string): number | undefined {
  const short = ref.replace(/^refs\//, '').replace(/^tags\//, '');
  const prefix = `${name}/v`;
  if (!short.startsWith(prefix)) return undefined;
  const rest = short.slice(prefix.length);
  return /^[1-9]\d*$/.test(rest) ? Number(rest) : undefined;
}

/** A reference a user writes for a registered model. */
export type ModelRef =
  | { kind: 'version'; name: string; version: number }
  | { kind: 'alias'; name: string; alias: string }
  | { kind: 'latest'; name: string };

/**
 * Parses `name/vN`, `name@alias` or `name@latest`; undefined when the text has neither form
 * (the caller then treats it as a path).
 */
export function parseModelRef(text: string, input = 'model'): ModelRef | undefined {
  const version = /^([^/@]+)\/v(\d+)$/.exec(text);
  if (version) {
    const number = Number(version[2]);
    if (!Number.isSafeInteger(number) || number < 1)
      throw new InputError(`input "${input}": "${text}" has no valid version number; versions start at 1 (name/v1).`, input);
    return { kind: 'version', name: validateModelName(version[1]!, input), version: number };
  }
  const alias = /^([^/@]+)@([^/@]+)$/.exec(text);
  if (alias) {
    const name = validateModelName(alias[1]!, input);
    if (alias[2] === LATEST) return { kind: 'latest', name };
    return { kind: 'alias', name, alias: validateAlias(alias[2]!, input) };
  }
  return undefined;
}

export function formatModelRef(ref: ModelRef): string {
  if (ref.kind === 'version') return versionTag(ref.name, ref.version);
  return `${ref.name}@${ref.kind === 'latest' ? LATEST : ref.alias}`;
}
