import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DataFileError } from './errors.js';

const GLOB_CHARS = /[*?[{]/;

/** A glob segment as a regular expression: `*`, `?`, `[abc]`, `{a,b}`. `**` is handled by the walker. */
function segmentPattern(segment: string): RegExp {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        out += `[${segment
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      const close = segment.indexOf('}', i + 1);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${segment
          .slice(i + 1, close)
          .split(',')
          .map((alt) =>
            alt
              .replace(/[.+^$()|\\]/g, '\\$&')
              .replace(/\*/g, '[^/]*')
              .replace(/\?/g, '[^/]'),
          )
          .join('|')})`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

async function walk(dir: string, segments: string[], found: Set<string>): Promise<void> {
  if (segments.length === 0) {
    const info = await stat(dir).catch(() => undefined);
    if (info?.isFile()) found.add(dir);
    return;
  }
  const [segment, ...rest] = segments;
  if (segment === '**') {
    await walk(dir, rest, found);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries)
      if (entry.isDirectory() && !entry.name.startsWith('.')) await walk(path.join(dir, entry.name), segments, found);
    return;
  }
  if (!GLOB_CHARS.test(segment)) {
    await walk(path.join(dir, segment), rest, found);
    return;
  }
  const pattern = segmentPattern(segment);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.name.startsWith('.') && !segment.startsWith('.')) continue;
    if (pattern.test(entry.name)) await walk(path.join(dir, entry.name), rest, found);
  }
}

/**
 * The files a `data` input names: one path, or a glob (`*`, `?`, `**`, `[..]`, `{a,b}`), in
 * sorted order so that a dataset split over many files always reads, and fingerprints, the same.
 * Returned paths are as the user wrote them (relative to cwd when the pattern is relative).
 */
export async function expandDataPattern(pattern: string, cwd: string = process.cwd()): Promise<string[]> {
  const normalized = pattern.trim().replace(/\\/g, '/');
  if (!normalized) throw new DataFileError('not_found', 'the data path is empty', pattern);
  const absolute = path.isAbsolute(normalized);
  const segments = normalized.split('/').filter((s, i) => s !== '' || i === 0);
  const root = absolute ? '/' : cwd;
  const found = new Set<string>();
  await walk(root, absolute ? segments.slice(1) : segments, found);
  const files = [...found].map((file) => (absolute ? file : path.relative(cwd, file))).sort();
  if (files.length === 0) {
    const what = GLOB_CHARS.test(normalized) ? 'no file matches this pattern' : 'file not found';
    throw new DataFileError('not_found', `${what} (looked in ${root}). Check the \`data\` input.`, pattern);
  }
  return files;
}
