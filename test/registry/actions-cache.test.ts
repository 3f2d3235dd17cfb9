import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { registerModel } from '../../shared/registry/register.js';
import { resolveModel } from '../../shared/registry/resolve.js';
import { REPO, startHarness } from '../github/helpers.js';
import { startResultsServices, type ResultsServices } from '../services/results-service.js';
import { makePackage, tempDir } from './fixtures.js';

// @actions/cache reads process.env itself, so the fake results service's variables go there.
let services: ResultsServices;
let restoreEnv: () => void;

beforeAll(async () => {
  services = await startResultsServices();
  restoreEnv = services.apply(process.env);
  process.env.RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'runner-temp-'));
  process.env.GITHUB_WORKSPACE = mkdtempSync(join(tmpdir(), 'workspace-'));
}, 30_000);

afterAll(async () => {
  restoreEnv?.();
  await services?.close();
});

test('a second job on a fresh runner restores the version through @actions/cache instead of downloading it', async () => {
  const h = await startHarness();
  try {
    const sha = h.gh.state.repos[`${REPO.owner}/${REPO.repo}`]!.refs['refs/heads/main'];
    const run = {
      ...REPO,
      repository: `${REPO.owner}/${REPO.repo}`,
      event: {},
      sha,
      runId: '9',
      runAttempt: '1',
      serverUrl: 'https://github.com',
      apiUrl: h.gh.apiUrl,
    };
    const registered = await registerModel({
      client: h.client,
      ...REPO,
      modelDir: (await makePackage()).dir,
      name: 'churn',
      version: 'auto',
      alias: 'production',
      run,
      tempDir: tempDir(),
    });
    // The tool cache sits at the same path on every runner of a kind (as /opt/hostedtoolcache does).
    const toolCache = tempDir();
    const first = await resolveModel('churn@production', { client: h.client, repository: REPO, cacheDir: toolCache, env: process.env });
    expect(first.source).toBe('download');
    expect(services.caches.filter((c) => c.finalized).map((c) => c.key)).toEqual([`mlops-model-churn-v1-${registered.sha256}`]);

    rmSync(toolCache, { recursive: true, force: true });
    const from = h.gh.requests.length;
    const second = await resolveModel('churn@production', { client: h.client, repository: REPO, cacheDir: toolCache, env: process.env });
    expect(second).toMatchObject({ source: 'remote-cache', version: 1, sha256: registered.sha256, dir: first.dir });
    expect(second.manifest.files).toEqual(first.manifest.files);
    expect(h.gh.requests.slice(from).filter((r) => r.route === '/repos/{owner}/{repo}/releases/assets/{asset_id}')).toHaveLength(0);
    expect(h.gh.validationErrors).toEqual([]);
  } finally {
    await h.gh.close();
  }
});
