// The runner's entry for evaluate: everything it does lives in shared/steps/evaluate.ts.
import { runAction } from '../../../dist/index.js';

await runAction('evaluate');
// bundle sha256: f70d570643b9ea816d792b65742e5d59e131ebc535d704f3ed7a0718301646c9
