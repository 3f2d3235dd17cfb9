// The runner's entry for register: everything it does lives in shared/steps/register.ts.
import { runAction } from '../../../dist/index.js';

await runAction('register');
// bundle sha256: 8710486fa597ca73fd64cf8b8e36515ca0a6b301821bb45fe495fb81e6dbfe1c
