import { ACTIONS, ACTION_NAMES, isActionName, type ActionInputs, type ActionName } from '../inputs/definitions.js';
import { closest } from '../runtime/suggest.js';
import { parseActionInputs, rawInputsFromArgv, rawInputsFromEnv } from '../inputs/parse.js';
import { readRunContext } from '../github/context.js';
import { loadStep } from '../steps/index.js';
import type { StepOutputs } from '../steps/types.js';
import { actionIO, createCliIO, runnerResult, type StepIO } from '../runtime/io.js';
import { FileError, InputError, StepFailedError, isUserError } from '../runtime/errors.js';
import { helpText, usageText } from './help.js';

function outputString(value: StepOutputs[string]): string {
  if (value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function printableOutputs(outputs: StepOutputs): Record<string, string> {
  return Object.fromEntries(Object.entries(outputs).map(([key, value]) => [key, outputString(value)]));
}

function maskSecretInputs<A extends ActionName>(name: A, inputs: ActionInputs<A>, io: StepIO): void {
  for (const [input, definition] of Object.entries(ACTIONS[name].inputs)) {
    const value = (inputs as Record<string, unknown>)[input];
    if (definition.type.kind === 'secret' && typeof value === 'string' && value) io.setSecret(value);
  }
}

async function execute<A extends ActionName>(name: A, inputs: ActionInputs<A>, io: StepIO, env: NodeJS.ProcessEnv): Promise<StepOutputs> {
  maskSecretInputs(name, inputs, io);
  const step = await loadStep(name);
  return step({ inputs, io, env, cwd: process.cwd(), run: readRunContext(env) });
}

/** A failure sentence for the user; unexpected errors say they are bugs and keep the stack for debug logs. */
function describeFailure(error: unknown, io: StepIO): string {
  if (isUserError(error)) {
    if (error instanceof FileError) io.error(error.message, { file: error.file, line: error.line, column: error.column });
    return error.message;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  io.debug(err.stack ?? err.message);
  return `Unexpected error: ${err.message}. This is a bug in mlops-actions; please report it with the debug log (re-run with ACTIONS_STEP_DEBUG=true).`;
}

/** The runner entry: every action's dist/index.js calls this with its own name. */
export async function runAction(name: ActionName, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const io = actionIO;
  try {
    const inputs = parseActionInputs(name, rawInputsFromEnv(ACTIONS[name], env));
    const outputs = await execute(name, inputs, io, env);
    for (const [output, value] of Object.entries(outputs)) runnerResult.setOutput(output, outputString(value));
  } catch (error) {
    if (error instanceof StepFailedError) {
      for (const [output, value] of Object.entries(error.outputs)) runnerResult.setOutput(output, outputString(value));
    }
    runnerResult.setFailed(`${name}: ${describeFailure(error, io)}`);
  }
}

/**
 * `mlops <action> --<input> value …`: the same definitions and steps as the runner entry.
 * Outputs are printed on stdout as JSON; logs, annotations and the summary go to stderr.
 * Returns the process exit code.
 */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usageText());
    return command ? 0 : 2;
  }
  if (command === 'registry') return (await import('../registry/cli.js')).runRegistryCli(rest, env);
  if (command === 'serve') return (await import('./serve.js')).runServeCli(rest, env);
  if (!isActionName(command)) {
    const hint = closest(command, ACTION_NAMES);
    process.stderr.write(
      `mlops: unknown action "${command}"${hint ? ` (did you mean "${hint}"?)` : ''}. Run \`mlops --help\` for the list.\n`,
    );
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(helpText(command));
    return 0;
  }
  const io = createCliIO();
  try {
    const inputs = parseActionInputs(command, rawInputsFromArgv(ACTIONS[command], rest, env));
    const outputs = await execute(command, inputs, io, env);
    if (io.summary.length > 0) process.stderr.write(`\n${io.summary.join('\n')}\n`);
    process.stdout.write(`${JSON.stringify(printableOutputs(outputs), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (io.summary.length > 0) process.stderr.write(`\n${io.summary.join('\n')}\n`);
    if (error instanceof StepFailedError) process.stdout.write(`${JSON.stringify(printableOutputs(error.outputs), null, 2)}\n`);
    const message = describeFailure(error, io);
    process.stderr.write(`mlops ${command}: ${message}\n`);
    return error instanceof InputError ? 2 : 1;
  }
}
