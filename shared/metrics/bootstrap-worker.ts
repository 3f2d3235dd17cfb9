// Worker thread entry: scores a range of bootstrap resamples for evaluate.
// Bundled as dist/bootstrap-worker.js next to the main bundle (see metrics/bootstrap.ts); without
// it the bootstrap runs in the main thread.
import { parentPort } from 'node:worker_threads';
import { bootstrapDraws, type BootstrapRequest } from './bootstrap.js';

parentPort!.once('message', (request: BootstrapRequest) => {
  try {
    const draws = bootstrapDraws(request.candidate, request.baseline, request.seed, request.from, request.to);
    const buffers = [...draws.candidate, ...(draws.baseline ?? [])].map((array) => array.buffer as ArrayBuffer);
    parentPort!.postMessage(draws, buffers);
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
