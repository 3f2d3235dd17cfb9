// The runner's entry for open-drift-issue: everything it does lives in shared/steps/open-drift-issue.ts.
import { runAction } from '../../../dist/index.js';

await runAction('open-drift-issue');
// bundle sha256: 37dbea4ccfa2bb7e3d0091179fa3c306e3e2111ab848d0d26f3526ba48cbd7aa
