// The runner's entry for register: everything it does lives in shared/steps/register.ts.
import { runAction } from '../../../dist/index.js';

await runAction('register');
// bundle sha256: 764f3efb4ae77008070a5f7e442cded8ea071310f8c428a12d161b4beff43350
