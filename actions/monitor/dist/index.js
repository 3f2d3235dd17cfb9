// The runner's entry for monitor: everything it does lives in shared/steps/monitor.ts.
import { runAction } from '../../../dist/index.js';

await runAction('monitor');
// bundle sha256: 188bc912e770d4cadc9aae5e3478cb94cdd5d6a130059b8afcf0509e28db541b
