import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { GitHubEmulator } from '../../emulator/index.js';
import { call, startSeeded } from './helpers.js';

let emu: GitHubEmulator;
beforeAll(async () => {
  emu = await startSeeded();
});
afterAll(async () => {
  await emu.close();
});
afterEach(() => {
  // Every request and response in these happy paths must match GitHub's OpenAPI description.
  expect(emu.validationErrors).toEqual([]);
});

describe('issues', () => {
  test('create, get, update, close and reopen', async () => {
    const created = await call(emu, 'POST', '/repos/octo/models/issues', {
      title: 'Drift in price',
      body: 'hello',
      labels: ['drift', { name: 'model:price' }],
      assignees: ['octocat'],
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(created.body.url);
    expect(created.body).toMatchObject({ number: 1, state: 'open', title: 'Drift in price', body: 'hello', comments: 0 });
    expect(created.body.labels.map((l: any) => l.name)).toEqual(['drift', 'model:price']);
    expect(created.body.assignees.map((a: any) => a.login)).toEqual(['octocat']);
    expect(created.body.user.login).toBe('github-actions[bot]');
    expect(created.body).not.toHaveProperty('pull_request');

    const fetched = await call(emu, 'GET', '/repos/octo/models/issues/1');
    expect(fetched.body.title).toBe('Drift in price');

    const closed = await call(emu, 'PATCH', '/repos/octo/models/issues/1', {
      state: 'closed',
      state_reason: 'not_planned',
      title: 'Drift (resolved)',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ state: 'closed', state_reason: 'not_planned', title: 'Drift (resolved)' });
    expect(closed.body.closed_at).toMatch(/Z$/);
    expect(closed.body.closed_by.login).toBe('github-actions[bot]');

    const reopened = await call(emu, 'PATCH', '/repos/octo/models/issues/1', { state: 'open', labels: ['drift'] });
    expect(reopened.body).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
    expect(reopened.body.labels.map((l: any) => l.name)).toEqual(['drift']);

    expect((await call(emu, 'GET', '/repos/octo/models/issues/999')).status).toBe(404);
  });

  test('list filters by state and labels, and includes pull requests with a pull_request key', async () => {
    await call(emu, 'POST', '/repos/octo/models/issues', { title: 'A', labels: ['drift', 'model:a'] });
    const b = await call(emu, 'POST', '/repos/octo/models/issues', { title: 'B', labels: ['drift', 'model:b'] });
    await call(emu, 'PATCH', `/repos/octo/models/issues/${b.body.number}`, { state: 'closed' });
    const pull = emu.seedPullRequest('octo/models', { head: 'feature/x', title: 'Try a bigger model' });

    const open = await call(emu, 'GET', '/repos/octo/models/issues?labels=drift,MODEL:A');
    expect(open.body.map((i: any) => i.title)).toEqual(['A']);
    const closed = await call(emu, 'GET', '/repos/octo/models/issues?labels=drift&state=closed');
    expect(closed.body.map((i: any) => i.title)).toEqual(['B']);

    const all = await call(emu, 'GET', '/repos/octo/models/issues?state=all&direction=asc');
    const numbers = all.body.map((i: any) => i.number);
    expect(numbers).toEqual([...numbers].sort((x: number, y: number) => x - y));
    const pr = all.body.find((i: any) => i.number === pull.number);
    expect(pr.pull_request.url).toBe(`${emu.apiUrl}/repos/octo/models/pulls/${pull.number}`);
    expect(pr.html_url).toBe(`${emu.serverUrl}/octo/models/pull/${pull.number}`);
  });

  test('comments: create, list, update, delete', async () => {
    const issue = await call(emu, 'POST', '/repos/octo/models/issues', { title: 'with comments' });
    const n = issue.body.number;
    const first = await call(emu, 'POST', `/repos/octo/models/issues/${n}/comments`, { body: '<!-- mlops:key -->\nfirst' });
    expect(first.status).toBe(201);
    expect(first.body.body).toBe('<!-- mlops:key -->\nfirst');
    expect(first.body.issue_url).toBe(`${emu.apiUrl}/repos/octo/models/issues/${n}`);
    await call(emu, 'POST', `/repos/octo/models/issues/${n}/comments`, { body: 'second' });

    const updated = await call(emu, 'PATCH', `/repos/octo/models/issues/comments/${first.body.id}`, { body: 'edited' });
    expect(updated.status).toBe(200);
    expect(updated.body.body).toBe('edited');

    const list = await call(emu, 'GET', `/repos/octo/models/issues/${n}/comments`);
    expect(list.body.map((c: any) => c.body)).toEqual(['edited', 'second']);
    expect((await call(emu, 'GET', `/repos/octo/models/issues/${n}`)).body.comments).toBe(2);

    expect((await call(emu, 'DELETE', `/repos/octo/models/issues/comments/${first.body.id}`)).status).toBe(204);
    expect((await call(emu, 'GET', `/repos/octo/models/issues/comments/${first.body.id}`)).status).toBe(404);
    expect((await call(emu, 'GET', `/repos/octo/models/issues/${n}/comments`)).body).toHaveLength(1);

    // GitHub's limit is 65536 characters (code points, so an emoji counts once).
    const longest = '📈'.repeat(65536);
    const long = await call(emu, 'POST', `/repos/octo/models/issues/${n}/comments`, { body: longest });
    expect(long.status).toBe(201);
    const tooLong = await call(emu, 'PATCH', `/repos/octo/models/issues/comments/${long.body.id}`, { body: `${longest}x` });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.errors[0].message).toBe('body is too long (maximum is 65536 characters)');

    const empty = await call(emu, 'POST', `/repos/octo/models/issues/${n}/comments`, { body: '   ' });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0]).toMatchObject({ resource: 'IssueComment', code: 'missing_field', field: 'body' });
  });

  test('labels: added labels are created on the fly; repo labels; duplicates; removal', async () => {
    const issue = await call(emu, 'POST', '/repos/octo/models/issues', { title: 'labels' });
    const n = issue.body.number;
    const added = await call(emu, 'POST', `/repos/octo/models/issues/${n}/labels`, { labels: ['brand-new', 'drift'] });
    expect(added.status).toBe(200);
    expect(added.body.map((l: any) => l.name)).toEqual(['brand-new', 'drift']);
    expect(added.body[0].color).toBe('ededed');

    const created = await call(emu, 'POST', '/repos/octo/models/labels', {
      name: 'retrain',
      color: 'ff0000',
      description: 'needs retraining',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'retrain', color: 'ff0000', description: 'needs retraining', default: false });
    const duplicate = await call(emu, 'POST', '/repos/octo/models/labels', { name: 'RETRAIN' });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.errors).toEqual([{ resource: 'Label', code: 'already_exists', field: 'name' }]);

    const repoLabels = await call(emu, 'GET', '/repos/octo/models/labels?per_page=100');
    expect(repoLabels.body.map((l: any) => l.name)).toEqual(expect.arrayContaining(['brand-new', 'drift', 'retrain']));
    expect((await call(emu, 'GET', '/repos/octo/models/labels/retrain')).body.name).toBe('retrain');

    const removed = await call(emu, 'DELETE', `/repos/octo/models/issues/${n}/labels/brand-new`);
    expect(removed.body.map((l: any) => l.name)).toEqual(['drift']);
    const missing = await call(emu, 'DELETE', `/repos/octo/models/issues/${n}/labels/brand-new`);
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('Label does not exist');
  });
});

describe('pull requests', () => {
  test('get and list', async () => {
    const pull = emu.seedPullRequest('octo/models', { head: 'tune/lr', title: 'Tune learning rate', headSha: 'b'.repeat(40) });
    const got = await call(emu, 'GET', `/repos/octo/models/pulls/${pull.number}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ number: pull.number, title: 'Tune learning rate', state: 'open', merged: false });
    expect(got.body.head).toMatchObject({ ref: 'tune/lr', sha: 'b'.repeat(40), label: 'octo:tune/lr' });
    expect(got.body.base.ref).toBe('main');
    const listed = await call(emu, 'GET', '/repos/octo/models/pulls?head=octo:tune/lr');
    expect(listed.body.map((p: any) => p.number)).toEqual([pull.number]);
    expect((await call(emu, 'GET', '/repos/octo/models/pulls/4242')).status).toBe(404);
    // The head branch exists as a ref.
    expect((await call(emu, 'GET', '/repos/octo/models/git/ref/heads/tune/lr')).body.object.sha).toBe('b'.repeat(40));
  });
});

describe('pagination', () => {
  test('Link header with next/last, then prev/first, pointing at apiUrl', async () => {
    const issue = await call(emu, 'POST', '/repos/octo/models/issues', { title: 'many comments' });
    const n = issue.body.number;
    for (let i = 1; i <= 7; i++) await call(emu, 'POST', `/repos/octo/models/issues/${n}/comments`, { body: `c${i}` });
    const base = `${emu.apiUrl}/repos/octo/models/issues/${n}/comments`;

    const page1 = await call(emu, 'GET', `/repos/octo/models/issues/${n}/comments?per_page=3`);
    expect(page1.body.map((c: any) => c.body)).toEqual(['c1', 'c2', 'c3']);
    expect(page1.headers.get('link')).toBe(`<${base}?per_page=3&page=2>; rel="next", <${base}?per_page=3&page=3>; rel="last"`);

    const page2 = await call(emu, 'GET', `/repos/octo/models/issues/${n}/comments?per_page=3&page=2`);
    expect(page2.body.map((c: any) => c.body)).toEqual(['c4', 'c5', 'c6']);
    expect(page2.headers.get('link')).toBe(
      `<${base}?per_page=3&page=1>; rel="prev", <${base}?per_page=3&page=3>; rel="next", <${base}?per_page=3&page=3>; rel="last", <${base}?per_page=3&page=1>; rel="first"`,
    );

    const page3 = await call(emu, 'GET', `/repos/octo/models/issues/${n}/comments?per_page=3&page=3`);
    expect(page3.body.map((c: any) => c.body)).toEqual(['c7']);
    expect(page3.headers.get('link')).toBe(`<${base}?per_page=3&page=2>; rel="prev", <${base}?per_page=3&page=1>; rel="first"`);

    // One page only: no Link header. per_page is capped at 100, as on GitHub.
    const single = await call(emu, 'GET', `/repos/octo/models/issues/${n}/comments?per_page=500`);
    expect(single.body).toHaveLength(7);
    expect(single.headers.get('link')).toBeNull();
  });
});

describe('repository, rate limit and headers', () => {
  test('GET /repos/{owner}/{repo} and realistic headers', async () => {
    const repo = await call(emu, 'GET', '/repos/Octo/Models', undefined, { headers: { 'x-github-api-version': '2022-11-28' } });
    expect(repo.status).toBe(200);
    expect(repo.body).toMatchObject({ full_name: 'octo/models', default_branch: 'main', private: false });
    expect(repo.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(repo.headers.get('x-github-request-id')).toMatch(/^[0-9A-F:]+$/);
    expect(repo.headers.get('x-github-api-version-selected')).toBe('2022-11-28');
    expect(Number(repo.headers.get('x-ratelimit-limit'))).toBe(5000);
    const used = Number(repo.headers.get('x-ratelimit-used'));
    expect(Number(repo.headers.get('x-ratelimit-remaining'))).toBe(5000 - used);
    expect(repo.headers.get('x-ratelimit-resource')).toBe('core');
    expect((await call(emu, 'GET', '/repos/octo/nope')).status).toBe(404);
  });

  test("GET /rate_limit reports the token's usage and does not count itself", async () => {
    await call(emu, 'GET', '/repos/octo/models', undefined, { token: 'fresh-token' });
    const limits = await call(emu, 'GET', '/rate_limit', undefined, { token: 'fresh-token' });
    expect(limits.body.resources.core).toMatchObject({ limit: 5000, used: 1, remaining: 4999 });
    expect(limits.body.rate).toEqual(limits.body.resources.core);
  });
});
