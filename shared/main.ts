/** The bundle's entry: the runner shims in actions/<name>/dist and bin/mlops both call into it. */
export { runAction, runCli } from './entry/run.js';
export { ACTIONS, ACTION_NAMES } from './inputs/definitions.js';
