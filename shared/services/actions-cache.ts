/** The subset of @actions/cache the suite uses, so tests can run its callers against the real module or a stand-in. */
export interface CacheClient {
  isFeatureAvailable(): boolean;
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export type OpenedCache = { cache: CacheClient; unavailable?: undefined } | { cache?: undefined; unavailable: string };

/**
 * The Actions cache, when the runner offers it: the one way the suite reaches @actions/cache
 * (model downloads in registry/resolve.ts, training checkpoints in train/checkpoint.ts). Best
 * effort, as actions/cache is: when it is missing, `unavailable` says why and callers go on
 * without it.
 */
export async function openActionsCache(options: { env?: NodeJS.ProcessEnv; client?: CacheClient } = {}): Promise<OpenedCache> {
  const env = options.env ?? process.env;
  if (!options.client && (!env.ACTIONS_RUNTIME_TOKEN || !(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL))) {
    return { unavailable: 'the Actions cache service is not available here (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)' };
  }
  let cache: CacheClient;
  try {
    cache = options.client ?? ((await import('@actions/cache')) as CacheClient);
  } catch (error) {
    return { unavailable: `@actions/cache could not load: ${(error as Error).message}` };
  }
  if (!cache.isFeatureAvailable()) {
    return { unavailable: 'the Actions cache service is not available here (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)' };
  }
  return { cache };
}
