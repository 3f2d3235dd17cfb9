// The runner's entry for register: everything it does lives in shared/steps/register.ts.
import { runAction } from '../../../dist/index.js';

await runAction('register');
// bundle sha256: 6d1d0904b60e97f1097a24949108fe87421126e4603b006d7b071c1387350349
