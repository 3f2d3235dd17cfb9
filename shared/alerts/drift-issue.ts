/**
 * open-drift-issue's work: one issue per model and environment for a drift episode, found again
 * by its hidden marker. A detection opens it (or adds a comment to the open one), a clean report
 * closes it (or says so in a comment), and retraining is dispatched once per episode.
 */
import { driftIssueKey, renderMonitorMarkdown, type MonitorReport } from '../drift/monitor-report.js';
import type { GitHubClient } from '../github/client.js';
import { findMarkedComments } from '../github/comments.js';
import { dispatchWorkflow } from '../github/dispatch.js';
import { describedAs } from '../github/errors.js';
import { closeIssue, commentOnIssue, findOpenIssuesByMarker, issueMarker, type OpenIssue } from '../github/issues.js';
import { ensureLabel } from '../github/labels.js';
import { hasMarker, hiddenMarker, withMarker } from '../github/markers.js';
import { COMMENT_LIMIT_CHARS, type Limit } from '../report/markdown.js';
import type { StepIO } from '../runtime/io.js';

/** Room left in a body for the hidden markers and the footer. */
const BODY_LIMIT: Limit = { max: COMMENT_LIMIT_CHARS - 1000, measure: (text) => [...text].length };
const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION = 'Data drift found by mlops-actions monitor';
const PERMISSION = 'issues: write';

/** The values a retraining workflow can be given, by input name. */
export const RETRAIN_INPUTS = ['model', 'environment', 'drift-share', 'drifted-features', 'issue-number', 'report-run-url'] as const;
export type RetrainInput = (typeof RETRAIN_INPUTS)[number];

export function isRetrainInput(name: string): name is RetrainInput {
  return (RETRAIN_INPUTS as readonly string[]).includes(name);
}

interface Repo {
  owner: string;
  repo: string;
}

export interface DriftIssue {
  number: number;
  url: string;
}

export interface DriftIssueOutcome {
  issue: DriftIssue | null;
  action: 'created' | 'updated' | 'closed' | 'unchanged' | 'none';
}

function detectionKey(report: MonitorReport): string {
  return report.run.id ? `run-${report.run.id}` : `report-${report.createdAt}`;
}

function footer(report: MonitorReport): string {
  const run = report.run.url ? `[monitor run](${report.run.url})` : 'monitor';
  return `<sub>Written by mlops-actions from the ${run} of ${report.createdAt}. This issue is found again by a hidden marker: edit it freely, but keep the first line.</sub>`;
}

/** The open drift issue of this model and environment, if any (for links from alerts). */
export async function findDriftIssueUrl(
  client: GitHubClient,
  repository: Repo,
  model: string,
  environment: string,
): Promise<string | undefined> {
  const [issue] = await findOpenIssuesByMarker(client, { ...repository, key: driftIssueKey(model, environment) });
  return issue?.html_url;
}

/**
 * The detection opens the issue, or adds a comment to the open one. A re-run of the same
 * detection (same monitor run) finds its issue body or comment by marker and changes nothing;
 * racing runs that both opened one converge on the oldest.
 */
async function recordDrift(
  client: GitHubClient,
  repository: Repo,
  report: MonitorReport,
  options: { key: string; title: string; labels: readonly string[]; assignees: readonly string[]; io: StepIO },
): Promise<DriftIssueOutcome & { issue: DriftIssue }> {
  const { key, title, io } = options;
  const labels = [...options.labels];
  const assignees = [...options.assignees];
  const detection = hiddenMarker('drift-detection', detectionKey(report));
  // The list is narrowed by the first label only: a duplicate missing another label is still found.
  const filter = labels.slice(0, 1);
  const rendered = renderMonitorMarkdown(report, BODY_LIMIT).markdown;
  const body = withMarker(issueMarker(key), `${detection}\n${rendered}\n${footer(report)}\n`);
  return describedAs(
    { what: `Opening or updating the drift issue for ${report.model} (${report.environment})`, permission: PERMISSION },
    async () => {
      let open = await findOpenIssuesByMarker(client, { ...repository, key, labels: filter });
      let created: OpenIssue | undefined;
      if (open.length === 0) {
        const { data } = await client.rest.issues.create({
          ...repository,
          title,
          body,
          labels,
          ...(assignees.length > 0 ? { assignees } : {}),
        });
        created = data as OpenIssue;
        io.info(`Opened the drift issue #${data.number}: ${data.html_url}`);
        // Look again: a run racing with this one may have opened its own a moment earlier.
        open = await findOpenIssuesByMarker(client, { ...repository, key, labels: filter });
        if (!open.some((issue) => issue.number === created!.number)) open = [...open, created].sort((a, b) => a.number - b.number);
      }
      const [keeper, ...duplicates] = open as [OpenIssue, ...OpenIssue[]];
      for (const duplicate of duplicates) {
        await closeIssue(client, {
          ...repository,
          issueNumber: duplicate.number,
          comment: `Duplicate of #${keeper.number}, opened by a run racing with another.`,
          reason: 'not_planned',
        });
        io.info(`Closed #${duplicate.number}, a duplicate of #${keeper.number} from a racing run.`);
      }
      const issue = { number: keeper.number, url: keeper.html_url };
      if (created && keeper.number === created.number) return { issue, action: 'created' };

      const names = keeper.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? '')));
      const missing = labels.filter((label) => !names.includes(label));
      if (missing.length > 0) await client.rest.issues.addLabels({ ...repository, issue_number: keeper.number, labels: missing });
      if (hasMarker(keeper.body, detection)) {
        io.info(`#${keeper.number} was opened by this detection already (a re-run); nothing to add.`);
        return { issue, action: 'unchanged' };
      }
      const comment = await commentOnIssue(client, {
        ...repository,
        issueNumber: keeper.number,
        key: `drift-detection:${detectionKey(report)}`,
        body: `Drift detected again.\n\n${rendered}\n${footer(report)}\n`,
      });
      io.info(
        comment.action === 'created'
          ? `Added this detection to #${keeper.number}: ${comment.url}`
          : `#${keeper.number} has this detection's comment already (a re-run): ${comment.url}`,
      );
      return { issue, action: comment.action === 'created' ? 'updated' : 'unchanged' };
    },
  );
}

/** A clean report: the open issues are closed with a note, or the note is added to the oldest. */
async function recordClean(
  client: GitHubClient,
  repository: Repo,
  report: MonitorReport,
  options: { key: string; labels: readonly string[]; closeWhenResolved: boolean; io: StepIO },
): Promise<DriftIssueOutcome> {
  const { key, io } = options;
  const open = await describedAs(
    { what: `Looking for the drift issue of ${report.model} (${report.environment})`, permission: PERMISSION },
    () => findOpenIssuesByMarker(client, { ...repository, key, labels: options.labels.slice(0, 1) }),
  );
  if (open.length === 0) {
    io.info(`No drift, and no open drift issue for ${report.model} (${report.environment}).`);
    return { issue: null, action: 'none' };
  }
  const rendered = renderMonitorMarkdown(report, BODY_LIMIT).markdown;
  const note = `✅ The drift has cleared: the latest report is clean.\n\n${rendered}\n${footer(report)}\n`;
  const issue = { number: open[0].number, url: open[0].html_url };
  if (options.closeWhenResolved) {
    let action: DriftIssueOutcome['action'] = 'unchanged';
    for (const each of open) {
      const closed = await closeIssue(client, { ...repository, issueNumber: each.number, comment: note, reason: 'completed' });
      if (closed.action === 'closed') action = 'closed';
      io.info(`Closed the drift issue #${each.number}: ${each.html_url}`);
    }
    return { issue, action };
  }
  const comment = await commentOnIssue(client, {
    ...repository,
    issueNumber: open[0].number,
    key: `drift-clean:${detectionKey(report)}`,
    body: note,
  });
  return { issue, action: comment.action === 'created' ? 'updated' : 'unchanged' };
}

/**
 * Dispatches retraining once per detection episode (the life of one open issue). The dispatch is
 * recorded in the issue before it is made: a comment carrying the episode's marker, then the
 * oldest such comment wins, so a re-run, a later detection or a racing run finds it and does not
 * dispatch again. A dispatch that fails removes its claim, so a later run tries again.
 */
export async function dispatchOnce(
  client: GitHubClient,
  repository: Repo,
  issueNumber: number,
  report: MonitorReport,
  options: { workflow: string; ref: string; inputs: Record<string, string>; runUrl?: string; io: StepIO },
): Promise<boolean> {
  const { io } = options;
  const episode = hiddenMarker('drift-retrain', `${issueNumber}`);
  const nonce = hiddenMarker('drift-retrain-claim', `${detectionKey(report)}-${Math.random().toString(36).slice(2, 10)}`);
  const what = { what: `Recording the retraining dispatch on #${issueNumber}`, permission: PERMISSION };
  const claims = () => describedAs(what, () => findMarkedComments(client, { ...repository, issueNumber, marker: episode }));
  const [earlier] = await claims();
  if (earlier) {
    io.info(`Retraining was dispatched for this drift episode already (${earlier.html_url}); not again while #${issueNumber} is open.`);
    return false;
  }
  const describe = (verb: string) =>
    `🔁 ${verb} \`${options.workflow}\` on \`${options.ref}\`${
      Object.keys(options.inputs).length > 0
        ? ` with ${Object.entries(options.inputs)
            .map(([k, v]) => `\`${k}\`=\`${v.replace(/`/g, "'")}\``)
            .join(', ')}`
        : ''
    }` +
    `${options.runUrl ? ` ([run](${options.runUrl}))` : ''}. Once per drift episode: later detections while this issue is open do not dispatch again.`;
  const { data: claim } = await describedAs(what, () =>
    client.rest.issues.createComment({
      ...repository,
      issue_number: issueNumber,
      body: `${episode}\n${nonce}\n${describe('Dispatching retraining:')}`,
    }),
  );
  const all = await claims();
  const mine = all.filter((comment) => hasMarker(comment.body, nonce));
  if (all.length > 0 && !hasMarker(all[0].body, nonce)) {
    // A racing run claimed the episode first: it dispatches, this one does not.
    for (const comment of mine) await client.rest.issues.deleteComment({ ...repository, comment_id: comment.id }).catch(() => undefined);
    io.info(`A racing run claimed the retraining dispatch first (${all[0].html_url}); not dispatching again.`);
    return false;
  }
  // A POST retried after GitHub did create it leaves a second copy of this run's claim.
  for (const comment of mine.slice(1))
    await client.rest.issues.deleteComment({ ...repository, comment_id: comment.id }).catch(() => undefined);
  const claimId = mine[0]?.id ?? claim.id;
  try {
    await dispatchWorkflow(client, { ...repository, workflow: options.workflow, ref: options.ref, inputs: options.inputs });
  } catch (error) {
    await client.rest.issues.deleteComment({ ...repository, comment_id: claimId }).catch(() => undefined);
    throw error;
  }
  await describedAs(what, () =>
    client.rest.issues.updateComment({
      ...repository,
      comment_id: claimId,
      body: `${episode}\n${nonce}\n${describe('Retraining dispatched:')}`,
    }),
  );
  io.info(`Dispatched ${options.workflow} on ${options.ref}.`);
  return true;
}

export interface DriftIssueOptions {
  /** Override the report's model and environment (blank: the report's). */
  model?: string;
  environment?: string;
  /** The issue's title; `{model}` and `{environment}` are replaced. */
  title: string;
  /** Labels of the issue, created in the repository when missing; the first one narrows the search. */
  labels: readonly string[];
  /** Assigned when the issue is opened. */
  assignees: readonly string[];
  /** A clean report closes the issue (else it adds a note to it). */
  closeWhenResolved: boolean;
  /** Dispatch this workflow once per drift episode, with the named values as its inputs. */
  retrain?: { workflow: string; ref: string; inputs: readonly RetrainInput[] };
  /** This run, linked from the dispatch's comment. */
  runUrl?: string;
  io: StepIO;
}

/** The issue and what was done to it, and whether retraining was dispatched by this run. */
export interface DriftIssueResult extends DriftIssueOutcome {
  retrainDispatched: boolean;
}

/**
 * Brings the drift issue of the report's model and environment up to date with the report: a
 * detection opens or updates it (and dispatches retraining once per episode), a clean report
 * closes it or notes it. Every write is idempotent, so a re-run changes nothing.
 */
export async function syncDriftIssue(
  client: GitHubClient,
  repository: Repo,
  report: MonitorReport,
  options: DriftIssueOptions,
): Promise<DriftIssueResult> {
  const { io } = options;
  const model = options.model?.trim() || report.model;
  const environment = options.environment?.trim() || report.environment;
  const key = driftIssueKey(model, environment);
  const named = { ...report, model, environment };
  if (!report.driftDetected) {
    const outcome = await recordClean(client, repository, named, {
      key,
      labels: options.labels,
      closeWhenResolved: options.closeWhenResolved,
      io,
    });
    return { ...outcome, retrainDispatched: false };
  }
  for (const name of options.labels) {
    const { created } = await ensureLabel(client, { ...repository, name, color: LABEL_COLOR, description: LABEL_DESCRIPTION });
    if (created) io.info(`Created the label "${name}".`);
  }
  const title = options.title.replaceAll('{model}', model).replaceAll('{environment}', environment);
  const drift = await recordDrift(client, repository, named, { key, title, labels: options.labels, assignees: options.assignees, io });
  let retrainDispatched = false;
  if (options.retrain) {
    const values: Record<RetrainInput, string> = {
      model,
      environment,
      'drift-share': String(report.drift.driftShare),
      'drifted-features': JSON.stringify(report.drift.driftedColumns),
      'issue-number': String(drift.issue.number),
      'report-run-url': report.run.url ?? '',
    };
    retrainDispatched = await dispatchOnce(client, repository, drift.issue.number, named, {
      workflow: options.retrain.workflow,
      ref: options.retrain.ref,
      inputs: Object.fromEntries(options.retrain.inputs.map((name) => [name, values[name]])),
      runUrl: options.runUrl,
      io,
    });
  }
  return { ...drift, retrainDispatched };
}
