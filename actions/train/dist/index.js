// The runner's entry for train: everything it does lives in shared/steps/train.ts.
import { runAction } from '../../../dist/index.js';

await runAction('train');
// bundle sha256: 0b29fbd7aca2179363d2a96e8814213994bf8b6809aa1cf3c3c22e8ed1a60826
