// The runner's entry for open-drift-issue: everything it does lives in shared/steps/open-drift-issue.ts.
import { runAction } from '../../../dist/index.js';

await runAction('open-drift-issue');
// bundle sha256: a38895db07aa69a4b406e04b50313662b7f64036a3a64f1b39bd5e0ef772ddee
