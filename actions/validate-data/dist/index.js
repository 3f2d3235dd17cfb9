// The runner's entry for validate-data: everything it does lives in shared/steps/validate-data.ts.
import { runAction } from '../../../dist/index.js';

await runAction('validate-data');
// bundle sha256: f70d570643b9ea816d792b65742e5d59e131ebc535d704f3ed7a0718301646c9
