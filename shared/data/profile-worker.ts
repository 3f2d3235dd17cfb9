// Worker thread entry: profiles and checks byte ranges of CSV files for validate-data.
// Bundled as dist/profile-worker.js, next to the main bundle (see data/parallel.ts).
import { parentPort } from 'node:worker_threads';
import { readRange, type RangeTask } from './parallel.js';

parentPort!.on('message', (task: RangeTask) => {
  readRange(task).then(
    (result) => parentPort!.postMessage(result),
    (error: Error) => parentPort!.postMessage({ ok: false, message: `worker failed: ${error.message}` }),
  );
});
