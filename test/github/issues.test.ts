import { afterEach, describe, expect, test } from 'vitest';
import { closeIssue, commentOnIssue, findOpenIssuesByMarker, issueMarker, upsertIssue } from '../../shared/github/issues.js';
import { FAULT_TIMEOUT, REPO, countRequests, seedIssues, startHarness, type Harness } from './helpers.js';

let h: Harness;

afterEach(async () => {
  expect(h.gh.validationErrors).toEqual([]);
  await h.gh.close();
});

const drift = { ...REPO, key: 'churn/production', title: 'Drift detected: churn (production)', labels: ['drift'] };

async function openIssues() {
  const issues = await h.client.paginate(h.client.rest.issues.listForRepo, { ...REPO, state: 'open', per_page: 100 });
  return issues.filter((issue) => !issue.pull_request);
}

describe('upsertIssue', () => {
  test('opens once, then updates the same issue; re-runs make no duplicates', async () => {
    h = await startHarness();
    const first = await upsertIssue(h.client, { ...drift, body: 'age drifted', assignees: [] });
    expect(first.action).toBe('created');
    const again = await upsertIssue(h.client, { ...drift, body: 'age drifted' });
    expect(again).toMatchObject({ number: first.number, action: 'unchanged' });
    const changed = await upsertIssue(h.client, { ...drift, body: 'age and income drifted' });
    expect(changed).toMatchObject({ number: first.number, action: 'updated' });
    const open = await openIssues();
    expect(open).toHaveLength(1);
    expect(open[0]!.body).toBe(`${issueMarker('churn/production')}\nage and income drifted`);
    expect(open[0]!.labels.map((label) => (typeof label === 'string' ? label : label.name))).toEqual(['drift']);
  });

  test('never uses the search API; skips pull requests in the issue list', async () => {
    h = await startHarness();
    h.gh.seedPullRequest(`${REPO.owner}/${REPO.repo}`, {
      number: 1,
      head: 'feature',
      body: `${issueMarker('churn/production')}\nnot an issue`,
    });
    const result = await upsertIssue(h.client, { ...drift, body: 'x' });
    expect(result.action).toBe('created');
    expect(result.number).not.toBe(1);
    expect(h.gh.requests.some((request) => request.url.includes('/search/'))).toBe(false);
  });

  test('finds its issue when someone removed the label, and beyond the first page', async () => {
    h = await startHarness();
    const first = await upsertIssue(h.client, { ...drift, body: 'v1' });
    seedIssues(h.gh, 105);
    await h.client.rest.issues.removeLabel({ ...REPO, issue_number: first.number, name: 'drift' });
    const again = await upsertIssue(h.client, { ...drift, body: 'v2' });
    expect(again).toMatchObject({ number: first.number, action: 'updated' });
    const { data } = await h.client.rest.issues.get({ ...REPO, issue_number: first.number });
    expect(data.labels.map((label) => (typeof label === 'string' ? label : label.name))).toEqual(['drift']);
  });

  test('duplicates from racing runs: the oldest stays open, newer ones are closed', async () => {
    h = await startHarness();
    const marker = issueMarker(drift.key);
    const { data: older } = await h.client.rest.issues.create({ ...REPO, title: 't', body: `${marker}\nrun 1`, labels: ['drift'] });
    const { data: newer } = await h.client.rest.issues.create({ ...REPO, title: 't', body: `${marker}\nrun 2`, labels: ['drift'] });
    const result = await upsertIssue(h.client, { ...drift, body: 'run 3' });
    expect(result).toMatchObject({ number: older.number, action: 'updated', closedDuplicates: [newer.number] });
    expect((await openIssues()).map((issue) => issue.number)).toEqual([older.number]);
    const { data: closed } = await h.client.rest.issues.get({ ...REPO, issue_number: newer.number });
    expect(closed.state_reason).toBe('not_planned');
  });

  test('two runs at the same moment end with one open issue', async () => {
    h = await startHarness();
    const results = await Promise.all([upsertIssue(h.client, { ...drift, body: 'x' }), upsertIssue(h.client, { ...drift, body: 'x' })]);
    expect(await openIssues()).toHaveLength(1);
    expect(new Set(results.map((result) => result.number)).size).toBe(1);
  });

  test('recovers from a 500 on create and a secondary rate limit on the list', async () => {
    h = await startHarness();
    h.gh.faults.inject({ method: 'POST', route: '/repos/{owner}/{repo}/issues', kind: 'status', status: 500, times: 1 });
    h.gh.faults.inject({ method: 'GET', route: '/repos/{owner}/{repo}/issues', kind: 'secondary-rate-limit', retryAfter: 1, times: 1 });
    const result = await upsertIssue(h.client, { ...drift, body: 'x' });
    expect(result.action).toBe('created');
    expect(await openIssues()).toHaveLength(1);
  });

  test('a timeout that outlasts the retries fails with a clear message', async () => {
    h = await startHarness({ client: { ...FAULT_TIMEOUT, maxRetries: 1 } });
    h.gh.faults.inject({ method: 'GET', route: '/repos/{owner}/{repo}/issues', kind: 'timeout', times: Infinity });
    await expect(upsertIssue(h.client, { ...drift, body: 'x' })).rejects.toThrow(
      /Opening or updating the issue "churn\/production" in octo\/model-repo failed: GitHub did not answer GET \/repos\/octo\/model-repo\/issues within 1 s, 2 times; re-run the job/,
    );
    expect(countRequests(h.gh, 'GET', '/repos/{owner}/{repo}/issues')).toBe(2);
  });
});

describe('commentOnIssue and closeIssue', () => {
  test('a keyed comment is posted once however often the run repeats', async () => {
    h = await startHarness();
    const issue = await upsertIssue(h.client, { ...drift, body: 'x' });
    const first = await commentOnIssue(h.client, { ...REPO, issueNumber: issue.number, body: 'drift again', key: 'run-42-1' });
    const second = await commentOnIssue(h.client, { ...REPO, issueNumber: issue.number, body: 'drift again', key: 'run-42-1' });
    expect(first.action).toBe('created');
    expect(second).toMatchObject({ id: first.id, action: 'unchanged' });
    const third = await commentOnIssue(h.client, { ...REPO, issueNumber: issue.number, body: 'drift on the next run', key: 'run-43-1' });
    expect(third.action).toBe('created');
    const { data: comments } = await h.client.rest.issues.listComments({ ...REPO, issue_number: issue.number });
    expect(comments).toHaveLength(2);
  });

  test('closes with one comment; a second close does nothing', async () => {
    h = await startHarness();
    const issue = await upsertIssue(h.client, { ...drift, body: 'x' });
    const closed = await closeIssue(h.client, { ...REPO, issueNumber: issue.number, comment: 'Resolved: no drift in the latest report.' });
    expect(closed.action).toBe('closed');
    const again = await closeIssue(h.client, { ...REPO, issueNumber: issue.number, comment: 'Resolved: no drift in the latest report.' });
    expect(again.action).toBe('unchanged');
    const { data } = await h.client.rest.issues.get({ ...REPO, issue_number: issue.number });
    expect(data).toMatchObject({ state: 'closed', state_reason: 'completed' });
    const { data: comments } = await h.client.rest.issues.listComments({ ...REPO, issue_number: issue.number });
    expect(comments.map((comment) => comment.body)).toEqual(['Resolved: no drift in the latest report.']);
    expect(await findOpenIssuesByMarker(h.client, { ...REPO, key: drift.key, labels: ['drift'] })).toEqual([]);
    // Once closed, the next detection opens a fresh issue.
    expect((await upsertIssue(h.client, { ...drift, body: 'drift is back' })).action).toBe('created');
  });

  test('a read-only token is told to add issues: write', async () => {
    h = await startHarness({ emulator: { tokens: { ro: { permissions: { issues: 'read', contents: 'read' } } } }, token: 'ro' });
    await expect(upsertIssue(h.client, { ...drift, body: 'x' })).rejects.toThrow(/add `permissions: issues: write` to the job/);
  });
});
