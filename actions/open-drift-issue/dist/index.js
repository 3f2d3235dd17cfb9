// The runner's entry for open-drift-issue: everything it does lives in shared/steps/open-drift-issue.ts.
import { runAction } from '../../../dist/index.js';

await runAction('open-drift-issue');
// bundle sha256: 764f3efb4ae77008070a5f7e442cded8ea071310f8c428a12d161b4beff43350
