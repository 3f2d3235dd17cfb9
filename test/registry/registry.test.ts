import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { RunContext } from '../../shared/github/context.js';
import { downloadReleaseAsset, findReleaseByTag, listReleaseAssets, listReleases } from '../../shared/github/releases.js';
import { listAliases, moveAlias, rollbackAlias } from '../../shared/registry/aliases.js';
import { parseRecord } from '../../shared/registry/card.js';
import { parseSha256Sums } from '../../shared/registry/checksums.js';
import { formatModelListing, listModel } from '../../shared/registry/list.js';
import { registerModel, type RegisterOptions } from '../../shared/registry/register.js';
import { runRegistryCli } from '../../shared/registry/cli.js';
import { resolveModel, type RemoteCache } from '../../shared/registry/resolve.js';
import { IntegrityError } from '../../shared/runtime/errors.js';
import { REPO, startHarness, type Harness } from '../github/helpers.js';
import { makePackage, tempDir } from './fixtures.js';

const ASSETS_ROUTE = '/repos/{owner}/{repo}/releases/{release_id}/assets';
const ASSET_ROUTE = '/repos/{owner}/{repo}/releases/assets/{asset_id}';
let h: Harness;

afterEach(async () => {
  expect(h.gh.validationErrors).toEqual([]);
  await h.gh.close();
});

function repoState() {
  return h.gh.state.repos[`${REPO.owner}/${REPO.repo}`]!;
}

function runContext(id = '1000', attempt = '1'): RunContext {
  const repository = `${REPO.owner}/${REPO.repo}`;
  return {
    repository,
    owner: REPO.owner,
    repo: REPO.repo,
    event: {},
    sha: repoState().refs['refs/heads/main'],
    ref: 'refs/heads/main',
    runId: id,
    runAttempt: attempt,
    serverUrl: 'https://github.com',
    apiUrl: h.gh.apiUrl,
    actor: 'octocat',
    runUrl: `https://github.com/${repository}/actions/runs/${id}`,
  };
}

function register(modelDir: string, extra: Partial<RegisterOptions> = {}) {
  return registerModel({
    client: h.client,
    ...REPO,
    modelDir,
    name: 'churn',
    version: 'auto',
    run: runContext(),
    io: undefined,
    tempDir: tempDir(),
    ...extra,
  });
}

/** Watches the emulator's state while `work` runs: a published release must always have all its assets. */
async function neverHalfPublished<T>(work: () => Promise<T>): Promise<{ result: T; sawDraft: boolean }> {
  const problems: string[] = [];
  let sawDraft = false;
  const check = () => {
    const repo = repoState();
    for (const release of repo.releases) {
      if (release.draft) {
        sawDraft = true;
        continue;
      }
      const uploaded = repo.assets.filter((asset) => asset.releaseId === release.id && asset.state === 'uploaded').length;
      const record = parseRecord(release.body);
      const want = record ? record.assets.length : -1;
      if (uploaded !== want) problems.push(`${release.tagName} public with ${uploaded} of ${want} assets`);
    }
  };
  const timer = setInterval(check, 1);
  try {
    const result = await work();
    check();
    return { result, sawDraft };
  } finally {
    clearInterval(timer);
    expect(problems).toEqual([]);
  }
}

/** API requests made from `from` up to the first asset download. */
function callsBeforeDownload(from: number): number {
  const requests = h.gh.requests.slice(from);
  const first = requests.findIndex((request) => request.method === 'GET' && request.route === ASSET_ROUTE);
  return first < 0 ? requests.length : first;
}

describe('register', () => {
  test('publishes draft-first a release with the archive, manifest, metrics, profile, SHA256SUMS and a model card; resolves by version, alias and latest', async () => {
    h = await startHarness();
    const { dir, manifest } = await makePackage();
    const { result, sawDraft } = await neverHalfPublished(() => register(dir, { alias: 'staging', notes: 'First model.' }));
    expect(sawDraft).toBe(true);
    expect(result).toMatchObject({ version: 1, tag: 'churn/v1', action: 'created', alias: { alias: 'staging', to: 1, moved: true } });

    const release = (await findReleaseByTag(h.client, { ...REPO, tag: 'churn/v1' }))!;
    expect(release.draft).toBe(false);
    const assets = await listReleaseAssets(h.client, { ...REPO, releaseId: release.id });
    expect(assets.map((a) => a.name).sort()).toEqual([
      'SHA256SUMS',
      'churn-v1.tar.gz',
      'data-profile.json',
      'manifest.json',
      'metrics.json',
    ]);
    const record = parseRecord(release.body)!;
    expect(record).toMatchObject({
      name: 'churn',
      version: 1,
      commit: runContext().sha,
      run: { id: '1000', attempt: '1' },
      task: 'binary-classification',
    });
    expect(record.archive.sha256).toBe(result.sha256);
    expect(release.body).toContain('First model.');
    expect(release.body).toMatch(/\| accuracy \| 0\.91 \|/);
    // The tag points at the run's commit, and SHA256SUMS covers every other asset.
    expect(repoState().refs['refs/tags/churn/v1']).toBe(runContext().sha);
    const resolvedDir = tempDir();
    const downloaded = await resolveModel('churn/v1', { client: h.client, repository: REPO, cacheDir: resolvedDir, remoteCache: false });
    expect(downloaded).toMatchObject({ source: 'download', version: 1, sha256: result.sha256 });
    expect(downloaded.manifest.files).toEqual(manifest.files);
    const sumsFile = await downloadReleaseAsset(h.client, assets.find((a) => a.name === 'SHA256SUMS')!, join(tempDir(), 'SHA256SUMS'));
    const sums = parseSha256Sums(readFileSync(sumsFile.path, 'utf8'));
    expect([...sums.keys()].sort()).toEqual(['churn-v1.tar.gz', 'data-profile.json', 'manifest.json', 'metrics.json']);
    expect(sums.get('churn-v1.tar.gz')).toBe(result.sha256);
    expect(sums.get('manifest.json')).toBe(
      createHash('sha256')
        .update(readFileSync(join(dir, 'manifest.json')))
        .digest('hex'),
    );

    for (const ref of ['churn@staging', 'churn@latest']) {
      const from = h.gh.requests.length;
      const resolved = await resolveModel(ref, { client: h.client, repository: REPO, cacheDir: tempDir(), remoteCache: false });
      expect(resolved).toMatchObject({ version: 1, source: 'download' });
      expect(callsBeforeDownload(from)).toBeLessThanOrEqual(3);
      expect(readFileSync(join(resolved.dir, 'model', 'group1-shard1of1.bin'))).toEqual(
        readFileSync(join(dir, 'model', 'group1-shard1of1.bin')),
      );
    }
  });

  test('two registers in parallel get two different versions', async () => {
    h = await startHarness();
    const a = await makePackage({ accuracy: 0.9 });
    const b = await makePackage({ accuracy: 0.8 });
    const results = await Promise.all([register(a.dir, { run: runContext('1', '1') }), register(b.dir, { run: runContext('2', '1') })]);
    expect(results.map((r) => r.version).sort()).toEqual([1, 2]);
    const releases = await listReleases(h.client, REPO);
    expect(
      releases
        .filter((r) => !r.draft)
        .map((r) => r.tag_name)
        .sort(),
    ).toEqual(['churn/v1', 'churn/v2']);
    // Both read "next is 1"; the loser of the tag race took 2 after a 422.
    expect(
      h.gh.requests.filter((r) => r.method === 'POST' && r.route === '/repos/{owner}/{repo}/git/refs' && r.status === 422),
    ).toHaveLength(1);
  });

  test('a re-run of the same run and attempt returns the existing version; so does another attempt, with the same package or a retrained one', async () => {
    h = await startHarness();
    const { dir } = await makePackage();
    const first = await register(dir, { alias: 'staging' });
    const again = await register(dir, { alias: 'staging' });
    expect(again).toMatchObject({
      version: first.version,
      action: 'existing',
      releaseId: first.releaseId,
      sha256: first.sha256,
      alias: { moved: false },
    });
    const retried = await register(dir, { run: runContext('1000', '2') });
    expect(retried).toMatchObject({ version: first.version, action: 'existing' });
    // A re-run retrains, so its package's bytes differ: still one version per workflow run.
    const rerunPackage = await makePackage({ accuracy: 0.9 });
    expect(await register(rerunPackage.dir, { run: runContext('1000', '3') })).toMatchObject({
      version: first.version,
      action: 'existing',
    });
    expect(await listReleases(h.client, REPO)).toHaveLength(1);
    expect(Object.keys(repoState().refs).filter((ref) => ref.startsWith('refs/tags/churn/'))).toEqual(['refs/tags/churn/v1']);
    // A new run with a retrained package is a new version.
    const retrained = await makePackage({ accuracy: 0.95 });
    expect((await register(retrained.dir, { run: runContext('1001', '1') })).version).toBe(2);
  });

  test('a 502 during an asset upload: no half-published release is ever visible, and the retry succeeds', async () => {
    h = await startHarness();
    const { dir } = await makePackage();
    h.gh.faults.inject({ method: 'POST', route: ASSETS_ROUTE, kind: 'status', status: 502, times: 1, after: 1 });
    const { result } = await neverHalfPublished(() => register(dir));
    expect(result).toMatchObject({ version: 1, action: 'created' });
    expect(h.gh.requests.some((r) => r.route === ASSETS_ROUTE && r.status === 502)).toBe(true);
    const resolved = await resolveModel('churn/v1', { client: h.client, repository: REPO, cacheDir: tempDir(), remoteCache: false });
    expect(resolved.sha256).toBe(result.sha256);
  });

  test('uploads that keep failing leave a draft; the re-run of that attempt resumes the same version', async () => {
    h = await startHarness({ client: { maxRetries: 1 } });
    const { dir } = await makePackage();
    h.gh.faults.inject({ method: 'POST', route: ASSETS_ROUTE, kind: 'status', status: 502, times: 2, after: 1 });
    await expect(register(dir)).rejects.toThrow(/The release stays a draft/);
    expect(await findReleaseByTag(h.client, { ...REPO, tag: 'churn/v1' })).toBeUndefined();
    await expect(
      resolveModel('churn@latest', { client: h.client, repository: REPO, cacheDir: tempDir(), remoteCache: false }),
    ).rejects.toThrow(/has no published version/);
    const resumed = await register(dir);
    expect(resumed).toMatchObject({ version: 1, action: 'resumed' });
    expect(await listReleases(h.client, REPO)).toHaveLength(1);
  });

  test('packages over the part size are split into parts, listed in SHA256SUMS, and joined again by the resolver', async () => {
    h = await startHarness();
    const { dir } = await makePackage({ weightBytes: 60_000 });
    const result = await register(dir, { partSize: 16_000 });
    const release = (await findReleaseByTag(h.client, { ...REPO, tag: 'churn/v1' }))!;
    const record = parseRecord(release.body)!;
    expect(record.archive.parts.length).toBeGreaterThanOrEqual(4);
    const assets = await listReleaseAssets(h.client, { ...REPO, releaseId: release.id });
    for (const part of record.archive.parts) {
      const asset = assets.find((a) => a.name === part.name)!;
      expect(asset.size).toBe(part.size);
      expect(asset.size).toBeLessThanOrEqual(16_000);
    }
    expect(assets.some((a) => a.name === 'churn-v1.tar.gz')).toBe(false);
    const resolved = await resolveModel('churn/v1', { client: h.client, repository: REPO, cacheDir: tempDir(), remoteCache: false });
    expect(resolved.sha256).toBe(result.sha256);
    expect(resolved.manifest.name).toBe('churn');
  });
});

describe('aliases', () => {
  test('move an alias, resolve it, roll it back; the history says who moved it when from which version', async () => {
    h = await startHarness();
    const v1 = await register((await makePackage({ accuracy: 0.8 })).dir, { run: runContext('1') });
    const v2 = await register((await makePackage({ accuracy: 0.9 })).dir, { run: runContext('2'), alias: 'production' });
    expect(v2.parent).toBeUndefined();
    await moveAlias(h.client, { ...REPO, name: 'churn', alias: 'production', version: 1, actor: 'alice' });
    const cacheDir = tempDir();
    expect((await resolveModel('churn@production', { client: h.client, repository: REPO, cacheDir, remoteCache: false })).version).toBe(
      v1.version,
    );

    // A move is one ref creation (atomic); moving to where it already is adds nothing.
    const before = h.gh.requests.filter((r) => r.method === 'POST' && r.route === '/repos/{owner}/{repo}/git/refs').length;
    const back = await rollbackAlias(h.client, { ...REPO, name: 'churn', alias: 'production', actor: 'bob' });
    expect(back).toMatchObject({ from: 1, to: 2, moved: true });
    expect(h.gh.requests.filter((r) => r.method === 'POST' && r.route === '/repos/{owner}/{repo}/git/refs').length - before).toBe(1);
    expect(await moveAlias(h.client, { ...REPO, name: 'churn', alias: 'production', version: 2 })).toMatchObject({ moved: false });
    expect((await resolveModel('churn@production', { client: h.client, repository: REPO, cacheDir, remoteCache: false })).version).toBe(2);

    const history = (await listAliases(h.client, { ...REPO, name: 'churn' })).get('production')!;
    expect(history.map((m) => [m.version, m.movedBy])).toEqual([
      [2, 'octocat'],
      [1, 'alice'],
      [2, 'bob'],
    ]);
    expect(history.every((m) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(m.movedAt))).toBe(true);
    // The next version's parent is what production pointed at.
    const v3 = await register((await makePackage({ accuracy: 0.95 })).dir, { run: runContext('3') });
    expect(v3.parent).toEqual({ version: 2, alias: 'production' });

    const listing = await listModel(h.client, { ...REPO, name: 'churn' });
    expect(listing.versions.map((v) => [v.version, v.aliases])).toEqual([
      [3, []],
      [2, ['production']],
      [1, []],
    ]);
    const text = formatModelListing(listing);
    expect(text).toMatch(/^VERSION\s+STATUS/);
    expect(text).toContain('churn@production → v2 (3 moves)');
    expect(text).toMatch(/v1 → v2 {2}by bob/);
    // Version tags and alias tags never mix.
    expect(Object.keys(repoState().refs).filter((r) => r.startsWith('refs/tags/churn/'))).toEqual([
      'refs/tags/churn/v1',
      'refs/tags/churn/v2',
      'refs/tags/churn/v3',
    ]);
  });

  test('an alias that does not exist, and moving an alias to a missing version, are clear errors', async () => {
    h = await startHarness();
    await register((await makePackage()).dir, { alias: 'staging' });
    await expect(
      resolveModel('churn@production', { client: h.client, repository: REPO, cacheDir: tempDir(), remoteCache: false }),
    ).rejects.toThrow(/input "model": the alias churn@production does not exist in octo\/model-repo\. Its aliases: staging \(v1\)\./);
    await expect(moveAlias(h.client, { ...REPO, name: 'churn', alias: 'production', version: 7 })).rejects.toThrow(
      /churn\/v7 is not a published version/,
    );
    await expect(resolveModel('churn/v9', { client: h.client, repository: REPO, cacheDir: tempDir(), remoteCache: false })).rejects.toThrow(
      /churn\/v9 is not a published version/,
    );
  });
});

describe('resolver', () => {
  test('at most 3 API calls before the download; a second job with the same cache downloads nothing', async () => {
    h = await startHarness();
    await register((await makePackage()).dir, { alias: 'production' });
    const cacheDir = tempDir();
    let from = h.gh.requests.length;
    const first = await resolveModel('churn@production', { client: h.client, repository: REPO, cacheDir, remoteCache: false });
    expect(first.source).toBe('download');
    expect(callsBeforeDownload(from)).toBe(2);
    from = h.gh.requests.length;
    const second = await resolveModel('churn@production', { client: h.client, repository: REPO, cacheDir, remoteCache: false });
    expect(second).toMatchObject({ source: 'cache', dir: first.dir });
    expect(h.gh.requests.slice(from).filter((r) => r.route === ASSET_ROUTE)).toHaveLength(0);
    expect(h.gh.requests.length - from).toBe(2);
  });

  test('a cached copy changed on the runner fails with both hashes, even when its own manifest was rewritten to match', async () => {
    h = await startHarness();
    await register((await makePackage()).dir);
    const cacheDir = tempDir();
    const first = await resolveModel('churn/v1', { client: h.client, repository: REPO, cacheDir, remoteCache: false });
    // Swap a file and rewrite the manifest's hash for it, as someone covering their tracks would.
    const manifestPath = join(first.dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    writeFileSync(join(first.dir, 'metrics.json'), '{"accuracy": 1}');
    manifest.files['metrics.json'] = createHash('sha256').update('{"accuracy": 1}').digest('hex');
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const again = resolveModel('churn/v1', { client: h.client, repository: REPO, cacheDir, remoteCache: false });
    await expect(again).rejects.toThrow(IntegrityError);
    await expect(again).rejects.toThrow(
      /The cached copy of churn\/v1 at .* has a manifest\.json with sha256 [0-9a-f]{64}, but [0-9a-f]{64} was registered/,
    );
  });

  test('a shared cache (as @actions/cache) lets a job on another machine skip the download', async () => {
    h = await startHarness();
    await register((await makePackage()).dir);
    const store = tempDir();
    const saved: string[] = [];
    const remote: RemoteCache = {
      restore: async (path, key) => {
        if (!existsSync(join(store, key))) return false;
        cpSync(join(store, key), path, { recursive: true });
        return true;
      },
      save: async (path, key) => {
        saved.push(key);
        cpSync(path, join(store, key), { recursive: true });
      },
    };
    const first = await resolveModel('churn/v1', { client: h.client, repository: REPO, cacheDir: tempDir(), remoteCache: remote });
    expect(first.source).toBe('download');
    expect(saved).toEqual([`mlops-model-churn-v1-${first.sha256}`]);
    const from = h.gh.requests.length;
    const other = await resolveModel('churn/v1', { client: h.client, repository: REPO, cacheDir: tempDir(), remoteCache: remote });
    expect(other.source).toBe('remote-cache');
    expect(h.gh.requests.slice(from).filter((r) => r.route === ASSET_ROUTE)).toHaveLength(0);
  });

  test('a tampered asset is refused with a clear message, and nothing is left in the cache', async () => {
    h = await startHarness();
    const { dir } = await makePackage();
    const result = await register(dir);
    // Someone with write access swaps the archive for another one with the same name.
    const release = (await findReleaseByTag(h.client, { ...REPO, tag: 'churn/v1' }))!;
    const archive = (await listReleaseAssets(h.client, { ...REPO, releaseId: release.id })).find((a) => a.name === 'churn-v1.tar.gz')!;
    await h.client.rest.repos.deleteReleaseAsset({ ...REPO, asset_id: archive.id });
    const evil = join(tempDir(), 'evil.tar.gz');
    writeFileSync(evil, 'not the model');
    await h.client.request({
      method: 'POST',
      url: release.upload_url.replace(/\{.*$/, '?name=churn-v1.tar.gz'),
      headers: { 'content-type': 'application/gzip' },
      data: readFileSync(evil),
    });
    const cacheDir = tempDir();
    await expect(resolveModel('churn/v1', { client: h.client, repository: REPO, cacheDir, remoteCache: false })).rejects.toThrow(
      new RegExp(
        `Refusing churn/v1: the asset churn-v1\\.tar\\.gz has sha256 [0-9a-f]{64} \\(13 bytes\\), but ${result.sha256} \\(\\d+ bytes\\) was recorded when churn/v1 was registered\\. The asset was replaced or corrupted after registration`,
      ),
    );
    expect(existsSync(join(cacheDir, 'churn')) ? readdirSync(join(cacheDir, 'churn')) : []).toEqual([]);
  });

  test('a local path is read and verified as a package', async () => {
    h = await startHarness();
    const { dir } = await makePackage();
    await expect(resolveModel(dir, {})).resolves.toMatchObject({ source: 'path', dir });
    writeFileSync(join(dir, 'metrics.json'), '{"accuracy": 1}');
    await expect(resolveModel(dir, {})).rejects.toThrow(/checksum mismatch for metrics\.json/);
    await expect(resolveModel('./no/such/folder', { cwd: tempDir() })).rejects.toThrow(
      /neither a model reference .* nor an existing package folder/,
    );
  });
});

describe('retention', () => {
  test('deletes versions beyond the newest N that no alias points at; numbers are never reused', async () => {
    h = await startHarness();
    for (let i = 1; i <= 4; i += 1)
      await register((await makePackage({ accuracy: i / 10 })).dir, {
        run: runContext(String(i)),
        alias: i === 1 ? 'production' : undefined,
      });
    const fifth = await register((await makePackage({ accuracy: 0.5 })).dir, { run: runContext('5'), keepVersions: 2 });
    expect(fifth.retention).toEqual({ deleted: [3, 2], protectedByAlias: [1] });
    const tags = (await listReleases(h.client, REPO)).map((r) => r.tag_name).sort();
    expect(tags).toEqual(['churn/v1', 'churn/v4', 'churn/v5']);
    expect(repoState().refs['refs/tags/churn/v2']).toBeUndefined();
    const sixth = await register((await makePackage({ accuracy: 0.6 })).dir, { run: runContext('6') });
    expect(sixth.version).toBe(6);
    expect(
      (await resolveModel('churn@production', { client: h.client, repository: REPO, cacheDir: tempDir(), remoteCache: false })).version,
    ).toBe(1);
  });
});

describe('bad input', () => {
  test('a model dir that is not a package', async () => {
    h = await startHarness();
    const empty = tempDir();
    await expect(register(empty)).rejects.toThrow(
      /input "model-dir": .* is not a model package: it has no manifest\.json .*A model package is a folder with manifest\.json/,
    );
    await expect(register(join(empty, 'missing'))).rejects.toThrow(/input "model-dir": .*missing does not exist/);
    expect(h.gh.requests).toHaveLength(0);
  });

  test('a name with characters illegal in a tag', async () => {
    h = await startHarness();
    const { dir } = await makePackage();
    await expect(register(dir, { name: 'churn model' })).rejects.toThrow(
      /input "name": the model name "churn model" cannot be used: it contains a space/,
    );
    await expect(register(dir, { name: 'churn~1' })).rejects.toThrow(/contains "~", which git does not allow in a tag name/);
    await expect(register(dir, { alias: 'prod:1' })).rejects.toThrow(/input "alias": the alias "prod:1" cannot be used/);
    await expect(register(dir, { version: 'two' })).rejects.toThrow(/input "version" must be "auto" or a positive integer/);
    expect(h.gh.requests).toHaveLength(0);
  });

  test('a token without contents: write is told which permission to add', async () => {
    h = await startHarness({
      emulator: { tokens: { 'read-only-token': { permissions: { contents: 'read', metadata: 'read' } } } },
      token: 'read-only-token',
    });
    const { dir } = await makePackage();
    await expect(register(dir)).rejects.toThrow(/needs `contents: write`: add `permissions: contents: write` to the job/);
    expect(repoState().releases).toHaveLength(0);
  });

  test('require-passed refuses a failed evaluation and accepts a passed one; an explicit taken version is refused', async () => {
    h = await startHarness();
    const { dir } = await makePackage();
    const reports = tempDir();
    writeFileSync(join(reports, 'failed.json'), JSON.stringify({ passed: false }));
    writeFileSync(join(reports, 'passed.json'), JSON.stringify({ passed: true, baseline: { version: 7 } }));
    writeFileSync(join(reports, 'odd.json'), JSON.stringify({ ok: true }));
    await expect(register(dir, { requirePassed: join(reports, 'failed.json') })).rejects.toThrow(
      /Not registering churn: the evaluate report .*failed\.json says the gates did not pass/,
    );
    await expect(register(dir, { requirePassed: join(reports, 'odd.json') })).rejects.toThrow(
      /odd\.json: the evaluate report has no boolean "passed" field/,
    );
    await expect(register(dir, { requirePassed: join(reports, 'nope.json') })).rejects.toThrow(
      /input "require-passed": the evaluate report .*nope\.json cannot be read \(ENOENT\)/,
    );
    expect(repoState().releases).toHaveLength(0);
    const ok = await register(dir, { requirePassed: join(reports, 'passed.json'), version: '3' });
    expect(ok).toMatchObject({ version: 3, parent: { version: 7 } });
    await expect(register(dir, { version: '3', run: runContext('2') })).rejects.toThrow(
      /input "version": churn\/v3 already exists in octo\/model-repo/,
    );
  });
});

describe('mlops registry CLI', () => {
  async function cli(...args: string[]) {
    let out = '';
    let err = '';
    const code = await runRegistryCli(
      args,
      { GITHUB_API_URL: h.gh.apiUrl, GITHUB_REPOSITORY: `${REPO.owner}/${REPO.repo}`, GITHUB_TOKEN: 'any', GITHUB_ACTOR: 'carol' },
      { out: (t) => (out += t), err: (t) => (err += t) },
    );
    return { code, out, err };
  }

  test('list, move and rollback; usage errors exit 2 with a sentence', async () => {
    h = await startHarness();
    await register((await makePackage({ accuracy: 0.8 })).dir, { run: runContext('1'), alias: 'production' });
    await register((await makePackage({ accuracy: 0.9 })).dir, { run: runContext('2') });
    expect(await cli('move', 'churn@production', 'v2')).toMatchObject({ code: 0, out: 'churn@production: v1 → v2\n' });
    expect(await cli('move', 'churn@production', '2')).toMatchObject({ code: 0, out: 'churn@production: already at v2\n' });
    expect(await cli('rollback', 'churn@production')).toMatchObject({ code: 0, out: 'churn@production: v2 → v1\n' });
    const listed = await cli('list', 'churn', '--json');
    expect(listed.code).toBe(0);
    const listing = JSON.parse(listed.out);
    expect(listing.aliases[0]).toMatchObject({ alias: 'production', version: 1 });
    expect(listing.aliases[0].history.map((m: { movedBy: string }) => m.movedBy)).toEqual(['octocat', 'carol', 'carol']);
    expect(await cli('list', 'churn model')).toMatchObject({ code: 2, err: expect.stringContaining('it contains a space') });
    expect(await cli('move', 'churn@production', 'latest')).toMatchObject({
      code: 2,
      err: expect.stringContaining('"latest" is not a version such as v3'),
    });
    expect(await cli('frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('unknown registry command "frobnicate"') });
    expect(await cli('rollback', 'churn@staging')).toMatchObject({ code: 1, err: expect.stringContaining('the alias does not exist') });
  });
});
