import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { copyFile, lstat, mkdir, readdir, realpath, rename, symlink } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { IntegrityError, UserError } from '../runtime/errors.js';

/**
 * GitHub refuses release assets of 2 GiB or more; parts stay under 2 GB (decimal), which is
 * below both readings of "2 GB".
 */
export const DEFAULT_PART_SIZE = 2_000_000_000;

export interface ArchivePart {
  /** File name of the part (the asset name on the release). */
  name: string;
  path: string;
  size: number;
  sha256: string;
}

export interface PackedArchive {
  /** Name of the whole archive (`churn-v3.tar.gz`); with one part it is that part's name. */
  name: string;
  /** sha256 and size of the whole archive, parts concatenated in order. */
  sha256: string;
  size: number;
  /** One part when the archive fits `partSize`; else `<name>.part-000`, `.part-001`, … */
  parts: ArchivePart[];
}

/** Every regular file and folder under `root`, sorted, '/'-separated; a symlink is an error. */
async function listEntries(
  root: string,
  dir = root,
): Promise<{ path: string; rel: string; kind: 'file' | 'directory'; mode: number; size: number }[]> {
  const out: { path: string; rel: string; kind: 'file' | 'directory'; mode: number; size: number }[] = [];
  const names = (await readdir(dir)).sort();
  for (const name of names) {
    const path = join(dir, name);
    const rel = relative(root, path).split(sep).join('/');
    const info = await lstat(path);
    if (info.isSymbolicLink()) {
      throw new UserError(
        `The model package ${root} contains a symbolic link (${rel}); registered versions hold plain files only. Replace the link with the file it points to.`,
      );
    }
    if (info.isDirectory()) {
      out.push({ path, rel, kind: 'directory', mode: 0o755, size: 0 });
      out.push(...(await listEntries(root, path)));
    } else if (info.isFile()) {
      out.push({ path, rel, kind: 'file', mode: info.mode & 0o111 ? 0o755 : 0o644, size: info.size });
    } else {
      throw new UserError(`The model package ${root} contains ${rel}, which is neither a file nor a folder; remove it before registering.`);
    }
  }
  return out;
}

interface OpenPart {
  stream: WriteStream;
  hash: Hash;
  size: number;
  path: string;
}

/**
 * Packs the package folder as a gzipped tar with fixed times, owners and modes (the same files
 * give the same bytes, so a re-run can recognise its own upload), split into parts of at most
 * `partSize` bytes while it is written. Entries are relative to the package root.
 */
export async function packDirectory(
  dir: string,
  outDir: string,
  archiveName: string,
  partSize = DEFAULT_PART_SIZE,
): Promise<PackedArchive> {
  if (!(partSize >= 1)) throw new Error(`partSize must be positive, got ${partSize}`);
  const entries = await listEntries(dir);
  await mkdir(outDir, { recursive: true });
  const whole = createHash('sha256');
  let total = 0;
  const parts: Omit<ArchivePart, 'name'>[] = [];
  let current: OpenPart | undefined;

  const closeCurrent = async () => {
    if (!current) return;
    current.stream.end();
    await once(current.stream, 'finish');
    parts.push({ path: current.path, size: current.size, sha256: current.hash.digest('hex') });
    current = undefined;
  };
  const openNext = () => {
    const path = join(outDir, `${archiveName}.part-${String(parts.length).padStart(3, '0')}`);
    current = { stream: createWriteStream(path), hash: createHash('sha256'), size: 0, path };
    return current;
  };

  const pack = tar.pack();
  const writing = pipeline(pack, createGzip({ level: 6 }), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      whole.update(chunk);
      total += chunk.length;
      let offset = 0;
      while (offset < chunk.length) {
        const part = current && current.size < partSize ? current : (await closeCurrent(), openNext());
        const piece = chunk.subarray(offset, offset + Math.min(partSize - part.size, chunk.length - offset));
        part.hash.update(piece);
        part.size += piece.length;
        offset += piece.length;
        if (!part.stream.write(piece)) await once(part.stream, 'drain');
      }
    }
    await closeCurrent();
  });

  const fixed = { uid: 0, gid: 0, uname: '', gname: '', mtime: new Date(0) };
  try {
    for (const entry of entries) {
      if (entry.kind === 'directory') {
        await new Promise<void>((done, fail) =>
          pack.entry({ ...fixed, name: `${entry.rel}/`, type: 'directory', mode: entry.mode }, (error) => (error ? fail(error) : done())),
        );
      } else {
        const sink = pack.entry({ ...fixed, name: entry.rel, type: 'file', mode: entry.mode, size: entry.size });
        await pipeline(createReadStream(entry.path), sink);
      }
    }
    pack.finalize();
    await writing;
  } catch (error) {
    pack.destroy();
    await writing.catch(() => undefined);
    throw error;
  }

  if (parts.length === 0) throw new Error('the archive came out empty');
  const named: ArchivePart[] = [];
  if (parts.length === 1) {
    const only = join(outDir, archiveName);
    await rename(parts[0]!.path, only);
    named.push({ ...parts[0]!, path: only, name: archiveName });
  } else {
    for (const part of parts) named.push({ ...part, name: posix.basename(part.path.split(sep).join('/')) });
  }
  return { name: archiveName, sha256: whole.digest('hex'), size: total, parts: named };
}

/** Why an entry name or link would land outside the target folder; undefined when it stays inside. */
function escapeReason(name: string): string | undefined {
  if (name.startsWith('/')) return 'it is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'it is an absolute Windows path';
  if (name.includes('\\')) return 'it contains a backslash';
  if (name.includes('\0')) return 'it contains a NUL character';
  if (name.split('/').includes('..')) return 'it contains ".."';
  return undefined;
}

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

async function* concatenate(paths: readonly string[]): AsyncGenerator<Buffer> {
  for (const path of paths) {
    for await (const chunk of createReadStream(path)) yield chunk as Buffer;
  }
}

/**
 * Unpacks an archive (its parts, in order) into `targetDir`. Any entry that would be written
 * outside it (an absolute path, "..", a link pointing out) or that is not a file, folder or
 * link is refused: nothing from a hostile archive lands outside the folder.
 */
export async function extractArchive(
  parts: readonly string[],
  targetDir: string,
  label = parts[0] ?? 'archive',
): Promise<{ files: number }> {
  const root = resolve(targetDir);
  await mkdir(root, { recursive: true });
  const refuse = (entry: string, why: string) =>
    new IntegrityError(
      `Refusing to unpack ${label}: the entry "${entry}" would be written outside the target folder (${why}). The archive is not one the registry made; it may have been tampered with.`,
    );

  const extract = tar.extract();
  const feeding = pipeline(Readable.from(concatenate(parts)), createGunzip(), extract);
  feeding.catch(() => undefined);
  let files = 0;
  try {
    for await (const entry of extract) {
      const header = entry.header;
      const name = header.name;
      const reason = escapeReason(name);
      if (reason) throw refuse(name, reason);
      const clean = name
        .split('/')
        .filter((part) => part !== '' && part !== '.')
        .join('/');
      const dest = resolve(root, clean);
      if (!inside(root, dest)) throw refuse(name, 'it resolves outside');
      // A link placed earlier could redirect this entry: the real parent must still be inside.
      const parent = dirname(dest);
      await mkdir(parent, { recursive: true });
      if (!inside(await realpath(root), await realpath(parent))) throw refuse(name, 'a link in its path points outside');
      switch (header.type) {
        case 'directory':
          if (clean) await mkdir(dest, { recursive: true });
          entry.resume();
          break;
        case 'file':
        case 'contiguous-file':
          if (!clean) throw refuse(name, 'it has no file name');
          await pipeline(entry, createWriteStream(dest, { mode: (header.mode ?? 0o644) & 0o111 ? 0o755 : 0o644 }));
          files += 1;
          break;
        case 'symlink': {
          const target = header.linkname ?? '';
          // ".." is fine in a link target as long as it still resolves inside the folder.
          const linkReason = escapeReason(target.replace(/(^|\/)\.\.(?=\/|$)/g, '$1_'));
          if (linkReason) throw refuse(name, `it is a link whose target ${linkReason.replace(/^it /, '')}`);
          if (!inside(root, resolve(parent, target))) throw refuse(name, `it is a link to ${target}, outside the folder`);
          await symlink(target, dest);
          entry.resume();
          break;
        }
        case 'link': {
          const target = header.linkname ?? '';
          const linkReason = escapeReason(target);
          if (linkReason) throw refuse(name, `it is a hard link whose target ${linkReason.replace(/^it /, '')}`);
          const source = resolve(root, target);
          if (!inside(root, source)) throw refuse(name, `it is a hard link to ${target}, outside the folder`);
          await copyFile(source, dest);
          files += 1;
          entry.resume();
          break;
        }
        default:
          throw new UserError(
            `Refusing to unpack ${label}: the entry "${name}" is a ${header.type ?? 'unknown'} entry; model packages hold files, folders and links only.`,
          );
      }
    }
    await feeding;
  } catch (error) {
    extract.destroy();
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (
      code === 'Z_DATA_ERROR' ||
      code === 'Z_BUF_ERROR' ||
      /unexpected end|incorrect header|invalid tar|Unexpected end/i.test((error as Error).message)
    ) {
      throw new UserError(
        `${label} is not a complete gzipped tar archive (${(error as Error).message}); the download is damaged or the asset is not a model package.`,
      );
    }
    throw error;
  }
  return { files };
}
