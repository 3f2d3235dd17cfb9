// The runner's entry for validate-data: everything it does lives in shared/steps/validate-data.ts.
import { runAction } from '../../../shared/main.js';

await runAction('validate-data');
