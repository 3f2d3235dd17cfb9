import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitHubClient } from '../github/client.js';
import type { RunContext } from '../github/context.js';
import { getRef } from '../github/refs.js';
import { listReleases, publishRelease, sha256File, type AssetFile } from '../github/releases.js';
import { readModelPackage, type Manifest } from '../model/package.js';
import { FileError, InputError, UserError } from '../runtime/errors.js';
import type { StepIO } from '../runtime/io.js';
import { currentMove, listAliases, moveAlias, type MoveAliasResult } from './aliases.js';
import { DEFAULT_PART_SIZE, packDirectory } from './archive.js';
import { modelCard, parseRecord, type RecordedFile, type RegistryRecord } from './card.js';
import { formatSha256Sums } from './checksums.js';
import { validateAlias, validateModelName, versionTag } from './names.js';
import { applyRetention, type RetentionResult } from './retention.js';
import { allocateVersion, findRunVersion, versionReleases, type Repo } from './versions.js';

export interface RegisterOptions extends Repo {
  client: GitHubClient;
  modelDir: string;
  name: string;
  /** `auto` or an explicit positive integer (as text, the way the input arrives). */
  version: string;
  alias?: string;
  notes?: string;
  /** An evaluate report (JSON with a top-level boolean `passed`) that must say it passed. */
  requirePassed?: string;
  /** Keep only this many newest versions (plus alias targets); undefined keeps all. */
  keepVersions?: number;
  run: RunContext;
  io?: StepIO;
  /** Scratch space for the archive (RUNNER_TEMP on a runner). */
  tempDir?: string;
  /** Largest asset; the archive is split into parts of this size. */
  partSize?: number;
  now?: Date;
}

export interface RegisterResult {
  name: string;
  version: number;
  tag: string;
  releaseUrl: string;
  releaseId: number;
  sha256: string;
  /** `created`: a new version; `resumed`: this run's draft finished; `existing`: this run had already registered it. */
  action: 'created' | 'resumed' | 'existing';
  parent?: { version: number; alias?: string };
  alias?: MoveAliasResult;
  retention?: RetentionResult;
  record: RegistryRecord;
}

function parseVersionInput(text: string): number | undefined {
  const value = text.trim();
  if (value === '' || value === 'auto') return undefined;
  const match = /^v?([1-9]\d{0,8})$/.exec(value);
  if (!match) throw new InputError(`input "version" must be "auto" or a positive integer such as 3, got "${text}".`, 'version');
  return Number(match[1]);
}

/**
 * The evaluate report gate. Format (documented in the register README): a JSON object with a
 * top-level boolean `passed`; optionally `baseline.version`, the version it was compared with.
 */
export async function readEvaluationGate(path: string): Promise<{ passed: boolean; baselineVersion?: number }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(
      `input "require-passed": the evaluate report ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Give the path evaluate wrote.`,
      'require-passed',
    );
  }
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch (error) {
    throw new FileError(
      `the evaluate report is not JSON (${(error as Error).message}); require-passed needs the JSON report with a "passed" field.`,
      path,
    );
  }
  const passed = (report as { passed?: unknown } | null)?.passed;
  if (typeof passed !== 'boolean')
    throw new FileError(
      'the evaluate report has no boolean "passed" field at the top level, so it cannot say whether the gates passed.',
      path,
    );
  const baseline = (report as { baseline?: { version?: unknown } }).baseline?.version;
  return { passed, baselineVersion: typeof baseline === 'number' && Number.isInteger(baseline) && baseline > 0 ? baseline : undefined };
}

async function readPackage(modelDir: string): Promise<Manifest> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(modelDir);
  } catch {
    throw new InputError(
      `input "model-dir": ${modelDir} does not exist. Give the folder train wrote (default mlops-out/model).`,
      'model-dir',
    );
  }
  if (!info.isDirectory()) throw new InputError(`input "model-dir": ${modelDir} is a file, not a model package folder.`, 'model-dir');
  try {
    return await readModelPackage(modelDir);
  } catch (error) {
    if (error instanceof UserError && !(error instanceof FileError)) {
      throw new InputError(
        `input "model-dir": ${error.message} A model package is a folder with manifest.json, model/, metrics.json (see the train action).`,
        'model-dir',
      );
    }
    throw error;
  }
}

/** The commit the version tag points at: the run's, else the default branch head (the CLI outside a workflow). */
async function targetCommit(client: GitHubClient, repo: Repo, run: RunContext): Promise<string> {
  if (run.sha) return run.sha;
  const { data } = await client.rest.repos.get({ owner: repo.owner, repo: repo.repo });
  const head = await getRef(client, { owner: repo.owner, repo: repo.repo, ref: `heads/${data.default_branch}` });
  if (!head)
    throw new UserError(
      `${repo.owner}/${repo.repo} has no commit on ${data.default_branch} to tag; set GITHUB_SHA to the commit the model was trained from.`,
    );
  return head.sha;
}

async function recorded(name: string, path: string): Promise<RecordedFile> {
  return { name, ...(await sha256File(path)) };
}

/**
 * Registers a model package as the next (or given) version: a GitHub Release tagged
 * `<name>/v<N>` with the archive (split under 2 GB), manifest.json, metrics.json,
 * data-profile.json and SHA256SUMS, published only once every asset is uploaded and verified,
 * with a model card body. Safe under races and re-runs; then moves the alias and applies retention.
 */
export async function registerModel(options: RegisterOptions): Promise<RegisterResult> {
  const { client, owner, repo, run, io } = options;
  const name = validateModelName(options.name);
  const alias = options.alias ? validateAlias(options.alias) : undefined;
  const requested = parseVersionInput(options.version);
  const manifest = await readPackage(options.modelDir);

  let gateBaseline: number | undefined;
  if (options.requirePassed) {
    const gate = await readEvaluationGate(options.requirePassed);
    if (!gate.passed) {
      throw new UserError(
        `Not registering ${name}: the evaluate report ${options.requirePassed} says the gates did not pass ("passed": false). Fix the model or the gates, or remove require-passed.`,
      );
    }
    gateBaseline = gate.baselineVersion;
  }

  const scratch = join(options.tempDir ?? tmpdir(), `mlops-register-${randomUUID().slice(0, 8)}`);
  await mkdir(scratch, { recursive: true });
  try {
    const packed = await packDirectory(options.modelDir, join(scratch, 'archive'), 'package.tar.gz', options.partSize ?? DEFAULT_PART_SIZE);
    io?.info(
      `Packed ${options.modelDir}: ${packed.size} bytes in ${packed.parts.length} part${packed.parts.length === 1 ? '' : 's'}, sha256 ${packed.sha256}.`,
    );

    const releases = versionReleases(await listReleases(client, { owner, repo }), name);
    const earlier = findRunVersion(releases, { id: run.runId, attempt: run.runAttempt }, packed.sha256);
    if (earlier && !earlier.release.draft && earlier.record) {
      io?.notice(`This run already registered ${earlier.release.tag_name}; returning it instead of making a second version.`);
      if (earlier.record.archive.sha256 !== packed.sha256)
        io?.warning(
          `${earlier.release.tag_name} is the package of attempt ${earlier.record.run.attempt ?? '?'} of this run (sha256 ${earlier.record.archive.sha256}); this attempt's package (sha256 ${packed.sha256}) is not registered as another version. To register it, start a new run (push a commit, or run the workflow again) instead of re-running this one.`,
        );
      const result: RegisterResult = {
        name,
        version: earlier.version,
        tag: earlier.release.tag_name,
        releaseUrl: earlier.release.html_url,
        releaseId: earlier.release.id,
        sha256: earlier.record.archive.sha256,
        action: 'existing',
        parent: earlier.record.parent,
        record: earlier.record,
      };
      if (alias) result.alias = await moveAlias(client, { owner, repo, name, alias, version: earlier.version, actor: run.actor, io });
      return result;
    }

    const aliases = await listAliases(client, { owner, repo, name });
    const parentAlias = alias && aliases.has(alias) ? alias : aliases.has('production') ? 'production' : undefined;
    const parent = gateBaseline
      ? { version: gateBaseline }
      : parentAlias
        ? { version: currentMove(aliases.get(parentAlias))!.version, alias: parentAlias }
        : undefined;

    const commit = await targetCommit(client, { owner, repo }, run);
    let version: number;
    if (earlier) {
      version = earlier.version;
      io?.info(`Resuming ${earlier.release.tag_name}, which an earlier attempt of this run left as a draft.`);
    } else {
      version = await allocateVersion(client, { owner, repo, name, sha: commit, requested });
      io?.info(`Claimed ${versionTag(name, version)}.`);
    }
    const tag = versionTag(name, version);

    // Asset names carry the version, so a downloaded file says what it is.
    const archiveName = `${name}-v${version}.tar.gz`;
    const parts =
      packed.parts.length === 1
        ? [{ ...packed.parts[0]!, name: archiveName }]
        : packed.parts.map((part, i) => ({ ...part, name: `${archiveName}.part-${String(i).padStart(3, '0')}` }));
    const files: AssetFile[] = parts.map((part) => ({ name: part.name, path: part.path, contentType: 'application/gzip' }));
    for (const extra of ['manifest.json', 'metrics.json', 'data-profile.json']) {
      const path = join(options.modelDir, extra);
      if (existsSync(path)) files.push({ name: extra, path, contentType: 'application/json' });
    }
    const sumsPath = join(scratch, 'SHA256SUMS');
    const listed: RecordedFile[] = [];
    for (const file of files) listed.push(await recorded(file.name, file.path));
    const sumsEntries = packed.parts.length > 1 ? [...listed, { name: archiveName, sha256: packed.sha256, size: packed.size }] : listed;
    await writeFile(sumsPath, formatSha256Sums(sumsEntries));
    files.push({ name: 'SHA256SUMS', path: sumsPath, contentType: 'text/plain' });
    listed.push(await recorded('SHA256SUMS', sumsPath));

    const record: RegistryRecord = {
      schema: 1,
      name,
      version,
      archive: {
        name: archiveName,
        sha256: packed.sha256,
        size: packed.size,
        parts: parts.map(({ name: n, sha256, size }) => ({ name: n, sha256, size })),
      },
      assets: listed,
      run: { id: run.runId, attempt: run.runAttempt, url: run.runUrl },
      commit,
      parent,
      task: manifest.task,
      framework: manifest.framework,
      registeredAt: (options.now ?? new Date()).toISOString(),
      registeredBy: run.actor,
    };
    const body = modelCard({ manifest, record, notes: options.notes, serverUrl: run.serverUrl, repository: `${owner}/${repo}` });
    const published = await publishRelease(client, {
      owner,
      repo,
      tag,
      name: `${name} v${version}`,
      body,
      assets: files,
      makeLatest: false,
    });

    const result: RegisterResult = {
      name,
      version,
      tag,
      releaseUrl: published.url,
      releaseId: published.id,
      sha256: packed.sha256,
      action: earlier ? 'resumed' : 'created',
      parent,
      record: parseRecord(body) ?? record,
    };
    if (alias) result.alias = await moveAlias(client, { owner, repo, name, alias, version, actor: run.actor, io });
    if (options.keepVersions !== undefined)
      result.retention = await applyRetention(client, { owner, repo, name, keep: options.keepVersions, io });
    return result;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
