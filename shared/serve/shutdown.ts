import type { ServiceHandle } from './service.js';

export interface ShutdownOptions {
  /** Signals that start the graceful stop (default SIGTERM and SIGINT). */
  signals?: NodeJS.Signals[];
  /** How the process ends (default process.exit); tests pass their own. */
  exit?: (code: number) => void;
  log?: (line: string) => void;
  /**
   * Exit with 1 if draining takes longer than this (default 30 s). Draining is bounded by the
   * request timeout already; this is the backstop for anything that hangs.
   */
  forceAfterMs?: number;
}

/**
 * Makes SIGTERM mean what orchestrators expect: stop accepting, answer every accepted request,
 * flush the prediction log, then exit 0. A second signal while draining exits at once with 1.
 * Returns a function that removes the handlers.
 */
export function installShutdownHandler(service: Pick<ServiceHandle, 'close'>, options: ShutdownOptions = {}): () => void {
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const log = options.log ?? (() => undefined);
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again while draining: exiting now.`);
      exit(1);
      return;
    }
    stopping = true;
    log(`${signal}: draining (no new requests; answering accepted ones; flushing the prediction log).`);
    const backstop = setTimeout(() => {
      log(`draining took longer than ${options.forceAfterMs ?? 30_000} ms: exiting.`);
      exit(1);
    }, options.forceAfterMs ?? 30_000);
    backstop.unref();
    service.close().then(
      () => {
        clearTimeout(backstop);
        log('drained; exiting.');
        exit(0);
      },
      (error: Error) => {
        clearTimeout(backstop);
        log(`draining failed: ${error.message}`);
        exit(1);
      },
    );
  };
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}
