import type { GitHubClient } from '../github/client.js';
import { describedAs, hasStatus } from '../github/errors.js';
import { deleteRef } from '../github/refs.js';
import { listReleases } from '../github/releases.js';
import type { StepIO } from '../runtime/io.js';
import { currentMove, listAliases } from './aliases.js';
import { versionTag } from './names.js';
import { versionReleases, type Repo } from './versions.js';

export interface RetentionResult {
  deleted: number[];
  /** Older than the newest `keep` but kept because an alias points at them. */
  protectedByAlias: number[];
}

/**
 * Deletes published versions beyond the newest `keep` that no alias points at now: the release
 * (with its assets) and its tag. The newest version always survives (keep ≥ 1), so the next
 * `auto` number never reuses a deleted one. Drafts (a register in progress) are left alone, and
 * alias histories keep their entries.
 */
export async function applyRetention(
  client: GitHubClient,
  options: Repo & { name: string; keep: number; io?: StepIO },
): Promise<RetentionResult> {
  const { owner, repo, name, keep, io } = options;
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`keep must be a positive integer, got ${keep}`);
  const published = versionReleases(await listReleases(client, { owner, repo }), name).filter((v) => !v.release.draft);
  const pinned = new Set<number>();
  for (const moves of (await listAliases(client, { owner, repo, name })).values()) {
    const current = currentMove(moves);
    if (current) pinned.add(current.version);
  }
  const result: RetentionResult = { deleted: [], protectedByAlias: [] };
  for (const { version, release } of published.slice(keep)) {
    if (pinned.has(version)) {
      result.protectedByAlias.push(version);
      continue;
    }
    const tag = versionTag(name, version);
    await describedAs({ what: `Deleting the release ${tag} in ${owner}/${repo} (retention)`, permission: 'contents: write' }, async () => {
      try {
        await client.rest.repos.deleteRelease({ owner, repo, release_id: release.id });
      } catch (error) {
        if (!hasStatus(error, 404)) throw error;
      }
    });
    await deleteRef(client, { owner, repo, ref: `tags/${tag}` });
    result.deleted.push(version);
    io?.info(`Retention: deleted ${tag} (older than the newest ${keep}, no alias points at it).`);
  }
  return result;
}
