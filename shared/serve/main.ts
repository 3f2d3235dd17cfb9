import { resolve } from 'node:path';
import { InputError } from '../runtime/errors.js';
import type { BatchingOptions } from './batcher.js';
import { loadModelToServe } from './load-model.js';
import type { PredictionLogOptions } from './prediction-log.js';
import { startControl } from './control.js';
import { startService, type ServiceHandle } from './service.js';
import { installShutdownHandler } from './shutdown.js';

/** Everything `mlops serve <package dir>` can set. */
export interface ServeMainOptions {
  /** The model package folder (resolved to a folder by the caller when it was a registry reference). */
  package: string;
  name?: string;
  version?: string;
  host?: string;
  port?: number;
  batching?: Partial<BatchingOptions> | false;
  queueLimit?: number;
  requestTimeoutMs?: number;
  bodyLimitBytes?: number;
  token?: string;
  predictionLog?: PredictionLogOptions;
  /** A Unix socket for swapping models and routing canaries from the same host (deploy's local target). */
  control?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Operational lines (default: standard error). */
  log?: (line: string) => void;
  /** Install the SIGTERM/SIGINT drain-then-exit handler (default true). */
  handleSignals?: boolean;
  exit?: (code: number) => void;
}

/** The environment variable the token is read from; a token on the command line would show in `ps`. */
export const TOKEN_VARIABLE = 'MLOPS_SERVE_TOKEN';

/**
 * Loads and verifies the package (an integrity failure refuses to start), starts the service,
 * and installs the graceful SIGTERM handler. Resolves once the service is listening.
 */
export async function serveMain(options: ServeMainOptions): Promise<ServiceHandle> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const model = await loadModelToServe(options.package, {
    name: options.name,
    version: options.version,
    env: options.env,
    cwd: options.cwd,
  });
  let service: ServiceHandle;
  try {
    service = await startService({
      model,
      host: options.host,
      port: options.port,
      batching: options.batching,
      queueLimit: options.queueLimit,
      requestTimeoutMs: options.requestTimeoutMs,
      bodyLimitBytes: options.bodyLimitBytes,
      token: options.token,
      predictionLog: options.predictionLog,
      log,
    });
  } catch (error) {
    await model.predictor.release().catch(() => undefined);
    throw error;
  }
  if (options.control) {
    const control = await startControl(service, options.control, { env: options.env, log });
    const close = service.close.bind(service);
    // The socket goes away with the service, so a stale one never answers for a stopped process.
    (service as { close: () => Promise<void> }).close = async () => {
      await control.close();
      await close();
    };
  }
  if (options.handleSignals !== false) installShutdownHandler(service, { log, exit: options.exit });
  return service;
}

const USAGE =
  'usage: mlops serve <package dir> [--host 127.0.0.1] [--port 8080] [--name NAME] [--version V] ' +
  '[--max-batch-size 64] [--max-wait-ms 5] [--max-concurrent-calls 2] [--no-batching] [--queue-limit 256] ' +
  '[--request-timeout-ms 10000] [--body-limit-bytes 1048576] [--prediction-log PATH] ' +
  `[--prediction-log-max-bytes N] [--prediction-log-files 5] [--token-env ${TOKEN_VARIABLE}] [--control SOCKET]`;

const NUMBER_FLAGS = new Set([
  'port',
  'max-batch-size',
  'max-wait-ms',
  'max-concurrent-calls',
  'queue-limit',
  'request-timeout-ms',
  'body-limit-bytes',
  'prediction-log-max-bytes',
  'prediction-log-files',
]);
const TEXT_FLAGS = new Set(['host', 'name', 'version', 'prediction-log', 'token-env', 'control']);

/**
 * Command-line words → ServeMainOptions: one positional package folder and `--flag value` pairs
 * (or `--flag=value`). The token comes from the environment (MLOPS_SERVE_TOKEN, or the variable
 * `--token-env` names), never from the command line.
 */
export function parseServeArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServeMainOptions {
  const positional: string[] = [];
  const flags = new Map<string, string | number | true>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (!word.startsWith('--')) {
      positional.push(word);
      continue;
    }
    const [flag, inline] = word.slice(2).split(/=(.*)/s, 2);
    if (flag === 'no-batching') {
      flags.set(flag, true);
      continue;
    }
    if (!NUMBER_FLAGS.has(flag) && !TEXT_FLAGS.has(flag)) throw new InputError(`unknown flag --${flag}. ${USAGE}`, flag);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new InputError(`--${flag} needs a value. ${USAGE}`, flag);
    if (NUMBER_FLAGS.has(flag)) {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 0) throw new InputError(`--${flag} must be a whole number, not "${value}".`, flag);
      flags.set(flag, number);
    } else {
      flags.set(flag, value);
    }
  }
  if (positional.length !== 1) throw new InputError(`give exactly one model package folder. ${USAGE}`, 'package');
  const num = (flag: string) => flags.get(flag) as number | undefined;
  const text = (flag: string) => flags.get(flag) as string | undefined;
  const tokenVariable = text('token-env') ?? TOKEN_VARIABLE;
  const token = env[tokenVariable];
  if (text('token-env') && !token) {
    throw new InputError(`--token-env ${tokenVariable}: that environment variable is not set.`, 'token-env');
  }
  const logPath = text('prediction-log');
  return {
    package: positional[0],
    name: text('name'),
    version: text('version'),
    host: text('host'),
    port: num('port'),
    batching: flags.has('no-batching')
      ? false
      : {
          maxBatchSize: num('max-batch-size'),
          maxWaitMs: num('max-wait-ms'),
          maxConcurrentCalls: num('max-concurrent-calls'),
        },
    queueLimit: num('queue-limit'),
    requestTimeoutMs: num('request-timeout-ms'),
    bodyLimitBytes: num('body-limit-bytes'),
    token: token || undefined,
    control: text('control') ? resolve(cwd, text('control')!) : undefined,
    predictionLog: logPath
      ? {
          path: resolve(cwd, logPath),
          maxBytes: num('prediction-log-max-bytes'),
          maxFiles: num('prediction-log-files'),
        }
      : undefined,
    env,
    cwd,
  };
}
