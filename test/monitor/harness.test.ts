import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startGitHubEmulator } from '../../emulator/index.js';
import type { GitHubEmulator } from '../../emulator/types.js';
import { createGitHubClient } from '../../shared/github/client.js';
import { readRunContext } from '../../shared/github/context.js';
import { parseActionInputs } from '../../shared/inputs/parse.js';
import { registerModel } from '../../shared/registry/register.js';
import { createCliIO } from '../../shared/runtime/io.js';
import { dispatchOnce } from '../../shared/alerts/drift-issue.js';
import { run as openDriftIssue } from '../../shared/steps/open-drift-issue.js';
import { runAction } from '../harness/runner.js';
import { IntegrityError } from '../../shared/runtime/errors.js';
import { churnPackage, monitorWorkspace, runMonitor, writeDrifted } from './helpers.js';

// The committed monitor and open-drift-issue bundles (dist/) under Node 24 as the runner starts
// them, on the `schedule` event, against the GitHub emulator in strict validation: the reference
// is the registered model's data-profile.json (churn@production), downloaded and verified.
const REPOSITORY = 'octo-org/model-repo';
const [OWNER, REPO] = REPOSITORY.split('/');
const SHA = 'b'.repeat(40);
const WRITE_TOKEN = 'ghs_monitorHarnessRegisterToken000000';
const MONITOR_TOKEN = 'ghs_monitorHarnessReadToken0000000000';
const ISSUE_TOKEN = 'ghs_monitorHarnessIssueToken000000000';
let gh: GitHubEmulator;
let ws: string;

beforeAll(async () => {
  ws = monitorWorkspace('mlops-monitor-harness-');
  await churnPackage(ws);
  writeDrifted(ws, 'data/week-1.csv', 7);
  writeDrifted(ws, 'data/week-2.csv', 8);
  // Week 3: the held-out rows, drawn like the training data.
  const { cpSync } = await import('node:fs');
  cpSync(join(ws, 'data/current.csv'), join(ws, 'data/week-3.csv'));
}, 60_000);

afterEach(async () => {
  expect(gh.validationErrors).toEqual([]);
  await gh.close();
});

async function start(): Promise<void> {
  gh = await startGitHubEmulator({
    validate: 'strict',
    tokens: {
      [WRITE_TOKEN]: { permissions: { contents: 'write', metadata: 'read' } },
      [MONITOR_TOKEN]: { permissions: { contents: 'read', issues: 'read', metadata: 'read' } },
      [ISSUE_TOKEN]: { permissions: { issues: 'write', actions: 'write', metadata: 'read' } },
    },
  });
  gh.seedRepo(REPOSITORY, { sha: SHA });
  const client = createGitHubClient({ token: WRITE_TOKEN, apiUrl: gh.apiUrl, writeSpacingMs: 0 });
  await registerModel({
    client,
    owner: OWNER,
    repo: REPO,
    modelDir: join(ws, 'mlops-out/model'),
    name: 'churn',
    version: 'auto',
    alias: 'production',
    run: readRunContext({ GITHUB_REPOSITORY: REPOSITORY, GITHUB_RUN_ID: '10', GITHUB_SHA: SHA }),
  });
}

const common = (runId: number, runAttempt: number) => ({
  event: { name: 'schedule' as const, cron: '0 6 * * 1' },
  apiUrl: gh.apiUrl,
  repository: REPOSITORY,
  sha: SHA,
  runId,
  runAttempt,
  workspace: ws,
  env: { MLOPS_GITHUB_WRITE_SPACING_MS: '0' },
  timeoutMs: 60_000,
});

/** One scheduled run of the monitoring workflow: monitor, then open-drift-issue on its report. */
async function scheduledRun(week: number, runId: number, runAttempt = 1, monitorInputs: Record<string, string> = {}) {
  const report = `mlops-out/drift-week-${week}.json`;
  const monitor = await runAction({
    action: 'monitor',
    with: { reference: 'churn@production', current: `data/week-${week}.csv`, 'report-output': report, ...monitorInputs },
    token: MONITOR_TOKEN,
    ...common(runId, runAttempt),
  });
  expect(monitor.exitCode, monitor.log + monitor.stderr).toBe(0);
  expect(monitor.tokenLeaked).toBe(false);
  const issue = await runAction({
    action: 'open-drift-issue',
    with: { report, labels: 'drift,ml', assignees: 'octocat', 'retrain-workflow': 'retrain.yml' },
    token: ISSUE_TOKEN,
    ...common(runId, runAttempt),
  });
  expect(issue.exitCode, issue.log + issue.stderr).toBe(0);
  expect(issue.tokenLeaked).toBe(false);
  return { monitor, issue };
}

/** The open-drift-issue step in this process (two can race), as the CLI runs it. */
async function openDriftIssueInProcess(raw: Record<string, string>, extraEnv: Record<string, string>) {
  const env = { GITHUB_REPOSITORY: REPOSITORY, GITHUB_API_URL: gh.apiUrl, MLOPS_GITHUB_WRITE_SPACING_MS: '0', ...extraEnv };
  return openDriftIssue({
    inputs: parseActionInputs('open-drift-issue', raw),
    io: createCliIO(() => undefined),
    env,
    cwd: ws,
    run: readRunContext(env),
  });
}

const repo = () => gh.state.repos[REPOSITORY]!;
const driftIssues = () => repo().issues.filter((i) => !i.isPullRequest);
const commentsOn = (number: number) => repo().comments.filter((c) => c.issueNumber === number);
const writes = () => gh.requests.filter((r) => r.method !== 'GET').length;

describe('monitor and open-drift-issue under the runner harness', () => {
  test('drift, drift again, clean: one issue, one comment for the later detection, closed at the end; retraining dispatched once', async () => {
    await start();
    // Week 1: drift. The issue is opened, labels created, retraining dispatched.
    const first = await scheduledRun(1, 7001);
    expect(first.monitor.outputs).toMatchObject({ 'drift-detected': 'true', report: 'mlops-out/drift-week-1.json' });
    expect(JSON.parse(first.monitor.outputs['drifted-features']).sort()).toEqual(
      ['age', 'contract', 'monthly_charges', 'support_calls', 'tenure_months', 'total_charges'].sort(),
    );
    expect(first.monitor.summary).toContain('## 🔴 Dataset drift: churn (production): 6 of 9 columns drifted');
    const report = JSON.parse(readFileSync(join(ws, 'mlops-out/drift-week-1.json'), 'utf8'));
    expect(report).toMatchObject({
      model: 'churn',
      environment: 'production',
      reference: { kind: 'registry', tag: 'churn/v1', version: 1 },
      run: { id: '7001', url: `https://github.com/${REPOSITORY}/actions/runs/7001` },
    });
    expect(first.issue.outputs).toMatchObject({ action: 'created', 'retrain-dispatched': 'true', 'issue-number': '1' });
    expect(driftIssues()).toHaveLength(1);
    const [issue] = driftIssues();
    expect(issue).toMatchObject({
      title: 'Data drift detected: churn (production)',
      state: 'open',
      labels: ['drift', 'ml'],
      assignees: ['octocat'],
    });
    expect(issue.body).toMatch(
      /^<!-- mlops-actions:issue:drift\/churn\/production -->\n<!-- mlops-actions:drift-detection:run-7001 -->\n## 🔴 Dataset drift/,
    );
    expect(
      repo()
        .labels.filter((l) => ['drift', 'ml'].includes(l.name))
        .map((l) => l.color),
    ).toEqual(['d93f0b', 'd93f0b']);
    expect(repo().dispatches).toHaveLength(1);
    expect(repo().dispatches[0]).toMatchObject({
      ref: 'main',
      inputs: {
        model: 'churn',
        environment: 'production',
        'drift-share': String(6 / 9),
        'issue-number': '1',
      },
    });
    expect(JSON.parse(repo().dispatches[0].inputs['drifted-features'] as string)).toHaveLength(6);
    expect(commentsOn(1).map((c) => c.body.split('\n')[0])).toEqual(['<!-- mlops-actions:drift-retrain:1 -->']);
    expect(commentsOn(1)[0].body).toContain('🔁 Retraining dispatched: `retrain.yml` on `main`');

    // A re-run of the same run (attempt 2) writes nothing: no issue, no comment, no dispatch.
    const before = writes();
    const rerun = await scheduledRun(1, 7001, 2);
    expect(rerun.issue.outputs).toMatchObject({ action: 'unchanged', 'retrain-dispatched': 'false', 'issue-number': '1' });
    expect(writes()).toBe(before);

    // Week 2: drift again, through a 502 on the issue list and a secondary rate limit on the comment.
    gh.faults.inject({ kind: 'status', status: 502, times: 1, method: 'GET', route: '/repos/{owner}/{repo}/issues' });
    gh.faults.inject({
      kind: 'secondary-rate-limit',
      retryAfter: 1,
      times: 1,
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    });
    // This week monitor also sends alerts (to a stand-in Alertmanager that records them): their link is the open issue.
    const posted: any[] = [];
    const alertmanager = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        if (request.method === 'POST') posted.push(...JSON.parse(body));
        response.writeHead(200, { 'content-type': 'application/json' }).end(request.method === 'GET' ? '[]' : '');
      });
    });
    await new Promise<void>((resolve) => alertmanager.listen(0, '127.0.0.1', resolve));
    const { port } = alertmanager.address() as AddressInfo;
    const second = await scheduledRun(2, 7002, 1, { 'alertmanager-url': `http://127.0.0.1:${port}` });
    alertmanager.close();
    expect(posted.find((a) => a.labels.alertname === 'MLOpsDataDrift')).toMatchObject({
      labels: { model: 'churn', environment: 'production', severity: 'warning' },
      annotations: { link: `${gh.serverUrl}/${REPOSITORY}/issues/1` },
      generatorURL: `https://github.com/${REPOSITORY}/actions/runs/7002`,
    });
    expect(gh.requests.filter((r) => r.fault)).toHaveLength(2);
    expect(second.issue.outputs).toMatchObject({ action: 'updated', 'retrain-dispatched': 'false', 'issue-number': '1' });
    expect(second.issue.log).toContain('Retraining was dispatched for this drift episode already');
    expect(driftIssues()).toHaveLength(1);
    const detections = commentsOn(1).filter((c) => c.body.startsWith('<!-- mlops-actions:issue-comment:drift-detection'));
    expect(detections).toHaveLength(1);
    expect(detections[0].body).toContain('Drift detected again.');
    expect(detections[0].body).toContain('monitor run](https://github.com/octo-org/model-repo/actions/runs/7002)');
    expect(repo().dispatches).toHaveLength(1);
    expect(second.issue.outputs['issue-url']).toBe(`${gh.serverUrl}/${REPOSITORY}/issues/1`);

    // Week 3: clean. The issue is closed with a comment.
    const third = await scheduledRun(3, 7003);
    expect(third.monitor.outputs).toMatchObject({ 'drift-detected': 'false', 'drifted-features': '[]' });
    expect(third.issue.outputs).toMatchObject({ action: 'closed', 'retrain-dispatched': 'false', 'issue-number': '1' });
    expect(driftIssues()).toHaveLength(1);
    expect(driftIssues()[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(commentsOn(1)).toHaveLength(3);
    expect(commentsOn(1)[2].body).toContain('✅ The drift has cleared');
    expect(repo().dispatches).toHaveLength(1);

    // A re-run of the clean run finds no open issue and changes nothing.
    const quiet = writes();
    const cleanRerun = await scheduledRun(3, 7003, 2);
    expect(cleanRerun.issue.outputs).toMatchObject({ action: 'none', 'issue-number': '' });
    expect(writes()).toBe(quiet);
  }, 240_000);

  test('5xx on creating the issue and on the dispatch, a racing duplicate, racing runs: one open issue and one dispatch per episode', async () => {
    await start();
    gh.faults.inject({ kind: 'status', status: 503, times: 1, method: 'POST', route: '/repos/{owner}/{repo}/issues' });
    gh.faults.inject({
      kind: 'status',
      status: 502,
      times: 1,
      method: 'POST',
      route: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
    });
    const first = await scheduledRun(1, 8001);
    expect(first.issue.outputs).toMatchObject({ action: 'created', 'retrain-dispatched': 'true' });
    expect(gh.requests.filter((r) => r.fault)).toHaveLength(2);
    expect(driftIssues()).toHaveLength(1);
    expect(repo().dispatches).toHaveLength(1);

    // A run racing with the first opened its own issue a moment later (same marker).
    const client = createGitHubClient({ token: ISSUE_TOKEN, apiUrl: gh.apiUrl, writeSpacingMs: 0 });
    const original = driftIssues()[0];
    const { data: duplicate } = await client.rest.issues.create({
      owner: OWNER,
      repo: REPO,
      title: original.title,
      body: original.body!,
      labels: ['drift'],
    });
    const next = await scheduledRun(2, 8002);
    expect(next.issue.outputs).toMatchObject({ action: 'updated', 'issue-number': String(original.number), 'retrain-dispatched': 'false' });
    expect(driftIssues().find((i) => i.number === duplicate.number)).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
    expect(driftIssues().filter((i) => i.state === 'open')).toHaveLength(1);
    expect(repo().dispatches).toHaveLength(1);

    // The drift clears; then two runs race on the next episode, one's claim comment held back by
    // a slow answer: one new issue stays open and retraining is dispatched once more, not twice.
    expect((await scheduledRun(3, 8003)).issue.outputs.action).toBe('closed');
    gh.faults.inject({ kind: 'delay', ms: 400, times: 1, method: 'POST', route: '/repos/{owner}/{repo}/issues/{issue_number}/comments' });
    const racing = await Promise.all(
      [8001, 8002].map((runId, i) =>
        openDriftIssueInProcess(
          { report: `mlops-out/drift-week-${i + 1}.json`, 'retrain-workflow': 'retrain.yml', 'github-token': ISSUE_TOKEN },
          { GITHUB_RUN_ID: String(runId + 100) },
        ),
      ),
    );
    const open = driftIssues().filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    expect(racing.map((r) => r['issue-number'])).toEqual([open[0].number, open[0].number]);
    expect(racing.filter((r) => r['retrain-dispatched'] === true)).toHaveLength(1);
    expect(repo().dispatches).toHaveLength(2);
    expect(commentsOn(open[0].number).filter((c) => c.body.startsWith('<!-- mlops-actions:drift-retrain:'))).toHaveLength(1);

    // The claim itself under a race: both runs find no claim, both post one, and the slower
    // answer makes the second run's claim the older; the oldest claim dispatches, the other is deleted.
    const report = JSON.parse(readFileSync(join(ws, 'mlops-out/drift-week-1.json'), 'utf8'));
    const { data: fresh } = await client.rest.issues.create({ owner: OWNER, repo: REPO, title: 'episode', body: 'x' });
    gh.faults.inject({ kind: 'delay', ms: 400, times: 1, method: 'POST', route: '/repos/{owner}/{repo}/issues/{issue_number}/comments' });
    const deletes = gh.requests.filter((r) => r.method === 'DELETE').length;
    const claims = await Promise.all(
      ['a', 'b'].map(() =>
        dispatchOnce(client, { owner: OWNER, repo: REPO }, fresh.number, report, {
          workflow: 'retrain.yml',
          ref: 'main',
          inputs: {},
          io: createCliIO(() => undefined),
        }),
      ),
    );
    expect(claims.sort()).toEqual([false, true]);
    expect(repo().dispatches).toHaveLength(3);
    expect(commentsOn(fresh.number)).toHaveLength(1);
    expect(commentsOn(fresh.number)[0].body).toContain('🔁 Retraining dispatched');
    expect(gh.requests.filter((r) => r.method === 'DELETE').length).toBe(deletes + 1);
  }, 240_000);

  test('a cached reference changed on the runner fails the step (integrity), never read as the reference', async () => {
    await start();
    const toolCache = mkdtempSync(join(tmpdir(), 'mlops-monitor-cache-'));
    const env = { GITHUB_REPOSITORY: REPOSITORY, GITHUB_API_URL: gh.apiUrl, RUNNER_TOOL_CACHE: toolCache };
    const raw = { reference: 'churn@production', current: 'data/week-3.csv', 'github-token': MONITOR_TOKEN, multivariate: 'false' };
    expect((await runMonitor(ws, raw, env)).outputs['drift-detected']).toBe(false);
    const [cached] = readdirSync(join(toolCache, 'mlops-models', 'churn'));
    const profile = join(toolCache, 'mlops-models', 'churn', cached, 'data-profile.json');
    writeFileSync(profile, readFileSync(profile, 'utf8').replace('"rows": 4000', '"rows": 4001'));
    const error = await runMonitor(ws, raw, env).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(IntegrityError);
    expect(error?.message).toMatch(/data-profile\.json/);
  }, 60_000);

  test('bad input fails with a sentence naming the input, before anything is written', async () => {
    await start();
    const before = writes();
    const monitor = await runAction({
      action: 'monitor',
      with: { reference: 'churn@staging', current: 'data/week-1.csv' },
      token: MONITOR_TOKEN,
      ...common(9001, 1),
    });
    expect(monitor.exitCode).toBe(1);
    expect(monitor.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('monitor: input "reference": the alias churn@staging does not exist'),
      }),
    );
    const issue = await runAction({
      action: 'open-drift-issue',
      with: { report: 'data/week-1.csv' },
      token: ISSUE_TOKEN,
      ...common(9001, 1),
    });
    expect(issue.exitCode).toBe(1);
    expect(issue.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('open-drift-issue: input "report": data/week-1.csv is not JSON'),
      }),
    );
    expect(issue.log).not.toMatch(/\n\s+at /);
    expect(writes()).toBe(before);
  }, 120_000);
});
