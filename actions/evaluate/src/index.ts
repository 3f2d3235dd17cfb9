// The runner's entry for evaluate: everything it does lives in shared/steps/evaluate.ts.
import { runAction } from '../../../shared/main.js';

await runAction('evaluate');
