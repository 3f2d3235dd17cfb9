import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { describe, expect, test } from 'vitest';
import { readModelPackage } from '../../shared/model/package.js';
import { aliasEntryRef, aliasHistory, currentMove, parseAliasRef, actorWord } from '../../shared/registry/aliases.js';
import { extractArchive, packDirectory } from '../../shared/registry/archive.js';
import { modelCard, parseRecord, recordBlock, RELEASE_BODY_LIMIT, type RegistryRecord } from '../../shared/registry/card.js';
import { formatSha256Sums, parseSha256Sums } from '../../shared/registry/checksums.js';
import { parseModelRef, validateAlias, validateModelName, versionOfTag } from '../../shared/registry/names.js';
import { findRunVersion, versionReleases } from '../../shared/registry/versions.js';
import type { Release } from '../../shared/github/releases.js';
import { makePackage, tempDir } from './fixtures.js';

const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

describe('names', () => {
  test.each([
    ['churn model', /contains a space/],
    ['churn~1', /contains "~", which git does not allow/],
    ['churn:x', /contains ":"/],
    ['a..b', /contains ".."/],
    ['.hidden', /starts with "."/],
    ['model.lock', /ends with ".lock"/],
    ['churn/x', /contains "\/", which the registry uses to separate the name from the version/],
    ['churn@x', /contains "@"/],
    ['modèle', /characters other than letters, digits/],
    ['x'.repeat(101), /longer than 100/],
  ])('model name %j is refused: %s', (name, why) => {
    expect(() => validateModelName(name)).toThrow(why);
    expect(() => validateModelName(name)).toThrow(/^input "name": the model name/);
  });

  test('good names and aliases pass; latest and vN are reserved aliases', () => {
    expect(validateModelName('churn-model_2.1')).toBe('churn-model_2.1');
    expect(validateAlias('production')).toBe('production');
    expect(() => validateAlias('latest')).toThrow(/reserved/);
    expect(() => validateAlias('v3')).toThrow(/looks like a version/);
  });

  test('model references', () => {
    expect(parseModelRef('churn/v12')).toEqual({ kind: 'version', name: 'churn', version: 12 });
    expect(parseModelRef('churn@production')).toEqual({ kind: 'alias', name: 'churn', alias: 'production' });
    expect(parseModelRef('churn@latest')).toEqual({ kind: 'latest', name: 'churn' });
    expect(parseModelRef('./models/churn')).toBeUndefined();
    expect(() => parseModelRef('churn/v0')).toThrow(/versions start at 1/);
    expect(versionOfTag('churn', 'refs/tags/churn/v3')).toBe(3);
    expect(versionOfTag('churn', 'refs/tags/churn/v03')).toBeUndefined();
    expect(versionOfTag('churn', 'refs/tags/churn2/v3')).toBeUndefined();
    expect(versionOfTag('churn', 'refs/tags/churn@prod/000001.v3.20261127T000000Z.x')).toBeUndefined();
  });
});

describe('alias log refs', () => {
  test('entries round-trip; the highest sequence (then ref name) is current; history says from which version', () => {
    const at = new Date('2026-11-27T15:12:03.456Z');
    const refs = [
      aliasEntryRef('churn', 'production', 1, 1, at, 'octocat'),
      aliasEntryRef('churn', 'production', 2, 3, at, 'github-actions[bot]'),
      aliasEntryRef('churn', 'production', 3, 1, at, 'alice'),
    ];
    expect(refs[1]).toBe('refs/tags/churn@production/000002.v3.20261127T151203Z.github-actions-bot');
    const moves = refs.map((ref) => parseAliasRef('churn', { ref, sha: 'a'.repeat(40), type: 'commit' })!);
    expect(moves[1]).toMatchObject({
      alias: 'production',
      seq: 2,
      version: 3,
      movedAt: '2026-11-27T15:12:03Z',
      movedBy: 'github-actions-bot',
    });
    expect(currentMove(moves)?.version).toBe(1);
    expect(aliasHistory(moves).map((m) => [m.from, m.version])).toEqual([
      [undefined, 1],
      [1, 3],
      [3, 1],
    ]);
    expect(parseAliasRef('churn', { ref: 'refs/tags/churn/v1', sha: 'a', type: 'commit' })).toBeUndefined();
    expect(parseAliasRef('churn', { ref: 'refs/tags/churnx@prod/000001.v1.20261127T151203Z.a', sha: 'a', type: 'commit' })).toBeUndefined();
    expect(actorWord(undefined)).toBe('unknown');
  });
});

describe('SHA256SUMS', () => {
  test('round trip in sha256sum format', () => {
    const text = formatSha256Sums([
      { name: 'a.tar.gz', sha256: sha('a') },
      { name: 'manifest.json', sha256: sha('m') },
    ]);
    expect(text).toBe(`${sha('a')}  a.tar.gz\n${sha('m')}  manifest.json\n`);
    expect(parseSha256Sums(text).get('manifest.json')).toBe(sha('m'));
    expect(() => parseSha256Sums('nonsense')).toThrow(/line 1/);
  });
});

describe('model card', () => {
  const record: RegistryRecord = {
    schema: 1,
    name: 'churn',
    version: 4,
    archive: { name: 'churn-v4.tar.gz', sha256: sha('x'), size: 10, parts: [{ name: 'churn-v4.tar.gz', sha256: sha('x'), size: 10 }] },
    assets: [{ name: 'churn-v4.tar.gz', sha256: sha('x'), size: 10 }],
    run: { id: '77', attempt: '2', url: 'https://github.com/octo/r/actions/runs/77' },
    commit: 'b'.repeat(40),
    parent: { version: 3, alias: 'production' },
    registeredAt: '2026-11-27T15:00:00.000Z',
    registeredBy: 'x --> <!-- y',
  };

  test('the record survives hostile values and is read back from the body', async () => {
    const { manifest } = await makePackage();
    const body = modelCard({ manifest, record, notes: 'note with --> inside', serverUrl: 'https://github.com', repository: 'octo/r' });
    expect(parseRecord(body)).toEqual(record);
    expect(recordBlock(record)).not.toMatch(/-->[\s\S]*-->/);
    expect(body).toContain('## churn v4');
    expect(body).toMatch(/\| \*\*Parent version\*\* \| v3 \(production at registration\) \|/);
    expect(body).toMatch(/\| accuracy \| 0\.91 \|/);
    expect(body).toMatch(/\| \*\*Fingerprint \(sha256\)\*\* \| `f{64}` \|/);
    expect(body).toContain(`[\`bbbbbbbbbbbb\`](https://github.com/octo/r/commit/${'b'.repeat(40)})`);
    expect(body).toContain('[77 (attempt 2)](https://github.com/octo/r/actions/runs/77)');
    expect(body).toMatch(/\| \*\*Backend\*\* \| cpu \|/);
    expect(parseRecord('no block here')).toBeUndefined();
  });

  test("a huge card is cut to GitHub's release body limit and keeps the record", async () => {
    const { manifest } = await makePackage();
    manifest.params = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`param_${i}`, 'v'.repeat(40)]));
    const body = modelCard({ manifest, record, serverUrl: 'https://github.com' });
    expect(body.length).toBeLessThanOrEqual(RELEASE_BODY_LIMIT);
    expect(parseRecord(body)).toEqual(record);
    expect(body).toContain('shortened');
  });
});

describe('runs and versions', () => {
  const release = (id: number, tag: string, draft: boolean, run?: { id: string; attempt: string }, archiveSha = sha('a')): Release => ({
    id,
    tag_name: tag,
    name: tag,
    draft,
    prerelease: false,
    html_url: `https://x/${id}`,
    upload_url: '',
    target_commitish: 'main',
    created_at: '2026-01-01T00:00:00Z',
    body: run
      ? recordBlock({
          schema: 1,
          name: 'churn',
          version: Number(tag.split('/v')[1]),
          archive: { name: 'a', sha256: archiveSha, size: 1, parts: [] },
          assets: [],
          run,
          registeredAt: '',
        })
      : 'hand-made release',
  });

  test('same run and attempt finds the version; another attempt of the run finds its published version whatever the archive', () => {
    const versions = versionReleases(
      [
        release(1, 'churn/v1', false, { id: '5', attempt: '1' }),
        release(2, 'churn/v2', false, { id: '6', attempt: '1' }),
        release(3, 'other/v9', false),
        release(4, 'churn/v3', false),
      ],
      'churn',
    );
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(findRunVersion(versions, { id: '5', attempt: '1' }, sha('zzz'))?.version).toBe(1);
    expect(findRunVersion(versions, { id: '5', attempt: '2' }, sha('zzz'))?.version).toBe(1);
    expect(findRunVersion(versions, { id: '5', attempt: '2' }, sha('a'))?.version).toBe(1);
    expect(findRunVersion(versions, { id: '7', attempt: '1' }, sha('a'))).toBeUndefined();
    expect(findRunVersion(versions, {}, sha('a'))).toBeUndefined();
  });
});

async function hostileArchive(
  entries: { name: string; type?: 'file' | 'symlink' | 'link' | 'directory' | 'fifo'; linkname?: string; content?: string }[],
): Promise<string> {
  const path = join(tempDir(), 'hostile.tar.gz');
  const pack = tar.pack();
  const done = pipeline(pack, createGzip(), createWriteStream(path));
  for (const entry of entries) {
    const content = entry.content ?? (entry.type === undefined || entry.type === 'file' ? 'pwned' : '');
    await new Promise<void>((resolve, reject) =>
      pack.entry(
        { name: entry.name, type: entry.type ?? 'file', linkname: entry.linkname, size: Buffer.byteLength(content) },
        content,
        (error) => (error ? reject(error) : resolve()),
      ),
    );
  }
  pack.finalize();
  await done;
  return path;
}

describe('archive', () => {
  test('pack → extract round trip gives a verified package; same files give the same bytes', async () => {
    const { dir } = await makePackage();
    const a = await packDirectory(dir, tempDir(), 'churn-v1.tar.gz');
    const b = await packDirectory(dir, tempDir(), 'churn-v1.tar.gz');
    expect(a.parts).toHaveLength(1);
    expect(a.sha256).toBe(b.sha256);
    expect(a.sha256).toBe(sha(readFileSync(a.parts[0]!.path)));
    const out = join(tempDir(), 'out');
    const { files } = await extractArchive(
      a.parts.map((p) => p.path),
      out,
    );
    expect(files).toBe(readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, String(f))).isFile()).length);
    await expect(readModelPackage(out)).resolves.toMatchObject({ name: 'churn' });
  });

  test('splits into parts no larger than the part size, which join back to the whole', async () => {
    const { dir } = await makePackage({ weightBytes: 50_000 });
    const packed = await packDirectory(dir, tempDir(), 'churn-v1.tar.gz', 7_000);
    expect(packed.parts.length).toBeGreaterThan(5);
    expect(packed.parts.map((p) => p.name)).toEqual(packed.parts.map((_, i) => `churn-v1.tar.gz.part-${String(i).padStart(3, '0')}`));
    for (const part of packed.parts) {
      expect(part.size).toBeLessThanOrEqual(7_000);
      expect(part.sha256).toBe(sha(readFileSync(part.path)));
    }
    const joined = Buffer.concat(packed.parts.map((p) => readFileSync(p.path)));
    expect(joined.length).toBe(packed.size);
    expect(sha(joined)).toBe(packed.sha256);
    const out = join(tempDir(), 'out');
    await extractArchive(
      packed.parts.map((p) => p.path),
      out,
    );
    await expect(readModelPackage(out)).resolves.toMatchObject({ name: 'churn' });
  });

  test('a package holding a symlink is refused at pack time', async () => {
    const { dir } = await makePackage();
    const { symlinkSync } = await import('node:fs');
    symlinkSync('/etc/passwd', join(dir, 'model', 'passwd'));
    await expect(packDirectory(dir, tempDir(), 'x.tar.gz')).rejects.toThrow(/contains a symbolic link \(model\/passwd\)/);
  });

  test.each([
    ['a ".." path', [{ name: '../evil.txt' }], /entry "\.\.\/evil\.txt" would be written outside the target folder \(it contains "\.\."\)/],
    ['a nested ".." path', [{ name: 'model/../../evil.txt' }], /it contains "\.\."/],
    ['an absolute path', [{ name: '/tmp/evil.txt' }], /it is an absolute path/],
    [
      'a symlink pointing out',
      [{ name: 'link', type: 'symlink' as const, linkname: '../../outside' }],
      /it is a link to \.\.\/\.\.\/outside, outside the folder/,
    ],
    ['an absolute symlink', [{ name: 'link', type: 'symlink' as const, linkname: '/etc' }], /link whose target is an absolute path/],
    ['a hard link pointing out', [{ name: 'hard', type: 'link' as const, linkname: '../x' }], /hard link whose target contains "\.\."/],
    ['a fifo', [{ name: 'pipe', type: 'fifo' as const }], /is a fifo entry/],
  ])('refuses %s', async (_, entries, message) => {
    const archive = await hostileArchive(entries);
    const root = tempDir();
    const target = join(root, 'deep', 'target');
    await expect(extractArchive([archive], target, 'hostile.tar.gz')).rejects.toThrow(message);
    expect(existsSync(join(root, 'deep', 'evil.txt'))).toBe(false);
    expect(existsSync(join(root, 'evil.txt'))).toBe(false);
  });

  test('links that stay inside are unpacked', async () => {
    const archive = await hostileArchive([
      { name: 'model/w.bin', content: 'w' },
      { name: 'model/alias.bin', type: 'symlink', linkname: '../model/w.bin' },
      { name: 'copy.bin', type: 'link', linkname: 'model/w.bin' },
    ]);
    const out = join(tempDir(), 'out');
    await extractArchive([archive], out);
    expect(readFileSync(join(out, 'model/alias.bin'), 'utf8')).toBe('w');
    expect(readFileSync(join(out, 'copy.bin'), 'utf8')).toBe('w');
  });

  test('a truncated archive is a clear error', async () => {
    const { dir } = await makePackage();
    const packed = await packDirectory(dir, tempDir(), 'x.tar.gz');
    const bytes = readFileSync(packed.parts[0]!.path);
    writeFileSync(packed.parts[0]!.path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(extractArchive([packed.parts[0]!.path], join(tempDir(), 'out'), 'x.tar.gz')).rejects.toThrow(
      /x\.tar\.gz is not a complete gzipped tar archive/,
    );
  });
});
