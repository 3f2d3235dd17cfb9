// The emulator's state: plain JSON, optionally persisted to a folder (state.json + assets/<id>).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommitState, EmulatorState, RepoState } from './types.js';

export function timestamp(date: Date = new Date()): string {
  // GitHub's timestamps have second precision.
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function randomSha(): string {
  return randomBytes(20).toString('hex');
}

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function emptyState(): EmulatorState {
  return { version: 1, nextId: 1000, repos: {} };
}

export function nextId(state: EmulatorState): number {
  return state.nextId++;
}

export function repoKey(owner: string, name: string): string {
  return `${owner}/${name}`.toLowerCase();
}

export function createRepo(
  state: EmulatorState,
  fullName: string,
  opts: { defaultBranch?: string; sha?: string; private?: boolean } = {},
): RepoState {
  const [owner, name, extra] = fullName.split('/');
  if (!owner || !name || extra !== undefined) throw new Error(`seedRepo: "${fullName}" is not "owner/name"`);
  const key = repoKey(owner, name);
  // Seeding again (e.g. after a restart on a persisted folder) keeps the existing repository.
  if (state.repos[key]) return state.repos[key];
  const now = timestamp();
  const defaultBranch = opts.defaultBranch ?? 'main';
  const sha = (opts.sha ?? randomSha()).toLowerCase();
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`seedRepo: sha "${opts.sha}" is not a 40-character hex commit id`);
  const repo: RepoState = {
    id: nextId(state),
    owner,
    name,
    fullName: `${owner}/${name}`,
    defaultBranch,
    private: opts.private ?? false,
    createdAt: now,
    updatedAt: now,
    commits: { [sha]: { sha, parents: [], message: 'Initial commit', date: now } },
    refs: { [`refs/heads/${defaultBranch}`]: sha },
    nextNumber: 1,
    issues: [],
    pulls: [],
    comments: [],
    labels: [],
    releases: [],
    assets: [],
    deployments: [],
    deploymentStatuses: [],
    dispatches: [],
  };
  state.repos[key] = repo;
  return repo;
}

export function addCommit(repo: RepoState, sha: string, parents: string[], message: string): CommitState {
  const commit = { sha, parents, message, date: timestamp() };
  repo.commits[sha] = commit;
  return commit;
}

/** Resolves a branch, tag, fully qualified ref or (possibly abbreviated) sha to a known commit sha. */
export function resolveCommitish(repo: RepoState, commitish: string): string | undefined {
  if (commitish.startsWith('refs/') && repo.refs[commitish]) return repo.refs[commitish];
  const ref = repo.refs[`refs/heads/${commitish}`] ?? repo.refs[`refs/tags/${commitish}`];
  if (ref) return ref;
  const lower = commitish.toLowerCase();
  if (repo.commits[lower]) return lower;
  if (/^[0-9a-f]{7,39}$/.test(lower)) {
    const matches = Object.keys(repo.commits).filter((sha) => sha.startsWith(lower));
    if (matches.length === 1) return matches[0];
  }
  return undefined;
}

/** True when `ancestor` is reachable from `descendant` through parent links (a fast-forward). */
export function isAncestor(repo: RepoState, ancestor: string, descendant: string): boolean {
  const seen = new Set<string>();
  const stack = [descendant];
  while (stack.length) {
    const sha = stack.pop()!;
    if (sha === ancestor) return true;
    if (seen.has(sha)) continue;
    seen.add(sha);
    stack.push(...(repo.commits[sha]?.parents ?? []));
  }
  return false;
}

// ---- Persistence ----

const STATE_FILE = 'state.json';
const ASSET_DIR = 'assets';

export class StateStore {
  /** Asset bytes by asset id; kept out of state.json (one file each when persisting). */
  readonly assetContents = new Map<number, Buffer>();

  constructor(
    readonly state: EmulatorState,
    private readonly dir?: string,
  ) {}

  static open(dir?: string): StateStore {
    if (!dir) return new StateStore(emptyState());
    mkdirSync(join(dir, ASSET_DIR), { recursive: true });
    const file = join(dir, STATE_FILE);
    if (!existsSync(file)) return new StateStore(emptyState(), dir);
    let state: EmulatorState;
    try {
      state = JSON.parse(readFileSync(file, 'utf8')) as EmulatorState;
    } catch (error) {
      throw new Error(
        `GitHub emulator: ${file} is not valid JSON (${(error as Error).message}); move it away to start from an empty state`,
      );
    }
    if (state.version !== 1) throw new Error(`GitHub emulator: ${file} has state version ${String(state.version)}, expected 1`);
    const store = new StateStore(state, dir);
    for (const repo of Object.values(state.repos)) {
      for (const asset of repo.assets) {
        const path = join(dir, ASSET_DIR, String(asset.id));
        if (existsSync(path)) store.assetContents.set(asset.id, readFileSync(path));
      }
    }
    return store;
  }

  /** Writes state.json atomically (temp file + rename), so a crash never leaves half a file. */
  save(): void {
    if (!this.dir) return;
    atomicWrite(join(this.dir, STATE_FILE), JSON.stringify(this.state, null, 1));
  }

  putAsset(id: number, content: Buffer): void {
    this.assetContents.set(id, content);
    if (this.dir) atomicWrite(join(this.dir, ASSET_DIR, String(id)), content);
  }

  deleteAsset(id: number): void {
    this.assetContents.delete(id);
    if (this.dir) rmSync(join(this.dir, ASSET_DIR, String(id)), { force: true });
  }
}

let tempCounter = 0;
function atomicWrite(path: string, data: string | Buffer): void {
  const temp = `${path}.${process.pid}.${tempCounter++}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}
