// The emulator driven by the client the suite uses: @octokit/rest with the retry and throttling plugins.
import { createHash } from 'node:crypto';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { GitHubEmulator } from '../../emulator/index.js';
import { MAIN_SHA, startSeeded } from './helpers.js';

let emu: GitHubEmulator;
let octokit: Octokit;
let throttled: Octokit;
const owner = 'octo';
const repo = 'models';
let secondaryLimitHits = 0;

beforeAll(async () => {
  emu = await startSeeded();
  // Waits in milliseconds instead of seconds so the test stays fast.
  octokit = new (Octokit.plugin(retry))({
    auth: 'ghs_emulated',
    baseUrl: emu.apiUrl,
    retry: { retryAfterBaseValue: 1 },
  }) as unknown as Octokit;
  // The throttling plugin spaces writes one second apart; it is used only where that does not matter.
  throttled = new (Octokit.plugin(throttling))({
    auth: 'ghs_emulated',
    baseUrl: emu.apiUrl,
    throttle: {
      retryAfterBaseValue: 1,
      onRateLimit: () => true,
      onSecondaryRateLimit: () => {
        secondaryLimitHits++;
        return true;
      },
    },
  }) as unknown as Octokit;
});
afterAll(async () => {
  await emu.close();
});
afterEach(() => {
  expect(emu.validationErrors).toEqual([]);
});

test('repos, issues and paginated comments', async () => {
  expect((await octokit.rest.repos.get({ owner, repo })).data.default_branch).toBe('main');
  const issue = (await octokit.rest.issues.create({ owner, repo, title: 'Drift', labels: ['drift'] })).data;
  for (let i = 0; i < 5; i++) await octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: `c${i}` });
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue.number, per_page: 2 });
  expect(comments.map((c) => c.body)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: 'drift', state: 'open' });
  expect(issues.map((i) => i.number)).toEqual([issue.number]);
  await octokit.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'closed' });
});

test('release: draft, upload through upload_url, verify, publish, download', async () => {
  const draft = (await octokit.rest.repos.createRelease({ owner, repo, tag_name: 'price/v1', draft: true, name: 'price v1' })).data;
  const data = Buffer.from('weights'.repeat(1000));
  const asset = (
    await octokit.request({
      method: 'POST',
      url: draft.upload_url,
      name: 'model.bin',
      data,
      headers: { 'content-type': 'application/octet-stream', 'content-length': data.length },
    })
  ).data as { id: number; digest: string; size: number };
  expect(asset.size).toBe(data.length);
  expect(asset.digest).toBe(`sha256:${createHash('sha256').update(data).digest('hex')}`);

  // The same upload through the endpoint method, pointed at the upload origin.
  await octokit.rest.repos.uploadReleaseAsset({
    owner,
    repo,
    release_id: draft.id,
    name: 'SHA256SUMS',
    data: 'abc  model.bin\n',
    baseUrl: emu.uploadUrl,
    headers: { 'content-type': 'text/plain' },
  });

  await expect(octokit.rest.repos.getReleaseByTag({ owner, repo, tag: 'price/v1' })).rejects.toMatchObject({ status: 404 });
  await octokit.rest.repos.updateRelease({ owner, repo, release_id: draft.id, draft: false });
  const published = (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: 'price/v1' })).data;
  expect(published.assets.map((a) => a.name)).toEqual(['model.bin', 'SHA256SUMS']);

  const bytes = await octokit.rest.repos.getReleaseAsset({
    owner,
    repo,
    asset_id: asset.id,
    headers: { accept: 'application/octet-stream' },
  });
  expect(Buffer.from(bytes.data as unknown as ArrayBuffer).equals(data)).toBe(true);
});

test('refs, deployments and dispatch', async () => {
  await octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/price@staging', sha: MAIN_SHA });
  expect((await octokit.rest.git.getRef({ owner, repo, ref: 'tags/price@staging' })).data.object.sha).toBe(MAIN_SHA);
  const deployment = await octokit.rest.repos.createDeployment({
    owner,
    repo,
    ref: 'main',
    environment: 'staging',
    required_contexts: [],
    auto_merge: false,
  });
  expect(deployment.status).toBe(201);
  const id = (deployment.data as { id: number }).id;
  await octokit.rest.repos.createDeploymentStatus({
    owner,
    repo,
    deployment_id: id,
    state: 'success',
    environment_url: 'http://127.0.0.1:9000',
  });
  expect((await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: id })).data[0].state).toBe('success');
  expect((await octokit.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: 'retrain.yml', ref: 'main' })).status).toBe(204);
  expect((await octokit.rest.rateLimit.get()).data.resources.core.limit).toBe(5000);
});

test('the retry plugin rides out 502s and the throttling plugin a secondary rate limit', async () => {
  emu.faults.inject({ kind: 'status', status: 502, method: 'GET', route: '/repos/{owner}/{repo}', times: 2 });
  expect((await octokit.rest.repos.get({ owner, repo })).status).toBe(200);
  expect(emu.requests.slice(-3).map((r) => r.status)).toEqual([502, 502, 200]);

  emu.faults.inject({ kind: 'secondary-rate-limit', retryAfter: 1, method: 'GET', route: '/repos/{owner}/{repo}' });
  expect((await throttled.rest.repos.get({ owner, repo })).status).toBe(200);
  expect(emu.requests.slice(-2).map((r) => [r.fault, r.status])).toEqual([
    ['secondary-rate-limit', 403],
    [undefined, 200],
  ]);
  expect(secondaryLimitHits).toBe(1);
});

test('a request Octokit would send that GitHub rejects fails loudly', async () => {
  // Octokit checks nothing at run time (a computed or untyped body gets through); the emulator does.
  const untyped: Record<string, unknown> = { owner, repo, name: 'no tag' };
  await expect(octokit.request('POST /repos/{owner}/{repo}/releases', untyped as never)).rejects.toMatchObject({ status: 422 });
  expect(emu.validationErrors.map((e) => e.message)).toEqual(['body: "tag_name" wasn\'t supplied']);
  emu.validationErrors.length = 0;
});
