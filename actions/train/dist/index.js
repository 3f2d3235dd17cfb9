// The runner's entry for train: everything it does lives in shared/steps/train.ts.
import { runAction } from '../../../dist/index.js';

await runAction('train');
// bundle sha256: 3f3f87eb6c85950764aa0052c66416c37aad9138b7b7cc91d708f5b686c7b4ff
