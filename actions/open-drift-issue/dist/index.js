// The runner's entry for open-drift-issue: everything it does lives in shared/steps/open-drift-issue.ts.
import { runAction } from '../../../dist/index.js';

await runAction('open-drift-issue');
// bundle sha256: 6d1d0904b60e97f1097a24949108fe87421126e4603b006d7b071c1387350349
