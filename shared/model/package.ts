import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, writeFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { FileError, IntegrityError, UserError } from '../runtime/errors.js';
import type { PreprocessingSpec, Task } from './preprocessing.js';

/** The manifest every later step reads (docs/model-package.md). */
export const MANIFEST_SCHEMA_VERSION = 1;

export type Framework = 'tfjs' | 'onnx' | 'custom';

export interface SignatureInput {
  name: string;
  type: 'number' | 'category';
  /** Categories seen in training, for categorical inputs. */
  values?: string[];
}

export interface GpuUsage {
  name: string;
  count: number;
  meanUtilization: number;
  peakUtilization: number;
  peakMemoryMiB: number;
  memoryTotalMiB: number;
  samples: number;
}

export interface Manifest {
  schemaVersion: number;
  name: string;
  task?: Task;
  framework: Framework;
  signature: { inputs: SignatureInput[]; outputs: { name: string; type: string }[] };
  preprocessing?: PreprocessingSpec;
  target?: string;
  classes?: string[];
  params: Record<string, unknown>;
  metrics: Record<string, number>;
  data?: { path: string; files: string[]; fingerprint: string; rows: number };
  git: { repository?: string; sha?: string; ref?: string };
  run: { id?: string; attempt?: string; url?: string };
  backend: string;
  device: string;
  gpu?: GpuUsage;
  seed?: number;
  command?: string;
  durationSeconds: number;
  gpuSeconds: number;
  cost?: { perHour: number; amount: number };
  createdAt: string;
  /** sha256 of every other file in the package, by path relative to the package root ('/' separated). */
  files: Record<string, string>;
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function listFiles(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(root, path)));
    else if (entry.isFile()) out.push(relative(root, path).split(sep).join('/'));
  }
  return out.sort();
}

async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}

export interface PackageContents {
  metrics: Record<string, number>;
  history?: Record<string, number[]>;
  profile?: unknown;
}

/**
 * Writes metrics.json, history.json and data-profile.json beside the model/ folder already in
 * `dir`, then manifest.json with the sha256 of every file, so later steps can verify a package
 * before loading it.
 */
export async function writeModelPackage(
  dir: string,
  manifest: Omit<Manifest, 'files' | 'schemaVersion' | 'metrics'>,
  contents: PackageContents,
): Promise<Manifest> {
  await mkdir(join(dir, 'model'), { recursive: true });
  await writeJson(join(dir, 'metrics.json'), contents.metrics);
  if (contents.history) await writeJson(join(dir, 'history.json'), contents.history);
  if (contents.profile !== undefined) await writeJson(join(dir, 'data-profile.json'), contents.profile);
  const files: Record<string, string> = {};
  for (const file of await listFiles(dir)) {
    if (file === 'manifest.json') continue;
    files[file] = await sha256File(join(dir, file));
  }
  const full: Manifest = { schemaVersion: MANIFEST_SCHEMA_VERSION, ...manifest, metrics: contents.metrics, files };
  await writeJson(join(dir, 'manifest.json'), full);
  return full;
}

/**
 * Reads and checks a package: the manifest parses, and every file it lists exists with the
 * recorded sha256. A tampered or half-copied package is an error naming the file.
 */
export async function readModelPackage(dir: string): Promise<Manifest> {
  const path = join(dir, 'manifest.json');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path, 'utf8')) as Manifest;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${dir} is not a model package: it has no manifest.json (train writes one).`);
    throw new FileError(`manifest.json is not valid JSON: ${(error as Error).message}`, path);
  }
  if (typeof manifest.schemaVersion !== 'number' || manifest.schemaVersion > MANIFEST_SCHEMA_VERSION) {
    throw new FileError(
      `manifest schemaVersion ${manifest.schemaVersion} is not supported by this version of mlops-actions (supports ≤ ${MANIFEST_SCHEMA_VERSION}).`,
      path,
    );
  }
  for (const [file, expected] of Object.entries(manifest.files ?? {})) {
    const full = join(dir, ...file.split('/'));
    try {
      await stat(full);
    } catch {
      throw new IntegrityError(`${path}: the package lists ${file} but it is missing: the package is incomplete or was modified.`);
    }
    const actual = await sha256File(full);
    if (actual !== expected) {
      throw new IntegrityError(
        `${path}: checksum mismatch for ${file}: expected sha256 ${expected}, found ${actual}. The package was modified or corrupted after it was built; rebuild or re-download it.`,
      );
    }
  }
  return manifest;
}
