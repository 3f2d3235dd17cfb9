import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StepIO } from '../runtime/io.js';
import { openActionsCache, type CacheClient } from '../services/actions-cache.js';
import type { FitState } from './kernel.js';

/** Resumable training state, kept in a folder that @actions/cache carries between runs. */
export interface CheckpointStore {
  /** The latest checkpoint from an earlier run, if any. */
  restore(): Promise<FitState | undefined>;
  /** Called after every epoch; uploads at most once per interval, and always when `final`. */
  save(state: FitState, final?: boolean): Promise<void>;
}

export interface CheckpointOptions {
  /** The `checkpoint-cache` input: the key prefix. */
  prefix: string;
  /** Whatever makes a checkpoint reusable: config, params, seed, data fingerprint, backend. */
  identity: unknown;
  /** The workspace; the checkpoint folder lives under it so cache paths are relative. */
  cwd: string;
  io: StepIO;
  runId?: string;
  runAttempt?: string;
  /** Minimum time between uploads (default 60 s): each save is a new immutable cache entry. */
  intervalMs?: number;
  cache?: CacheClient;
  env?: NodeJS.ProcessEnv;
}

const FILE = 'checkpoint.json';

/** Hex digest of the identity, so a changed config never resumes from an incompatible checkpoint. */
export function checkpointIdentity(identity: unknown): string {
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 16);
}

/**
 * Checkpoints through @actions/cache, best effort as actions/cache is: a cache that is down or
 * refuses gets one warning and training goes on; it never fails the step.
 */
export function cacheCheckpoints(options: CheckpointOptions): CheckpointStore {
  const id = checkpointIdentity(options.identity);
  // The cache hashes the path strings into the entry's version: keep the same relative string on every run.
  const dir = `.mlops-checkpoints/${id}`;
  const keyPrefix = `${options.prefix}-${id}-`;
  const interval = options.intervalMs ?? 60_000;
  let lastUpload = 0;
  let warned = false;
  // A re-run of a finished training restores the final entry; saving it again would only collide.
  let finalRestored = false;
  const warn = (message: string) => {
    if (warned) return options.io.debug(message);
    warned = true;
    options.io.warning(`checkpoint-cache: ${message}; training goes on without it.`);
  };
  const loadCache = async (): Promise<CacheClient | undefined> => {
    const opened = await openActionsCache({ client: options.cache, env: options.env });
    if (opened.unavailable) warn(opened.unavailable);
    return opened.cache;
  };
  const inWorkspace = <T>(fn: () => Promise<T>): Promise<T> => {
    // The cache resolves relative paths against the process directory; the step's workspace may differ.
    const previous = process.cwd();
    process.chdir(options.cwd);
    return fn().finally(() => process.chdir(previous));
  };
  return {
    async restore() {
      const cache = await loadCache();
      if (!cache) return undefined;
      try {
        const hit = await inWorkspace(() => cache.restoreCache([dir], `${keyPrefix}final`, [keyPrefix]));
        if (!hit) {
          options.io.info(`checkpoint-cache: no checkpoint under ${keyPrefix}*; training from the start.`);
          return undefined;
        }
        finalRestored = hit === `${keyPrefix}final`;
        const state = JSON.parse(await readFile(join(options.cwd, dir, FILE), 'utf8')) as FitState;
        options.io.info(`checkpoint-cache: restored ${hit}: resuming after epoch ${state.epoch}.`);
        return state;
      } catch (error) {
        warn(`restoring failed: ${(error as Error).message}`);
        return undefined;
      }
    },
    async save(state, final = false) {
      const folder = join(options.cwd, dir);
      await mkdir(folder, { recursive: true });
      // Write then rename, so a runner killed mid-write leaves the previous checkpoint whole.
      await writeFile(join(folder, `${FILE}.tmp`), JSON.stringify(state));
      await rename(join(folder, `${FILE}.tmp`), join(folder, FILE));
      const now = Date.now();
      if (!final && now - lastUpload < interval) return;
      if (final && finalRestored) return;
      lastUpload = now;
      const cache = await loadCache();
      if (!cache) return;
      const key = final
        ? `${keyPrefix}final`
        : `${keyPrefix}e${String(state.epoch).padStart(6, '0')}-${options.runId ?? 'local'}-${options.runAttempt ?? '1'}`;
      try {
        const saved = await inWorkspace(() => cache.saveCache([dir], key));
        if (saved === -1) warn(`saving ${key} did not complete (see the warning above)`);
        else options.io.debug(`checkpoint-cache: saved ${key}`);
      } catch (error) {
        warn(`saving ${key} failed: ${(error as Error).message}`);
      }
    },
  };
}
