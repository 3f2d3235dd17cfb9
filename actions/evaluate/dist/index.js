// The runner's entry for evaluate: everything it does lives in shared/steps/evaluate.ts.
import { runAction } from '../../../dist/index.js';

await runAction('evaluate');
// bundle sha256: 303d4d8e1472073d389d413f406292b1e9d007065f4faa51b37c3e4912816536
