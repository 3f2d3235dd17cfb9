import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { StepIO } from '../runtime/io.js';

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * Uploads the model package as a workflow artifact. Best effort: a failure is a warning, since
 * the package is already on disk for the steps that follow. Returns the artifact id when it worked.
 */
export async function uploadPackage(name: string, dir: string, io: StepIO): Promise<number | undefined> {
  return uploadFolder(name, dir, io, { what: 'the package' });
}

/**
 * Uploads every file under `dir` as one artifact, with paths relative to `root` (default `dir`),
 * so that a download with `merge-multiple` puts it back under the same relative folder. Best
 * effort, as uploadPackage.
 */
export async function uploadFolder(
  name: string,
  dir: string,
  io: StepIO,
  options: { root?: string; what?: string } = {},
): Promise<number | undefined> {
  const what = options.what ?? dir;
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const { id, size } = await client.uploadArtifact(name, await filesUnder(dir), options.root ?? dir);
    io.info(`artifact-name: uploaded ${what} as artifact "${name}" (${size ?? '?'} bytes, id ${id}).`);
    return id;
  } catch (error) {
    io.warning(
      `artifact-name: uploading ${what} as "${name}" failed: ${(error as Error).message}. ${what[0].toUpperCase()}${what.slice(1)} is still in ${dir}.`,
    );
    return undefined;
  }
}
