import type { GitHubClient } from './client.js';
import { describedAs, gitHubMessage, hasStatus } from './errors.js';

const REFS_PERMISSION = 'contents: write';

export interface GitRef {
  /** Full name: `refs/tags/model/v3`. */
  ref: string;
  sha: string;
  /** What the ref points at: `commit`, or `tag` for an annotated tag object. */
  type: string;
}

export interface RefParams {
  owner: string;
  repo: string;
  /** `refs/tags/x`, `tags/x` or `heads/x`; the `refs/` prefix is optional. */
  ref: string;
}

/** `refs/tags/x` for the create call, `tags/x` for the others (the REST paths differ). */
export function fullRef(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

export function shortRef(ref: string): string {
  return ref.replace(/^refs\//, '');
}

function toGitRef(data: { ref: string; object: { sha: string; type: string } }): GitRef {
  return { ref: data.ref, sha: data.object.sha, type: data.object.type };
}

/** The ref, or undefined when it does not exist. */
export async function getRef(client: GitHubClient, params: RefParams): Promise<GitRef | undefined> {
  const { owner, repo } = params;
  return describedAs({ what: `Reading ${fullRef(params.ref)} in ${owner}/${repo}` }, async () => {
    try {
      const { data } = await client.rest.git.getRef({ owner, repo, ref: shortRef(params.ref) });
      return toGitRef(data);
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  });
}

/** Every ref whose name starts with the prefix (`tags/model@production/`), paginated. */
export async function listMatchingRefs(client: GitHubClient, params: { owner: string; repo: string; prefix: string }): Promise<GitRef[]> {
  const { owner, repo } = params;
  return describedAs({ what: `Listing ${fullRef(params.prefix)}* in ${owner}/${repo}` }, async () => {
    const refs: GitRef[] = [];
    for await (const page of client.paginate.iterator(client.rest.git.listMatchingRefs, {
      owner,
      repo,
      ref: shortRef(params.prefix),
      per_page: 100,
    })) {
      for (const data of page.data) refs.push(toGitRef(data));
    }
    return refs;
  });
}

export type CreateRefResult = { created: true; ref: GitRef } | { created: false; existing?: GitRef };

/**
 * Creates a ref. GitHub answers 422 "Reference already exists" when another run got there first;
 * that is `{ created: false }` (with the existing ref), which makes tag creation usable as a lock:
 * of two runs racing for `model/v4`, exactly one gets `created: true`.
 */
export async function createRef(client: GitHubClient, params: RefParams & { sha: string }): Promise<CreateRefResult> {
  const { owner, repo, sha } = params;
  const ref = fullRef(params.ref);
  return describedAs({ what: `Creating ${ref} in ${owner}/${repo}`, permission: REFS_PERMISSION }, async () => {
    try {
      const { data } = await client.rest.git.createRef({ owner, repo, ref, sha });
      return { created: true, ref: toGitRef(data) };
    } catch (error) {
      if (hasStatus(error, 422) && /already exists/i.test(gitHubMessage(error))) {
        return { created: false, existing: await getRef(client, { owner, repo, ref }) };
      }
      throw error;
    }
  });
}

/**
 * Points the ref at `sha` in one call (an alias move is atomic: readers see the old or the new
 * target, never neither). `force` allows a move that is not a fast-forward, which tags need.
 */
export async function updateRef(client: GitHubClient, params: RefParams & { sha: string; force?: boolean }): Promise<GitRef> {
  const { owner, repo, sha } = params;
  return describedAs(
    { what: `Moving ${fullRef(params.ref)} in ${owner}/${repo} to ${sha.slice(0, 12)}`, permission: REFS_PERMISSION },
    async () => {
      const { data } = await client.rest.git.updateRef({ owner, repo, ref: shortRef(params.ref), sha, force: params.force ?? false });
      return toGitRef(data);
    },
  );
}

/** Deletes the ref; `{ deleted: false }` when it was already gone. */
export async function deleteRef(client: GitHubClient, params: RefParams): Promise<{ deleted: boolean }> {
  const { owner, repo } = params;
  return describedAs({ what: `Deleting ${fullRef(params.ref)} in ${owner}/${repo}`, permission: REFS_PERMISSION }, async () => {
    try {
      await client.rest.git.deleteRef({ owner, repo, ref: shortRef(params.ref) });
      return { deleted: true };
    } catch (error) {
      if (hasStatus(error, 404) || (hasStatus(error, 422) && /does not exist/i.test(gitHubMessage(error)))) return { deleted: false };
      throw error;
    }
  });
}
