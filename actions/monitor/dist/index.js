// The runner's entry for monitor: everything it does lives in shared/steps/monitor.ts.
import { runAction } from '../../../dist/index.js';

await runAction('monitor');
// bundle sha256: a38895db07aa69a4b406e04b50313662b7f64036a3a64f1b39bd5e0ef772ddee
