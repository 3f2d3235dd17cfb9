/** The bundle's entry: the runner shims in actions/<name>/dist and bin/mlops both call into it. */
export { runAction, runCli } from './entry/run.js';
export { ACTIONS, ACTION_NAMES } from './inputs/definitions.js';

/**
 * tune's worker processes start here (shared/train/trial-pool.ts runs `node -e` importing this
 * bundle); a dynamic import, so the runner entry never loads the trainer for other actions.
 */
export async function serveTrialWorker(): Promise<void> {
  await (await import('./train/trial-worker.js')).serveTrialWorker();
}
