// The runner's entry for register: everything it does lives in shared/steps/register.ts.
import { runAction } from '../../../dist/index.js';

await runAction('register');
// bundle sha256: 188bc912e770d4cadc9aae5e3478cb94cdd5d6a130059b8afcf0509e28db541b
