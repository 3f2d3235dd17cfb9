import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { startGitHubEmulator } from '../../emulator/index.js';
import type { GitHubEmulator } from '../../emulator/types.js';
import { parseRecord } from '../../shared/registry/card.js';
import { node24, repoRoot, runAction } from '../harness/runner.js';
import { makePackage, tempDir } from './fixtures.js';

// The committed register bundle (dist/) under Node 24, the way the runner starts it, against the emulator.
const REPOSITORY = 'octo-org/model-repo';
const SHA = 'a'.repeat(40);
const WRITE_TOKEN = 'ghs_registerHarnessWriteToken000000000';
const READ_TOKEN = 'ghs_registerHarnessReadToken0000000000';
let gh: GitHubEmulator;

afterEach(async () => {
  expect(gh.validationErrors).toEqual([]);
  await gh.close();
});

async function start(): Promise<GitHubEmulator> {
  gh = await startGitHubEmulator({
    validate: 'strict',
    tokens: {
      [WRITE_TOKEN]: { permissions: { contents: 'write', metadata: 'read' } },
      [READ_TOKEN]: { permissions: { contents: 'read', metadata: 'read' } },
    },
  });
  gh.seedRepo(REPOSITORY, { sha: SHA });
  return gh;
}

async function workspaceWithPackage(accuracy = 0.9): Promise<string> {
  const workspace = tempDir('mlops-ws-');
  mkdirSync(join(workspace, 'mlops-out'), { recursive: true });
  await makePackage({ dir: join(workspace, 'mlops-out', 'model'), accuracy });
  return workspace;
}

function register(workspace: string, options: { runId: number; runAttempt?: number; token?: string; with?: Record<string, string> }) {
  return runAction({
    action: 'register',
    with: { 'model-dir': 'mlops-out/model', name: 'churn', ...options.with },
    apiUrl: gh.apiUrl,
    token: options.token ?? WRITE_TOKEN,
    repository: REPOSITORY,
    sha: SHA,
    runId: options.runId,
    runAttempt: options.runAttempt ?? 1,
    workspace,
    timeoutMs: 30_000,
    // GitHub's advised second between writes is Octokit's default; the emulator needs none.
    env: { MLOPS_GITHUB_WRITE_SPACING_MS: '0' },
  });
}

function mlops(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node24, [join(repoRoot, 'bin/mlops.js'), ...args], {
      env: { PATH: process.env.PATH ?? '', NO_PROXY: '127.0.0.1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('register bundle under the runner harness', () => {
  // Slower than the rest (about 10 s): the default client spaces writes 1 s apart, as GitHub asks.
  test('registers, moves the alias, is idempotent on re-run, and lists through the CLI', async () => {
    await start();
    const workspace = await workspaceWithPackage();
    const first = await register(workspace, { runId: 501, with: { alias: 'staging' } });
    expect(first.exitCode, first.log + first.stderr).toBe(0);
    expect(first.outputs).toMatchObject({ version: '1', tag: 'churn/v1' });
    expect(first.outputs.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first.outputs['release-url']).toContain('/releases/tag/churn');
    expect(first.summary).toContain('churn/v1');
    expect(first.tokenLeaked).toBe(false);
    const repo = gh.state.repos[REPOSITORY]!;
    const release = repo.releases.find((r) => r.tagName === 'churn/v1')!;
    expect(release.draft).toBe(false);
    expect(parseRecord(release.body)).toMatchObject({
      version: 1,
      run: { id: '501', attempt: '1' },
      commit: SHA,
      archive: { sha256: first.outputs.sha256 },
    });

    const rerun = await register(workspace, { runId: 501, with: { alias: 'staging' } });
    expect(rerun.exitCode, rerun.log).toBe(0);
    expect(rerun.outputs).toMatchObject({ version: '1', 'release-id': first.outputs['release-id'] });

    // Retention runs after publishing; with one version there is nothing to delete.
    expect(rerun.summary).toContain('Already registered by this run');

    const listed = await mlops(['registry', 'list', 'churn'], {
      GITHUB_API_URL: gh.apiUrl,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_TOKEN: READ_TOKEN,
    });
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/^v1\s+published\s+\S+\s+aaaaaaaaaaaa\s+staging\s+[0-9a-f]{16}$/m);
    expect(listed.stdout).toContain('churn@staging → v1 (1 move)');
    expect(listed.stdout).toMatch(/set to v1 {2}by octocat/);
  });

  test('a token without contents: write fails with the permission to add, and nothing is published', async () => {
    await start();
    const run = await register(await workspaceWithPackage(), { runId: 601, token: READ_TOKEN });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(/^register: .*add `permissions: contents: write` to the job/),
      }),
    );
    expect(run.log).not.toMatch(/\n\s+at /);
    expect(gh.state.repos[REPOSITORY]!.releases).toHaveLength(0);
  });

  test('bad inputs are sentences naming the input', async () => {
    await start();
    const workspace = await workspaceWithPackage();
    const badName = await register(workspace, { runId: 701, with: { name: 'churn model' } });
    expect(badName.exitCode).toBe(1);
    expect(badName.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('input "name": the model name "churn model" cannot be used: it contains a space'),
      }),
    );
    const notPackage = await register(workspace, { runId: 702, with: { 'model-dir': 'mlops-out' } });
    expect(notPackage.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(/input "model-dir": .*mlops-out is not a model package: it has no manifest\.json/),
      }),
    );
  });
});
