import { afterEach, describe, expect, test } from 'vitest';
import { createDeployment, setDeploymentStatus } from '../../shared/github/deployments.js';
import { dispatchWorkflow } from '../../shared/github/dispatch.js';
import { FAULT_TIMEOUT, REPO, countRequests, startHarness, type Harness } from './helpers.js';

let h: Harness;

afterEach(async () => {
  expect(h.gh.validationErrors).toEqual([]);
  await h.gh.close();
});

const deployment = {
  ...REPO,
  ref: 'main',
  environment: 'staging',
  description: 'churn v3',
  marker: { runId: '9001', runAttempt: '1', key: 'churn' },
  payload: { version: 'churn/v3' },
};

describe('deployments', () => {
  test('one deployment per run and key, with its statuses', async () => {
    h = await startHarness();
    const first = await createDeployment(h.client, deployment);
    expect(first.action).toBe('created');
    const rerun = await createDeployment(h.client, { ...deployment, marker: { ...deployment.marker, runAttempt: '2' } });
    expect(rerun).toEqual({ ...first, action: 'found' });
    const other = await createDeployment(h.client, { ...deployment, marker: { ...deployment.marker, key: 'fraud' } });
    expect(other.id).not.toBe(first.id);

    await setDeploymentStatus(h.client, {
      ...REPO,
      deploymentId: first.id,
      state: 'in_progress',
      logUrl: 'https://github.com/octo/model-repo/actions/runs/9001',
    });
    const done = await setDeploymentStatus(h.client, {
      ...REPO,
      deploymentId: first.id,
      state: 'success',
      environmentUrl: 'http://127.0.0.1:8080',
      logUrl: 'https://github.com/octo/model-repo/actions/runs/9001',
      description: 'x'.repeat(200),
      autoInactive: true,
    });
    expect(done.state).toBe('success');
    const { data: statuses } = await h.client.rest.repos.listDeploymentStatuses({ ...REPO, deployment_id: first.id });
    expect(statuses.map((status) => status.state).sort()).toEqual(['in_progress', 'success']);
    const success = statuses.find((status) => status.state === 'success')!;
    expect(success.environment_url).toBe('http://127.0.0.1:8080');
    expect(success.description).toHaveLength(140);
    const { data: all } = await h.client.rest.repos.listDeployments({ ...REPO });
    expect(all).toHaveLength(2);
  });

  test('recovers from 502 and a secondary rate limit; a persistent 503 is a clear failure', async () => {
    h = await startHarness();
    h.gh.faults.inject({ method: 'POST', route: '/repos/{owner}/{repo}/deployments', kind: 'status', status: 502, times: 1 });
    h.gh.faults.inject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      kind: 'secondary-rate-limit',
      retryAfter: 1,
      times: 1,
    });
    const created = await createDeployment(h.client, deployment);
    await setDeploymentStatus(h.client, { ...REPO, deploymentId: created.id, state: 'in_progress' });
    const { data: all } = await h.client.rest.repos.listDeployments({ ...REPO });
    expect(all).toHaveLength(1);

    h.gh.faults.inject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      kind: 'status',
      status: 503,
      times: Infinity,
    });
    await expect(setDeploymentStatus(h.client, { ...REPO, deploymentId: created.id, state: 'success' })).rejects.toThrow(
      `Setting deployment ${created.id} in octo/model-repo to success failed: GitHub answered 503 4 times for POST /repos/octo/model-repo/deployments/${created.id}/statuses; re-run the job.`,
    );
  });

  test('a 202 (GitHub auto-merged the default branch first) is asked again; one deployment results', async () => {
    h = await startHarness();
    h.gh.faults.inject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/deployments',
      kind: 'status',
      status: 202,
      body: { message: 'Auto-merged main into topic-branch on deployment.' },
      times: 1,
    });
    const created = await createDeployment(h.client, { ...deployment, autoMerge: true });
    expect(created.action).toBe('created');
    expect(countRequests(h.gh, 'POST', '/repos/{owner}/{repo}/deployments')).toBe(2);
    expect(h.lines.some((line) => line.includes('GitHub answered 202 (Auto-merged main into topic-branch on deployment.)'))).toBe(true);
    const { data: all } = await h.client.rest.repos.listDeployments({ ...REPO });
    expect(all).toHaveLength(1);
  });

  test('a hung create is retried after the timeout, a slow list is waited for', async () => {
    h = await startHarness({ client: FAULT_TIMEOUT });
    h.gh.faults.inject({ method: 'POST', route: '/repos/{owner}/{repo}/deployments', kind: 'timeout', times: 1 });
    h.gh.faults.inject({ method: 'GET', route: '/repos/{owner}/{repo}/deployments', kind: 'delay', ms: 150, times: 1 });
    const created = await createDeployment(h.client, deployment);
    expect(created.action).toBe('created');
    const { data: all } = await h.client.rest.repos.listDeployments({ ...REPO });
    expect(all).toHaveLength(1);
  });

  test('without deployments: write the message names it', async () => {
    h = await startHarness({ emulator: { tokens: { ro: { permissions: { contents: 'read', deployments: 'read' } } } }, token: 'ro' });
    await expect(createDeployment(h.client, deployment)).rejects.toThrow(/add `permissions: deployments: write` to the job/);
  });
});

describe('dispatchWorkflow', () => {
  test('dispatches with text inputs', async () => {
    h = await startHarness();
    await expect(
      dispatchWorkflow(h.client, {
        ...REPO,
        workflow: 'retrain.yml',
        ref: 'main',
        inputs: { model: 'churn', epochs: 20, features: ['age'] },
      }),
    ).resolves.toEqual({ dispatched: true });
    const dispatches = h.gh.state.repos[`${REPO.owner}/${REPO.repo}`]!.dispatches;
    expect(dispatches).toHaveLength(1);
    expect(dispatches[0]).toMatchObject({
      workflowId: 'retrain.yml',
      ref: 'main',
      inputs: { model: 'churn', epochs: '20', features: '["age"]' },
    });
  });

  test('recovers from a 502', async () => {
    h = await startHarness();
    h.gh.faults.inject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      kind: 'status',
      status: 502,
      times: 1,
    });
    await dispatchWorkflow(h.client, { ...REPO, workflow: 'retrain.yml', ref: 'main' });
    expect(countRequests(h.gh, 'POST', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches')).toBe(2);
  });

  test('404 and 422 become sentences saying what to fix', async () => {
    h = await startHarness();
    h.gh.faults.inject({
      route: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      kind: 'status',
      status: 404,
      body: { message: 'Not Found' },
      times: 1,
    });
    await expect(dispatchWorkflow(h.client, { ...REPO, workflow: 'retrian.yml', ref: 'main' })).rejects.toThrow(
      /found no workflow "retrian.yml" \(404\)\. Name a file under \.github\/workflows\//,
    );
    h.gh.faults.inject({
      route: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      kind: 'status',
      status: 422,
      body: { message: "Workflow does not have 'workflow_dispatch' trigger" },
      times: 1,
    });
    await expect(dispatchWorkflow(h.client, { ...REPO, workflow: 'ci.yml', ref: 'main' })).rejects.toThrow(
      /refused it \(422 Workflow does not have 'workflow_dispatch' trigger\)\. The workflow must have an `on: workflow_dispatch` trigger/,
    );
  });
});
