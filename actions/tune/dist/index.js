// The runner's entry for tune: everything it does lives in shared/steps/tune.ts.
import { runAction } from '../../../dist/index.js';

await runAction('tune');
// bundle sha256: e61513c07c4cf9b4fa183fd861dc7f7d1632689d6e96a3f94e6348691d1a3478
