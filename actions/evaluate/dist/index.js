// The runner's entry for evaluate: everything it does lives in shared/steps/evaluate.ts.
import { runAction } from '../../../dist/index.js';

await runAction('evaluate');
