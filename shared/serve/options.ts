import { InputError } from '../runtime/errors.js';
import { DEFAULT_BATCHING, type BatchingOptions } from './batcher.js';
import type { PredictionLogOptions } from './prediction-log.js';
import type { Protocol } from './protocols/index.js';
import type { ModelToServe } from './served-model.js';

export interface ServiceOptions {
  model: ModelToServe;
  /** Interface to bind (default 127.0.0.1: nothing outside the host can reach the service unless you say so). */
  host?: string;
  /** Port (default 0: an ephemeral port, read it from the handle's `url`). */
  port?: number;
  /** Dynamic batching, on by default; `false` (or `{ enabled: false }`) runs one model call per request. */
  batching?: Partial<BatchingOptions> | false;
  /** Inference requests admitted but not yet in a model call; beyond it the answer is 503 with Retry-After. */
  queueLimit?: number;
  /** From arrival to response; past it the answer is 504 (408 while the body is still arriving). */
  requestTimeoutMs?: number;
  /** Largest request body; larger ones get 413 without being read. */
  bodyLimitBytes?: number;
  /** Bearer token for every inference and metadata route; health, readiness and /metrics stay open. */
  token?: string;
  /** JSON Lines prediction log (one line per row), rotated by size. */
  predictionLog?: PredictionLogOptions;
  /** Protocols to speak (default: all of PROTOCOLS). */
  protocols?: readonly Protocol[];
  /** Run the model once before taking traffic (default true); a model that cannot predict never goes live. */
  warmUp?: boolean;
  /** Operational messages: start, swaps, failures. */
  log?: (line: string) => void;
}

export interface ResolvedOptions {
  host: string;
  port: number;
  batching: BatchingOptions;
  queueLimit: number;
  requestTimeoutMs: number;
  bodyLimitBytes: number;
}

export const DEFAULTS = {
  host: '127.0.0.1',
  port: 0,
  queueLimit: 256,
  requestTimeoutMs: 10_000,
  bodyLimitBytes: 1024 * 1024,
} as const;

function integer(name: string, value: number | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) throw new InputError(`${name} must be an integer ≥ ${min}, not ${value}.`, name);
  return value;
}

export function resolveOptions(options: ServiceOptions): ResolvedOptions {
  const batching = options.batching === false ? { enabled: false } : (options.batching ?? {});
  const port = integer('port', options.port, DEFAULTS.port, 0);
  if (port > 65535) throw new InputError(`port must be at most 65535, not ${port}.`, 'port');
  if (options.token !== undefined && options.token.trim() === '') {
    throw new InputError('token is empty; leave it out to serve without a token, or give the secret.', 'token');
  }
  return {
    host: options.host ?? DEFAULTS.host,
    port,
    batching: {
      enabled: batching.enabled ?? DEFAULT_BATCHING.enabled,
      maxBatchSize: integer('batching.maxBatchSize', batching.maxBatchSize, DEFAULT_BATCHING.maxBatchSize, 1),
      maxWaitMs: integer('batching.maxWaitMs', batching.maxWaitMs, DEFAULT_BATCHING.maxWaitMs, 0),
      maxConcurrentCalls: integer('batching.maxConcurrentCalls', batching.maxConcurrentCalls, DEFAULT_BATCHING.maxConcurrentCalls, 1),
    },
    queueLimit: integer('queueLimit', options.queueLimit, DEFAULTS.queueLimit, 1),
    requestTimeoutMs: integer('requestTimeoutMs', options.requestTimeoutMs, DEFAULTS.requestTimeoutMs, 1),
    bodyLimitBytes: integer('bodyLimitBytes', options.bodyLimitBytes, DEFAULTS.bodyLimitBytes, 1),
  };
}
