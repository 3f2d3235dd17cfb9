// The runner's entry for tune: everything it does lives in shared/steps/tune.ts.
import { runAction } from '../../../dist/index.js';

await runAction('tune');
