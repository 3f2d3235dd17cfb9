import { afterEach, describe, expect, test } from 'vitest';
import type { GitHubEmulator } from '../../emulator/index.js';
import { call, startSeeded } from './helpers.js';

let emu: GitHubEmulator;
afterEach(async () => {
  await emu.close();
});

const RELEASES = '/repos/{owner}/{repo}/releases';

describe('fault injection', () => {
  test('status faults are counted by after and times, per method and route', async () => {
    emu = await startSeeded();
    emu.faults.inject({ kind: 'status', status: 502, method: 'GET', route: RELEASES, after: 1, times: 2 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(emu, 'GET', '/repos/octo/models/releases')).status);
    expect(statuses).toEqual([200, 502, 502, 200]);
    // Other methods and routes are untouched.
    expect((await call(emu, 'GET', '/repos/octo/models')).status).toBe(200);
    expect(emu.requests.filter((r) => r.fault === 'status')).toHaveLength(2);

    emu.faults.inject({
      kind: 'status',
      status: 422,
      route: /\/releases$/,
      method: 'POST',
      body: { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] },
    });
    const failed = await call(emu, 'POST', '/repos/octo/models/releases', { tag_name: 'v1' });
    expect(failed.status).toBe(422);
    expect(failed.body.errors[0].code).toBe('already_exists');
    expect((await call(emu, 'POST', '/repos/octo/models/releases', { tag_name: 'v1' })).status).toBe(201);

    emu.faults.inject({ kind: 'status', status: 500, times: Infinity });
    expect((await call(emu, 'GET', '/repos/octo/models')).status).toBe(500);
    expect((await call(emu, 'GET', '/rate_limit')).status).toBe(500);
    emu.faults.clear();
    expect((await call(emu, 'GET', '/repos/octo/models')).status).toBe(200);
    expect(emu.validationErrors).toEqual([]);
  });

  test("secondary rate limit: 403 with retry-after and GitHub's message", async () => {
    emu = await startSeeded();
    emu.faults.inject({ kind: 'secondary-rate-limit', retryAfter: 7, route: '/repos/{owner}/{repo}/issues', method: 'POST' });
    const limited = await call(emu, 'POST', '/repos/octo/models/issues', { title: 'x' });
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body.message).toMatch(/^You have exceeded a secondary rate limit\. Please wait a few minutes before you try again\./);
    expect(limited.body.message).toContain(limited.headers.get('x-github-request-id'));
    expect(Number(limited.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(0);
    expect((await call(emu, 'POST', '/repos/octo/models/issues', { title: 'x' })).status).toBe(201);
  });

  test('primary rate limit: 403 with x-ratelimit-remaining 0 and the reset time; status faults may set headers', async () => {
    emu = await startSeeded();
    emu.faults.inject({ kind: 'rate-limit', resetAfter: 120, route: '/repos/{owner}/{repo}' });
    const limited = await call(emu, 'GET', '/repos/octo/models');
    expect(limited.status).toBe(403);
    expect(limited.body.message).toMatch(/^API rate limit exceeded/);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    const resetIn = Number(limited.headers.get('x-ratelimit-reset')) - Date.now() / 1000;
    expect(resetIn).toBeGreaterThan(100);
    expect(resetIn).toBeLessThanOrEqual(120);

    emu.faults.inject({ kind: 'status', status: 429, headers: { 'retry-after': '3' } });
    const tooMany = await call(emu, 'GET', '/repos/octo/models');
    expect(tooMany.status).toBe(429);
    expect(tooMany.headers.get('retry-after')).toBe('3');
  });

  test('delay answers normally after waiting; timeout never answers until close', async () => {
    emu = await startSeeded();
    emu.faults.inject({ kind: 'delay', ms: 60, route: '/repos/{owner}/{repo}' });
    const slow = await call(emu, 'GET', '/repos/octo/models');
    expect(slow.status).toBe(200);
    const record = emu.requests.at(-1)!;
    expect(record.fault).toBe('delay');
    expect(record.durationMs).toBeGreaterThanOrEqual(55);

    emu.faults.inject({ kind: 'timeout', route: '/repos/{owner}/{repo}' });
    const hung = fetch(`${emu.apiUrl}/repos/octo/models`, { headers: { authorization: 'token t' }, signal: AbortSignal.timeout(150) });
    await expect(hung).rejects.toThrow();
    expect(emu.requests.at(-1)).toMatchObject({ fault: 'timeout', status: 0 });

    // A request left hanging does not keep close() waiting.
    emu.faults.inject({ kind: 'timeout' });
    const abandoned = fetch(`${emu.apiUrl}/repos/octo/models`, { headers: { authorization: 'token t' } }).catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await emu.close();
    expect(await abandoned).toBeInstanceOf(Error);
  });

  test('a client that aborts mid-upload does not disturb the emulator', async () => {
    emu = await startSeeded();
    const release = (await call(emu, 'POST', '/repos/octo/models/releases', { tag_name: 'abort/v1', draft: true })).body;
    const { request } = await import('node:http');
    const url = new URL(release.upload_url.replace('{?name,label}', '?name=big.bin'));
    await new Promise<void>((resolve) => {
      const req = request(url, {
        method: 'POST',
        headers: { authorization: 'token t', 'content-type': 'application/octet-stream', 'content-length': '1000000' },
      });
      req.on('error', () => resolve());
      req.write(Buffer.alloc(1000));
      setTimeout(() => req.destroy(), 20);
    });
    expect((await call(emu, 'GET', `/repos/octo/models/releases/${release.id}/assets`)).body).toEqual([]);
  });

  test('upload-origin requests go through the same fault machinery', async () => {
    emu = await startSeeded();
    const release = (await call(emu, 'POST', '/repos/octo/models/releases', { tag_name: 'up/v1', draft: true })).body;
    emu.faults.inject({ kind: 'status', status: 503, route: '/repos/{owner}/{repo}/releases/{release_id}/assets', method: 'POST' });
    const url = release.upload_url.replace('{?name,label}', '?name=a.bin');
    const options = { raw: Buffer.from('abc'), headers: { 'content-type': 'application/octet-stream' } };
    expect((await call(emu, 'POST', url, undefined, options)).status).toBe(503);
    expect((await call(emu, 'POST', url, undefined, options)).status).toBe(201);
    expect(emu.requests.filter((r) => r.operationId === 'repos/upload-release-asset').map((r) => r.status)).toEqual([503, 201]);
  });
});

describe('authentication and permissions', () => {
  test('a missing token is 401; any token works when no tokens are configured', async () => {
    emu = await startSeeded();
    const anonymous = await call(emu, 'GET', '/repos/octo/models', undefined, { token: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ message: 'Requires authentication', status: '401' });
    const withToken = await fetch(`${emu.apiUrl}/repos/octo/models`, { headers: { authorization: 'token anything' } });
    expect(withToken.status).toBe(200);
  });

  test('configured tokens: unknown token 401, missing permission 403 with x-accepted-github-permissions', async () => {
    emu = await startSeeded({
      tokens: {
        'issues-only': { permissions: { issues: 'write' }, login: 'bot-a' },
        'contents-read': { permissions: { contents: 'read' } },
        'pr-writer': { permissions: { pull_requests: 'write' } },
      },
    });
    expect((await call(emu, 'GET', '/repos/octo/models', undefined, { token: 'who' })).body.message).toBe('Bad credentials');

    const denied = await call(emu, 'POST', '/repos/octo/models/releases', { tag_name: 'v1' }, { token: 'contents-read' });
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
      status: '403',
    });
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('contents=write');

    const issue = await call(emu, 'POST', '/repos/octo/models/issues', { title: 'x' }, { token: 'issues-only' });
    expect(issue.status).toBe(201);
    expect(issue.body.user.login).toBe('bot-a');
    // Metadata is always readable; deployments are not granted.
    expect((await call(emu, 'GET', '/repos/octo/models', undefined, { token: 'issues-only' })).status).toBe(200);
    const deploy = await call(emu, 'POST', '/repos/octo/models/deployments', { ref: 'main' }, { token: 'issues-only' });
    expect(deploy.status).toBe(403);
    expect(deploy.headers.get('x-accepted-github-permissions')).toBe('deployments=write');
    const dispatch = await call(
      emu,
      'POST',
      '/repos/octo/models/actions/workflows/x.yml/dispatches',
      { ref: 'main' },
      { token: 'issues-only' },
    );
    expect(dispatch.headers.get('x-accepted-github-permissions')).toBe('actions=write');

    // Comments on a pull request work with pull_requests: write alone, as with GITHUB_TOKEN.
    emu.seedPullRequest('octo/models', { head: 'feature' });
    const prNumber = emu.state.repos['octo/models'].pulls[0].number;
    expect(
      (await call(emu, 'POST', `/repos/octo/models/issues/${prNumber}/comments`, { body: 'metrics' }, { token: 'pr-writer' })).status,
    ).toBe(201);
    const noComment = await call(
      emu,
      'POST',
      `/repos/octo/models/issues/${prNumber}/comments`,
      { body: 'metrics' },
      { token: 'contents-read' },
    );
    expect(noComment.headers.get('x-accepted-github-permissions')).toBe('issues=write; pull_requests=write');
    expect(emu.validationErrors).toEqual([]);
  });
});
