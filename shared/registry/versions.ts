import type { GitHubClient } from '../github/client.js';
import { createRef, listMatchingRefs } from '../github/refs.js';
import type { Release } from '../github/releases.js';
import { InputError, UserError } from '../runtime/errors.js';
import { parseRecord, type RegistryRecord } from './card.js';
import { versionOfTag, versionTag, versionTagPrefix } from './names.js';

export interface Repo {
  owner: string;
  repo: string;
}

/** A version's release as the registry sees it. */
export interface VersionRelease {
  version: number;
  release: Release;
  /** The machine-readable record from the body; undefined for a release the registry did not write. */
  record?: RegistryRecord;
}

/** Version numbers that have a tag, newest first (a tag exists from allocation on, before its release is published). */
export async function listVersionTags(client: GitHubClient, target: Repo & { name: string }): Promise<{ version: number; sha: string }[]> {
  const refs = await listMatchingRefs(client, { ...target, prefix: versionTagPrefix(target.name) });
  const versions: { version: number; sha: string }[] = [];
  for (const ref of refs) {
    const version = versionOfTag(target.name, ref.ref);
    if (version !== undefined) versions.push({ version, sha: ref.sha });
  }
  return versions.sort((a, b) => b.version - a.version);
}

/** The model's versions among a repository's releases (drafts included when the list has them), newest first. */
export function versionReleases(releases: readonly Release[], name: string): VersionRelease[] {
  const out: VersionRelease[] = [];
  for (const release of releases) {
    const version = versionOfTag(name, release.tag_name);
    if (version === undefined) continue;
    out.push({ version, release, record: parseRecord(release.body) });
  }
  return out.sort((a, b) => b.version - a.version || a.release.id - b.release.id);
}

export interface AllocateOptions extends Repo {
  name: string;
  /** The commit the version tag points at. */
  sha: string;
  /** An explicit version; undefined means the next free integer. */
  requested?: number;
  /** Bound on the 422 retries of `auto` under contention. */
  maxAttempts?: number;
}

function missingCommit(error: unknown, options: AllocateOptions): unknown {
  if (error instanceof UserError && /Object does not exist|not a valid (sha|commit)/i.test(error.message)) {
    return new UserError(
      `The commit ${options.sha} is not in ${options.owner}/${options.repo}, so the version tag cannot point at it. Push the commit first (a workflow on this repository always can), or set GITHUB_SHA to a commit the repository has.`,
      { cause: error },
    );
  }
  return error;
}

/**
 * Claims a version number by creating its tag. Tag creation is the lock: of two registers that
 * both read "next is 4", GitHub lets exactly one create `name/v4` and answers 422 to the other,
 * which then tries 5, and so on, so racing runs never share a version.
 */
export async function allocateVersion(client: GitHubClient, options: AllocateOptions): Promise<number> {
  const { owner, repo, name, sha } = options;
  try {
    if (options.requested !== undefined) {
      const tag = versionTag(name, options.requested);
      const result = await createRef(client, { owner, repo, ref: `refs/tags/${tag}`, sha });
      if (!result.created) {
        throw new InputError(
          `input "version": ${tag} already exists in ${owner}/${repo}. Versions are immutable: use version "auto" for the next free number, or a number that is not taken.`,
          'version',
        );
      }
      return options.requested;
    }
    const existing = await listVersionTags(client, { owner, repo, name });
    let candidate = (existing[0]?.version ?? 0) + 1;
    const maxAttempts = options.maxAttempts ?? 20;
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1, candidate += 1) {
      const result = await createRef(client, { owner, repo, ref: `refs/tags/${versionTag(name, candidate)}`, sha });
      if (result.created) return candidate;
    }
    throw new UserError(
      `Could not claim a version of ${name} in ${owner}/${repo}: ${maxAttempts} numbers in a row were taken by other runs at the same moment. Re-run the job (or limit concurrent registers with a workflow \`concurrency:\` group).`,
    );
  } catch (error) {
    throw missingCommit(error, options);
  }
}

/**
 * The version an earlier execution of this same run already registered: the same run id and
 * attempt; else the same run id with a byte-identical package archive; else the run's published
 * version whatever its bytes (a re-run retrains, and a package records when it was built, so its
 * bytes differ: one workflow run registers one version). Drafts count for the first two: an
 * attempt that died mid-upload is resumed.
 */
export function findRunVersion(
  versions: readonly VersionRelease[],
  run: { id?: string; attempt?: string },
  archiveSha256: string,
): VersionRelease | undefined {
  if (!run.id) return undefined;
  const sameRun = versions.filter((v) => v.record?.run.id === run.id);
  const pick = (candidates: VersionRelease[]) => candidates.find((v) => !v.release.draft) ?? candidates[0];
  return (
    pick(sameRun.filter((v) => v.record?.run.attempt === run.attempt)) ??
    pick(sameRun.filter((v) => v.record?.archive.sha256 === archiveSha256)) ??
    sameRun.find((v) => !v.release.draft)
  );
}
