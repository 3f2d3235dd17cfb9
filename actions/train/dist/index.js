// The runner's entry for train: everything it does lives in shared/steps/train.ts.
import { runAction } from '../../../dist/index.js';

await runAction('train');
// bundle sha256: 764f3efb4ae77008070a5f7e442cded8ea071310f8c428a12d161b4beff43350
