import type { ActionInputs, ActionName } from '../inputs/definitions.js';
import type { RunContext } from '../github/context.js';
import type { StepIO } from '../runtime/io.js';

export interface StepContext<A extends ActionName = ActionName> {
  /** Typed and defaulted from shared/inputs/definitions.ts: no casts, no repeated defaults. */
  inputs: ActionInputs<A>;
  io: StepIO;
  env: NodeJS.ProcessEnv;
  /** The working directory relative paths are resolved against (the workspace on a runner). */
  cwd: string;
  run: RunContext;
}

/** Output values; objects are written as JSON. */
export type StepOutputs = Record<string, string | number | boolean | object | undefined>;

export type Step<A extends ActionName = ActionName> = (context: StepContext<A>) => Promise<StepOutputs>;
