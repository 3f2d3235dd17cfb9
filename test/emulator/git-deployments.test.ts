import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { GitHubEmulator } from '../../emulator/index.js';
import { call, MAIN_SHA, startSeeded } from './helpers.js';

let emu: GitHubEmulator;
beforeAll(async () => {
  emu = await startSeeded();
});
afterAll(async () => {
  await emu.close();
});
afterEach(() => {
  expect(emu.validationErrors).toEqual([]);
});

const FEATURE_SHA = 'c'.repeat(40);
const OTHER_SHA = 'd'.repeat(40);

describe('git refs, tags, commits', () => {
  test('create, get, match, fast-forward, force, delete', async () => {
    // A pull request seeds a head commit whose parent is main's head: a fast-forward of main.
    emu.seedPullRequest('octo/models', { head: 'feature', headSha: FEATURE_SHA });
    emu.seedPullRequest('octo/models', { head: 'other', headSha: OTHER_SHA });

    const created = await call(emu, 'POST', '/repos/octo/models/git/refs', { ref: 'refs/tags/price@production', sha: MAIN_SHA });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ref: 'refs/tags/price@production', object: { sha: MAIN_SHA, type: 'commit' } });
    expect(created.headers.get('location')).toBe(created.body.url);

    const again = await call(emu, 'POST', '/repos/octo/models/git/refs', { ref: 'refs/tags/price@production', sha: MAIN_SHA });
    expect(again.status).toBe(422);
    expect(again.body.message).toBe('Reference already exists');
    const unknown = await call(emu, 'POST', '/repos/octo/models/git/refs', { ref: 'refs/tags/x', sha: 'e'.repeat(40) });
    expect(unknown.body.message).toBe('Object does not exist');
    expect((await call(emu, 'POST', '/repos/octo/models/git/refs', { ref: 'tags/x', sha: MAIN_SHA })).status).toBe(422);

    expect((await call(emu, 'GET', '/repos/octo/models/git/ref/tags/price@production')).body.object.sha).toBe(MAIN_SHA);
    expect((await call(emu, 'GET', '/repos/octo/models/git/ref/tags%2Fprice%40production')).body.object.sha).toBe(MAIN_SHA);
    expect((await call(emu, 'GET', '/repos/octo/models/git/ref/tags/nope')).status).toBe(404);

    const matching = await call(emu, 'GET', '/repos/octo/models/git/matching-refs/heads/');
    expect(matching.body.map((r: any) => r.ref)).toEqual(['refs/heads/feature', 'refs/heads/main', 'refs/heads/other']);
    expect((await call(emu, 'GET', '/repos/octo/models/git/matching-refs/tags/zzz')).body).toEqual([]);

    const forward = await call(emu, 'PATCH', '/repos/octo/models/git/refs/heads/main', { sha: FEATURE_SHA });
    expect(forward.status).toBe(200);
    expect(forward.body.object.sha).toBe(FEATURE_SHA);
    const sideways = await call(emu, 'PATCH', '/repos/octo/models/git/refs/heads/main', { sha: OTHER_SHA });
    expect(sideways.status).toBe(422);
    expect(sideways.body.message).toBe('Update is not a fast forward');
    const forced = await call(emu, 'PATCH', '/repos/octo/models/git/refs/heads/main', { sha: OTHER_SHA, force: true });
    expect(forced.body.object.sha).toBe(OTHER_SHA);
    // Aliases as tags move with force, back and forth.
    expect((await call(emu, 'PATCH', '/repos/octo/models/git/refs/tags/price@production', { sha: OTHER_SHA, force: true })).status).toBe(
      200,
    );

    expect((await call(emu, 'DELETE', '/repos/octo/models/git/refs/heads/other')).status).toBe(204);
    expect((await call(emu, 'DELETE', '/repos/octo/models/git/refs/heads/other')).body.message).toBe('Reference does not exist');
    expect((await call(emu, 'PATCH', '/repos/octo/models/git/refs/heads/gone', { sha: MAIN_SHA })).status).toBe(422);

    // Put main back for the later tests.
    await call(emu, 'PATCH', '/repos/octo/models/git/refs/heads/main', { sha: MAIN_SHA, force: true });
  });

  test('tags are derived from refs; commits resolve branches, tags and shas', async () => {
    await call(emu, 'POST', '/repos/octo/models/git/refs', { ref: 'refs/tags/m/v9', sha: MAIN_SHA });
    await call(emu, 'POST', '/repos/octo/models/git/refs', { ref: 'refs/tags/m/v10', sha: FEATURE_SHA });
    const tags = await call(emu, 'GET', '/repos/octo/models/tags');
    const names = tags.body.map((t: any) => t.name);
    expect(names.indexOf('m/v10')).toBeLessThan(names.indexOf('m/v9'));
    expect(tags.body.find((t: any) => t.name === 'm/v10').commit.sha).toBe(FEATURE_SHA);

    expect((await call(emu, 'GET', '/repos/octo/models/commits/main')).body.sha).toBe(MAIN_SHA);
    expect((await call(emu, 'GET', '/repos/octo/models/commits/m/v10')).body.sha).toBe(FEATURE_SHA);
    const bySha = await call(emu, 'GET', `/repos/octo/models/commits/${FEATURE_SHA.slice(0, 7)}`);
    expect(bySha.body).toMatchObject({ sha: FEATURE_SHA, parents: [{ sha: MAIN_SHA }] });
    expect((await call(emu, 'GET', '/repos/octo/models/commits/no-such-ref')).status).toBe(422);
  });
});

describe('deployments', () => {
  test('create honours its fields; list filters; get; statuses', async () => {
    const created = await call(emu, 'POST', '/repos/octo/models/deployments', {
      ref: 'main',
      environment: 'staging',
      payload: { version: 'price/v1' },
      description: 'Deploy price v1',
      required_contexts: [],
      transient_environment: true,
      auto_merge: false,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ref: 'main',
      sha: MAIN_SHA,
      task: 'deploy',
      environment: 'staging',
      original_environment: 'staging',
      payload: { version: 'price/v1' },
      description: 'Deploy price v1',
      transient_environment: true,
      production_environment: false,
    });
    const prod = await call(emu, 'POST', '/repos/octo/models/deployments', {
      ref: 'main',
      required_contexts: [],
      payload: '{"version":"price/v2"}',
    });
    expect(prod.body).toMatchObject({ environment: 'production', production_environment: true, payload: { version: 'price/v2' } });

    expect((await call(emu, 'GET', '/repos/octo/models/deployments?environment=staging')).body.map((d: any) => d.id)).toEqual([
      created.body.id,
    ]);
    expect((await call(emu, 'GET', `/repos/octo/models/deployments?sha=${MAIN_SHA}`)).body.map((d: any) => d.id)).toEqual([
      prod.body.id,
      created.body.id,
    ]);
    expect((await call(emu, 'GET', `/repos/octo/models/deployments/${prod.body.id}`)).body.id).toBe(prod.body.id);

    const inProgress = await call(emu, 'POST', `/repos/octo/models/deployments/${created.body.id}/statuses`, {
      state: 'in_progress',
      log_url: 'https://example.test/run/1',
    });
    expect(inProgress.status).toBe(201);
    expect(inProgress.body).toMatchObject({
      state: 'in_progress',
      log_url: 'https://example.test/run/1',
      target_url: 'https://example.test/run/1',
      environment: 'staging',
    });
    const success = await call(emu, 'POST', `/repos/octo/models/deployments/${created.body.id}/statuses`, {
      state: 'success',
      environment_url: 'http://127.0.0.1:8080',
      description: 'Smoke test passed',
    });
    expect(success.body).toMatchObject({ state: 'success', environment_url: 'http://127.0.0.1:8080', description: 'Smoke test passed' });

    const statuses = await call(emu, 'GET', `/repos/octo/models/deployments/${created.body.id}/statuses`);
    expect(statuses.body.map((s: any) => s.state)).toEqual(['success', 'in_progress']);
    expect((await call(emu, 'GET', `/repos/octo/models/deployments/${created.body.id}/statuses/${success.body.id}`)).body.id).toBe(
      success.body.id,
    );

    expect((await call(emu, 'POST', '/repos/octo/models/deployments', { ref: 'no-such-ref' })).status).toBe(422);
  });

  test('auto_inactive: a new success makes earlier successful deployments of the environment inactive', async () => {
    const make = async () =>
      (await call(emu, 'POST', '/repos/octo/models/deployments', { ref: 'main', environment: 'qa', required_contexts: [] })).body;
    const first = await make();
    await call(emu, 'POST', `/repos/octo/models/deployments/${first.id}/statuses`, { state: 'success' });
    const second = await make();
    await call(emu, 'POST', `/repos/octo/models/deployments/${second.id}/statuses`, { state: 'success' });
    const firstStatuses = await call(emu, 'GET', `/repos/octo/models/deployments/${first.id}/statuses`);
    expect(firstStatuses.body.map((s: any) => s.state)).toEqual(['inactive', 'success']);

    // Production too (the flash-preview behaviour, now the default); transient deployments are left alone.
    const production = async (extra = {}) =>
      (
        await call(emu, 'POST', '/repos/octo/models/deployments', {
          ref: 'main',
          environment: 'production',
          required_contexts: [],
          ...extra,
        })
      ).body;
    const oldProd = await production();
    const transient = await production({ transient_environment: true });
    await call(emu, 'POST', `/repos/octo/models/deployments/${oldProd.id}/statuses`, { state: 'success' });
    await call(emu, 'POST', `/repos/octo/models/deployments/${transient.id}/statuses`, { state: 'success' });
    const newProd = await production();
    await call(emu, 'POST', `/repos/octo/models/deployments/${newProd.id}/statuses`, { state: 'success' });
    expect((await call(emu, 'GET', `/repos/octo/models/deployments/${oldProd.id}/statuses`)).body[0].state).toBe('inactive');
    expect((await call(emu, 'GET', `/repos/octo/models/deployments/${transient.id}/statuses`)).body[0].state).toBe('success');

    // auto_inactive: false leaves the earlier one alone.
    const third = await make();
    await call(emu, 'POST', `/repos/octo/models/deployments/${third.id}/statuses`, { state: 'success', auto_inactive: false });
    expect((await call(emu, 'GET', `/repos/octo/models/deployments/${second.id}/statuses`)).body[0].state).toBe('success');

    // Only an inactive deployment (or the environment's only one) may be deleted.
    const refused = await call(emu, 'DELETE', `/repos/octo/models/deployments/${second.id}`);
    expect(refused.status).toBe(422);
    expect((await call(emu, 'DELETE', `/repos/octo/models/deployments/${first.id}`)).status).toBe(204);
    expect((await call(emu, 'GET', `/repos/octo/models/deployments/${first.id}`)).status).toBe(404);
  });

  test('auto_merge merges the default branch into a branch behind it (202); required_contexts fail (409)', async () => {
    // Move main ahead of a branch that starts at the old main.
    const newMain = 'f'.repeat(40);
    emu.seedPullRequest('octo/models', { head: 'ahead', headSha: newMain });
    await call(emu, 'PATCH', '/repos/octo/models/git/refs/heads/main', { sha: newMain });
    await call(emu, 'POST', '/repos/octo/models/git/refs', { ref: 'refs/heads/behind', sha: MAIN_SHA });

    const merged = await call(emu, 'POST', '/repos/octo/models/deployments', { ref: 'behind', required_contexts: [] });
    expect(merged.status).toBe(202);
    expect(merged.body.message).toBe('Auto-merged main into behind on deployment.');
    const behindHead = (await call(emu, 'GET', '/repos/octo/models/commits/behind')).body;
    expect(behindHead.parents.map((p: any) => p.sha)).toEqual([MAIN_SHA, newMain]);
    // Now up to date: the deployment is created.
    expect((await call(emu, 'POST', '/repos/octo/models/deployments', { ref: 'behind', required_contexts: [] })).status).toBe(201);

    const blocked = await call(emu, 'POST', '/repos/octo/models/deployments', { ref: 'main', required_contexts: ['ci/test'] });
    expect(blocked.status).toBe(409);
    expect(blocked.body.message).toBe('Conflict: Commit status checks failed for main.');
    await call(emu, 'PATCH', '/repos/octo/models/git/refs/heads/main', { sha: MAIN_SHA, force: true });
  });
});

describe('workflow dispatch', () => {
  test('records ref and inputs; unknown ref is 422; run details on request', async () => {
    const dispatched = await call(emu, 'POST', '/repos/octo/models/actions/workflows/retrain.yml/dispatches', {
      ref: 'main',
      inputs: { model: 'price', reason: 'drift' },
    });
    expect(dispatched.status).toBe(204);
    const repo = emu.state.repos['octo/models'];
    expect(repo.dispatches.at(-1)).toMatchObject({ workflowId: 'retrain.yml', ref: 'main', inputs: { model: 'price', reason: 'drift' } });

    const unknown = await call(emu, 'POST', '/repos/octo/models/actions/workflows/retrain.yml/dispatches', { ref: 'nope' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.message).toBe('No ref found for: nope');

    const details = await call(emu, 'POST', '/repos/octo/models/actions/workflows/1234/dispatches', {
      ref: 'refs/heads/main',
      return_run_details: true,
    });
    expect(details.status).toBe(200);
    expect(details.body.workflow_run_id).toBe(repo.dispatches.at(-1)!.runId);
  });
});
