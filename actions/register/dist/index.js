// The runner's entry for register: everything it does lives in shared/steps/register.ts.
import { runAction } from '../../../dist/index.js';

await runAction('register');
// bundle sha256: f70d570643b9ea816d792b65742e5d59e131ebc535d704f3ed7a0718301646c9
