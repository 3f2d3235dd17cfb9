// The runner's entry for tune: everything it does lives in shared/steps/tune.ts.
import { runAction } from '../../../dist/index.js';

await runAction('tune');
// bundle sha256: a38895db07aa69a4b406e04b50313662b7f64036a3a64f1b39bd5e0ef772ddee
