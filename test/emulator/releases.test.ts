import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { GitHubEmulator } from '../../emulator/index.js';
import { call, MAIN_SHA, startSeeded } from './helpers.js';

const WRITER = 'writer-token';
const READER = 'reader-token';

let emu: GitHubEmulator;
beforeAll(async () => {
  emu = await startSeeded({
    tokens: {
      [WRITER]: { permissions: { contents: 'write' } },
      [READER]: { permissions: { contents: 'read' }, login: 'reader' },
    },
  });
});
afterAll(async () => {
  await emu.close();
});
afterEach(() => {
  expect(emu.validationErrors).toEqual([]);
});

const as = (token: string) => ({ token });

function uploadTarget(release: any, name: string, label?: string): string {
  // upload_url is the RFC 6570 template GitHub returns; expand {?name,label}.
  const query = new URLSearchParams({ name, ...(label ? { label } : {}) });
  return release.upload_url.replace('{?name,label}', `?${query}`);
}

describe('releases', () => {
  test('draft semantics: hidden from readers and from get-by-tag; publishing creates the tag', async () => {
    const draft = await call(
      emu,
      'POST',
      '/repos/octo/models/releases',
      { tag_name: 'price/v1', name: 'price v1', body: 'card', draft: true },
      as(WRITER),
    );
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({
      tag_name: 'price/v1',
      draft: true,
      published_at: null,
      target_commitish: 'main',
      prerelease: false,
    });
    expect(draft.body.upload_url).toBe(`${emu.uploadUrl}/repos/octo/models/releases/${draft.body.id}/assets{?name,label}`);
    expect(draft.body.html_url).toMatch(/\/releases\/tag\/untagged-[0-9a-f]+$/);

    // Drafts are never found by tag, even with push access; no tag exists yet.
    expect((await call(emu, 'GET', '/repos/octo/models/releases/tags/price%2Fv1', undefined, as(WRITER))).status).toBe(404);
    expect((await call(emu, 'GET', '/repos/octo/models/git/ref/tags/price/v1', undefined, as(WRITER))).status).toBe(404);

    // Listed (and readable by id) only for tokens that can push.
    const writerList = await call(emu, 'GET', '/repos/octo/models/releases', undefined, as(WRITER));
    expect(writerList.body.map((r: any) => r.id)).toContain(draft.body.id);
    const readerList = await call(emu, 'GET', '/repos/octo/models/releases', undefined, as(READER));
    expect(readerList.body.map((r: any) => r.id)).not.toContain(draft.body.id);
    expect((await call(emu, 'GET', `/repos/octo/models/releases/${draft.body.id}`, undefined, as(READER))).status).toBe(404);

    const published = await call(emu, 'PATCH', `/repos/octo/models/releases/${draft.body.id}`, { draft: false }, as(WRITER));
    expect(published.status).toBe(200);
    expect(published.body.draft).toBe(false);
    expect(published.body.published_at).toMatch(/Z$/);
    expect(published.body.html_url).toBe(`${emu.serverUrl}/octo/models/releases/tag/price/v1`);
    const tag = await call(emu, 'GET', '/repos/octo/models/git/ref/tags/price/v1', undefined, as(WRITER));
    expect(tag.body).toMatchObject({ ref: 'refs/tags/price/v1', object: { sha: MAIN_SHA, type: 'commit' } });

    // Tag lookup works with an encoded or an unencoded slash.
    expect((await call(emu, 'GET', '/repos/octo/models/releases/tags/price%2Fv1', undefined, as(READER))).body.id).toBe(draft.body.id);
    expect((await call(emu, 'GET', '/repos/octo/models/releases/tags/price/v1', undefined, as(READER))).body.id).toBe(draft.body.id);
    expect((await call(emu, 'GET', '/repos/octo/models/releases/latest', undefined, as(READER))).body.id).toBe(draft.body.id);
  });

  test('a second published release for the same tag is 422 already_exists; drafts may share it', async () => {
    const first = await call(emu, 'POST', '/repos/octo/models/releases', { tag_name: 'dup/v1' }, as(WRITER));
    expect(first.status).toBe(201);
    expect((await call(emu, 'GET', '/repos/octo/models/git/ref/tags/dup/v1', undefined, as(WRITER))).status).toBe(200);

    const second = await call(emu, 'POST', '/repos/octo/models/releases', { tag_name: 'dup/v1' }, as(WRITER));
    expect(second.status).toBe(422);
    expect(second.body).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
    });

    const draft = await call(emu, 'POST', '/repos/octo/models/releases', { tag_name: 'dup/v1', draft: true }, as(WRITER));
    expect(draft.status).toBe(201);
    const publish = await call(emu, 'PATCH', `/repos/octo/models/releases/${draft.body.id}`, { draft: false }, as(WRITER));
    expect(publish.status).toBe(422);
    expect(publish.body.errors[0].code).toBe('already_exists');

    const badTarget = await call(
      emu,
      'POST',
      '/repos/octo/models/releases',
      { tag_name: 'x/v1', target_commitish: 'no-such-branch' },
      as(WRITER),
    );
    expect(badTarget.status).toBe(422);
    expect(badTarget.body.errors[0]).toMatchObject({ field: 'target_commitish', code: 'invalid' });

    expect((await call(emu, 'DELETE', `/repos/octo/models/releases/${draft.body.id}`, undefined, as(WRITER))).status).toBe(204);
    expect((await call(emu, 'GET', `/repos/octo/models/releases/${draft.body.id}`, undefined, as(WRITER))).status).toBe(404);
  });
});

describe('release assets', () => {
  test('upload on the upload origin, list, get, download with sha256, delete', async () => {
    const release = (await call(emu, 'POST', '/repos/octo/models/releases', { tag_name: 'assets/v1', draft: true }, as(WRITER))).body;
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));
    const sha256 = createHash('sha256').update(bytes).digest('hex');

    const uploaded = await call(emu, 'POST', uploadTarget(release, 'model.tar.gz', 'Model package'), undefined, {
      ...as(WRITER),
      raw: bytes,
      headers: { 'content-type': 'application/gzip' },
    });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      name: 'model.tar.gz',
      label: 'Model package',
      size: 4096,
      state: 'uploaded',
      content_type: 'application/gzip',
      digest: `sha256:${sha256}`,
    });
    expect(uploaded.body.uploader.login).toBe('github-actions[bot]');

    const duplicate = await call(emu, 'POST', uploadTarget(release, 'model.tar.gz'), undefined, {
      ...as(WRITER),
      raw: bytes,
      headers: { 'content-type': 'application/gzip' },
    });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.errors).toEqual([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);

    const renamed = await call(emu, 'POST', uploadTarget(release, 'my model (1).json'), undefined, {
      ...as(WRITER),
      raw: Buffer.from('{}'),
      headers: { 'content-type': 'application/json' },
    });
    expect(renamed.body.name).toBe('my.model..1..json');

    const listed = await call(emu, 'GET', `/repos/octo/models/releases/${release.id}/assets`, undefined, as(WRITER));
    expect(listed.body.map((a: any) => a.name)).toEqual(['model.tar.gz', 'my.model..1..json']);
    expect((await call(emu, 'GET', `/repos/octo/models/releases/${release.id}`, undefined, as(WRITER))).body.assets).toHaveLength(2);

    const json = await call(emu, 'GET', `/repos/octo/models/releases/assets/${uploaded.body.id}`, undefined, as(WRITER));
    expect(json.body.browser_download_url).toBe(
      `${emu.serverUrl}/octo/models/releases/download/untagged-${release.html_url.split('untagged-')[1]}/model.tar.gz`,
    );

    // application/octet-stream: a 302 to browser_download_url, which serves the bytes.
    const redirect = await call(emu, 'GET', `/repos/octo/models/releases/assets/${uploaded.body.id}`, undefined, {
      ...as(WRITER),
      headers: { accept: 'application/octet-stream' },
      redirect: 'manual',
    });
    expect(redirect.status).toBe(302);
    // A draft's redirect is signed: like GitHub's, it works without a token.
    const signed = redirect.headers.get('location')!;
    expect(signed.startsWith(`${json.body.browser_download_url}?token=`)).toBe(true);
    const viaSignature = await fetch(signed);
    expect(viaSignature.status).toBe(200);
    expect((await fetch(`${json.body.browser_download_url}?token=${'0'.repeat(64)}`)).status).toBe(404);
    const downloaded = await fetch(`${emu.apiUrl}/repos/octo/models/releases/assets/${uploaded.body.id}`, {
      headers: { accept: 'application/octet-stream', authorization: `token ${WRITER}` },
    });
    const downloadedBytes = Buffer.from(await downloaded.arrayBuffer());
    expect(createHash('sha256').update(downloadedBytes).digest('hex')).toBe(sha256);

    // A draft's asset cannot be downloaded anonymously; once published it can, under the tag.
    expect((await fetch(json.body.browser_download_url)).status).toBe(404);
    await call(emu, 'PATCH', `/repos/octo/models/releases/${release.id}`, { draft: false }, as(WRITER));
    const publicUrl = `${emu.serverUrl}/octo/models/releases/download/assets/v1/model.tar.gz`;
    expect(
      (await call(emu, 'GET', `/repos/octo/models/releases/assets/${uploaded.body.id}`, undefined, as(READER))).body.browser_download_url,
    ).toBe(publicUrl);
    const anonymous = await fetch(publicUrl);
    expect(anonymous.status).toBe(200);
    expect(Buffer.from(await anonymous.arrayBuffer()).equals(bytes)).toBe(true);
    expect(
      (await call(emu, 'GET', `/repos/octo/models/releases/assets/${uploaded.body.id}`, undefined, as(READER))).body.download_count,
    ).toBe(3);
    const publicRedirect = await call(emu, 'GET', `/repos/octo/models/releases/assets/${uploaded.body.id}`, undefined, {
      ...as(READER),
      headers: { accept: 'application/octet-stream' },
      redirect: 'manual',
    });
    expect(publicRedirect.headers.get('location')).toBe(publicUrl);

    expect((await call(emu, 'DELETE', `/repos/octo/models/releases/assets/${renamed.body.id}`, undefined, as(WRITER))).status).toBe(204);
    expect((await call(emu, 'GET', `/repos/octo/models/releases/${release.id}/assets`, undefined, as(WRITER))).body).toHaveLength(1);
  });

  test('an upload without Content-Type or name is rejected and recorded', async () => {
    const release = (await call(emu, 'POST', '/repos/octo/models/releases', { tag_name: 'headers/v1', draft: true }, as(WRITER))).body;
    const noType = await call(emu, 'POST', uploadTarget(release, 'a.bin'), undefined, { ...as(WRITER), raw: Buffer.from('a') });
    expect(noType.status).toBe(422);
    expect(noType.body.message).toBe('Content-Type header is required for asset uploads');
    const noName = await call(emu, 'POST', release.upload_url.replace('{?name,label}', ''), undefined, {
      ...as(WRITER),
      raw: Buffer.from('a'),
      headers: { 'content-type': 'text/plain' },
    });
    expect(noName.status).toBe(422);
    expect(emu.validationErrors.map((e) => e.message)).toEqual([
      'asset upload without a Content-Type header',
      'query parameter "name" is required',
    ]);
    expect(emu.validationErrors.every((e) => e.route === '/repos/{owner}/{repo}/releases/{release_id}/assets')).toBe(true);
    emu.validationErrors.length = 0;
  });

  test('uploading to the API origin instead of the upload origin is a recorded 404', async () => {
    const release = (await call(emu, 'POST', '/repos/octo/models/releases', { tag_name: 'wrong-origin/v1', draft: true }, as(WRITER))).body;
    const wrong = await call(emu, 'POST', `/repos/octo/models/releases/${release.id}/assets?name=a.txt`, undefined, {
      ...as(WRITER),
      raw: Buffer.from('a'),
      headers: { 'content-type': 'text/plain' },
    });
    expect(wrong.status).toBe(404);
    expect(emu.validationErrors).toHaveLength(1);
    expect(emu.validationErrors[0].message).toContain('served on the upload origin');
    emu.validationErrors.length = 0;
  });
});
