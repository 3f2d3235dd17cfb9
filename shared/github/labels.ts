import type { GitHubClient } from './client.js';
import { describedAs, hasStatus } from './errors.js';

export interface EnsureLabelParams {
  owner: string;
  repo: string;
  name: string;
  /** Six hex digits, without `#`. */
  color: string;
  description?: string;
}

/**
 * Creates the label when the repository does not have it (GitHub would create a label named on
 * an issue without colour or description). An existing label is left as it is; a run racing to
 * create the same label (422 `already_exists`) counts as existing.
 */
export async function ensureLabel(client: GitHubClient, params: EnsureLabelParams): Promise<{ created: boolean }> {
  const { owner, repo, name } = params;
  return describedAs({ what: `Creating the label "${name}" in ${owner}/${repo}`, permission: 'issues: write' }, async () => {
    try {
      await client.rest.issues.getLabel({ owner, repo, name });
      return { created: false };
    } catch (error) {
      if (!hasStatus(error, 404)) throw error;
    }
    try {
      await client.rest.issues.createLabel({
        owner,
        repo,
        name,
        color: params.color,
        ...(params.description !== undefined ? { description: params.description } : {}),
      });
      return { created: true };
    } catch (error) {
      // 422 already_exists: a racing run made it first.
      if (!hasStatus(error, 422)) throw error;
      return { created: false };
    }
  });
}
