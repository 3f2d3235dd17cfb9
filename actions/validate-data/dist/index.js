// The runner's entry for validate-data: everything it does lives in shared/steps/validate-data.ts.
import { runAction } from '../../../dist/index.js';

await runAction('validate-data');
// bundle sha256: 3f3f87eb6c85950764aa0052c66416c37aad9138b7b7cc91d708f5b686c7b4ff
