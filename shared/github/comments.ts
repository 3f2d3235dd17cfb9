import { UserError } from '../runtime/errors.js';
import type { GitHubClient } from './client.js';
import { describedAs, hasStatus } from './errors.js';
import { GITHUB_BODY_LIMIT, bodyLength, hasMarker, hiddenMarker, sameBody, withMarker } from './markers.js';

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  created_at: string;
}

const COMMENT_PERMISSION = 'pull-requests: write';

/** Throws before GitHub would: a clear sentence instead of a 422 from the API. */
export function assertBodyFits(body: string, what: string): void {
  const length = bodyLength(body);
  if (length > GITHUB_BODY_LIMIT) {
    throw new UserError(
      `${what} is ${length.toLocaleString('en-US')} characters, over GitHub's limit of ${GITHUB_BODY_LIMIT.toLocaleString('en-US')}; shorten it (the report renderers truncate to fit when given the limit).`,
    );
  }
}

/** Every comment on an issue or pull request that carries the marker, oldest first. */
export async function findMarkedComments(
  client: GitHubClient,
  params: { owner: string; repo: string; issueNumber: number; marker: string },
): Promise<IssueComment[]> {
  const { owner, repo, issueNumber, marker } = params;
  const found: IssueComment[] = [];
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  })) {
    for (const comment of page.data) if (hasMarker(comment.body, marker)) found.push(comment);
  }
  return found.sort(byAge);
}

function byAge(a: { id: number; created_at: string }, b: { id: number; created_at: string }): number {
  return a.created_at === b.created_at ? a.id - b.id : a.created_at < b.created_at ? -1 : 1;
}

async function deleteComments(client: GitHubClient, owner: string, repo: string, comments: IssueComment[]): Promise<number> {
  let deleted = 0;
  for (const comment of comments) {
    try {
      await client.rest.issues.deleteComment({ owner, repo, comment_id: comment.id });
      deleted += 1;
    } catch (error) {
      // A racing run may have removed it already.
      if (!hasStatus(error, 404)) throw error;
    }
  }
  return deleted;
}

export interface StickyCommentParams {
  owner: string;
  repo: string;
  /** The pull request or issue number. */
  issueNumber: number;
  /** Separates several sticky comments on one pull request (evaluate's `comment-key`). */
  key: string;
  /** Markdown without the marker; the marker is added on the first line. */
  body: string;
}

export interface StickyCommentResult {
  id: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
  /** Marked comments left by earlier racing runs and deleted now. */
  removedDuplicates: number;
}

/** The marker a sticky comment with this key carries: `<!-- mlops-actions:comment:<key> -->`. */
export function stickyCommentMarker(key: string): string {
  return hiddenMarker('comment', key);
}

/**
 * One comment per key on a pull request, edited in place on every run. If racing runs left
 * several marked comments, the oldest is kept and the rest deleted, so the thread converges to
 * one whichever run finishes last.
 */
export async function upsertStickyComment(client: GitHubClient, params: StickyCommentParams): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, key } = params;
  const marker = stickyCommentMarker(key);
  const body = withMarker(marker, params.body);
  assertBodyFits(body, `The comment for key "${key}"`);
  const where = `${owner}/${repo}#${issueNumber}`;
  return describedAs({ what: `Writing the sticky comment "${key}" on ${where}`, permission: COMMENT_PERMISSION }, async () => {
    const existing = await findMarkedComments(client, { owner, repo, issueNumber, marker });
    if (existing.length === 0) {
      const { data: created } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
      // Another run may have created its own in the same moment: keep the oldest, drop ours.
      const after = await findMarkedComments(client, { owner, repo, issueNumber, marker });
      const [keeper, ...others] = after;
      const removed = await deleteComments(client, owner, repo, others);
      if (keeper && keeper.id !== created.id) {
        if (!sameBody(keeper.body, body)) await client.rest.issues.updateComment({ owner, repo, comment_id: keeper.id, body });
        return { id: keeper.id, url: keeper.html_url, action: 'updated', removedDuplicates: removed };
      }
      return { id: created.id, url: created.html_url, action: 'created', removedDuplicates: removed };
    }
    const [keeper, ...duplicates] = existing as [IssueComment, ...IssueComment[]];
    const removed = await deleteComments(client, owner, repo, duplicates);
    if (sameBody(keeper.body, body)) return { id: keeper.id, url: keeper.html_url, action: 'unchanged', removedDuplicates: removed };
    const { data: updated } = await client.rest.issues.updateComment({ owner, repo, comment_id: keeper.id, body });
    return { id: updated.id, url: updated.html_url, action: 'updated', removedDuplicates: removed };
  });
}
