// The runner's entry for open-drift-issue: everything it does lives in shared/steps/open-drift-issue.ts.
import { runAction } from '../../../dist/index.js';

await runAction('open-drift-issue');
// bundle sha256: 188bc912e770d4cadc9aae5e3478cb94cdd5d6a130059b8afcf0509e28db541b
