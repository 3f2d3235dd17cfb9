// The runner's entry for register: everything it does lives in shared/steps/register.ts.
import { runAction } from '../../../dist/index.js';

await runAction('register');
// bundle sha256: e61513c07c4cf9b4fa183fd861dc7f7d1632689d6e96a3f94e6348691d1a3478
