// The runner's entry for validate-data: everything it does lives in shared/steps/validate-data.ts.
import { runAction } from '../../../dist/index.js';

await runAction('validate-data');
// bundle sha256: b9b1ee62f34c9cc74e97ec7d4723740fc41bbf5e4893053f3680c78c8896c7ff
