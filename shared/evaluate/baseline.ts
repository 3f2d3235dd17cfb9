import { existsSync, statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { toUserError } from '../github/errors.js';
import { resolveModel, type ResolveOptions, type ResolvedModel } from '../registry/resolve.js';
import { listVersionTags } from '../registry/versions.js';
import { IntegrityError, isUserError } from '../runtime/errors.js';

const INPUT = 'baseline';

/**
 * What the `baseline` input means for a candidate named `modelName`: `none` → no baseline; an
 * existing folder → that package; a bare alias (`production`, `staging`, `latest`) → that alias
 * of the candidate's own name; a bare `vN` → that version; `name@alias`, `name/vN` as written.
 */
export function baselineReference(input: string | undefined, modelName: string, cwd: string): string | undefined {
  const text = (input ?? 'production').trim();
  if (text === '' || text === 'none') return undefined;
  const local = resolvePath(cwd, text);
  if (existsSync(local) && statSync(local).isDirectory()) return text;
  if (/^v\d+$/.test(text)) return `${modelName}/${text}`;
  if (!text.includes('@') && !text.includes('/') && !text.startsWith('.')) return `${modelName}@${text}`;
  return text;
}

export type BaselineOutcome =
  | { resolved: ResolvedModel; ref: string }
  | {
      resolved?: undefined;
      ref: string;
      reason?: string;
      /** The registry has no version of the model at all: this candidate would be its first. */
      firstVersion?: boolean;
    };

/**
 * Resolves the baseline. One that does not exist yet (no such alias, no version, no token or
 * GitHub unreachable) is not fatal here: the outcome carries the reason, and the caller warns
 * and compares against nothing unless the gates need a baseline. A baseline that exists but
 * fails its integrity check (checksums, escaping archive entries) fails the step: someone
 * changed a registered model. Errors that are not the user's (bugs) still propagate.
 */
export async function resolveBaseline(
  input: string | undefined,
  modelName: string,
  options: ResolveOptions & { cwd: string },
): Promise<BaselineOutcome> {
  const ref = baselineReference(input, modelName, options.cwd);
  if (ref === undefined) return { ref: 'none' };
  try {
    return { resolved: await resolveModel(ref, { ...options, input: INPUT }), ref };
  } catch (error) {
    const described = toUserError(error, { what: `Resolving the baseline ${ref}` });
    if (!isUserError(described) || described instanceof IntegrityError) throw described;
    const reason = described.message.replace(/^input "baseline": /, '');
    return { ref, reason, firstVersion: await hasNoVersions(ref, modelName, options) };
  }
}

/** True when the reference names the candidate's own model and the registry holds no version of it. */
async function hasNoVersions(ref: string, modelName: string, options: ResolveOptions): Promise<boolean> {
  if (!options.client || !options.repository || !ref.startsWith(`${modelName}@`)) return false;
  try {
    return (await listVersionTags(options.client, { ...options.repository, name: modelName })).length === 0;
  } catch {
    return false;
  }
}
