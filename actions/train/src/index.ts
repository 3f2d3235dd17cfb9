// The runner's entry for train: everything it does lives in shared/steps/train.ts.
import { runAction } from '../../../shared/main.js';

await runAction('train');
