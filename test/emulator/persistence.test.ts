import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/index.js';
import { call, MAIN_SHA } from './helpers.js';

let dir: string;
let emu: GitHubEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
  rmSync(dir, { recursive: true, force: true });
});

test('a restarted emulator on the same folder serves the same data', async () => {
  dir = mkdtempSync(join(tmpdir(), 'gh-emulator-'));
  emu = await startGitHubEmulator({ persistDir: dir });
  emu.seedRepo('octo/models', { sha: MAIN_SHA });
  const issue = (await call(emu, 'POST', '/repos/octo/models/issues', { title: 'Drift', labels: ['drift'] })).body;
  await call(emu, 'POST', `/repos/octo/models/issues/${issue.number}/comments`, { body: 'report' });
  const release = (await call(emu, 'POST', '/repos/octo/models/releases', { tag_name: 'price/v1', draft: true })).body;
  const bytes = Buffer.from('model bytes \u0000\u0001\u0002');
  const asset = (
    await call(emu, 'POST', release.upload_url.replace('{?name,label}', '?name=model.bin'), undefined, {
      raw: bytes,
      headers: { 'content-type': 'application/octet-stream' },
    })
  ).body;
  await call(emu, 'PATCH', `/repos/octo/models/releases/${release.id}`, { draft: false });
  await call(emu, 'POST', '/repos/octo/models/git/refs', { ref: 'refs/tags/price@production', sha: MAIN_SHA });
  const deployment = (
    await call(emu, 'POST', '/repos/octo/models/deployments', { ref: 'main', environment: 'staging', required_contexts: [] })
  ).body;
  await call(emu, 'POST', `/repos/octo/models/deployments/${deployment.id}/statuses`, { state: 'success' });
  await call(emu, 'POST', '/repos/octo/models/actions/workflows/retrain.yml/dispatches', { ref: 'main', inputs: { model: 'price' } });
  const before = {
    issues: (await call(emu, 'GET', '/repos/octo/models/issues?state=all')).body,
    releases: (await call(emu, 'GET', '/repos/octo/models/releases')).body,
    refs: (await call(emu, 'GET', '/repos/octo/models/git/matching-refs/tags')).body,
    statuses: (await call(emu, 'GET', `/repos/octo/models/deployments/${deployment.id}/statuses`)).body,
  };
  expect(emu.validationErrors).toEqual([]);
  await emu.close();

  // Atomic writes leave no temp files behind.
  expect(readdirSync(dir).sort()).toEqual(['assets', 'state.json']);
  expect(readdirSync(join(dir, 'assets'))).toEqual([String(asset.id)]);
  expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).version).toBe(1);

  emu = await startGitHubEmulator({ persistDir: dir });
  // Seeding again keeps the persisted repository as it is.
  expect(emu.seedRepo('octo/models', { sha: MAIN_SHA }).issues).toHaveLength(1);
  // URLs embed the new ports, so compare everything else.
  const stripOrigins = (value: unknown, from: GitHubEmulator) =>
    JSON.parse(JSON.stringify(value).split(from.apiUrl).join('API').split(from.uploadUrl).join('UPLOAD'));
  const previous = {
    apiUrl: before.releases[0].url.split('/repos/')[0],
    uploadUrl: before.releases[0].upload_url.split('/repos/')[0],
  } as GitHubEmulator;
  const after = {
    issues: (await call(emu, 'GET', '/repos/octo/models/issues?state=all')).body,
    releases: (await call(emu, 'GET', '/repos/octo/models/releases')).body,
    refs: (await call(emu, 'GET', '/repos/octo/models/git/matching-refs/tags')).body,
    statuses: (await call(emu, 'GET', `/repos/octo/models/deployments/${deployment.id}/statuses`)).body,
  };
  expect(stripOrigins(after, emu)).toEqual(stripOrigins(before, previous));

  const downloaded = await fetch(`${emu.serverUrl}/octo/models/releases/download/price/v1/model.bin`);
  expect(Buffer.from(await downloaded.arrayBuffer()).equals(bytes)).toBe(true);
  expect(emu.state.repos['octo/models'].dispatches).toEqual([
    expect.objectContaining({ workflowId: 'retrain.yml', inputs: { model: 'price' } }),
  ]);

  // Counters continue: the next issue gets the next number and a fresh id.
  const next = (await call(emu, 'POST', '/repos/octo/models/issues', { title: 'Second' })).body;
  expect(next.number).toBe(issue.number + 1);
  expect(next.id).toBeGreaterThan(asset.id);

  // Deleting an asset removes its file.
  await call(emu, 'DELETE', `/repos/octo/models/releases/assets/${asset.id}`);
  expect(readdirSync(join(dir, 'assets'))).toEqual([]);
  expect(emu.validationErrors).toEqual([]);
});

test('a corrupt state file is a clear error', async () => {
  dir = mkdtempSync(join(tmpdir(), 'gh-emulator-'));
  writeFileSync(join(dir, 'state.json'), '{ not json');
  await expect(startGitHubEmulator({ persistDir: dir })).rejects.toThrow(/state\.json is not valid JSON .*move it away/);
});
