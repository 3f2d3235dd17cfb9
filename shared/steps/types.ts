import type { ParsedInputs } from '../inputs/parse.js';
import type { RunContext } from '../github/context.js';
import type { StepIO } from '../runtime/io.js';

export interface StepContext {
  inputs: ParsedInputs;
  io: StepIO;
  env: NodeJS.ProcessEnv;
  /** The working directory relative paths are resolved against (the workspace on a runner). */
  cwd: string;
  run: RunContext;
}

/** Output values; objects are written as JSON. */
export type StepOutputs = Record<string, string | number | boolean | object | undefined>;

export type Step = (context: StepContext) => Promise<StepOutputs>;
