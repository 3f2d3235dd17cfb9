// Every operation the emulator serves is exercised once with a valid request, and its success
// response is checked against the OpenAPI description (the emulator records any mismatch).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { GitHubEmulator } from '../../emulator/index.js';
import { allOperations } from '../../emulator/openapi/validator.js';
import { call, MAIN_SHA, startSeeded } from './helpers.js';

let emu: GitHubEmulator;
beforeAll(async () => {
  emu = await startSeeded();
});
afterAll(async () => {
  await emu.close();
});

test('each served operation answers a valid request with a documented, schema-valid success', async () => {
  const r = '/repos/octo/models';
  const ok = async (method: string, url: string, body?: unknown, options = {}) => {
    const response = await call(emu, method, url, body, options);
    expect(response.status, `${method} ${url}: ${JSON.stringify(response.body)}`).toBeLessThan(400);
    return response.body;
  };
  await ok('GET', '/rate_limit');
  await ok('GET', r);
  const pull = emu.seedPullRequest('octo/models', { head: 'feature', headSha: 'b'.repeat(40) });
  await ok('GET', `${r}/pulls`);
  await ok('GET', `${r}/pulls/${pull.number}`);
  const issue = await ok('POST', `${r}/issues`, { title: 'Drift', labels: ['drift'] });
  await ok('GET', `${r}/issues`);
  await ok('GET', `${r}/issues/${issue.number}`);
  await ok('PATCH', `${r}/issues/${issue.number}`, { body: 'updated' });
  const comment = await ok('POST', `${r}/issues/${issue.number}/comments`, { body: 'hi' });
  await ok('GET', `${r}/issues/${issue.number}/comments`);
  await ok('GET', `${r}/issues/comments/${comment.id}`);
  await ok('PATCH', `${r}/issues/comments/${comment.id}`, { body: 'edited' });
  await ok('DELETE', `${r}/issues/comments/${comment.id}`);
  await ok('POST', `${r}/issues/${issue.number}/labels`, { labels: ['a', 'b'] });
  await ok('PUT', `${r}/issues/${issue.number}/labels`, { labels: ['a', 'c'] });
  await ok('GET', `${r}/issues/${issue.number}/labels`);
  await ok('DELETE', `${r}/issues/${issue.number}/labels/c`);
  await ok('GET', `${r}/labels`);
  await ok('POST', `${r}/labels`, { name: 'retrain', color: '00ff00' });
  await ok('GET', `${r}/labels/retrain`);

  const release = await ok('POST', `${r}/releases`, { tag_name: 'm/v1', draft: true });
  const asset = await ok('POST', release.upload_url.replace('{?name,label}', '?name=x.bin'), undefined, {
    raw: Buffer.from('x'),
    headers: { 'content-type': 'application/octet-stream' },
  });
  await ok('GET', `${r}/releases/${release.id}/assets`);
  await ok('GET', `${r}/releases/assets/${asset.id}`);
  await ok('PATCH', `${r}/releases/assets/${asset.id}`, { label: 'Model' });
  await ok('PATCH', `${r}/releases/${release.id}`, { draft: false, body: 'card' });
  await ok('GET', `${r}/releases`);
  await ok('GET', `${r}/releases/${release.id}`);
  await ok('GET', `${r}/releases/latest`);
  await ok('GET', `${r}/releases/tags/m/v1`);
  await ok('DELETE', `${r}/releases/assets/${asset.id}`);
  await ok('DELETE', `${r}/releases/${release.id}`);

  await ok('POST', `${r}/git/refs`, { ref: 'refs/tags/m@prod', sha: MAIN_SHA });
  await ok('GET', `${r}/git/ref/tags/m@prod`);
  await ok('GET', `${r}/git/matching-refs/tags/m`);
  await ok('PATCH', `${r}/git/refs/tags/m@prod`, { sha: 'b'.repeat(40) });
  await ok('DELETE', `${r}/git/refs/tags/m@prod`);
  await ok('GET', `${r}/tags`);
  await ok('GET', `${r}/commits/main`);

  const deployment = await ok('POST', `${r}/deployments`, { ref: 'main', required_contexts: [] });
  await ok('GET', `${r}/deployments`);
  await ok('GET', `${r}/deployments/${deployment.id}`);
  const status = await ok('POST', `${r}/deployments/${deployment.id}/statuses`, { state: 'inactive' });
  await ok('GET', `${r}/deployments/${deployment.id}/statuses`);
  await ok('GET', `${r}/deployments/${deployment.id}/statuses/${status.id}`);
  await ok('DELETE', `${r}/deployments/${deployment.id}`);
  await ok('POST', `${r}/actions/workflows/retrain.yml/dispatches`, { ref: 'main' });

  expect(emu.validationErrors).toEqual([]);
  const exercised = new Set(emu.requests.filter((q) => q.status < 400).map((q) => q.operationId));
  const missing = allOperations()
    .map((o) => o.operationId)
    .filter((id) => !exercised.has(id));
  expect(missing).toEqual([]);
});
