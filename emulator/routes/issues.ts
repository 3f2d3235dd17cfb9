// Issues, issue comments, labels and pull requests.
import {
  BODY_LIMITS,
  checkBodyLength,
  listReply,
  notFound,
  requireField,
  unprocessable,
  type Handler,
  type HandlerContext,
} from '../http.js';
import { renderComment, renderIssue, renderLabel, renderPull } from '../render.js';
import { nextId, timestamp } from '../state.js';
import type { IssueState, LabelState, RepoState } from '../types.js';

/** Color GitHub gives a label it creates on the fly. */
const AUTO_LABEL_COLOR = 'ededed';

function findIssue(ctx: HandlerContext, number: number): IssueState {
  const issue = ctx.repo.issues.find((i) => i.number === number);
  if (!issue) throw notFound(ctx.documentationUrl);
  return issue;
}

function findLabel(repo: RepoState, name: string): LabelState | undefined {
  const lower = name.toLowerCase();
  return repo.labels.find((l) => l.name.toLowerCase() === lower);
}

/** Returns the repo's canonical label name, creating the label as GitHub does for unknown names. */
function ensureLabel(ctx: HandlerContext, name: string): string {
  const existing = findLabel(ctx.repo, name);
  if (existing) return existing.name;
  ctx.repo.labels.push({ id: nextId(ctx.store.state), name, color: AUTO_LABEL_COLOR, description: null, default: false });
  return name;
}

function labelNames(input: unknown): string[] {
  if (!Array.isArray(input)) return [];
  return input.map((item) => (typeof item === 'string' ? item : String((item as { name?: unknown }).name ?? ''))).filter((n) => n !== '');
}

function setIssueLabels(ctx: HandlerContext, issue: IssueState, names: string[]): void {
  const canonical = names.map((n) => ensureLabel(ctx, n));
  issue.labels = [...new Map(canonical.map((n) => [n.toLowerCase(), n])).values()];
}

function touch(issue: IssueState): void {
  issue.updatedAt = timestamp();
}

function sortIssues(items: IssueState[], ctx: HandlerContext): IssueState[] {
  const sort = ctx.query.sort ?? 'created';
  const direction = ctx.query.direction ?? 'desc';
  const key = (i: IssueState): string | number =>
    sort === 'updated'
      ? i.updatedAt
      : sort === 'comments'
        ? ctx.repo.comments.filter((c) => c.issueNumber === i.number).length
        : i.createdAt;
  const sorted = [...items].sort((a, b) => {
    const ka = key(a),
      kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : a.number - b.number;
  });
  return direction === 'asc' ? sorted : sorted.reverse();
}

const listIssues: Handler = (ctx) => {
  const state = ctx.query.state ?? 'open';
  const wanted =
    typeof ctx.query.labels === 'string'
      ? ctx.query.labels
          .split(',')
          .map((l: string) => l.trim().toLowerCase())
          .filter(Boolean)
      : [];
  let items = ctx.repo.issues.filter((i) => state === 'all' || i.state === state);
  if (wanted.length) items = items.filter((i) => wanted.every((w: string) => i.labels.some((l) => l.toLowerCase() === w)));
  const creator = ctx.query.creator as string | undefined;
  if (creator) items = items.filter((i) => i.user.toLowerCase() === creator.toLowerCase());
  const assignee = ctx.query.assignee as string | undefined;
  if (assignee === 'none') items = items.filter((i) => i.assignees.length === 0);
  else if (assignee === '*') items = items.filter((i) => i.assignees.length > 0);
  else if (assignee) items = items.filter((i) => i.assignees.some((a) => a.toLowerCase() === assignee.toLowerCase()));
  if (ctx.query.milestone === '*') items = []; // the emulator has no milestones
  if (typeof ctx.query.since === 'string') items = items.filter((i) => i.updatedAt >= ctx.query.since);
  return listReply(
    ctx,
    sortIssues(items, ctx).map((i) => renderIssue(ctx.origins, ctx.repo, i)),
  );
};

const createIssue: Handler = (ctx) => {
  checkBodyLength(ctx, 'Issue', ctx.body.body, BODY_LIMITS.issue);
  const now = timestamp();
  const issue: IssueState = {
    id: nextId(ctx.store.state),
    number: ctx.repo.nextNumber++,
    title: requireField(ctx, 'Issue', 'title'),
    body: typeof ctx.body.body === 'string' ? ctx.body.body : null,
    state: 'open',
    stateReason: null,
    labels: [],
    assignees: [...new Set<string>([...(ctx.body.assignee ? [ctx.body.assignee] : []), ...(ctx.body.assignees ?? [])])],
    user: ctx.actor,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
    isPullRequest: false,
  };
  setIssueLabels(ctx, issue, labelNames(ctx.body.labels));
  ctx.repo.issues.push(issue);
  const body = renderIssue(ctx.origins, ctx.repo, issue);
  return { status: 201, body, headers: { location: body.url } };
};

const getIssue: Handler = (ctx) => ({ status: 200, body: renderIssue(ctx.origins, ctx.repo, findIssue(ctx, ctx.params.issue_number)) });

const updateIssue: Handler = (ctx) => {
  const issue = findIssue(ctx, ctx.params.issue_number);
  const body = ctx.body ?? {};
  checkBodyLength(ctx, 'Issue', body.body, BODY_LIMITS.issue);
  if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
  if (body.body !== undefined) issue.body = body.body;
  if (body.labels !== undefined) setIssueLabels(ctx, issue, labelNames(body.labels));
  if (body.assignees !== undefined) issue.assignees = [...new Set<string>(body.assignees)];
  else if (body.assignee !== undefined) issue.assignees = body.assignee ? [body.assignee] : [];
  if (body.state === 'closed' && issue.state !== 'closed') {
    issue.state = 'closed';
    issue.closedAt = timestamp();
    issue.closedBy = ctx.actor;
    issue.stateReason = body.state_reason && body.state_reason !== 'reopened' ? body.state_reason : 'completed';
  } else if (body.state === 'open' && issue.state !== 'open') {
    issue.state = 'open';
    issue.closedAt = null;
    issue.closedBy = null;
    issue.stateReason = 'reopened';
  } else if (body.state_reason !== undefined && body.state === undefined) {
    issue.stateReason = body.state_reason;
  }
  touch(issue);
  return { status: 200, body: renderIssue(ctx.origins, ctx.repo, issue) };
};

const listComments: Handler = (ctx) => {
  const issue = findIssue(ctx, ctx.params.issue_number);
  let comments = ctx.repo.comments.filter((c) => c.issueNumber === issue.number);
  if (typeof ctx.query.since === 'string') comments = comments.filter((c) => c.updatedAt >= ctx.query.since);
  return listReply(
    ctx,
    comments.map((c) => renderComment(ctx.origins, ctx.repo, c)),
  );
};

function requireCommentBody(ctx: HandlerContext): string {
  const text = ctx.body?.body;
  if (typeof text !== 'string' || text.trim() === '') {
    throw unprocessable(ctx.documentationUrl, [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
  }
  checkBodyLength(ctx, 'IssueComment', text, BODY_LIMITS.comment);
  return text;
}

const createComment: Handler = (ctx) => {
  const issue = findIssue(ctx, ctx.params.issue_number);
  const now = timestamp();
  const comment = {
    id: nextId(ctx.store.state),
    issueNumber: issue.number,
    body: requireCommentBody(ctx),
    user: ctx.actor,
    createdAt: now,
    updatedAt: now,
  };
  ctx.repo.comments.push(comment);
  touch(issue);
  const body = renderComment(ctx.origins, ctx.repo, comment);
  return { status: 201, body, headers: { location: body.url } };
};

function findComment(ctx: HandlerContext) {
  const comment = ctx.repo.comments.find((c) => c.id === ctx.params.comment_id);
  if (!comment) throw notFound(ctx.documentationUrl);
  return comment;
}

const getComment: Handler = (ctx) => ({ status: 200, body: renderComment(ctx.origins, ctx.repo, findComment(ctx)) });

const updateComment: Handler = (ctx) => {
  const comment = findComment(ctx);
  comment.body = requireCommentBody(ctx);
  comment.updatedAt = timestamp();
  return { status: 200, body: renderComment(ctx.origins, ctx.repo, comment) };
};

const deleteComment: Handler = (ctx) => {
  const comment = findComment(ctx);
  ctx.repo.comments = ctx.repo.comments.filter((c) => c !== comment);
  return { status: 204 };
};

function issueLabelsReply(ctx: HandlerContext, issue: IssueState) {
  return issue.labels
    .map((name) => findLabel(ctx.repo, name))
    .filter((l): l is LabelState => Boolean(l))
    .map((l) => renderLabel(ctx.origins, ctx.repo, l));
}

const listIssueLabels: Handler = (ctx) => listReply(ctx, issueLabelsReply(ctx, findIssue(ctx, ctx.params.issue_number)));

const addLabels: Handler = (ctx) => {
  const issue = findIssue(ctx, ctx.params.issue_number);
  setIssueLabels(ctx, issue, [...issue.labels, ...labelNames(ctx.body?.labels)]);
  touch(issue);
  return { status: 200, body: issueLabelsReply(ctx, issue) };
};

const setLabels: Handler = (ctx) => {
  const issue = findIssue(ctx, ctx.params.issue_number);
  setIssueLabels(ctx, issue, labelNames(ctx.body?.labels));
  touch(issue);
  return { status: 200, body: issueLabelsReply(ctx, issue) };
};

const removeLabel: Handler = (ctx) => {
  const issue = findIssue(ctx, ctx.params.issue_number);
  const lower = String(ctx.params.name).toLowerCase();
  if (!issue.labels.some((l) => l.toLowerCase() === lower)) throw notFound(ctx.documentationUrl, 'Label does not exist');
  issue.labels = issue.labels.filter((l) => l.toLowerCase() !== lower);
  touch(issue);
  return { status: 200, body: issueLabelsReply(ctx, issue) };
};

const listRepoLabels: Handler = (ctx) =>
  listReply(
    ctx,
    ctx.repo.labels.map((l) => renderLabel(ctx.origins, ctx.repo, l)),
  );

const createLabel: Handler = (ctx) => {
  const name = requireField(ctx, 'Label', 'name');
  if (findLabel(ctx.repo, name)) throw unprocessable(ctx.documentationUrl, [{ resource: 'Label', code: 'already_exists', field: 'name' }]);
  const color = String(ctx.body.color ?? AUTO_LABEL_COLOR).replace(/^#/, '');
  if (!/^[0-9a-fA-F]{6}$/.test(color)) throw unprocessable(ctx.documentationUrl, [{ resource: 'Label', code: 'invalid', field: 'color' }]);
  const label: LabelState = {
    id: nextId(ctx.store.state),
    name,
    color: color.toLowerCase(),
    description: ctx.body.description ?? null,
    default: false,
  };
  ctx.repo.labels.push(label);
  const body = renderLabel(ctx.origins, ctx.repo, label);
  return { status: 201, body, headers: { location: body.url } };
};

const getLabel: Handler = (ctx) => {
  const label = findLabel(ctx.repo, String(ctx.params.name));
  if (!label) throw notFound(ctx.documentationUrl);
  return { status: 200, body: renderLabel(ctx.origins, ctx.repo, label) };
};

const listPulls: Handler = (ctx) => {
  const state = ctx.query.state ?? 'open';
  const head = ctx.query.head as string | undefined;
  const base = ctx.query.base as string | undefined;
  const rows = ctx.repo.pulls
    .map((pull) => ({ pull, issue: ctx.repo.issues.find((i) => i.number === pull.number)! }))
    .filter(({ issue }) => state === 'all' || issue.state === state)
    .filter(
      ({ pull }) =>
        !head ||
        `${ctx.repo.owner}:${pull.head.ref}`.toLowerCase() === head.toLowerCase() ||
        (!head.includes(':') && pull.head.ref === head),
    )
    .filter(({ pull }) => !base || pull.base.ref === base);
  const direction = ctx.query.direction ?? 'desc';
  const key = (row: (typeof rows)[number]) => (ctx.query.sort === 'updated' ? row.issue.updatedAt : row.issue.createdAt);
  rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.pull.number - b.pull.number));
  if (direction === 'desc') rows.reverse();
  return listReply(
    ctx,
    rows.map(({ pull, issue }) => renderPull(ctx.origins, ctx.repo, pull, issue, false)),
  );
};

const getPull: Handler = (ctx) => {
  const pull = ctx.repo.pulls.find((p) => p.number === ctx.params.pull_number);
  if (!pull) throw notFound(ctx.documentationUrl);
  const issue = ctx.repo.issues.find((i) => i.number === pull.number)!;
  return { status: 200, body: renderPull(ctx.origins, ctx.repo, pull, issue, true) };
};

export const issueHandlers: Record<string, Handler> = {
  'issues/list-for-repo': listIssues,
  'issues/create': createIssue,
  'issues/get': getIssue,
  'issues/update': updateIssue,
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/get-comment': getComment,
  'issues/update-comment': updateComment,
  'issues/delete-comment': deleteComment,
  'issues/list-labels-on-issue': listIssueLabels,
  'issues/add-labels': addLabels,
  'issues/set-labels': setLabels,
  'issues/remove-label': removeLabel,
  'issues/list-labels-for-repo': listRepoLabels,
  'issues/create-label': createLabel,
  'issues/get-label': getLabel,
  'pulls/list': listPulls,
  'pulls/get': getPull,
};
