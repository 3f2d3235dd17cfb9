import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../runtime/errors.js';

const run = promisify(execFile);

/** Where a local service keeps its state: `<root>/<name>-<environment>`. */
export interface ServiceFiles {
  dir: string;
  pidFile: string;
  logFile: string;
  controlSocket: string;
  predictionLog: string;
  stateFile: string;
}

/** Linux keeps a unix socket's path in 108 bytes, NUL included; a longer one fails to listen (EINVAL). */
const SOCKET_PATH_MAX = 107;

/**
 * The control socket's path. It lives in the service's folder; when that folder's path is too
 * long for a socket, it is reached through a short link in a private folder under the temporary
 * directory (re-made on every call, so a cleaned-up /tmp only costs a new link).
 */
function controlSocketPath(dir: string): string {
  const natural = join(dir, 'control.sock');
  if (Buffer.byteLength(natural) <= SOCKET_PATH_MAX) return natural;
  const links = join(tmpdir(), `mlops-actions-${process.getuid?.() ?? 'user'}`);
  const link = join(links, createHash('sha256').update(dir).digest('hex').slice(0, 16));
  mkdirSync(links, { recursive: true, mode: 0o700 });
  let current: string | undefined;
  try {
    current = readlinkSync(link);
  } catch {}
  if (current !== dir) {
    rmSync(link, { force: true });
    symlinkSync(dir, link);
  }
  return join(link, 'control.sock');
}

export function serviceFiles(root: string, name: string, environment: string): ServiceFiles {
  const id = `${name}-${environment}`.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
  const dir = join(root, id);
  return {
    dir,
    pidFile: join(dir, 'service.pid'),
    logFile: join(dir, 'service.log'),
    controlSocket: controlSocketPath(dir),
    predictionLog: join(dir, 'predictions.jsonl'),
    stateFile: join(dir, 'state.json'),
  };
}

/** The default root: $MLOPS_STATE_DIR, else ~/.local/state/mlops-actions/services (kept between jobs on a self-hosted runner). */
export function defaultStateRoot(env: NodeJS.ProcessEnv): string {
  if (env.MLOPS_STATE_DIR) return env.MLOPS_STATE_DIR;
  return join(env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), 'mlops-actions', 'services');
}

export function runningPid(files: ServiceFiles): number | undefined {
  if (!existsSync(files.pidFile)) return undefined;
  const pid = Number(readFileSync(files.pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/**
 * The environment of a service that must outlive the job: a self-hosted runner ends every
 * process that carries the job's RUNNER_TRACKING_ID when the job ends, so it is left out; so are
 * the job's tokens, which a long-lived process has no business holding.
 */
export function serviceEnvironment(env: NodeJS.ProcessEnv, token: string | undefined): NodeJS.ProcessEnv {
  const kept: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (
      key === 'RUNNER_TRACKING_ID' ||
      key.startsWith('INPUT_') ||
      key.startsWith('ACTIONS_') ||
      key === 'GITHUB_TOKEN' ||
      key === 'GH_TOKEN'
    )
      continue;
    kept[key] = value;
  }
  if (token) kept.MLOPS_SERVE_TOKEN = token;
  else delete kept.MLOPS_SERVE_TOKEN;
  return kept;
}

export interface StartOptions {
  files: ServiceFiles;
  /** node, the CLI file, and `serve …` arguments. */
  command: string[];
  env: NodeJS.ProcessEnv;
  /** How to supervise: a systemd user unit when the host has a user manager, else a detached process. */
  supervisor: 'systemd' | 'detached';
  unitName: string;
}

/** Whether `systemctl --user` reaches a running user manager (a runner started as a service often has none). */
export async function hasSystemdUser(env: NodeJS.ProcessEnv): Promise<boolean> {
  if (env.MLOPS_SERVICE_SUPERVISOR === 'detached') return false;
  try {
    await run('systemctl', ['--user', 'show-environment'], { timeout: 5000, env });
    return true;
  } catch {
    return false;
  }
}

/** A systemd user unit that restarts the service if it crashes; `loginctl enable-linger` keeps it running after logout. */
export function systemdUnit(options: StartOptions): string {
  const quote = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `"${word.replace(/(["\\$`])/g, '\\$1')}"`);
  const environment = Object.entries(options.env)
    .filter(([key]) => ['PATH', 'HOME', 'MLOPS_SERVE_TOKEN', 'MLOPS_ONNXRUNTIME_NODE', 'LD_LIBRARY_PATH'].includes(key))
    .map(([key, value]) => `Environment=${quote(`${key}=${value}`)}`);
  return [
    '[Unit]',
    `Description=mlops-actions inference service ${options.unitName}`,
    'After=network.target',
    '',
    '[Service]',
    `ExecStart=${options.command.map(quote).join(' ')}`,
    ...environment,
    'Restart=on-failure',
    'RestartSec=2',
    // SIGTERM drains: answer accepted requests, flush the prediction log.
    'KillSignal=SIGTERM',
    'TimeoutStopSec=40',
    `StandardOutput=append:${options.files.logFile}`,
    `StandardError=append:${options.files.logFile}`,
    '',
    '[Install]',
    'WantedBy=default.target',
    '',
  ].join('\n');
}

/**
 * Starts the service so that it survives the end of the job: as a systemd user unit, or as a
 * detached process in its own session, without the job's RUNNER_TRACKING_ID, its output in the
 * service log. Writes the pid file.
 */
export async function startServiceProcess(options: StartOptions): Promise<number> {
  const { files } = options;
  await mkdir(files.dir, { recursive: true });
  if (options.supervisor === 'systemd') {
    const unitDir = join(options.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'systemd', 'user');
    await mkdir(unitDir, { recursive: true });
    const unit = `${options.unitName}.service`;
    await writeFile(join(unitDir, unit), systemdUnit(options));
    await run('systemctl', ['--user', 'daemon-reload'], { env: options.env });
    await run('systemctl', ['--user', 'restart', unit], { env: options.env });
    const { stdout } = await run('systemctl', ['--user', 'show', '--property', 'MainPID', '--value', unit], { env: options.env });
    const pid = Number(stdout.trim());
    await writeFile(files.pidFile, `${pid}\n`);
    return pid;
  }
  const log = openSync(files.logFile, 'a');
  try {
    const [executable, ...args] = options.command;
    const child = spawn(executable, args, { detached: true, stdio: ['ignore', log, log], env: options.env, cwd: files.dir });
    child.unref();
    if (child.pid === undefined) throw new UserError(`could not start ${executable}: no process id.`);
    await writeFile(files.pidFile, `${child.pid}\n`);
    return child.pid;
  } finally {
    closeSync(log);
  }
}

/** Stops a service gracefully (SIGTERM: it drains), then forcefully after `graceMs`. */
export async function stopServiceProcess(files: ServiceFiles, graceMs = 30_000): Promise<void> {
  const pid = runningPid(files);
  if (pid === undefined) return;
  process.kill(pid, 'SIGTERM');
  const until = Date.now() + graceMs;
  while (Date.now() < until) {
    try {
      process.kill(pid, 0);
    } catch {
      await rm(files.pidFile, { force: true });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.kill(pid, 'SIGKILL');
  await rm(files.pidFile, { force: true });
}

/** The last lines of the service log, for a failure message. */
export async function logTail(files: ServiceFiles, lines = 15): Promise<string> {
  const text = await readFile(files.logFile, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
