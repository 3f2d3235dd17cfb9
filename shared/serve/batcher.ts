/**
 * Dynamic batching. Requests that arrive together run as one model call, but the batcher never
 * holds a request back to wait for company:
 * - when no call is running, queued work is dispatched at the end of the current event-loop turn
 *   (so requests read in the same turn share a call, and a lone request waits for nothing);
 * - while calls are running, new requests accumulate and go out together as soon as a call
 *   finishes, or as soon as a full batch (`maxBatchSize` rows) is waiting;
 * - if the oldest waiting request has waited `maxWaitMs` while every call is still busy, and
 *   fewer than `maxConcurrentCalls` are running, another call starts for it.
 * So batching adds at most `maxWaitMs` to a request whenever a call slot is free, and nothing at low load.
 * With batching off, every request is its own model call, dispatched at once.
 */

export interface BatchingOptions {
  enabled: boolean;
  /** Most rows in one model call (a larger single request still runs, alone). */
  maxBatchSize: number;
  /** Longest a request waits for a busy model before another call may start for it. */
  maxWaitMs: number;
  /** Model calls in flight at once (only matters for runtimes that compute off the main thread). */
  maxConcurrentCalls: number;
}

export const DEFAULT_BATCHING: BatchingOptions = {
  enabled: true,
  maxBatchSize: 64,
  maxWaitMs: 5,
  maxConcurrentCalls: 2,
};

/** Runs the model on preprocessed rows; `M` is whatever identifies the model (the service passes its model slot). */
export type ModelCall<M> = (model: M, input: Float32Array, rows: number) => Promise<Float64Array> | Float64Array;

export interface JobResult {
  /** This request's rows of the model's output (`rows × outputs per row`). */
  output: Float64Array;
  queueMs: number;
  modelMs: number;
  /** Rows and requests in the model call that served this request. */
  batchRows: number;
  batchRequests: number;
}

export interface JobHooks {
  /** The job left the queue for a model call. */
  onDispatch?(): void;
  /** The job no longer needs its model: its call finished, or it was cancelled while queued. */
  onDone?(): void;
}

export interface SubmittedJob {
  result: Promise<JobResult>;
  /** Drops the job if it is still queued (e.g. its request timed out). */
  cancel(): void;
}

interface Job<M> extends JobHooks {
  model: M;
  input: Float32Array;
  rows: number;
  enqueuedAt: number;
  resolve(result: JobResult): void;
  reject(error: unknown): void;
}

export interface Batcher<M> {
  submit(model: M, input: Float32Array, rows: number, hooks?: JobHooks): SubmittedJob;
  /** Jobs waiting for a model call. */
  readonly queued: number;
  /** Model calls in flight. */
  readonly running: number;
  /** Resolves when nothing is queued or running. */
  idle(): Promise<void>;
}

export interface BatchObserver {
  onBatch?(rows: number, requests: number, modelMs: number): void;
}

export function createBatcher<M>(options: BatchingOptions, call: ModelCall<M>, observer: BatchObserver = {}): Batcher<M> {
  const queue: Job<M>[] = [];
  let queuedRows = 0;
  let running = 0;
  let immediate: NodeJS.Immediate | undefined;
  let timer: NodeJS.Timeout | undefined;
  let idleWaiters: (() => void)[] = [];

  /** The next call's jobs: the oldest job, then later jobs for the same model while the rows fit. */
  const take = (): Job<M>[] => {
    const first = queue[0];
    const batch: Job<M>[] = [first];
    let rows = first.rows;
    const rest: Job<M>[] = [];
    for (let i = 1; i < queue.length; i++) {
      const job = queue[i];
      if (options.enabled && job.model === first.model && rows + job.rows <= options.maxBatchSize) {
        batch.push(job);
        rows += job.rows;
      } else {
        rest.push(job);
      }
    }
    queue.length = 0;
    queue.push(...rest);
    queuedRows -= rows;
    return batch;
  };

  const dispatch = (): void => {
    if (queue.length === 0) return;
    const batch = take();
    const rows = batch.reduce((n, job) => n + job.rows, 0);
    const width = batch[0].input.length / Math.max(batch[0].rows, 1);
    let input = batch[0].input;
    if (batch.length > 1) {
      input = new Float32Array(rows * width);
      let at = 0;
      for (const job of batch) {
        input.set(job.input, at);
        at += job.input.length;
      }
    }
    const started = performance.now();
    for (const job of batch) job.onDispatch?.();
    running++;
    const finish = (output: Float64Array | undefined, error?: unknown) => {
      const modelMs = performance.now() - started;
      running--;
      observer.onBatch?.(rows, batch.length, modelMs);
      const perRow = output && rows > 0 ? output.length / rows : 0;
      let offset = 0;
      for (const job of batch) {
        if (output) {
          job.resolve({
            output: output.subarray(offset * perRow, (offset + job.rows) * perRow),
            queueMs: started - job.enqueuedAt,
            modelMs,
            batchRows: rows,
            batchRequests: batch.length,
          });
        } else {
          job.reject(error);
        }
        offset += job.rows;
        job.onDone?.();
      }
      schedule();
    };
    try {
      const result = call(batch[0].model, input, rows);
      if (result instanceof Float64Array) finish(result);
      else
        result.then(
          (output) => finish(output),
          (error) => finish(undefined, error),
        );
    } catch (error) {
      finish(undefined, error);
    }
  };

  const stopTimer = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };

  const flush = (): void => {
    immediate = undefined;
    if (!options.enabled) {
      while (queue.length > 0) dispatch();
    } else if (running < options.maxConcurrentCalls) {
      dispatch();
    }
    schedule();
  };

  function schedule(): void {
    if (queue.length === 0) {
      stopTimer();
      if (running === 0 && idleWaiters.length > 0) {
        const waiters = idleWaiters;
        idleWaiters = [];
        for (const resolve of waiters) resolve();
      }
      return;
    }
    if (immediate) return;
    const fullBatchWaiting = queuedRows >= options.maxBatchSize && running < options.maxConcurrentCalls;
    if (!options.enabled || running === 0 || fullBatchWaiting) {
      stopTimer();
      immediate = setImmediate(flush);
      return;
    }
    if (timer || running >= options.maxConcurrentCalls) return;
    const wait = Math.max(0, queue[0].enqueuedAt + options.maxWaitMs - performance.now());
    timer = setTimeout(() => {
      timer = undefined;
      if (running < options.maxConcurrentCalls && queue.length > 0) dispatch();
      schedule();
    }, wait);
  }

  return {
    submit(model, input, rows, hooks = {}) {
      let job!: Job<M>;
      const result = new Promise<JobResult>((resolve, reject) => {
        job = { model, input, rows, enqueuedAt: performance.now(), resolve, reject, ...hooks };
      });
      queue.push(job);
      queuedRows += rows;
      schedule();
      return {
        result,
        cancel() {
          const index = queue.indexOf(job);
          if (index < 0) return;
          queue.splice(index, 1);
          queuedRows -= job.rows;
          job.onDone?.();
          schedule();
        },
      };
    },
    get queued() {
      return queue.length;
    },
    get running() {
      return running;
    },
    idle() {
      if (queue.length === 0 && running === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
  };
}
