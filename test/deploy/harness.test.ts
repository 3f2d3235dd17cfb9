import { createHash, randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startGitHubEmulator } from '../../emulator/index.js';
import type { GitHubEmulator } from '../../emulator/types.js';
import { runningPid, serviceFiles, stopServiceProcess } from '../../shared/deploy/service-process.js';
import { createGitHubClient } from '../../shared/github/client.js';
import { registerModel } from '../../shared/registry/register.js';
import { trainChurnPackage, workspace } from '../evaluate/helpers.js';
import { endJobProcesses } from '../../local/processes.js';
import { runAction } from '../harness/runner.js';

// deploy's committed bundle under Node 24, as the runner starts it, against the strict GitHub
// emulator: a real service on loopback that outlives each step, with a load generator running
// through the swaps.
const REPOSITORY = 'octo-org/model-repo';
const [OWNER, REPO] = REPOSITORY.split('/');
const SHA = 'b'.repeat(40);
const TOKEN = 'ghs_deployHarnessToken0000000000000000';
let gh: GitHubEmulator;
let ws: string;
let stateDir: string;
let port: number;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A package that passes its checksums and loads, but whose weights are NaN: every prediction is NaN. */
function nanPackage(from: string, to: string): string {
  cpSync(from, to, { recursive: true });
  const manifestPath = join(to, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: Record<string, string> };
  for (const file of Object.keys(manifest.files).filter((name) => name.endsWith('.bin'))) {
    const bytes = readFileSync(join(to, file));
    const nan = new Float32Array(bytes.length / 4).fill(Number.NaN);
    writeFileSync(join(to, file), Buffer.from(nan.buffer));
    manifest.files[file] = createHash('sha256').update(Buffer.from(nan.buffer)).digest('hex');
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return to;
}

function deploy(model: string, options: { runId?: number; trackingId?: string; with?: Record<string, string> } = {}) {
  return runAction({
    action: 'deploy',
    with: {
      model,
      environment: 'staging',
      port: String(port),
      'state-dir': stateDir,
      'smoke-data': 'data/eval.csv',
      'smoke-gates': 'accuracy: ">= 0.5"',
      ...options.with,
    },
    event: { name: 'push' },
    apiUrl: gh.apiUrl,
    token: TOKEN,
    repository: REPOSITORY,
    sha: SHA,
    runId: options.runId ?? 7001,
    workspace: ws,
    env: {
      MLOPS_GITHUB_WRITE_SPACING_MS: '0',
      MLOPS_SERVICE_SUPERVISOR: 'detached',
      RUNNER_TRACKING_ID: options.trackingId ?? `github_${randomUUID()}`,
    },
    timeoutMs: 120_000,
  });
}

/** Concurrent clients posting one row each until stopped; every answer that is not a 200 is counted. */
function loadGenerator(url: string, row: Record<string, string | null>, clients = 4) {
  let running = true;
  const counts = { ok: 0, failed: 0, versions: new Set<string>() };
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      try {
        const response = await fetch(`${url}/predict`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(row),
        });
        const body = (await response.json()) as { version?: string };
        if (response.status === 200) {
          counts.ok++;
          if (body.version) counts.versions.add(body.version);
        } else counts.failed++;
      } catch {
        counts.failed++;
      }
    }
  });
  return {
    counts,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return counts;
    },
  };
}

/** The first evaluation row, with the model's features only (the service refuses extra columns). */
function firstRow(): Record<string, string | null> {
  const [header, line] = readFileSync(join(ws, 'data/eval.csv'), 'utf8').split('\n');
  const names = header.split(',');
  const cells = line.split(',');
  const manifest = JSON.parse(readFileSync(join(ws, 'mlops-out/v1/manifest.json'), 'utf8')) as {
    preprocessing: { features: { name: string }[] };
  };
  const features = new Set(manifest.preprocessing.features.map((feature) => feature.name));
  return Object.fromEntries(names.map((name, i) => [name, cells[i] === '' ? null : cells[i]]).filter(([name]) => features.has(name!)));
}

const deployments = () => gh.state.repos[REPOSITORY]!.deployments;
const statusesOf = (id: number) => gh.state.repos[REPOSITORY]!.deploymentStatuses.filter((s) => s.deploymentId === id).map((s) => s.state);
const servedVersion = async (url: string) =>
  ((await (await fetch(`${url}/v2/models/churn`)).json()) as { versions?: string[] }).versions?.[0];

beforeAll(async () => {
  ws = workspace('mlops-deploy-');
  stateDir = mkdtempSync(join(tmpdir(), 'mlops-deploy-state-'));
  port = await freePort();
  const v1 = await trainChurnPackage(ws, { outputDir: 'mlops-out/v1', hidden: [8] });
  const v2 = await trainChurnPackage(ws, { outputDir: 'mlops-out/v2', hidden: [4] });
  const v3 = nanPackage(v2, join(ws, 'mlops-out/v3'));
  gh = await startGitHubEmulator({
    validate: 'strict',
    tokens: { [TOKEN]: { permissions: { contents: 'write', deployments: 'write', metadata: 'read' } } },
  });
  gh.seedRepo(REPOSITORY, { sha: SHA });
  const client = createGitHubClient({ token: TOKEN, apiUrl: gh.apiUrl, writeSpacingMs: 0 });
  for (const [i, dir] of [v1, v2, v3].entries()) {
    const run = {
      owner: OWNER,
      repo: REPO,
      repository: REPOSITORY,
      event: {},
      sha: SHA,
      runId: String(800 + i),
      runAttempt: '1',
      serverUrl: 'https://github.com',
      apiUrl: gh.apiUrl,
    };
    await registerModel({ client, owner: OWNER, repo: REPO, modelDir: dir, name: 'churn', version: 'auto', run });
  }
}, 120_000);

afterAll(async () => {
  await stopServiceProcess(serviceFiles(stateDir, 'churn', 'staging'), 10_000);
  expect(gh.validationErrors).toEqual([]);
  await gh.close();
});

describe('deploy bundle under the runner harness', () => {
  test('v1 starts a service that survives the end of the job; v2 swaps in under load with no failed request', async () => {
    const trackingId = `github_${randomUUID()}`;
    const first = await deploy('churn/v1', { runId: 7001, trackingId });
    expect(first.exitCode, first.log + first.stderr).toBe(0);
    expect(first.outputs).toMatchObject({ version: '1', 'rolled-back': 'false', url: `http://127.0.0.1:${port}` });
    const url = first.outputs.url;
    const pid = runningPid(serviceFiles(stateDir, 'churn', 'staging'));
    expect(pid).toBeGreaterThan(0);

    // The runner's end-of-job cleanup: the step's own processes carry the id; the service must not.
    await endJobProcesses(trackingId);
    expect(runningPid(serviceFiles(stateDir, 'churn', 'staging'))).toBe(pid);
    expect((await fetch(`${url}/v2/health/ready`)).status).toBe(200);
    expect(await servedVersion(url)).toBe('1');

    const load = loadGenerator(url, firstRow());
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = await deploy('churn/v2', { runId: 7002 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const counts = await load.stop();
    expect(second.exitCode, second.log + second.stderr).toBe(0);
    expect(second.outputs).toMatchObject({ version: '2', 'previous-version': '1', 'rolled-back': 'false' });
    expect(counts.failed).toBe(0);
    expect(counts.ok).toBeGreaterThan(20);
    expect([...counts.versions].sort()).toEqual(['1', '2']);
    expect(await servedVersion(url)).toBe('2');
    // The same process kept the port: a swap, not a restart.
    expect(runningPid(serviceFiles(stateDir, 'churn', 'staging'))).toBe(pid);

    const recorded = deployments().filter((d) => d.environment === 'staging');
    expect(recorded.map((d) => (d.payload as { version: string }).version)).toEqual(['1', '2']);
    for (const deployment of recorded)
      expect(deployment).toMatchObject({ autoMerge: false, requiredContexts: [], productionEnvironment: false });
    // GitHub marks the earlier deployment of the environment inactive when the next one succeeds.
    expect(statusesOf(recorded[0].id)).toEqual(['in_progress', 'success', 'inactive']);
    expect(statusesOf(recorded[1].id)).toEqual(['in_progress', 'success']);
  }, 180_000);

  test('a v3 that loads but predicts NaN never takes traffic: the deployment fails, rolled-back, v2 keeps serving', async () => {
    const before = deployments().length;
    const load = loadGenerator(`http://127.0.0.1:${port}`, firstRow(), 2);
    const third = await deploy('churn/v3', { runId: 7003 });
    const counts = await load.stop();
    expect(third.exitCode).toBe(1);
    expect(third.outputs).toMatchObject({ version: '3', 'previous-version': '2', 'rolled-back': 'true' });
    expect(third.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /v3 was not deployed: .*(non-finite|NaN|smoke).*v2 keeps serving/,
    );
    expect(counts.failed).toBe(0);
    expect([...counts.versions]).toEqual(['2']);
    expect(await servedVersion(`http://127.0.0.1:${port}`)).toBe('2');
    expect(deployments()).toHaveLength(before + 1);
    expect(statusesOf(deployments().at(-1)!.id)).toEqual(['in_progress', 'failure']);
  }, 120_000);

  test('a tampered package is refused before anything changes; a re-run of the same run updates its own deployment', async () => {
    const before = deployments().length;
    const tampered = join(ws, 'mlops-out/tampered');
    cpSync(join(ws, 'mlops-out/v1'), tampered, { recursive: true });
    writeFileSync(join(tampered, 'metrics.json'), '{"accuracy": 1}');
    const refused = await deploy('mlops-out/tampered', { runId: 7004 });
    expect(refused.exitCode).toBe(1);
    expect(refused.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /checksum mismatch for metrics\.json: expected sha256 [0-9a-f]{64}, found [0-9a-f]{64}/,
    );
    expect(deployments()).toHaveLength(before);
    expect(await servedVersion(`http://127.0.0.1:${port}`)).toBe('2');

    const again = await deploy('churn/v2', { runId: 7002 });
    expect(again.exitCode, again.log).toBe(0);
    expect(deployments()).toHaveLength(before);
    expect(again.outputs['deployment-id']).toBe(String(deployments().find((d) => (d.payload as { version: string }).version === '2')!.id));
  }, 120_000);
});

describe('canary and shadow on the local target', () => {
  test('a canary answers its share, labelled by version; a shadow answers no client and logs every copy', async () => {
    const canaryPort = await freePort();
    const local = (model: string, runId: number, extra: Record<string, string> = {}) =>
      deploy(model, { runId, with: { environment: 'canary-test', port: String(canaryPort), ...extra } });
    try {
      expect((await local('churn/v1', 7101)).exitCode).toBe(0);
      const canary = await local('churn/v2', 7102, { strategy: 'canary', 'canary-weight': '0.25' });
      expect(canary.exitCode, canary.log).toBe(0);
      const url = `http://127.0.0.1:${canaryPort}`;
      const versions: string[] = [];
      for (let i = 0; i < 40; i++) {
        const response = await fetch(`${url}/predict`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(firstRow()),
        });
        versions.push(((await response.json()) as { version: string }).version);
      }
      // Spread evenly: exactly a quarter of 40 requests.
      expect(versions.filter((v) => v === '2')).toHaveLength(10);
      const metrics = await (await fetch(`${url}/metrics`)).text();
      expect(metrics).toMatch(/mlops_serve_model_requests_total\{model="churn",version="2",role="canary"\} 10/);
      expect(metrics).toMatch(/mlops_serve_model_requests_total\{model="churn",version="1",role="primary"\} 30/);

      const shadow = await local('churn/v2', 7103, { strategy: 'shadow' });
      expect(shadow.exitCode, shadow.log).toBe(0);
      const answered = new Set<string>();
      for (let i = 0; i < 10; i++) {
        const response = await fetch(`${url}/predict`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(firstRow()),
        });
        answered.add(((await response.json()) as { version: string }).version);
      }
      expect([...answered]).toEqual(['1']);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const files = serviceFiles(stateDir, 'churn', 'canary-test');
      const lines = readFileSync(files.predictionLog, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { version: string; role?: string });
      expect(lines.filter((line) => line.role === 'shadow' && line.version === '2')).toHaveLength(10);
    } finally {
      await stopServiceProcess(serviceFiles(stateDir, 'churn', 'canary-test'), 10_000);
    }
  }, 180_000);
});
