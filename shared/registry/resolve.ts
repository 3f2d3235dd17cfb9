import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import type { GitHubClient } from '../github/client.js';
import { downloadReleaseAsset, findReleaseByTag, listReleases, type Release, type ReleaseAsset } from '../github/releases.js';
import { readModelPackage, sha256File, type Manifest } from '../model/package.js';
import { InputError, IntegrityError, UserError } from '../runtime/errors.js';
import type { StepIO } from '../runtime/io.js';
import { openActionsCache } from '../services/actions-cache.js';
import { currentMove, listAliases } from './aliases.js';
import { extractArchive } from './archive.js';
import { parseRecord, type RegistryRecord } from './card.js';
import { formatModelRef, parseModelRef, versionTag, type ModelRef } from './names.js';
import { listVersionTags, versionReleases, type Repo } from './versions.js';

/**
 * A cache shared between jobs (and machines), such as @actions/cache. Best effort: the
 * resolver warns and downloads when it fails, as actions/cache does.
 */
export interface RemoteCache {
  restore(path: string, key: string): Promise<boolean>;
  save(path: string, key: string): Promise<void>;
}

/** @actions/cache, when the runner offers the cache service; undefined elsewhere (a laptop). */
export async function actionsCache(env: NodeJS.ProcessEnv = process.env): Promise<RemoteCache | undefined> {
  const { cache } = await openActionsCache({ env });
  if (!cache) return undefined;
  return {
    restore: async (path, key) => (await cache.restoreCache([path], key)) !== undefined,
    save: async (path, key) => {
      await cache.saveCache([path], key);
    },
  };
}

/** Where unpacked versions live: the runner's tool cache (kept between jobs on self-hosted runners), else the user's cache folder. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.RUNNER_TOOL_CACHE) return join(env.RUNNER_TOOL_CACHE, 'mlops-models');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mlops-actions', 'models');
}

export interface ResolveOptions {
  /** Needed for registry references; a local path needs none. */
  client?: GitHubClient;
  repository?: Repo;
  cacheDir?: string;
  io?: StepIO;
  /** What relative paths are resolved against. */
  cwd?: string;
  /** The input the reference came from, for error messages. */
  input?: string;
  /** Cache shared between jobs; `undefined` uses @actions/cache when the runner has it, `false` turns it off. */
  remoteCache?: RemoteCache | false;
  env?: NodeJS.ProcessEnv;
}

export interface ResolvedModel {
  /** The unpacked, verified package folder. */
  dir: string;
  manifest: Manifest;
  /** How it was obtained. */
  source: 'path' | 'cache' | 'remote-cache' | 'download';
  name?: string;
  version?: number;
  tag?: string;
  /** sha256 of the package archive. */
  sha256?: string;
  releaseUrl?: string;
  record?: RegistryRecord;
}

const COMPLETE_MARKER = '.mlops-complete';

async function sha256OfParts(paths: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const path of paths) for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The published release of a version, or undefined. */
async function publishedRelease(client: GitHubClient, repository: Repo, name: string, version: number): Promise<Release | undefined> {
  const release = await findReleaseByTag(client, { ...repository, tag: versionTag(name, version) });
  return release && !release.draft ? release : undefined;
}

async function describeAliases(client: GitHubClient, repository: Repo, name: string): Promise<string> {
  const aliases = await listAliases(client, { ...repository, name });
  const names = [...aliases.entries()].map(([alias, moves]) => `${alias} (v${currentMove(moves)!.version})`);
  return names.length > 0 ? `Its aliases: ${names.join(', ')}.` : `${name} has no aliases yet (register moves one with the alias input).`;
}

/**
 * Finds the release a reference means, in at most 3 API calls for the usual cases:
 * `name/vN` one, `name@alias` two, `name@latest` two (three when the newest tag is a version
 * still being uploaded).
 */
async function findRelease(
  client: GitHubClient,
  repository: Repo,
  ref: ModelRef,
  input: string,
): Promise<{ version: number; release: Release }> {
  const where = `${repository.owner}/${repository.repo}`;
  if (ref.kind === 'version') {
    const release = await publishedRelease(client, repository, ref.name, ref.version);
    if (!release) {
      throw new InputError(
        `input "${input}": ${formatModelRef(ref)} is not a published version in ${where}. Run \`mlops registry list ${ref.name}\` to see the versions.`,
        input,
      );
    }
    return { version: ref.version, release };
  }
  if (ref.kind === 'alias') {
    const current = currentMove((await listAliases(client, { ...repository, name: ref.name, alias: ref.alias })).get(ref.alias));
    if (!current) {
      throw new InputError(
        `input "${input}": the alias ${ref.name}@${ref.alias} does not exist in ${where}. ${await describeAliases(client, repository, ref.name)}`,
        input,
      );
    }
    const release = await publishedRelease(client, repository, ref.name, current.version);
    if (!release) {
      throw new UserError(
        `${ref.name}@${ref.alias} points at v${current.version}, which is no longer published in ${where} (deleted?). Move the alias to an existing version.`,
      );
    }
    return { version: current.version, release };
  }
  const tags = await listVersionTags(client, { ...repository, name: ref.name });
  // The newest tag can be a version whose draft is still uploading: it is skipped, not waited for.
  for (const { version } of tags.slice(0, 2)) {
    const release = await publishedRelease(client, repository, ref.name, version);
    if (release) return { version, release };
  }
  if (tags.length > 2) {
    const published = versionReleases(await listReleases(client, repository), ref.name).find((v) => !v.release.draft);
    if (published) return { version: published.version, release: published.release };
  }
  throw new InputError(`input "${input}": ${ref.name} has no published version in ${where} yet; register one first.`, input);
}

/**
 * A complete cached copy, verified against the release's record before it is used: its
 * manifest.json must have the sha256 registered for the version's manifest.json asset, and every
 * file the sha256 that manifest lists. So a copy changed on the runner (the tool cache outlives
 * jobs on a self-hosted runner) fails the step instead of loading; an incomplete one (no
 * completion marker) is simply downloaded again.
 */
async function verifiedPackage(dir: string, record: RegistryRecord, tag: string): Promise<Manifest | undefined> {
  if (!existsSync(join(dir, COMPLETE_MARKER))) return undefined;
  const expected = record.assets.find((asset) => asset.name === 'manifest.json')?.sha256;
  if (expected) {
    const actual = await sha256File(join(dir, 'manifest.json')).catch(() => 'missing');
    if (actual !== expected) {
      throw new IntegrityError(
        `The cached copy of ${tag} at ${dir} has a manifest.json with sha256 ${actual}, but ${expected} was registered for ${tag}: something on this runner changed it. Delete ${dir} and re-run to download and verify ${tag} again.`,
      );
    }
  }
  return readModelPackage(dir);
}

/**
 * Turns `name@alias`, `name/vN`, `name@latest` or a local path into a verified package folder.
 * Registry versions are downloaded once into a cache (the runner's tool cache, shared with
 * @actions/cache when available), every part checked against the sha256 recorded at
 * registration (the release body carries them, so no extra download is needed to learn them),
 * unpacked with entries escaping the folder refused, and the package's own file hashes checked.
 */
export async function resolveModel(reference: string, options: ResolveOptions = {}): Promise<ResolvedModel> {
  const input = options.input ?? 'model';
  const io = options.io;
  const text = reference.trim();
  if (!text) throw new InputError(`input "${input}" is empty: give name@alias, name/vN, name@latest or a package path.`, input);
  const localPath = resolvePath(options.cwd ?? process.cwd(), text);
  const ref = existsSync(localPath) && statSync(localPath).isDirectory() ? undefined : parseModelRef(text, input);
  if (!ref) {
    if (!existsSync(localPath)) {
      throw new InputError(
        `input "${input}": ${text} is neither a model reference (name@alias, name/vN, name@latest) nor an existing package folder.`,
        input,
      );
    }
    return { dir: localPath, manifest: await readModelPackage(localPath), source: 'path' };
  }

  const { client, repository } = options;
  if (!client || !repository) {
    throw new InputError(
      `input "${input}": resolving ${text} needs the GitHub API: give github-token and run in a workflow (or set GITHUB_REPOSITORY for the CLI).`,
      input,
    );
  }
  const { version, release } = await findRelease(client, repository, ref, input);
  const tag = versionTag(ref.name, version);
  const record = parseRecord(release.body);
  if (!record || record.version !== version || record.name !== ref.name) {
    throw new IntegrityError(
      `The release ${tag} in ${repository.owner}/${repository.repo} was not made by mlops register (its body has no registry record), so it cannot be verified; refusing to use it.`,
    );
  }
  const sha256 = record.archive.sha256;
  const cacheRoot = options.cacheDir ?? defaultCacheDir(options.env);
  const dir = join(cacheRoot, ref.name, `v${version}-${sha256.slice(0, 16)}`);
  const found = { name: ref.name, version, tag, sha256, releaseUrl: release.html_url, record };

  const cached = await verifiedPackage(dir, record, tag);
  if (cached) {
    io?.info(`Using ${tag} from the cache at ${dir}.`);
    return { dir, manifest: cached, source: 'cache', ...found };
  }
  await rm(dir, { recursive: true, force: true });

  const remote =
    options.remoteCache === false ? undefined : (options.remoteCache ?? (await actionsCache(options.env).catch(() => undefined)));
  const cacheKey = `mlops-model-${ref.name}-v${version}-${sha256}`;
  if (remote) {
    try {
      if (await remote.restore(dir, cacheKey)) {
        const restored = await verifiedPackage(dir, record, tag);
        if (restored) {
          io?.info(`Restored ${tag} from the Actions cache.`);
          return { dir, manifest: restored, source: 'remote-cache', ...found };
        }
        await rm(dir, { recursive: true, force: true });
      }
    } catch (error) {
      io?.warning(`The Actions cache could not be read (${(error as Error).message}); downloading ${tag} instead.`);
    }
  }

  const scratch = `${dir}.download-${randomUUID().slice(0, 8)}`;
  try {
    const assets = (release as Release & { assets?: ReleaseAsset[] }).assets ?? [];
    const partPaths: string[] = [];
    for (const part of record.archive.parts) {
      const asset = assets.find((candidate) => candidate.name === part.name);
      if (!asset)
        throw new IntegrityError(
          `The release ${tag} has no asset ${part.name}, which the registry recorded; the release was changed after registration. Re-register the model.`,
        );
      const path = join(scratch, 'parts', part.name);
      const downloaded = await downloadReleaseAsset(client, asset, path);
      if (downloaded.sha256 !== part.sha256 || downloaded.size !== part.size) {
        throw new IntegrityError(
          `Refusing ${tag}: the asset ${part.name} has sha256 ${downloaded.sha256} (${downloaded.size} bytes), but ${part.sha256} (${part.size} bytes) was recorded when ${tag} was registered. The asset was replaced or corrupted after registration; re-register the model or restore the asset.`,
        );
      }
      partPaths.push(path);
    }
    const whole = await sha256OfParts(partPaths);
    if (whole !== sha256) {
      throw new IntegrityError(
        `Refusing ${tag}: the joined archive has sha256 ${whole}, but ${sha256} was recorded at registration. Re-register the model.`,
      );
    }
    const unpacked = join(scratch, 'package');
    await extractArchive(partPaths, unpacked, `${record.archive.name} of ${tag}`);
    const manifest = await readModelPackage(unpacked);
    await writeFile(join(unpacked, COMPLETE_MARKER), `${sha256}\n`);
    await mkdir(join(cacheRoot, ref.name), { recursive: true });
    try {
      await rename(unpacked, dir);
    } catch (error) {
      // Another job on this host finished the same version first; its copy is as good as ours.
      const other = await verifiedPackage(dir, record, tag);
      if (!other) throw error;
    }
    io?.info(`Downloaded and verified ${tag} (sha256 ${sha256.slice(0, 12)}…) into ${dir}.`);
    if (remote) {
      try {
        await remote.save(dir, cacheKey);
      } catch (error) {
        io?.warning(`The Actions cache could not store ${tag} (${(error as Error).message}); later jobs will download it again.`);
      }
    }
    return { dir, manifest, source: 'download', ...found };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
