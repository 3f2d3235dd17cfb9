import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { driftIssueKey, parseMonitorReport, renderMonitorMarkdown, type MonitorReport } from '../drift/monitor-report.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { findMarkedComments } from '../github/comments.js';
import { requireRepository } from '../github/context.js';
import { dispatchWorkflow } from '../github/dispatch.js';
import { describedAs, hasStatus } from '../github/errors.js';
import { closeIssue, commentOnIssue, findOpenIssuesByMarker, issueMarker, type OpenIssue } from '../github/issues.js';
import { hasMarker, hiddenMarker, withMarker } from '../github/markers.js';
import { COMMENT_LIMIT_CHARS, type Limit } from '../report/markdown.js';
import { InputError, UserError } from '../runtime/errors.js';
import type { StepIO } from '../runtime/io.js';
import type { Step } from './types.js';

/** Room left in a body for the hidden markers and the footer. */
const BODY_LIMIT: Limit = { max: COMMENT_LIMIT_CHARS - 1000, measure: (text) => [...text].length };
const LABEL_COLOR = 'd93f0b';
const PERMISSION = 'issues: write';

interface Repo {
  owner: string;
  repo: string;
}

/** Labels the issue carries, created in the repository when missing (GitHub would create them without a colour or description). */
async function ensureLabels(client: GitHubClient, repository: Repo, labels: readonly string[], io: StepIO): Promise<void> {
  for (const name of labels) {
    await describedAs(
      { what: `Creating the label "${name}" in ${repository.owner}/${repository.repo}`, permission: PERMISSION },
      async () => {
        try {
          await client.rest.issues.getLabel({ ...repository, name });
          return;
        } catch (error) {
          if (!hasStatus(error, 404)) throw error;
        }
        try {
          await client.rest.issues.createLabel({
            ...repository,
            name,
            color: LABEL_COLOR,
            description: 'Data drift found by mlops-actions monitor',
          });
          io.info(`Created the label "${name}".`);
        } catch (error) {
          // 422 already_exists: a racing run made it first.
          if (!hasStatus(error, 422)) throw error;
        }
      },
    );
  }
}

function detectionKey(report: MonitorReport): string {
  return report.run.id ? `run-${report.run.id}` : `report-${report.createdAt}`;
}

function footer(report: MonitorReport): string {
  const run = report.run.url ? `[monitor run](${report.run.url})` : 'monitor';
  return `<sub>Written by mlops-actions from the ${run} of ${report.createdAt}. This issue is found again by a hidden marker: edit it freely, but keep the first line.</sub>`;
}

interface IssueOutcome {
  issue: { number: number; url: string } | null;
  action: 'created' | 'updated' | 'closed' | 'unchanged' | 'none';
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
  options: { key: string; title: string; labels: string[]; assignees: string[]; io: StepIO },
): Promise<IssueOutcome & { issue: { number: number; url: string } }> {
  const { key, title, labels, assignees, io } = options;
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

const RETRAIN_INPUTS = ['model', 'environment', 'drift-share', 'drifted-features', 'issue-number', 'report-run-url'] as const;

export const run: Step<'open-drift-issue'> = async ({ inputs, io, env, cwd, run: context }) => {
  const file = resolve(cwd, inputs.report);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(
      `input "report": ${inputs.report} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); give monitor's \`report\` output.`,
      'report',
    );
  }
  let report: MonitorReport;
  try {
    report = parseMonitorReport(text, inputs.report);
  } catch (error) {
    if (error instanceof UserError) throw new InputError(`input "report": ${error.message}`, 'report');
    throw error;
  }
  const model = inputs.model?.trim() || report.model;
  const environment = inputs.environment?.trim() || report.environment;
  const unknownInputs = inputs['retrain-inputs'].filter((name) => !(RETRAIN_INPUTS as readonly string[]).includes(name));
  if (unknownInputs.length > 0) {
    throw new InputError(
      `input "retrain-inputs": ${unknownInputs.join(', ')} is not one of ${RETRAIN_INPUTS.join(', ')}.`,
      'retrain-inputs',
    );
  }
  const token = inputs['github-token'];
  if (!token)
    throw new InputError(
      'input "github-token" is empty: give a token with `issues: write` (and `actions: write` for retrain-workflow).',
      'github-token',
    );
  const repository = requireRepository(context);
  const client = createGitHubClient({ token, apiUrl: context.apiUrl, env, io });
  const key = driftIssueKey(model, environment);
  const named = { ...report, model, environment };

  let outcome: IssueOutcome;
  let dispatched = false;
  if (report.driftDetected) {
    await ensureLabels(client, repository, inputs.labels, io);
    const title = inputs.title.replaceAll('{model}', model).replaceAll('{environment}', environment);
    const drift = await recordDrift(client, repository, named, { key, title, labels: inputs.labels, assignees: inputs.assignees, io });
    outcome = drift;
    const workflow = inputs['retrain-workflow'];
    if (workflow) {
      const values: Record<(typeof RETRAIN_INPUTS)[number], string> = {
        model,
        environment,
        'drift-share': String(report.drift.driftShare),
        'drifted-features': JSON.stringify(report.drift.driftedColumns),
        'issue-number': String(drift.issue.number),
        'report-run-url': report.run.url ?? '',
      };
      dispatched = await dispatchOnce(client, repository, drift.issue.number, named, {
        workflow,
        ref: inputs['retrain-ref'],
        inputs: Object.fromEntries(inputs['retrain-inputs'].map((name) => [name, values[name as (typeof RETRAIN_INPUTS)[number]]])),
        runUrl: context.runUrl,
        io,
      });
    }
  } else {
    const open = await describedAs({ what: `Looking for the drift issue of ${model} (${environment})`, permission: PERMISSION }, () =>
      findOpenIssuesByMarker(client, { ...repository, key, labels: inputs.labels.slice(0, 1) }),
    );
    if (open.length === 0) {
      io.info(`No drift, and no open drift issue for ${model} (${environment}).`);
      outcome = { issue: null, action: 'none' };
    } else {
      const rendered = renderMonitorMarkdown(named, BODY_LIMIT).markdown;
      const note = `✅ The drift has cleared: the latest report is clean.\n\n${rendered}\n${footer(named)}\n`;
      if (inputs['close-when-resolved']) {
        let action: IssueOutcome['action'] = 'unchanged';
        for (const issue of open) {
          const closed = await closeIssue(client, { ...repository, issueNumber: issue.number, comment: note, reason: 'completed' });
          if (closed.action === 'closed') action = 'closed';
          io.info(`Closed the drift issue #${issue.number}: ${issue.html_url}`);
        }
        outcome = { issue: { number: open[0].number, url: open[0].html_url }, action };
      } else {
        const comment = await commentOnIssue(client, {
          ...repository,
          issueNumber: open[0].number,
          key: `drift-clean:${detectionKey(report)}`,
          body: note,
        });
        outcome = {
          issue: { number: open[0].number, url: open[0].html_url },
          action: comment.action === 'created' ? 'updated' : 'unchanged',
        };
      }
    }
  }
  return {
    'issue-number': outcome.issue?.number ?? '',
    'issue-url': outcome.issue?.url ?? '',
    action: outcome.action,
    'retrain-dispatched': dispatched,
  };
};
