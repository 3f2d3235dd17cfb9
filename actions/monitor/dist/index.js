// The runner's entry for monitor: everything it does lives in shared/steps/monitor.ts.
import { runAction } from '../../../dist/index.js';

await runAction('monitor');
// bundle sha256: 303d4d8e1472073d389d413f406292b1e9d007065f4faa51b37c3e4912816536
