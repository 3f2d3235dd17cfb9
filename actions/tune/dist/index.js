// The runner's entry for tune: everything it does lives in shared/steps/tune.ts.
import { runAction } from '../../../dist/index.js';

await runAction('tune');
// bundle sha256: 188bc912e770d4cadc9aae5e3478cb94cdd5d6a130059b8afcf0509e28db541b
