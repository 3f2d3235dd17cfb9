import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  downloadReleaseAsset,
  findReleaseByTag,
  listReleaseAssets,
  listReleases,
  publishRelease,
  type AssetFile,
} from '../../shared/github/releases.js';
import { FAULT_TIMEOUT, REPO, countRequests, startHarness, type Harness } from './helpers.js';

const ASSETS_ROUTE = '/repos/{owner}/{repo}/releases/{release_id}/assets';
let h: Harness;

afterEach(async () => {
  expect(h.gh.validationErrors).toEqual([]);
  await h.gh.close();
});

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function packageFiles(): AssetFile[] {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-release-'));
  const files: AssetFile[] = [
    { name: 'churn-v1.tar.gz', path: join(dir, 'churn-v1.tar.gz'), contentType: 'application/gzip' },
    { name: 'manifest.json', path: join(dir, 'manifest.json'), contentType: 'application/json' },
    { name: 'SHA256SUMS', path: join(dir, 'SHA256SUMS'), contentType: 'text/plain' },
  ];
  writeFileSync(files[0]!.path, randomBytes(300_000));
  writeFileSync(files[1]!.path, JSON.stringify({ name: 'churn', version: 1 }));
  writeFileSync(files[2]!.path, `${sha256(files[0]!.path)}  churn-v1.tar.gz\n`);
  return files;
}

function release(files: AssetFile[]) {
  return { ...REPO, tag: 'churn/v1', targetCommitish: 'main', name: 'churn v1', body: 'model card', assets: files };
}

/** Watches the emulator's state while `work` runs: a published release must always be complete. */
async function neverHalfPublished<T>(expectedAssets: number, work: () => Promise<T>): Promise<{ result: T; sawDraft: boolean }> {
  const repo = h.gh.state.repos[`${REPO.owner}/${REPO.repo}`]!;
  const problems: string[] = [];
  let sawDraft = false;
  const check = () => {
    for (const candidate of repo.releases) {
      if (candidate.draft) {
        sawDraft = true;
        continue;
      }
      const assets = repo.assets.filter((asset) => asset.releaseId === candidate.id && asset.state === 'uploaded');
      if (assets.length !== expectedAssets)
        problems.push(`release ${candidate.tagName} public with ${assets.length} of ${expectedAssets} assets`);
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

async function downloadedShas(files: AssetFile[]) {
  const found = await findReleaseByTag(h.client, { ...REPO, tag: 'churn/v1' });
  const assets = await listReleaseAssets(h.client, { ...REPO, releaseId: found!.id });
  const dir = mkdtempSync(join(tmpdir(), 'mlops-download-'));
  const shas: Record<string, string> = {};
  for (const file of files) {
    const asset = assets.find((candidate) => candidate.name === file.name)!;
    const downloaded = await downloadReleaseAsset(h.client, asset, join(dir, file.name));
    expect(downloaded.sha256).toBe(sha256(downloaded.path));
    shas[file.name] = downloaded.sha256;
  }
  return shas;
}

describe('publishRelease', () => {
  test('publishes draft-first with verified assets; a re-run returns the same release', async () => {
    h = await startHarness();
    const files = packageFiles();
    const { result, sawDraft } = await neverHalfPublished(3, () => publishRelease(h.client, release(files)));
    expect(sawDraft).toBe(true);
    expect(result).toMatchObject({ tag: 'churn/v1', action: 'created', uploaded: ['churn-v1.tar.gz', 'manifest.json', 'SHA256SUMS'] });
    expect(result.assets.map((asset) => [asset.name, asset.sha256])).toEqual(files.map((file) => [file.name, sha256(file.path)]));

    const again = await publishRelease(h.client, release(files));
    expect(again).toMatchObject({ id: result.id, action: 'unchanged', uploaded: [] });
    expect(await listReleases(h.client, REPO)).toHaveLength(1);
    expect(await downloadedShas(files)).toEqual(Object.fromEntries(files.map((file) => [file.name, sha256(file.path)])));
  });

  test('uploads stream from disk with Content-Length to the upload host from upload_url', async () => {
    const uploads: { url: string; length: string | null; streamed: boolean }[] = [];
    const watch: typeof fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (init?.method === 'POST' && url.includes('/assets?')) {
        uploads.push({ url, length: new Headers(init.headers).get('content-length'), streamed: init.body instanceof ReadableStream });
      }
      return fetch(input, init);
    };
    h = await startHarness({ client: { fetch: watch } });
    const files = packageFiles();
    await publishRelease(h.client, release(files));
    expect(uploads).toEqual(
      files.map((file) => ({
        url: expect.stringMatching(new RegExp(`^${h.gh.uploadUrl}/repos/octo/model-repo/releases/\\d+/assets\\?name=${file.name}$`)),
        length: String(readFileSync(file.path).length),
        streamed: true,
      })),
    );
  });

  test('a 502 during one asset upload: never half public, the retry succeeds, the bytes match', async () => {
    h = await startHarness();
    const files = packageFiles();
    h.gh.faults.inject({ method: 'POST', route: ASSETS_ROUTE, kind: 'status', status: 502, times: 1, after: 1 });
    const { result } = await neverHalfPublished(3, () => publishRelease(h.client, release(files)));
    expect(result.action).toBe('created');
    expect(countRequests(h.gh, 'POST', ASSETS_ROUTE)).toBe(4);
    expect(await listReleaseAssets(h.client, { ...REPO, releaseId: result.id })).toHaveLength(3);
    expect(await downloadedShas(files)).toEqual(Object.fromEntries(files.map((file) => [file.name, sha256(file.path)])));
    expect(h.lines.some((line) => /Upload of manifest.json to churn\/v1 failed \(GitHub answered 502\); retrying/.test(line))).toBe(true);
  });

  test('uploads that keep failing leave only a draft, and the next run resumes it without re-sending verified assets', async () => {
    h = await startHarness({ client: { maxRetries: 1 } });
    const files = packageFiles();
    h.gh.faults.inject({ method: 'POST', route: ASSETS_ROUTE, kind: 'status', status: 502, times: 2, after: 1 });
    await expect(neverHalfPublished(3, () => publishRelease(h.client, release(files)))).rejects.toThrow(
      /Uploading manifest.json to the release churn\/v1 in octo\/model-repo failed: GitHub answered 502 2 times for POST \/repos\/octo\/model-repo\/releases\/\d+\/assets; re-run the job. The release stays a draft/,
    );
    const drafts = await listReleases(h.client, REPO);
    expect(drafts.map((candidate) => candidate.draft)).toEqual([true]);
    expect(await findReleaseByTag(h.client, { ...REPO, tag: 'churn/v1' })).toBeUndefined();

    const uploadsBefore = countRequests(h.gh, 'POST', ASSETS_ROUTE);
    const resumed = await neverHalfPublished(3, () => publishRelease(h.client, release(files)));
    expect(resumed.result).toMatchObject({ id: drafts[0]!.id, action: 'resumed', uploaded: ['manifest.json', 'SHA256SUMS'] });
    expect(countRequests(h.gh, 'POST', ASSETS_ROUTE) - uploadsBefore).toBe(2);
    expect(await listReleases(h.client, REPO)).toHaveLength(1);
  });

  test('secondary rate limit (retry-after 1 s), a slow answer and a timeout are ridden out', async () => {
    h = await startHarness({ client: FAULT_TIMEOUT });
    const files = packageFiles();
    h.gh.faults.inject({ method: 'POST', route: '/repos/{owner}/{repo}/releases', kind: 'secondary-rate-limit', retryAfter: 1, times: 1 });
    h.gh.faults.inject({ method: 'GET', route: '/repos/{owner}/{repo}/releases', kind: 'delay', ms: 150, times: 1 });
    h.gh.faults.inject({ method: 'PATCH', route: '/repos/{owner}/{repo}/releases/{release_id}', kind: 'timeout', times: 1 });
    h.gh.faults.inject({ method: 'POST', route: ASSETS_ROUTE, kind: 'timeout', times: 1, after: 2 });
    const { result } = await neverHalfPublished(3, () => publishRelease(h.client, release(files)));
    expect(result.action).toBe('created');
    expect(await listReleases(h.client, REPO)).toHaveLength(1);
    expect(countRequests(h.gh, 'POST', ASSETS_ROUTE)).toBe(4);
    expect(await downloadedShas(files)).toEqual(Object.fromEntries(files.map((file) => [file.name, sha256(file.path)])));
  });

  test('a server without `digest` (older GHES): assets are verified by downloading and hashing them', async () => {
    const stripDigest: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!(response.headers.get('content-type') ?? '').includes('json')) return response;
      const text = (await response.text()).replace(/"digest":"sha256:[0-9a-f]{64}",?/g, '');
      return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
    };
    h = await startHarness({ client: { fetch: stripDigest } });
    const files = packageFiles();
    const { result } = await neverHalfPublished(3, () => publishRelease(h.client, release(files)));
    expect(result.action).toBe('created');
    // One download per uploaded asset, to hash it.
    expect(
      h.gh.requests.filter((request) => request.method === 'GET' && request.route === '/repos/{owner}/{repo}/releases/assets/{asset_id}'),
    ).toHaveLength(3);
  });

  test('an upload whose bytes arrive changed fails verification, is deleted and sent again', async () => {
    let corrupted = false;
    const corruptFirstUpload: typeof fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!corrupted && init?.method === 'POST' && url.includes('/assets?name=churn-v1.tar.gz')) {
        corrupted = true;
        const length = Number(new Headers(init.headers).get('content-length'));
        return fetch(input, { ...init, body: new Uint8Array(length) });
      }
      return fetch(input, init);
    };
    h = await startHarness({ client: { fetch: corruptFirstUpload } });
    const files = packageFiles();
    const { result } = await neverHalfPublished(3, () => publishRelease(h.client, release(files)));
    expect(corrupted).toBe(true);
    expect(result.assets[0]!.sha256).toBe(sha256(files[0]!.path));
    expect(countRequests(h.gh, 'DELETE', '/repos/{owner}/{repo}/releases/assets/{asset_id}')).toBe(1);
    expect(
      h.lines.some((line) =>
        /Upload of churn-v1.tar.gz to churn\/v1 failed \(the uploaded copy failed verification: its sha256 on GitHub is [0-9a-f]{64}, but [0-9a-f]{64} on disk\); retrying/.test(
          line,
        ),
      ),
    ).toBe(true);
    expect(await downloadedShas(files)).toEqual(Object.fromEntries(files.map((file) => [file.name, sha256(file.path)])));
  });

  test('a published release with other assets is immutable', async () => {
    h = await startHarness();
    const files = packageFiles();
    await publishRelease(h.client, release(files));
    writeFileSync(files[1]!.path, JSON.stringify({ name: 'churn', version: 1, changed: true }));
    await expect(publishRelease(h.client, release(files))).rejects.toThrow(
      /already published with different assets \(manifest.json: it is \d+ bytes on GitHub but \d+ bytes on disk\)/,
    );
  });

  test('contents: read fails with the message naming contents: write', async () => {
    h = await startHarness({ emulator: { tokens: { ro: { permissions: { contents: 'read' } } } }, token: 'ro' });
    await expect(publishRelease(h.client, release(packageFiles()))).rejects.toThrow(
      /Publishing the release churn\/v1 in octo\/model-repo failed: the token is not allowed to do this \(403 .*\)\. It needs `contents: write`: add `permissions: contents: write` to the job/,
    );
  });

  test('asset names GitHub would rename are refused up front', async () => {
    h = await startHarness();
    const [file] = packageFiles();
    await expect(publishRelease(h.client, release([{ ...file!, name: 'my model.tgz' }]))).rejects.toThrow(
      /"my model.tgz" has characters GitHub would rename/,
    );
  });
});

describe('downloadReleaseAsset', () => {
  test('streams to disk with its sha256; rides out a 502; refuses bytes that do not match', async () => {
    h = await startHarness({ client: { maxRetries: 1 } });
    const files = packageFiles();
    const published = await publishRelease(h.client, release(files));
    const [asset] = await listReleaseAssets(h.client, { ...REPO, releaseId: published.id });
    const dir = mkdtempSync(join(tmpdir(), 'mlops-download-'));

    h.gh.faults.inject({ method: 'GET', route: '/repos/{owner}/{repo}/releases/assets/{asset_id}', kind: 'status', status: 502, times: 1 });
    const downloaded = await downloadReleaseAsset(h.client, asset!, join(dir, 'a.bin'));
    expect(downloaded).toEqual({ path: join(dir, 'a.bin'), size: asset!.size, sha256: sha256(files[0]!.path) });

    await expect(downloadReleaseAsset(h.client, asset!, join(dir, 'b.bin'), { expectedSha256: '0'.repeat(64) })).rejects.toThrow(
      /Downloading the release asset churn-v1.tar.gz failed 2 times: the download was \d+ bytes with sha256 [0-9a-f]{64}, but GitHub lists \d+ bytes and sha256 0{64}/,
    );
    expect(existsSync(join(dir, 'b.bin'))).toBe(false);
    expect(existsSync(join(dir, 'b.bin.partial'))).toBe(false);
  });

  test('a body stream that breaks half way is downloaded again', async () => {
    let broken = 0;
    const breakFirstDownload: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const accept = new Headers(init?.headers).get('accept') ?? '';
      if (broken > 0 || !accept.includes('octet-stream') || !response.body) return response;
      broken += 1;
      const reader = response.body.getReader();
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const { value, done } = await reader.read();
          if (done || sent > 1000) return controller.error(new Error('socket hang up'));
          sent += value.length;
          controller.enqueue(value);
        },
      });
      return new Response(body, { status: response.status, headers: response.headers });
    };
    h = await startHarness({ client: { fetch: breakFirstDownload } });
    const files = packageFiles();
    const published = await publishRelease(h.client, release(files));
    const [asset] = await listReleaseAssets(h.client, { ...REPO, releaseId: published.id });
    const dir = mkdtempSync(join(tmpdir(), 'mlops-download-'));
    const downloaded = await downloadReleaseAsset(h.client, asset!, join(dir, 'a.bin'));
    expect(broken).toBe(1);
    expect(downloaded.sha256).toBe(sha256(files[0]!.path));
    expect(readFileSync(downloaded.path).length).toBe(asset!.size);
  });
});
