// The runner's entry for open-drift-issue: everything it does lives in shared/steps/open-drift-issue.ts.
import { runAction } from '../../../dist/index.js';

await runAction('open-drift-issue');
// bundle sha256: 19439ec09dd4752321275f62fe894efe447812377411b498f98fa777ef0f2f94
