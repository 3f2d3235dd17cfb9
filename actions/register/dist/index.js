// The runner's entry for register: everything it does lives in shared/steps/register.ts.
import { runAction } from '../../../dist/index.js';

await runAction('register');
// bundle sha256: 37dbea4ccfa2bb7e3d0091179fa3c306e3e2111ab848d0d26f3526ba48cbd7aa
