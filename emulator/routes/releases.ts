// Releases and release assets (uploads arrive on the separate upload origin).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  ApiError,
  BODY_LIMITS,
  checkBodyLength,
  errorBody,
  listReply,
  newestFirst,
  notFound,
  requireField,
  unprocessable,
  type Handler,
  type HandlerContext,
  type Reply,
} from '../http.js';
import { releaseDownloadSegment, renderAsset, renderRelease } from '../render.js';
import { nextId, resolveCommitish, sha256Hex, timestamp } from '../state.js';
import type { AssetState, ReleaseState, RepoState } from '../types.js';

/** A reader without push access never sees a draft: GitHub answers 404 for it. */
function visibleRelease(ctx: HandlerContext, id: number): ReleaseState {
  const release = ctx.repo.releases.find((r) => r.id === id);
  if (!release || (release.draft && !ctx.canPush)) throw notFound(ctx.documentationUrl);
  return release;
}

function alreadyExists(ctx: HandlerContext): ApiError {
  return unprocessable(ctx.documentationUrl, [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
}

function publishedWithTag(repo: RepoState, tag: string, except?: ReleaseState): ReleaseState | undefined {
  return repo.releases.find((r) => r !== except && !r.draft && r.tagName === tag);
}

/** Creates `refs/tags/<tag>` at the target when publishing, as GitHub does; the tag may already exist. */
function ensureTag(ctx: HandlerContext, release: ReleaseState): void {
  const ref = `refs/tags/${release.tagName}`;
  if (ctx.repo.refs[ref]) return;
  const sha = resolveCommitish(ctx.repo, release.targetCommitish);
  if (!sha) throw unprocessable(ctx.documentationUrl, [{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]);
  ctx.repo.refs[ref] = sha;
}

function checkTagName(ctx: HandlerContext, tag: string): void {
  // git check-ref-format rules, the part a release tag can break.
  if (tag.trim() === '' || /[\s~^:?*[\\]|\.\.|@\{|^\/|\/$|\.lock$|^\.|\/\./.test(tag)) {
    throw unprocessable(ctx.documentationUrl, [{ resource: 'Release', code: 'invalid', field: 'tag_name' }]);
  }
}

const listReleases: Handler = (ctx) => {
  const releases = newestFirst(ctx.repo.releases).filter((r) => !r.draft || ctx.canPush);
  return listReply(
    ctx,
    releases.map((r) => renderRelease(ctx.origins, ctx.repo, r)),
  );
};

const createRelease: Handler = (ctx) => {
  const body = ctx.body;
  const tagName = requireField(ctx, 'Release', 'tag_name');
  checkBodyLength(ctx, 'Release', body.body, BODY_LIMITS.release);
  checkTagName(ctx, tagName);
  const draft = body.draft === true;
  if (!draft && publishedWithTag(ctx.repo, tagName)) throw alreadyExists(ctx);
  const targetCommitish = body.target_commitish ?? ctx.repo.defaultBranch;
  if (!ctx.repo.refs[`refs/tags/${tagName}`] && !resolveCommitish(ctx.repo, targetCommitish)) {
    throw unprocessable(ctx.documentationUrl, [{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]);
  }
  const now = timestamp();
  const release: ReleaseState = {
    id: nextId(ctx.store.state),
    tagName,
    targetCommitish,
    name: body.name ?? null,
    body: body.body ?? null,
    draft,
    prerelease: body.prerelease === true,
    makeLatest: body.make_latest ?? 'true',
    author: ctx.actor,
    createdAt: now,
    publishedAt: draft ? null : now,
    updatedAt: now,
    untaggedId: randomBytes(10).toString('hex'),
  };
  if (!draft) ensureTag(ctx, release);
  ctx.repo.releases.push(release);
  const rendered = renderRelease(ctx.origins, ctx.repo, release);
  return { status: 201, body: rendered, headers: { location: rendered.url } };
};

const getRelease: Handler = (ctx) => ({
  status: 200,
  body: renderRelease(ctx.origins, ctx.repo, visibleRelease(ctx, ctx.params.release_id)),
});

const getLatestRelease: Handler = (ctx) => {
  const latest = newestFirst(ctx.repo.releases).find((r) => !r.draft && !r.prerelease && r.makeLatest !== 'false');
  if (!latest) throw notFound(ctx.documentationUrl);
  return { status: 200, body: renderRelease(ctx.origins, ctx.repo, latest) };
};

const getReleaseByTag: Handler = (ctx) => {
  // Drafts are never found by tag, even with push access (GitHub behaviour).
  const release = publishedWithTag(ctx.repo, String(ctx.params.tag));
  if (!release) throw notFound(ctx.documentationUrl);
  return { status: 200, body: renderRelease(ctx.origins, ctx.repo, release) };
};

const updateRelease: Handler = (ctx) => {
  const release = visibleRelease(ctx, ctx.params.release_id);
  const body = ctx.body ?? {};
  checkBodyLength(ctx, 'Release', body.body, BODY_LIMITS.release);
  const next = { ...release };
  if (body.tag_name !== undefined) {
    next.tagName = String(body.tag_name);
    checkTagName(ctx, next.tagName);
  }
  if (body.target_commitish !== undefined) next.targetCommitish = body.target_commitish;
  if (body.name !== undefined) next.name = body.name;
  if (body.body !== undefined) next.body = body.body;
  if (body.prerelease !== undefined) next.prerelease = body.prerelease;
  if (body.make_latest !== undefined) next.makeLatest = body.make_latest;
  if (body.draft !== undefined) next.draft = body.draft;
  if (!next.draft) {
    if (publishedWithTag(ctx.repo, next.tagName, release)) throw alreadyExists(ctx);
    ensureTag(ctx, next);
    if (release.draft) next.publishedAt = timestamp();
  } else if (!release.draft) {
    next.publishedAt = null;
  }
  next.updatedAt = timestamp();
  Object.assign(release, next);
  return { status: 200, body: renderRelease(ctx.origins, ctx.repo, release) };
};

const deleteRelease: Handler = (ctx) => {
  const release = visibleRelease(ctx, ctx.params.release_id);
  for (const asset of ctx.repo.assets.filter((a) => a.releaseId === release.id)) ctx.store.deleteAsset(asset.id);
  ctx.repo.assets = ctx.repo.assets.filter((a) => a.releaseId !== release.id);
  ctx.repo.releases = ctx.repo.releases.filter((r) => r !== release);
  return { status: 204 };
};

const listAssets: Handler = (ctx) => {
  const release = visibleRelease(ctx, ctx.params.release_id);
  return listReply(
    ctx,
    ctx.repo.assets.filter((a) => a.releaseId === release.id).map((a) => renderAsset(ctx.origins, ctx.repo, a)),
  );
};

/**
 * GitHub renames asset files with special characters (documented; exact rules unpublished). This keeps
 * letters, digits and `._+-`, turns anything else into '.', and trims leading/trailing periods.
 */
export function sanitizeAssetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+-]/g, '.').replace(/^\.+|\.+$/g, '');
}

const uploadAsset: Handler = (ctx) => {
  const release = visibleRelease(ctx, ctx.params.release_id);
  const contentType = ctx.headers['content-type'];
  if (!contentType) throw new ApiError(422, errorBody('Content-Type header is required for asset uploads', ctx.documentationUrl, 422));
  if (ctx.headers['content-length'] === undefined) {
    throw new ApiError(
      400,
      errorBody('Bad Content-Length: the asset upload needs a Content-Length header (no chunked uploads)', ctx.documentationUrl, 400),
    );
  }
  const name = sanitizeAssetName(String(ctx.query.name ?? ''));
  if (!name) throw unprocessable(ctx.documentationUrl, [{ resource: 'ReleaseAsset', code: 'missing_field', field: 'name' }]);
  if (ctx.repo.assets.some((a) => a.releaseId === release.id && a.name === name)) {
    throw unprocessable(ctx.documentationUrl, [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
  }
  const now = timestamp();
  const asset: AssetState = {
    id: nextId(ctx.store.state),
    releaseId: release.id,
    name,
    label: typeof ctx.query.label === 'string' ? ctx.query.label : null,
    contentType: contentType.split(';')[0].trim(),
    size: ctx.rawBody.length,
    sha256: sha256Hex(ctx.rawBody),
    state: 'uploaded',
    downloadCount: 0,
    uploader: ctx.actor,
    createdAt: now,
    updatedAt: now,
  };
  ctx.store.putAsset(asset.id, ctx.rawBody);
  ctx.repo.assets.push(asset);
  return { status: 201, body: renderAsset(ctx.origins, ctx.repo, asset) };
};

function visibleAsset(ctx: HandlerContext): AssetState {
  const asset = ctx.repo.assets.find((a) => a.id === ctx.params.asset_id);
  const release = asset && ctx.repo.releases.find((r) => r.id === asset.releaseId);
  if (!asset || !release || (release.draft && !ctx.canPush)) throw notFound(ctx.documentationUrl);
  return asset;
}

// GitHub redirects asset downloads to a signed URL that needs no token. Published assets are public
// anyway; a draft's link gets a signature, valid for this process, so it works without a token too.
const DOWNLOAD_KEY = randomBytes(32);

function downloadSignature(assetId: number): string {
  return createHmac('sha256', DOWNLOAD_KEY).update(String(assetId)).digest('hex');
}

function validSignature(assetId: number, token: string | null): boolean {
  if (!token) return false;
  const expected = Buffer.from(downloadSignature(assetId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const getAsset: Handler = (ctx) => {
  const asset = visibleAsset(ctx);
  const rendered = renderAsset(ctx.origins, ctx.repo, asset);
  if (String(ctx.headers.accept ?? '').includes('application/octet-stream')) {
    const draft = ctx.repo.releases.find((r) => r.id === asset.releaseId)?.draft;
    const location = draft ? `${rendered.browser_download_url}?token=${downloadSignature(asset.id)}` : rendered.browser_download_url;
    return { status: 302, headers: { location } };
  }
  return { status: 200, body: rendered };
};

const updateAsset: Handler = (ctx) => {
  const asset = visibleAsset(ctx);
  const body = ctx.body ?? {};
  if (typeof body.name === 'string') {
    const name = sanitizeAssetName(body.name);
    if (ctx.repo.assets.some((a) => a !== asset && a.releaseId === asset.releaseId && a.name === name)) {
      throw unprocessable(ctx.documentationUrl, [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
    }
    asset.name = name;
  }
  if (body.label !== undefined) asset.label = body.label;
  asset.updatedAt = timestamp();
  return { status: 200, body: renderAsset(ctx.origins, ctx.repo, asset) };
};

const deleteAsset: Handler = (ctx) => {
  const asset = visibleAsset(ctx);
  ctx.store.deleteAsset(asset.id);
  ctx.repo.assets = ctx.repo.assets.filter((a) => a !== asset);
  return { status: 204 };
};

/**
 * Serves `browser_download_url` (`/{owner}/{repo}/releases/download/{tag or untagged-…}/{name}`): the
 * bytes, as github.com does after its redirect. Draft assets need a token with push access, or the
 * signature the API's 302 adds.
 */
export function downloadAsset(ctx: HandlerContext, segment: string, name: string): Reply {
  const release = ctx.repo.releases.find((r) => releaseDownloadSegment(r) === segment);
  const asset = release && ctx.repo.assets.find((a) => a.releaseId === release.id && a.name === name);
  const content = asset && ctx.store.assetContents.get(asset.id);
  const allowed =
    !release?.draft || ctx.canPush || (asset !== undefined && validSignature(asset.id, ctx.requestUrl.searchParams.get('token')));
  if (!release || !asset || !content || !allowed) throw notFound(ctx.documentationUrl);
  asset.downloadCount++;
  return {
    status: 200,
    raw: content,
    headers: {
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename=${asset.name}`,
      etag: `"sha256:${asset.sha256}"`,
    },
  };
}

export const releaseHandlers: Record<string, Handler> = {
  'repos/list-releases': listReleases,
  'repos/create-release': createRelease,
  'repos/get-release': getRelease,
  'repos/get-latest-release': getLatestRelease,
  'repos/get-release-by-tag': getReleaseByTag,
  'repos/update-release': updateRelease,
  'repos/delete-release': deleteRelease,
  'repos/list-release-assets': listAssets,
  'repos/upload-release-asset': uploadAsset,
  'repos/get-release-asset': getAsset,
  'repos/update-release-asset': updateAsset,
  'repos/delete-release-asset': deleteAsset,
};
