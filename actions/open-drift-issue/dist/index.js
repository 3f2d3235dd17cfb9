// The runner's entry for open-drift-issue: everything it does lives in shared/steps/open-drift-issue.ts.
import { runAction } from '../../../dist/index.js';

await runAction('open-drift-issue');
// bundle sha256: 303d4d8e1472073d389d413f406292b1e9d007065f4faa51b37c3e4912816536
