// The runner's entry for tune: everything it does lives in shared/steps/tune.ts.
import { runAction } from '../../../shared/main.js';

await runAction('tune');
