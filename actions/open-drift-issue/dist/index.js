// The runner's entry for open-drift-issue: everything it does lives in shared/steps/open-drift-issue.ts.
import { runAction } from '../../../dist/index.js';

await runAction('open-drift-issue');
// bundle sha256: e4bb72f53e488c2b3c75400387f3b302c070ebc3e1826d89e9eb1a492fb7d206
