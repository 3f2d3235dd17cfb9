import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../runtime/errors.js';
import { fetchWithTimeout, type GitHubClient } from './client.js';
import { describedAs, gitHubMessage, hasStatus, isGitHubRequestError, toUserError } from './errors.js';
import { bodyLength } from './markers.js';

const RELEASE_PERMISSION = 'contents: write';
/** GitHub refuses release notes longer than this. */
const RELEASE_BODY_LIMIT = 125_000;

export interface Release {
  id: number;
  tag_name: string;
  name: string | null;
  body?: string | null;
  draft: boolean;
  prerelease: boolean;
  html_url: string;
  upload_url: string;
  target_commitish: string;
  created_at: string;
}

export interface ReleaseAsset {
  id: number;
  name: string;
  size: number;
  state: string;
  /** API address of the asset (downloads with `Accept: application/octet-stream`). */
  url: string;
  browser_download_url: string;
  /** `sha256:<hex>` on current GitHub; absent on older servers (GHES). */
  digest?: string | null;
}

export interface AssetFile {
  /** Name on the release: letters, digits, `.`, `_`, `-`, `+` (GitHub renames anything else). */
  name: string;
  path: string;
  contentType?: string;
}

export interface PublishedAsset {
  id: number;
  name: string;
  size: number;
  sha256: string;
  url: string;
  downloadUrl: string;
}

export interface PublishReleaseParams {
  owner: string;
  repo: string;
  tag: string;
  /** Where the tag is created if it does not exist yet (ignored when it does). */
  targetCommitish?: string;
  name: string;
  body: string;
  assets: AssetFile[];
  prerelease?: boolean;
  makeLatest?: boolean;
  /** Tries per asset (upload and verification). Defaults to the client's retries plus one. */
  uploadAttempts?: number;
}

export interface PublishReleaseResult {
  id: number;
  url: string;
  tag: string;
  /** `created`: a new release; `resumed`: a draft left by an earlier attempt was finished; `unchanged`: already published with these assets. */
  action: 'created' | 'resumed' | 'unchanged';
  assets: PublishedAsset[];
  /** Assets sent in this call (a resumed draft skips the ones already verified). */
  uploaded: string[];
}

const ASSET_NAME = /^[A-Za-z0-9_+-][A-Za-z0-9._+-]*$/;

interface LocalFile extends AssetFile {
  size: number;
  sha256: string;
}

export async function sha256File(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

async function describeLocalFiles(assets: AssetFile[]): Promise<LocalFile[]> {
  const seen = new Set<string>();
  const files: LocalFile[] = [];
  for (const asset of assets) {
    if (!ASSET_NAME.test(asset.name) || asset.name.endsWith('.')) {
      throw new UserError(
        `Release asset name "${asset.name}" has characters GitHub would rename; use letters, digits, ".", "_", "-" and "+" only (not starting or ending with ".").`,
      );
    }
    if (seen.has(asset.name)) throw new UserError(`Release asset name "${asset.name}" is given twice; each asset needs its own name.`);
    seen.add(asset.name);
    try {
      const info = await stat(asset.path);
      if (!info.isFile()) throw new UserError(`Release asset ${asset.path} is not a file.`);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`Release asset ${asset.path} cannot be read: ${(error as Error).message}`);
    }
    files.push({ ...asset, ...(await sha256File(asset.path)) });
  }
  return files;
}

/** Every release of the repository, drafts included (for a token with push access), newest first. */
export async function listReleases(client: GitHubClient, params: { owner: string; repo: string }): Promise<Release[]> {
  const { owner, repo } = params;
  return describedAs({ what: `Listing the releases of ${owner}/${repo}` }, async () => {
    const releases: Release[] = [];
    for await (const page of client.paginate.iterator(client.rest.repos.listReleases, { owner, repo, per_page: 100 }))
      releases.push(...page.data);
    return releases;
  });
}

async function releasesForTag(client: GitHubClient, owner: string, repo: string, tag: string): Promise<Release[]> {
  const found: Release[] = [];
  for await (const page of client.paginate.iterator(client.rest.repos.listReleases, { owner, repo, per_page: 100 })) {
    for (const release of page.data) if (release.tag_name === tag) found.push(release);
  }
  return found.sort((a, b) => a.id - b.id);
}

/**
 * The release for a tag: the published one if there is one, else the oldest draft. Drafts are
 * found through the release list, because `GET /releases/tags/{tag}` does not return them.
 */
export async function findReleaseByTag(
  client: GitHubClient,
  params: { owner: string; repo: string; tag: string; includeDrafts?: boolean },
): Promise<Release | undefined> {
  const { owner, repo, tag } = params;
  return describedAs({ what: `Looking up the release ${tag} in ${owner}/${repo}` }, async () => {
    if (!params.includeDrafts) {
      try {
        const { data } = await client.rest.repos.getReleaseByTag({ owner, repo, tag });
        return data;
      } catch (error) {
        if (hasStatus(error, 404)) return undefined;
        throw error;
      }
    }
    const releases = await releasesForTag(client, owner, repo, tag);
    return releases.find((release) => !release.draft) ?? releases[0];
  });
}

export async function listReleaseAssets(
  client: GitHubClient,
  params: { owner: string; repo: string; releaseId: number },
): Promise<ReleaseAsset[]> {
  const { owner, repo, releaseId } = params;
  const assets: ReleaseAsset[] = [];
  for await (const page of client.paginate.iterator(client.rest.repos.listReleaseAssets, {
    owner,
    repo,
    release_id: releaseId,
    per_page: 100,
  }))
    assets.push(...page.data);
  return assets;
}

/** Time for one transfer: the request timeout plus the size at a slow 512 KiB/s. */
function transferTimeoutMs(client: GitHubClient, size: number): number {
  if (!(client.settings.requestTimeoutMs > 0)) return 0;
  return client.settings.requestTimeoutMs + Math.ceil((size / (512 * 1024)) * 1000);
}

function digestHex(asset: { digest?: string | null }): string | undefined {
  const match = /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '');
  return match ? match[1]!.toLowerCase() : undefined;
}

export interface DownloadedAsset {
  path: string;
  size: number;
  sha256: string;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function streamAsset(
  client: GitHubClient,
  asset: Pick<ReleaseAsset, 'url' | 'size'>,
  sink: (body: Readable) => Promise<void>,
): Promise<void> {
  const response = await client.request({
    method: 'GET',
    url: asset.url,
    headers: { accept: 'application/octet-stream' },
    request: {
      parseSuccessResponseBody: false,
      fetch: fetchWithTimeout(transferTimeoutMs(client, asset.size), { bufferBody: false, baseFetch: client.settings.fetch }),
    },
  });
  const body = response.data as unknown as ReadableStream<Uint8Array> | null;
  if (!body) throw new UserError(`GitHub sent no content for the release asset ${asset.url}.`);
  await sink(Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>));
}

async function hashRemoteAsset(client: GitHubClient, asset: ReleaseAsset): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  await streamAsset(client, asset, async (body) => {
    for await (const chunk of body) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
  });
  return { sha256: hash.digest('hex'), size };
}

/** The asset's sha256 as GitHub reports it, or by downloading it when the server has no `digest`. */
async function remoteSha256(client: GitHubClient, asset: ReleaseAsset): Promise<string> {
  return digestHex(asset) ?? (await hashRemoteAsset(client, asset)).sha256;
}

/**
 * Streams a release asset to `destPath`, hashing it on the way; the file appears under its name
 * only once complete and matching the size (and GitHub's digest, when given). Bounded retries.
 */
export async function downloadReleaseAsset(
  client: GitHubClient,
  asset: Pick<ReleaseAsset, 'url' | 'size' | 'name'> & { digest?: string | null },
  destPath: string,
  options: { expectedSha256?: string } = {},
): Promise<DownloadedAsset> {
  const attempts = client.settings.maxRetries + 1;
  const partial = `${destPath}.partial`;
  await mkdir(dirname(destPath), { recursive: true });
  let lastProblem = '';
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const hash = createHash('sha256');
    let size = 0;
    try {
      await streamAsset(client, asset, (body) =>
        pipeline(
          body,
          new Transform({
            transform(chunk: Buffer, _encoding, done) {
              hash.update(chunk);
              size += chunk.length;
              done(null, chunk);
            },
          }),
          createWriteStream(partial),
        ),
      );
    } catch (error) {
      await rm(partial, { force: true });
      const described = toUserError(error, { what: `Downloading the release asset ${asset.name}` });
      // Answers from GitHub (5xx included) were already retried by the client; what is left to
      // retry here is a body stream that broke or stalled after the answer began.
      if (error instanceof UserError || isGitHubRequestError(error)) throw described;
      lastProblem = (described as Error).message;
      if (attempt < attempts) await sleep(client.settings.retryBaseMs * attempt * attempt);
      continue;
    }
    const sha256 = hash.digest('hex');
    const expected = options.expectedSha256?.toLowerCase() ?? digestHex(asset);
    if (size === asset.size && (!expected || expected === sha256)) {
      await rename(partial, destPath);
      return { path: destPath, size, sha256 };
    }
    await rm(partial, { force: true });
    lastProblem = `the download was ${size} bytes with sha256 ${sha256}, but GitHub lists ${asset.size} bytes${expected ? ` and sha256 ${expected}` : ''}`;
    if (attempt < attempts) await sleep(client.settings.retryBaseMs * attempt * attempt);
  }
  throw new UserError(
    `Downloading the release asset ${asset.name} failed ${attempts} times: ${lastProblem}. Re-run the job; if it persists, the asset on the release is damaged.`,
  );
}

/** The upload address from a release's `upload_url` (an RFC 6570 template ending in `{?name,label}`). */
export function uploadEndpoint(uploadUrl: string, name: string): string {
  const base = uploadUrl.replace(/\{[^}]*\}$/, '');
  return `${base}${base.includes('?') ? '&' : '?'}name=${encodeURIComponent(name)}`;
}

async function verifyAsset(client: GitHubClient, asset: ReleaseAsset, file: LocalFile): Promise<string | undefined> {
  if (asset.state !== 'uploaded') return `its state is "${asset.state}", not "uploaded"`;
  if (asset.size !== file.size) return `it is ${asset.size} bytes on GitHub but ${file.size} bytes on disk`;
  const sha256 = await remoteSha256(client, asset);
  if (sha256 !== file.sha256) return `its sha256 on GitHub is ${sha256}, but ${file.sha256} on disk`;
  return undefined;
}

async function deleteAsset(client: GitHubClient, owner: string, repo: string, assetId: number): Promise<void> {
  try {
    await client.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: assetId });
  } catch (error) {
    if (!hasStatus(error, 404)) throw error;
  }
}

/** One upload of one file, streamed from disk with its Content-Length; every attempt opens the file afresh. */
async function uploadOnce(client: GitHubClient, release: Release, file: LocalFile): Promise<ReleaseAsset> {
  const streamingFetch = fetchWithTimeout(transferTimeoutMs(client, file.size), { baseFetch: client.settings.fetch });
  const { data } = await client.request({
    method: 'POST',
    url: uploadEndpoint(release.upload_url, file.name),
    headers: { 'content-type': file.contentType ?? 'application/octet-stream', 'content-length': String(file.size) },
    request: {
      // A failed upload can leave a broken asset under the name, so a blind retry would hit
      // "already_exists": uploadAsset cleans up and retries instead.
      retries: 0,
      fetch: ((input: Parameters<typeof fetch>[0], init?: RequestInit) =>
        streamingFetch(input, {
          ...init,
          body: Readable.toWeb(createReadStream(file.path)) as unknown as BodyInit,
          duplex: 'half',
        } as RequestInit)) as typeof fetch,
    },
  });
  return data as ReleaseAsset;
}

async function uploadAsset(
  client: GitHubClient,
  owner: string,
  repo: string,
  release: Release,
  file: LocalFile,
  attempts: number,
): Promise<ReleaseAsset> {
  const problems: string[] = [];
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    let asset: ReleaseAsset | undefined;
    try {
      asset = await uploadOnce(client, release, file);
    } catch (error) {
      const described = toUserError(error, {
        what: `Uploading ${file.name} to the draft release ${release.tag_name}`,
        permission: RELEASE_PERMISSION,
      });
      const retriable =
        !isGitHubRequestError(error) ||
        !error.response ||
        error.status >= 500 ||
        (error.status === 422 && /already_exists/i.test(gitHubMessage(error)));
      if (!retriable) throw described;
      problems.push(isGitHubRequestError(error) && error.response ? `GitHub answered ${error.status}` : (described as Error).message);
    }
    if (asset) {
      const problem = await verifyAsset(client, asset, file);
      if (!problem) return asset;
      problems.push(`the uploaded copy failed verification: ${problem}`);
    }
    // Whatever GitHub kept under this name (a partial or unverified upload) goes before the next try.
    for (const leftover of await listReleaseAssets(client, { owner, repo, releaseId: release.id })) {
      if (leftover.name === file.name) await deleteAsset(client, owner, repo, leftover.id);
    }
    client.settings.io?.warning(
      `Upload of ${file.name} to ${release.tag_name} failed (${problems.at(-1)}); ${attempt < attempts ? `retrying (attempt ${attempt + 1} of ${attempts})` : 'giving up'}.`,
    );
    if (attempt < attempts) await sleep(client.settings.retryBaseMs * attempt * attempt);
  }
  const summary = problems.every((problem) => problem === problems[0]) ? `${problems[0]} ${attempts} times` : problems.join('; ');
  throw new UserError(
    `Uploading ${file.name} to the release ${release.tag_name} in ${owner}/${repo} failed: ${summary} for POST ${new URL(uploadEndpoint(release.upload_url, file.name)).pathname}; re-run the job. The release stays a draft, so nobody sees a half version, and a re-run resumes it.`,
  );
}

function publishedAssets(assets: ReleaseAsset[], files: LocalFile[]): PublishedAsset[] {
  return files.map((file) => {
    const asset = assets.find((candidate) => candidate.name === file.name)!;
    return {
      id: asset.id,
      name: asset.name,
      size: asset.size,
      sha256: file.sha256,
      url: asset.url,
      downloadUrl: asset.browser_download_url,
    };
  });
}

/**
 * Publishes a release so that nobody ever sees it half done: a draft first (or the draft an
 * earlier failed attempt left, found through the release list), every asset streamed from disk
 * and verified by size and sha256 (GitHub's `digest`, or a download when the server lacks it),
 * failures deleted and re-uploaded within bounded attempts, and only then `draft: false`.
 * A re-run after success finds the published release, checks its assets match, and returns it:
 * never a second release for the tag.
 */
export async function publishRelease(client: GitHubClient, params: PublishReleaseParams): Promise<PublishReleaseResult> {
  const { owner, repo, tag } = params;
  if (bodyLength(params.body) > RELEASE_BODY_LIMIT) {
    throw new UserError(
      `The release notes for ${tag} are ${bodyLength(params.body).toLocaleString('en-US')} characters, over GitHub's limit of ${RELEASE_BODY_LIMIT.toLocaleString('en-US')}; shorten them.`,
    );
  }
  const files = await describeLocalFiles(params.assets);
  const attempts = params.uploadAttempts ?? client.settings.maxRetries + 1;
  return describedAs({ what: `Publishing the release ${tag} in ${owner}/${repo}`, permission: RELEASE_PERMISSION }, async () => {
    const existing = await releasesForTag(client, owner, repo, tag);
    const published = existing.find((release) => !release.draft);
    if (published) {
      const assets = await listReleaseAssets(client, { owner, repo, releaseId: published.id });
      const mismatches: string[] = [];
      for (const file of files) {
        const asset = assets.find((candidate) => candidate.name === file.name);
        const problem = asset ? await verifyAsset(client, asset, file) : 'it is missing';
        if (problem) mismatches.push(`${file.name}: ${problem}`);
      }
      if (mismatches.length > 0) {
        throw new UserError(
          `The release ${tag} in ${owner}/${repo} is already published with different assets (${mismatches.join('; ')}). Published versions are immutable: publish a new version instead.`,
        );
      }
      return { id: published.id, url: published.html_url, tag, action: 'unchanged', assets: publishedAssets(assets, files), uploaded: [] };
    }

    const [reusable, ...extraDrafts] = existing;
    for (const draft of extraDrafts) await client.rest.repos.deleteRelease({ owner, repo, release_id: draft.id });
    let release: Release;
    if (reusable) {
      const { data } = await client.rest.repos.updateRelease({
        owner,
        repo,
        release_id: reusable.id,
        name: params.name,
        body: params.body,
        prerelease: params.prerelease ?? false,
        ...(params.targetCommitish ? { target_commitish: params.targetCommitish } : {}),
      });
      release = data;
    } else {
      const { data } = await client.rest.repos.createRelease({
        owner,
        repo,
        tag_name: tag,
        name: params.name,
        body: params.body,
        draft: true,
        prerelease: params.prerelease ?? false,
        ...(params.targetCommitish ? { target_commitish: params.targetCommitish } : {}),
      });
      release = data;
    }

    const uploaded: string[] = [];
    const present = await listReleaseAssets(client, { owner, repo, releaseId: release.id });
    const wanted = new Set(files.map((file) => file.name));
    for (const stray of present.filter((asset) => !wanted.has(asset.name))) await deleteAsset(client, owner, repo, stray.id);
    for (const file of files) {
      const earlier = present.find((asset) => asset.name === file.name);
      if (earlier) {
        if (!(await verifyAsset(client, earlier, file))) continue;
        await deleteAsset(client, owner, repo, earlier.id);
      }
      await uploadAsset(client, owner, repo, release, file, attempts);
      uploaded.push(file.name);
    }

    const final = await listReleaseAssets(client, { owner, repo, releaseId: release.id });
    const { data: done } = await client.rest.repos.updateRelease({
      owner,
      repo,
      release_id: release.id,
      draft: false,
      ...(params.makeLatest === undefined ? {} : { make_latest: params.makeLatest ? ('true' as const) : ('false' as const) }),
    });
    return {
      id: done.id,
      url: done.html_url,
      tag,
      action: reusable ? 'resumed' : 'created',
      assets: publishedAssets(final, files),
      uploaded,
    };
  });
}
