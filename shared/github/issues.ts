import type { GitHubClient } from './client.js';
import { assertBodyFits, findMarkedComments } from './comments.js';
import { describedAs } from './errors.js';
import { hasMarker, hiddenMarker, sameBody, withMarker } from './markers.js';

const ISSUE_PERMISSION = 'issues: write';

export interface OpenIssue {
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  created_at: string;
  labels: (string | { name?: string })[];
}

/** The marker an issue with this key carries: `<!-- mlops-actions:issue:<key> -->`. */
export function issueMarker(key: string): string {
  return hiddenMarker('issue', key);
}

async function scanOpenIssues(client: GitHubClient, owner: string, repo: string, marker: string, labels: string[]): Promise<OpenIssue[]> {
  const found: OpenIssue[] = [];
  const query = { owner, repo, state: 'open' as const, per_page: 100, ...(labels.length > 0 ? { labels: labels.join(',') } : {}) };
  for await (const page of client.paginate.iterator(client.rest.issues.listForRepo, query)) {
    for (const issue of page.data) {
      // The issues list includes pull requests; they are never ours.
      if (issue.pull_request) continue;
      if (hasMarker(issue.body, marker)) found.push(issue);
    }
  }
  return found.sort((a, b) => a.number - b.number);
}

/**
 * Open issues carrying the marker, oldest first, found through the REST issue list (never the
 * search API, whose index lags minutes behind and would let a quick re-run open a duplicate).
 * The list is filtered by `labels` first; if nothing matches (someone removed a label) every
 * open issue is scanned, so a relabelled issue is still found instead of duplicated.
 */
export async function findOpenIssuesByMarker(
  client: GitHubClient,
  params: { owner: string; repo: string; key: string; labels?: string[] },
): Promise<OpenIssue[]> {
  const { owner, repo, key } = params;
  const labels = params.labels ?? [];
  const marker = issueMarker(key);
  const labelled = await scanOpenIssues(client, owner, repo, marker, labels);
  if (labelled.length > 0 || labels.length === 0) return labelled;
  return scanOpenIssues(client, owner, repo, marker, []);
}

export interface UpsertIssueParams {
  owner: string;
  repo: string;
  /** Identity of the issue (a model and environment); becomes the hidden marker. */
  key: string;
  title: string;
  /** Markdown without the marker. */
  body: string;
  labels?: string[];
  /** Set when the issue is opened; later runs leave assignment to people. */
  assignees?: string[];
}

export interface IssueResult {
  number: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
  /** Newer duplicates (from racing runs) closed now as not planned. */
  closedDuplicates: number[];
}

function labelNames(issue: OpenIssue): string[] {
  return issue.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? '')));
}

/**
 * One open issue per key: opened the first time, its title and body refreshed afterwards, and
 * any missing labels added (labels people added stay). Racing runs that opened duplicates
 * converge: the oldest stays open, the others are closed with a pointer to it.
 */
export async function upsertIssue(client: GitHubClient, params: UpsertIssueParams): Promise<IssueResult> {
  const { owner, repo, key, title } = params;
  const labels = params.labels ?? [];
  const body = withMarker(issueMarker(key), params.body);
  assertBodyFits(body, `The issue body for "${key}"`);
  return describedAs({ what: `Opening or updating the issue "${key}" in ${owner}/${repo}`, permission: ISSUE_PERMISSION }, async () => {
    let open = await findOpenIssuesByMarker(client, { owner, repo, key, labels });
    let createdNumber: number | undefined;
    if (open.length === 0) {
      const { data: created } = await client.rest.issues.create({
        owner,
        repo,
        title,
        body,
        labels,
        ...(params.assignees?.length ? { assignees: params.assignees } : {}),
      });
      createdNumber = created.number;
      // Look again: a run racing with this one may have opened its own a moment earlier.
      open = await findOpenIssuesByMarker(client, { owner, repo, key, labels });
      if (open.length === 0) open = [created];
    }
    const [keeper, ...duplicates] = open as [OpenIssue, ...OpenIssue[]];
    const closedDuplicates: number[] = [];
    for (const duplicate of duplicates) {
      await closeOne(
        client,
        owner,
        repo,
        duplicate.number,
        `Duplicate of #${keeper.number}, opened by a run racing with another.`,
        'not_planned',
      );
      closedDuplicates.push(duplicate.number);
    }
    if (keeper.number === createdNumber) return { number: keeper.number, url: keeper.html_url, action: 'created', closedDuplicates };
    const missing = labels.filter((label) => !labelNames(keeper).includes(label));
    if (missing.length > 0) await client.rest.issues.addLabels({ owner, repo, issue_number: keeper.number, labels: missing });
    if (keeper.title === title && sameBody(keeper.body, body)) {
      return { number: keeper.number, url: keeper.html_url, action: missing.length > 0 ? 'updated' : 'unchanged', closedDuplicates };
    }
    await client.rest.issues.update({ owner, repo, issue_number: keeper.number, title, body });
    return { number: keeper.number, url: keeper.html_url, action: 'updated', closedDuplicates };
  });
}

export interface CommentOnIssueParams {
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  /**
   * Makes the comment idempotent: with a key (say the run id and attempt), a comment already
   * carrying it is returned instead of posting a second one.
   */
  key?: string;
}

export interface CommentResult {
  id: number;
  url: string;
  action: 'created' | 'unchanged';
}

export async function commentOnIssue(client: GitHubClient, params: CommentOnIssueParams): Promise<CommentResult> {
  const { owner, repo, issueNumber, key } = params;
  const marker = key ? hiddenMarker('issue-comment', key) : undefined;
  const body = marker ? withMarker(marker, params.body) : params.body;
  assertBodyFits(body, `The comment on ${owner}/${repo}#${issueNumber}`);
  return describedAs({ what: `Commenting on ${owner}/${repo}#${issueNumber}`, permission: ISSUE_PERMISSION }, async () => {
    if (marker) {
      const [existing] = await findMarkedComments(client, { owner, repo, issueNumber, marker });
      if (existing) return { id: existing.id, url: existing.html_url, action: 'unchanged' };
    }
    const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { id: data.id, url: data.html_url, action: 'created' };
  });
}

async function closeOne(
  client: GitHubClient,
  owner: string,
  repo: string,
  issueNumber: number,
  comment: string | undefined,
  reason: 'completed' | 'not_planned',
): Promise<void> {
  if (comment) await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: comment });
  await client.rest.issues.update({ owner, repo, issue_number: issueNumber, state: 'closed', state_reason: reason });
}

export interface CloseIssueParams {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Posted before closing, once: a re-run that finds the issue closed posts nothing. */
  comment?: string;
  reason?: 'completed' | 'not_planned';
}

export async function closeIssue(
  client: GitHubClient,
  params: CloseIssueParams,
): Promise<{ number: number; url: string; action: 'closed' | 'unchanged' }> {
  const { owner, repo, issueNumber } = params;
  return describedAs({ what: `Closing ${owner}/${repo}#${issueNumber}`, permission: ISSUE_PERMISSION }, async () => {
    const { data: issue } = await client.rest.issues.get({ owner, repo, issue_number: issueNumber });
    if (issue.state === 'closed') return { number: issue.number, url: issue.html_url, action: 'unchanged' };
    if (params.comment) assertBodyFits(params.comment, `The closing comment on ${owner}/${repo}#${issueNumber}`);
    await closeOne(client, owner, repo, issueNumber, params.comment, params.reason ?? 'completed');
    return { number: issue.number, url: issue.html_url, action: 'closed' };
  });
}
