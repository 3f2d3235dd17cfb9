// The runner's entry for validate-data: everything it does lives in shared/steps/validate-data.ts.
import { runAction } from '../../../dist/index.js';

await runAction('validate-data');
// bundle sha256: e61513c07c4cf9b4fa183fd861dc7f7d1632689d6e96a3f94e6348691d1a3478
