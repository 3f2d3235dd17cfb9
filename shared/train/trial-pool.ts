import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TrialStopped, trainConfigTrial, type ConfigTrialOutcome, type ConfigTrialRequest } from './trial.js';

/**
 * Runs built-in-trainer trials in worker processes, `size` at a time: each process trains on
 * its own core (TF.js wasm and cpu are single-threaded; onnxruntime gets MLOPS_TRAIN_THREADS),
 * keeps the table and the data profile between its trials, and a crash (out of memory, a native
 * abort) fails that trial only. The processes are Node running the bundle's `serveTrialWorker`;
 * without a bundle (running from the TypeScript sources) trials run in this process, one at a time.
 */

/** What the step sends a worker. */
export type ParentMessage =
  | { type: 'run'; id: number; request: ConfigTrialRequest }
  | { type: 'decision'; id: number; decision: 'continue' | 'stop' };

/** What a worker sends back. */
export type ChildMessage =
  | { type: 'epoch'; id: number; epoch: number; logs: Record<string, number> }
  | { type: 'log'; id: number; message: string }
  | { type: 'done'; id: number; outcome: ConfigTrialOutcome }
  | { type: 'stopped'; id: number; epoch: number }
  | { type: 'failed'; id: number; message: string };

export type EpochCallback = (epoch: number, logs: Record<string, number>) => 'continue' | 'stop';

export interface TrialPool {
  /** Whether trials run in worker processes (false: in this process, one at a time). */
  readonly processes: boolean;
  /** Trains one trial; rejects with TrialStopped when `onEpoch` stopped it, with an Error when it failed. */
  run(request: ConfigTrialRequest, onEpoch: EpochCallback, log?: (message: string) => void): Promise<ConfigTrialOutcome>;
  close(): Promise<void>;
}

export interface TrialPoolOptions {
  /** Processes at most (the trials run at once). */
  size: number;
  /** The environment of the worker processes. */
  env: NodeJS.ProcessEnv;
  /** The bundle whose serveTrialWorker the workers run; found next to this code by default (see trialWorkerBundle). */
  bundle?: string;
}

/** The bundle (dist/index.js) next to the running chunk, or MLOPS_TUNE_WORKER_BUNDLE; undefined when running from the sources. */
export function trialWorkerBundle(env: NodeJS.ProcessEnv): string | undefined {
  let here: string | undefined;
  try {
    here = dirname(fileURLToPath(import.meta.url));
  } catch {
    here = undefined;
  }
  const candidates = [env.MLOPS_TUNE_WORKER_BUNDLE, here && join(here, 'index.js')];
  return candidates.find((file): file is string => Boolean(file) && existsSync(file!));
}

// `node -e` with the bundle's URL as its first argument: no extra file has to ship beside the bundle.
const BOOT =
  'import(process.argv[1]).then((bundle) => bundle.serveTrialWorker()).catch((error) => { console.error(error); process.exit(70); });';

interface Worker {
  child: ChildProcess;
  busy: boolean;
  /** The last lines the process wrote on stderr, quoted when it dies. */
  stderr: string[];
  current?: {
    id: number;
    onEpoch: EpochCallback;
    log?: (message: string) => void;
    resolve: (outcome: ConfigTrialOutcome) => void;
    reject: (error: Error) => void;
    /** onEpoch threw: the trial fails with this once the worker has stopped. */
    error?: Error;
  };
}

export function createTrialPool(options: TrialPoolOptions): TrialPool {
  const bundle = options.bundle ?? trialWorkerBundle(options.env);
  return bundle ? processPool(options, bundle) : inProcessPool();
}

/** From the sources: one trial at a time in this process (TF.js holds one global engine). */
function inProcessPool(): TrialPool {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    processes: false,
    run(request, onEpoch, log) {
      const result = queue.then(() => trainConfigTrial(request, { onEpoch, log }));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
    },
  };
}

function processPool(options: TrialPoolOptions, bundle: string): TrialPool {
  const workers: Worker[] = [];
  const waiting: ((worker: Worker) => void)[] = [];
  let nextId = 1;
  let closed = false;

  const spawnWorker = (): Worker => {
    const child = spawn(process.execPath, ['-e', BOOT, pathToFileURL(bundle).href], {
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    const worker: Worker = { child, busy: false, stderr: [] };
    const keep = (chunk: Buffer) => {
      worker.stderr.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      worker.stderr.splice(0, Math.max(0, worker.stderr.length - 20));
    };
    child.stderr!.on('data', keep);
    // Anything a library prints on stdout must not reach the runner as a workflow command.
    child.stdout!.on('data', (chunk: Buffer) => worker.current?.log?.(chunk.toString('utf8').trimEnd()));
    child.on('message', (message: ChildMessage) => {
      const current = worker.current;
      if (!current || message.id !== current.id) return;
      switch (message.type) {
        case 'epoch': {
          let decision: 'continue' | 'stop' = 'continue';
          try {
            decision = current.onEpoch(message.epoch, message.logs);
          } catch (error) {
            // The trial fails with this error once the worker has stopped it.
            current.error = error as Error;
            decision = 'stop';
          }
          child.send({ type: 'decision', id: message.id, decision } satisfies ParentMessage);
          break;
        }
        case 'log':
          current.log?.(message.message);
          break;
        case 'done':
          finish(worker, () => current.resolve(message.outcome));
          break;
        case 'stopped':
          finish(worker, () => current.reject(current.error ?? new TrialStopped(message.epoch)));
          break;
        case 'failed':
          finish(worker, () => current.reject(new Error(message.message)));
          break;
      }
    });
    child.on('exit', (code, signal) => {
      const at = workers.indexOf(worker);
      if (at >= 0) workers.splice(at, 1);
      const current = worker.current;
      worker.current = undefined;
      if (current) {
        const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        const tail = worker.stderr.length ? `: ${worker.stderr.slice(-3).join(' | ')}` : '';
        current.reject(new Error(`the trial's worker process ${how} (out of memory?)${tail}`));
      }
      // A waiting trial gets a fresh process in its place.
      if (!closed && waiting.length > 0) {
        const fresh = spawnWorker();
        fresh.busy = true;
        waiting.shift()!(fresh);
      }
    });
    child.on('error', () => {
      // 'exit' follows and fails the current trial.
    });
    workers.push(worker);
    return worker;
  };

  const finish = (worker: Worker, settle: () => void) => {
    if (!worker.current) return;
    worker.current = undefined;
    settle();
    const next = waiting.shift();
    if (next) next(worker);
    else worker.busy = false;
  };

  const acquire = (): Promise<Worker> => {
    const idle = workers.find((w) => !w.busy);
    if (idle) {
      idle.busy = true;
      return Promise.resolve(idle);
    }
    if (workers.length < options.size) {
      const worker = spawnWorker();
      worker.busy = true;
      return Promise.resolve(worker);
    }
    return new Promise((resolve) => waiting.push(resolve));
  };

  return {
    processes: true,
    async run(request, onEpoch, log) {
      const worker = await acquire();
      const id = nextId++;
      return new Promise<ConfigTrialOutcome>((resolve, reject) => {
        worker.current = { id, onEpoch, log, resolve, reject };
        worker.child.send({ type: 'run', id, request } satisfies ParentMessage);
      });
    },
    async close() {
      closed = true;
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.child.exitCode !== null || worker.child.signalCode !== null) return resolve();
              worker.child.once('exit', () => resolve());
              worker.child.disconnect();
              setTimeout(() => worker.child.kill('SIGKILL'), 5000).unref();
            }),
        ),
      );
    },
  };
}
