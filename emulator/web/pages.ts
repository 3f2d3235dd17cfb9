// One function per page. Each reads the state and returns the HTML page, or undefined when the
// thing asked for does not exist (the caller answers 404).
import { releaseDownloadSegment } from '../render.js';
import type {
  DeploymentState,
  DeploymentStatusState,
  EmulatorState,
  IssueState,
  ReleaseState,
  RepoState,
  WorkflowRunState,
} from '../types.js';
import { type Html, html, segment, tagPath } from './html.js';
import { badge, formatSize, labelPill, page, repoPath, time } from './layout.js';
import { renderMarkdown } from './markdown.js';

const byNewest = <T extends { createdAt: string; id: number }>(a: T, b: T) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id;

function repoRow(repo: RepoState): Html {
  const openIssues = repo.issues.filter((i) => !i.isPullRequest && i.state === 'open').length;
  const openPulls = repo.issues.filter((i) => i.isPullRequest && i.state === 'open').length;
  return html`<li><a href="${repoPath(repo)}"><strong>${repo.fullName}</strong></a> ${repo.private ? badge('draft', 'Private') : ''}
<div class="meta">${openIssues} open issues · ${openPulls} open pull requests · ${repo.releases.length} releases · ${repo.deployments.length} deployments · updated ${time(repo.updatedAt)}</div></li>`;
}

export function repoListPage(state: EmulatorState, owner?: string): string | undefined {
  const repos = Object.values(state.repos)
    .filter((r) => owner === undefined || r.owner.toLowerCase() === owner.toLowerCase())
    .sort((a, b) => a.fullName.localeCompare(b.fullName));
  if (owner !== undefined && repos.length === 0) return undefined;
  const title = owner ?? 'Repositories';
  return page({
    title,
    body: html`<h1>${title}</h1>
<div class="box"><div class="box-header">${repos.length} repositories</div>
${repos.length ? html`<ul class="list">${repos.map(repoRow)}</ul>` : html`<div class="box-body empty">No repositories yet.</div>`}</div>`,
  });
}

export function repoPage(repo: RepoState): string {
  const issues = repo.issues.filter((i) => !i.isPullRequest);
  const pulls = repo.issues.filter((i) => i.isPullRequest);
  const latest = repo.releases.filter((r) => !r.draft && !r.prerelease).sort(byNewest)[0];
  const environments = new Set(repo.deployments.map((d) => d.environment));
  const refs = Object.entries(repo.refs).sort(([a], [b]) => a.localeCompare(b));
  const count = (items: IssueState[], state: string) => items.filter((i) => i.state === state).length;
  return page({
    title: repo.fullName,
    repo,
    tab: 'code',
    body: html`<table class="data">
<tr><th>Default branch</th><td class="mono">${repo.defaultBranch}</td></tr>
<tr><th><a href="${repoPath(repo, '/issues')}">Issues</a></th><td>${count(issues, 'open')} open, ${count(issues, 'closed')} closed</td></tr>
<tr><th><a href="${repoPath(repo, '/pulls')}">Pull requests</a></th><td>${count(pulls, 'open')} open, ${count(pulls, 'closed')} closed</td></tr>
<tr><th><a href="${repoPath(repo, '/releases')}">Releases</a></th><td>${repo.releases.length}${
      latest
        ? html` (latest: <a href="${repoPath(repo, `/releases/tag/${tagPath(latest.tagName)}`)}">${latest.name || latest.tagName}</a>)`
        : ''
    }</td></tr>
<tr><th><a href="${repoPath(repo, '/deployments')}">Deployments</a></th><td>${repo.deployments.length} in ${environments.size} environments</td></tr>
<tr><th><a href="${repoPath(repo, '/actions')}">Workflow dispatches</a></th><td>${repo.dispatches.length}</td></tr>
<tr><th>Created</th><td>${time(repo.createdAt)}</td></tr>
</table>
<h2>Branches and tags</h2>
<table class="data"><tr><th>Ref</th><th>Commit</th></tr>
${refs.map(([ref, sha]) => html`<tr><td class="mono">${ref}</td><td class="mono"><a href="${repoPath(repo, `/commit/${sha}`)}">${sha.slice(0, 7)}</a></td></tr>`)}
</table>`,
  });
}

function issueLabels(repo: RepoState, issue: IssueState): Html {
  return html`${issue.labels.map((name) => labelPill(name, repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase())?.color))}`;
}

function issueBadge(issue: IssueState): Html {
  if (issue.state === 'open') return badge('open', 'Open');
  if (issue.stateReason === 'not_planned') return badge('not_planned', 'Closed as not planned');
  if (issue.stateReason === 'duplicate') return badge('not_planned', 'Closed as duplicate');
  return badge('closed', issue.stateReason === 'completed' ? 'Closed as completed' : 'Closed');
}

function issueList(repo: RepoState, pulls: boolean): string {
  const kind = pulls ? 'pull' : 'issues';
  const items = repo.issues.filter((i) => i.isPullRequest === pulls).sort((a, b) => b.number - a.number);
  const open = items.filter((i) => i.state === 'open').length;
  const noun = pulls ? 'pull requests' : 'issues';
  return page({
    title: `${pulls ? 'Pull requests' : 'Issues'} · ${repo.fullName}`,
    repo,
    tab: pulls ? 'pulls' : 'issues',
    body: html`<div class="box"><div class="box-header">${open} open · ${items.length - open} closed</div>
${
  items.length
    ? html`<ul class="list">${items.map((issue) => {
        const comments = repo.comments.filter((c) => c.issueNumber === issue.number).length;
        return html`<li class="issue-row" data-number="${issue.number}">${issueBadge(issue)} <a href="${repoPath(repo, `/${kind}/${issue.number}`)}"><strong>${issue.title}</strong></a> ${issueLabels(repo, issue)}
<div class="meta">#${issue.number} opened ${time(issue.createdAt)} by ${issue.user}${comments ? ` · ${comments} comments` : ''}${
          issue.assignees.length ? ` · assigned to ${issue.assignees.join(', ')}` : ''
        }</div></li>`;
      })}</ul>`
    : html`<div class="box-body empty">There are no ${noun} yet.</div>`
}</div>`,
  });
}

export const issuesPage = (repo: RepoState) => issueList(repo, false);
export const pullsPage = (repo: RepoState) => issueList(repo, true);

export function issuePage(repo: RepoState, number: number, pulls: boolean): string | undefined {
  const issue = repo.issues.find((i) => i.number === number && i.isPullRequest === pulls);
  if (!issue) return undefined;
  const pull = pulls ? repo.pulls.find((p) => p.number === number) : undefined;
  const body = renderMarkdown(issue.body);
  const comments = repo.comments
    .filter((c) => c.issueNumber === number)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  const renderedComments = comments.map((c) => ({ comment: c, body: renderMarkdown(c.body) }));
  const state = pull?.merged ? badge('merged', 'Merged') : issueBadge(issue);
  const labelNames = issue.labels.length ? issueLabels(repo, issue) : html`<span class="muted">None yet</span>`;
  return page({
    title: `${issue.title} · ${pulls ? 'Pull Request' : 'Issue'} #${number} · ${repo.fullName}`,
    repo,
    tab: pulls ? 'pulls' : 'issues',
    mermaid: body.mermaid || renderedComments.some((c) => c.body.mermaid),
    body: html`<h1><span class="issue-title">${issue.title}</span> <span class="number">#${number}</span></h1>
<div class="issue-state">${state} <span class="meta">${issue.user} opened this ${pulls ? 'pull request' : 'issue'} ${time(issue.createdAt)}${
      issue.closedAt ? html` · closed ${time(issue.closedAt)}${issue.closedBy ? ` by ${issue.closedBy}` : ''}` : ''
    }</span></div>
${
  pull
    ? html`<div class="meta">wants to merge <code>${pull.head.ref}</code> (<span class="mono">${pull.head.sha.slice(0, 7)}</span>) into <code>${pull.base.ref}</code>${pull.draft ? ' · draft' : ''}</div>`
    : ''
}
<div class="sidebar"><div><strong>Labels</strong> <span class="labels">${labelNames}</span></div><div><strong>Assignees</strong> <span class="assignees">${
      issue.assignees.length ? issue.assignees.join(', ') : html`<span class="muted">No one assigned</span>`
    }</span></div></div>
<div class="comment" id="issue-${issue.id}"><div class="box-header"><strong>${issue.user}</strong> commented ${time(issue.createdAt)}</div><div class="box-body">${body.html}</div></div>
${renderedComments.map(
  ({ comment, body: rendered }) =>
    html`<div class="comment" id="issuecomment-${comment.id}"><div class="box-header"><strong>${comment.user}</strong> commented <a href="#issuecomment-${comment.id}">${time(comment.createdAt)}</a>${
      comment.updatedAt !== comment.createdAt ? ' · edited' : ''
    }</div><div class="box-body">${rendered.html}</div></div>`,
)}`,
  });
}

function releaseFlags(release: ReleaseState, latestId: number | undefined): Html {
  return html`${release.draft ? badge('draft', 'Draft') : ''}${release.prerelease ? badge('prerelease', 'Pre-release') : ''}${
    release.id === latestId ? badge('success', 'Latest') : ''
  }`;
}

function latestReleaseId(repo: RepoState): number | undefined {
  return repo.releases
    .filter((r) => !r.draft && !r.prerelease)
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.id - a.id)[0]?.id;
}

/** The path of a release's page: its tag once published, `untagged-…` while a draft (as html_url). */
export function releasePath(repo: RepoState, release: ReleaseState): string {
  return repoPath(repo, `/releases/tag/${tagPath(releaseDownloadSegment(release))}`);
}

function releaseSection(repo: RepoState, release: ReleaseState, latestId: number | undefined, heading: 'h1' | 'h2') {
  const body = renderMarkdown(release.body);
  const assets = repo.assets.filter((a) => a.releaseId === release.id).sort((a, b) => a.id - b.id);
  const title = release.name || release.tagName;
  const download = (name: string) => repoPath(repo, `/releases/download/${tagPath(releaseDownloadSegment(release))}/${segment(name)}`);
  const name = heading === 'h1' ? html`<h1>${title}</h1>` : html`<h2><a href="${releasePath(repo, release)}">${title}</a></h2>`;
  return {
    mermaid: body.mermaid,
    html: html`<section class="release box" data-release-id="${release.id}"><div class="box-body">${name}
<div class="meta"><span class="mono">${release.tagName}</span> ${releaseFlags(release, latestId)} · ${release.author} ${
      release.publishedAt ? html`released ${time(release.publishedAt)}` : html`created ${time(release.createdAt)}`
    } · target <span class="mono">${release.targetCommitish}</span></div>
<div class="release-body">${body.html}</div>
<h3>Assets <span class="counter">${assets.length}</span></h3>
${
  assets.length
    ? html`<table class="data assets"><tr><th>Name</th><th>Size</th><th>Digest</th><th>Downloads</th></tr>
${assets.map(
  (a) =>
    html`<tr><td><a class="asset-link" href="${download(a.name)}">${a.name}</a>${a.label ? html` <span class="muted">${a.label}</span>` : ''}${
      release.draft ? html` <span class="muted">(draft: the link needs a token that can push)</span>` : ''
    }</td><td>${formatSize(a.size)}</td><td class="mono">sha256:${a.sha256}</td><td>${a.downloadCount}</td></tr>`,
)}</table>`
    : html`<p class="empty">No assets.</p>`
}</div></section>`,
  };
}

export function releasesPage(repo: RepoState): string {
  const releases = [...repo.releases].sort(byNewest);
  const latestId = latestReleaseId(repo);
  const sections = releases.map((r) => releaseSection(repo, r, latestId, 'h2'));
  return page({
    title: `Releases · ${repo.fullName}`,
    repo,
    tab: 'releases',
    mermaid: sections.some((s) => s.mermaid),
    body: html`<h1>Releases</h1>${sections.length ? sections.map((s) => s.html) : html`<p class="empty">There aren't any releases here.</p>`}`,
  });
}

export function releasePage(repo: RepoState, tag: string): string | undefined {
  // A published release owns its tag; drafts are reached by their untagged-… name, as on GitHub.
  const release =
    repo.releases.find((r) => !r.draft && r.tagName === tag) ?? repo.releases.find((r) => r.draft && `untagged-${r.untaggedId}` === tag);
  if (!release) return undefined;
  const section = releaseSection(repo, release, latestReleaseId(repo), 'h1');
  return page({
    title: `Release ${release.name || release.tagName} · ${repo.fullName}`,
    repo,
    tab: 'releases',
    mermaid: section.mermaid,
    body: html`<p><a href="${repoPath(repo, '/releases')}">← Releases</a></p>${section.html}`,
  });
}

function statusRow(status: DeploymentStatusState): Html {
  const link = (url: string) => (url ? html`<a href="${url}">${url}</a>` : html`<span class="muted">–</span>`);
  return html`<tr class="deployment-status" data-state="${status.state}"><td>${badge(status.state)}</td><td>${status.description || ''}</td><td>${link(
    status.environmentUrl,
  )}</td><td>${link(status.logUrl || status.targetUrl)}</td><td>${status.creator}</td><td>${time(status.createdAt)}</td></tr>`;
}

export function deploymentsPage(repo: RepoState): string {
  const statusesOf = (d: DeploymentState) => repo.deploymentStatuses.filter((s) => s.deploymentId === d.id).sort(byNewest);
  const environments = new Map<string, DeploymentState[]>();
  for (const deployment of [...repo.deployments].sort(byNewest)) {
    environments.set(deployment.environment, [...(environments.get(deployment.environment) ?? []), deployment]);
  }
  const sections = [...environments.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([environment, deployments]) => {
      // GitHub marks as active the newest deployment whose latest status is success.
      const active = deployments.find((d) => statusesOf(d)[0]?.state === 'success');
      return html`<section class="environment box" data-environment="${environment}"><div class="box-header"><strong>${environment}</strong>${
        active ? html` · <span class="active-marker">active: deployment ${active.id}</span>` : ' · no active deployment'
      }</div><ul class="list">${deployments.map((d) => {
        const statuses = statusesOf(d);
        return html`<li class="deployment" data-deployment-id="${d.id}"${d === active ? html` data-active="true"` : ''}><strong>Deployment ${d.id}</strong> ${
          d === active ? badge('active', 'Active') : ''
        } ${statuses[0] ? badge(statuses[0].state) : html`<span class="muted">no status</span>`}
<div class="meta">ref <span class="mono">${d.ref}</span> at <a class="mono" href="${repoPath(repo, `/commit/${d.sha}`)}">${d.sha.slice(0, 7)}</a> · task ${d.task} · by ${d.creator} · ${time(
          d.createdAt,
        )}${d.description ? ` · ${d.description}` : ''}${d.productionEnvironment ? ' · production' : ''}${d.transientEnvironment ? ' · transient' : ''}</div>
${
  statuses.length
    ? html`<table class="data statuses"><tr><th>State</th><th>Description</th><th>Environment URL</th><th>Log</th><th>By</th><th>Time</th></tr>${statuses.map(statusRow)}</table>`
    : ''
}</li>`;
      })}</ul></section>`;
    });
  return page({
    title: `Deployments · ${repo.fullName}`,
    repo,
    tab: 'deployments',
    body: html`<h1>Deployments</h1>${sections.length ? sections : html`<p class="empty">No deployments yet.</p>`}`,
  });
}

export function actionsPage(repo: RepoState): string {
  const dispatches = [...repo.dispatches].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return page({
    title: `Actions · ${repo.fullName}`,
    repo,
    tab: 'actions',
    body: html`<h1>Workflow runs</h1>
${runsTable(repo)}
<h2>Workflow dispatches</h2>
<p class="meta">The emulator records workflow_dispatch events; a local runner (npm run example) runs them and reports the runs above.</p>
${
  dispatches.length
    ? html`<table class="data dispatches"><tr><th>Workflow</th><th>Ref</th><th>Inputs</th><th>Actor</th><th>Time</th><th>Run</th></tr>
${dispatches.map(
  (d) =>
    html`<tr class="dispatch"><td class="mono">${d.workflowId}</td><td class="mono">${d.ref}</td><td>${
      Object.keys(d.inputs).length
        ? html`<table class="data inputs">${Object.entries(d.inputs).map(
            ([key, value]) =>
              html`<tr><th class="mono">${key}</th><td class="mono">${typeof value === 'string' ? value : JSON.stringify(value)}</td></tr>`,
          )}</table>`
        : html`<span class="muted">none</span>`
    }</td><td>${d.actor}</td><td>${time(d.createdAt)}</td><td>${d.runId ?? ''}</td></tr>`,
)}</table>`
    : html`<p class="empty">No workflow has been dispatched.</p>`
}`,
  });
}

/** The newest attempt of each run, newest run first. */
function latestAttempts(repo: RepoState): WorkflowRunState[] {
  const latest = new Map<number, WorkflowRunState>();
  for (const run of repo.workflowRuns ?? []) if ((latest.get(run.id)?.attempt ?? 0) < run.attempt) latest.set(run.id, run);
  return [...latest.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

function runsTable(repo: RepoState): Html {
  const runs = latestAttempts(repo);
  if (runs.length === 0) return html`<p class="empty">No workflow runs reported.</p>`;
  return html`<table class="data runs"><tr><th>Run</th><th>Workflow</th><th>Event</th><th>Branch</th><th>Result</th><th>Time</th></tr>
${runs.map(
  (run) =>
    html`<tr class="run"><td><a href="${repoPath(repo, `/actions/runs/${run.id}`)}">#${run.id}</a>${run.attempt > 1 ? html` <span class="muted">attempt ${run.attempt}</span>` : ''}</td><td>${run.name} <span class="mono muted">${run.path}</span></td><td class="mono">${run.event}</td><td class="mono">${run.headBranch}</td><td>${badge(run.conclusion)}</td><td>${time(run.createdAt)}</td></tr>`,
)}</table>`;
}

/** One run (its latest attempt, or the one asked for): jobs, their steps, each step's log. */
export function runPage(repo: RepoState, id: number, attempt?: number): string | undefined {
  const attempts = (repo.workflowRuns ?? []).filter((run) => run.id === id).sort((a, b) => a.attempt - b.attempt);
  const run = attempt === undefined ? attempts.at(-1) : attempts.find((each) => each.attempt === attempt);
  if (!run) return undefined;
  const stepBadge = (conclusion: string) => badge(conclusion === 'skipped' ? 'inactive' : conclusion, conclusion);
  return page({
    title: `${run.name} #${run.id} · ${repo.fullName}`,
    repo,
    tab: 'actions',
    body: html`<p><a href="${repoPath(repo, '/actions')}">← All runs</a></p>
<h1>${run.name} <span class="muted">#${run.id}</span> ${badge(run.conclusion)}</h1>
<p class="meta">${run.path} · ${run.event} on <span class="mono">${run.headBranch}</span> at <span class="mono">${run.headSha.slice(0, 7)}</span> · ${time(run.createdAt)}${
      attempts.length > 1
        ? html` · attempts ${attempts.map((each) => html`<a href="${repoPath(repo, `/actions/runs/${run.id}/attempts/${each.attempt}`)}">${String(each.attempt)}</a> `)}`
        : ''
    }</p>
${run.jobs.map(
  (job) => html`<div class="box job"><div class="box-header"><strong>${job.name}</strong> ${stepBadge(job.conclusion)}${
    job.environment ? html` · environment <span class="mono">${job.environment}</span>` : ''
  }${job.runsOn !== undefined ? html` · runs-on <span class="mono">${JSON.stringify(job.runsOn)}</span>` : ''}</div>
<div class="box-body">${
    job.steps.length
      ? html`<table class="data steps">${job.steps.map(
          (step) =>
            html`<tr class="step"><td>${stepBadge(step.conclusion)}${step.outcome !== step.conclusion ? html` <span class="muted">(outcome ${step.outcome})</span>` : ''}</td><td>${step.name}${
              step.error ? html`<div class="error">${step.error}</div>` : ''
            }${step.note ? html`<div class="muted">skipped: ${step.note}</div>` : ''}${step.log ? html`<details><summary>log</summary><pre>${step.log}</pre></details>` : ''}</td></tr>`,
        )}</table>`
      : html`<p class="empty">Skipped: no step ran.</p>`
  }</div></div>`,
)}`,
  });
}

export function commitPage(repo: RepoState, sha: string): string | undefined {
  const lower = sha.toLowerCase();
  const full = repo.commits[lower] ? lower : Object.keys(repo.commits).find((s) => lower.length >= 7 && s.startsWith(lower));
  const commit = full ? repo.commits[full] : undefined;
  if (!commit) return undefined;
  const refs = Object.entries(repo.refs)
    .filter(([, s]) => s === commit.sha)
    .map(([ref]) => ref);
  return page({
    title: `${commit.message.split('\n')[0]} · ${repo.fullName}@${commit.sha.slice(0, 7)}`,
    repo,
    tab: 'code',
    body: html`<h1>${commit.message.split('\n')[0]}</h1>
<table class="data"><tr><th>Commit</th><td class="mono">${commit.sha}</td></tr>
<tr><th>Date</th><td>${time(commit.date)}</td></tr>
<tr><th>Parents</th><td>${commit.parents.map((p) => html`<a class="mono" href="${repoPath(repo, `/commit/${p}`)}">${p.slice(0, 7)}</a> `)}</td></tr>
<tr><th>Refs</th><td class="mono">${refs.join(', ')}</td></tr></table>
<pre>${commit.message}</pre>`,
  });
}

export function notFoundPage(path: string): string {
  return page({
    title: 'Page not found',
    body: html`<h1>404</h1><p>This is not the web page you are looking for: <code>${path}</code></p><p><a href="/">All repositories</a></p>`,
  });
}
