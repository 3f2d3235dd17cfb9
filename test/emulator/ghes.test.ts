import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startGitHubEmulator } from '../../emulator/index.js';
import type { GitHubEmulator } from '../../emulator/types.js';
import { trainChurnPackage, workspace } from '../evaluate/helpers.js';
import { runAction } from '../harness/runner.js';

// GitHub Enterprise Server: the API under /api/v3, uploads under /api/uploads, every request and
// response validated against GHES 3.19's own description. The suite's bundles run against it
// with nothing but GITHUB_API_URL set, as on a GHES runner.
const REPOSITORY = 'ml-team/churn-model';
const SHA = 'c'.repeat(40);
const TOKEN = 'ghs_ghesHarnessToken000000000000000000';
let gh: GitHubEmulator;
let ws: string;

beforeAll(async () => {
  ws = workspace('mlops-ghes-');
  await trainChurnPackage(ws, { outputDir: 'mlops-out/model' });
  gh = await startGitHubEmulator({
    flavor: 'ghes-3.19',
    validate: 'strict',
    tokens: {
      [TOKEN]: { permissions: { contents: 'write', deployments: 'write', pull_requests: 'write', issues: 'write', metadata: 'read' } },
    },
  });
  gh.seedRepo(REPOSITORY, { sha: SHA });
  gh.seedPullRequest(REPOSITORY, { number: 3, head: 'retrain' });
}, 60_000);

afterAll(async () => {
  await gh?.close();
});

const step = (action: string, inputs: Record<string, string>, event: 'push' | 'pull_request' = 'push', runId = 61) =>
  runAction({
    action,
    with: inputs,
    event: event === 'pull_request' ? { name: 'pull_request', number: 3 } : { name: 'push' },
    apiUrl: gh.apiUrl,
    token: TOKEN,
    repository: REPOSITORY,
    sha: SHA,
    runId,
    workspace: ws,
    env: { MLOPS_GITHUB_WRITE_SPACING_MS: '0' },
    timeoutMs: 90_000,
  });

describe('the lifecycle against GitHub Enterprise Server 3.19', () => {
  test('serves under /api/v3 and /api/uploads', () => {
    expect(gh.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
    expect(gh.uploadUrl).toBe(gh.apiUrl.replace('/api/v3', '/api/uploads'));
  });

  test('register → evaluate against production (PR comment) → deploy, with every exchange valid for GHES', async () => {
    const registered = await step('register', { 'model-dir': 'mlops-out/model', name: 'churn', alias: 'production' });
    expect(registered.exitCode, registered.log + registered.stderr).toBe(0);
    expect(registered.outputs.tag).toBe('churn/v1');
    // The archive went up through the GHES upload path, not uploads.github.com.
    expect(gh.requests.some((r) => r.method === 'POST' && new URL(r.url).pathname.startsWith('/api/uploads/repos/'))).toBe(true);

    const evaluated = await step(
      'evaluate',
      { 'model-dir': 'mlops-out/model', data: 'data/eval.csv', baseline: 'production', bootstrap: '100' },
      'pull_request',
      62,
    );
    expect(evaluated.exitCode, evaluated.log + evaluated.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(ws, 'mlops-out/evaluation.json'), 'utf8')).baseline).toMatchObject({
      ref: 'churn@production',
      version: 1,
    });
    expect(gh.state.repos[REPOSITORY]!.comments.filter((c) => c.issueNumber === 3)).toHaveLength(1);

    const deployed = await step('deploy', { model: 'churn@production', target: 'none', environment: 'production' }, 'push', 63);
    expect(deployed.exitCode, deployed.log + deployed.stderr).toBe(0);
    expect(deployed.outputs.version).toBe('1');
    expect(gh.state.repos[REPOSITORY]!.deployments).toHaveLength(1);

    expect(gh.requests.every((r) => new URL(r.url).pathname.startsWith('/api/') || r.route?.includes('/releases/download/'))).toBe(true);
    expect(gh.validationErrors).toEqual([]);
  }, 180_000);
});
