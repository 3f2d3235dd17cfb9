// The runner's entry for train: everything it does lives in shared/steps/train.ts.
import { runAction } from '../../../dist/index.js';

await runAction('train');
