// The runner's entry for open-drift-issue: everything it does lives in shared/steps/open-drift-issue.ts.
import { runAction } from '../../../dist/index.js';

await runAction('open-drift-issue');
// bundle sha256: f70d570643b9ea816d792b65742e5d59e131ebc535d704f3ed7a0718301646c9
