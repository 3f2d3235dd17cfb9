import { parse as parseYaml } from 'yaml';
import { InputError } from '../runtime/errors.js';
import type { ColumnOverride, DriftOptions, MethodName } from './compare.js';
import { isStatTestName } from './registry.js';

const OPTION_KEYS = ['method', 'threshold', 'min-effect', 'min_effect', 'kind', 'skip'];

/**
 * monitor's `method` text as drift options: `auto`, one test for every column, or a YAML map of
 * column → test name, `skip`, or `{method, threshold, min-effect, kind, skip}`. `chi2` is read as
 * `chisquare`. Errors are `InputError`s naming `input`.
 */
export function parseDriftMethod(text: string, input = 'method'): Pick<DriftOptions, 'method' | 'columns'> {
  const name = (value: string, where: string): MethodName => {
    const normalized = value.trim().toLowerCase() === 'chi2' ? 'chisquare' : value.trim().toLowerCase();
    if (normalized === 'auto' || isStatTestName(normalized)) return normalized as MethodName;
    throw new InputError(
      `input "${input}": ${where}"${value}" is not a drift test; use auto, ks, chisquare, z, wasserstein, jensenshannon or psi.`,
      input,
    );
  };
  const trimmed = text.trim();
  if (/^[\w-]+$/.test(trimmed)) return { method: name(trimmed, '') };
  let parsed: unknown;
  try {
    parsed = parseYaml(trimmed);
  } catch (error) {
    throw new InputError(`input "${input}" is not valid YAML (${(error as Error).message.split('\n')[0]}).`, input);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError(`input "${input}" must be \`auto\`, a test name, or a YAML map of column to test (e.g. \`age: ks\`).`, input);
  }
  const columns: Record<string, ColumnOverride> = {};
  for (const [column, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof value === 'string') {
      columns[column] = value.trim() === 'skip' ? { skip: true } : { method: name(value, `column "${column}": `) };
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new InputError(`input "${input}": column "${column}" needs a test name or {method, threshold, min-effect, kind, skip}.`, input);
    }
    const options = value as Record<string, unknown>;
    const unknown = Object.keys(options).filter((key) => !OPTION_KEYS.includes(key));
    if (unknown.length > 0) {
      throw new InputError(
        `input "${input}": column "${column}" has unknown option(s) ${unknown.join(', ')}; use method, threshold, min-effect, kind, skip.`,
        input,
      );
    }
    const override: ColumnOverride = {};
    if (options.method !== undefined) override.method = name(String(options.method), `column "${column}": `);
    for (const [key, field] of [
      ['threshold', 'threshold'],
      ['min-effect', 'minEffect'],
      ['min_effect', 'minEffect'],
    ] as const) {
      if (options[key] === undefined) continue;
      const number = Number(options[key]);
      if (!Number.isFinite(number) || number < 0)
        throw new InputError(`input "${input}": column "${column}": ${key} must be a number of 0 or more.`, input);
      override[field] = number;
    }
    if (options.kind !== undefined) {
      if (options.kind !== 'numeric' && options.kind !== 'categorical') {
        throw new InputError(`input "${input}": column "${column}": kind must be numeric or categorical.`, input);
      }
      override.kind = options.kind;
    }
    if (options.skip !== undefined) override.skip = options.skip === true;
    columns[column] = override;
  }
  return { method: 'auto', columns };
}
