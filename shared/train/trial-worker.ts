// A tune worker process: runs the trials its parent sends, one at a time, on the built-in
// trainer (trial.ts), and asks the parent after each epoch whether to go on (the pruner lives
// there, with the whole study). Started by trial-pool.ts through the bundle's serveTrialWorker.
import { TrialStopped, trainConfigTrial } from './trial.js';
import type { ChildMessage, ParentMessage } from './trial-pool.js';

export async function serveTrialWorker(): Promise<void> {
  const send = process.send?.bind(process);
  if (!send) throw new Error('a tune worker must be started with an IPC channel (by the tune step)');
  const post = (message: ChildMessage) => send(message);
  let answer: ((decision: 'continue' | 'stop') => void) | undefined;
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'decision') {
      const resolve = answer;
      answer = undefined;
      resolve?.(message.decision);
      return;
    }
    const { id, request } = message;
    trainConfigTrial(request, {
      onEpoch: (epoch, logs) =>
        new Promise((resolve) => {
          answer = resolve;
          post({ type: 'epoch', id, epoch, logs });
        }),
      log: (text) => post({ type: 'log', id, message: text }),
    }).then(
      (outcome) => post({ type: 'done', id, outcome }),
      (error: unknown) => {
        if (error instanceof TrialStopped) post({ type: 'stopped', id, epoch: error.epoch });
        else post({ type: 'failed', id, message: error instanceof Error ? error.message || error.name : String(error) });
      },
    );
  });
  // The step ended (or died): nothing is left to do here.
  process.on('disconnect', () => process.exit(0));
}
