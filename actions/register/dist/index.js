// The runner's entry for register: everything it does lives in shared/steps/register.ts.
import { runAction } from '../../../dist/index.js';

await runAction('register');
// bundle sha256: 19439ec09dd4752321275f62fe894efe447812377411b498f98fa777ef0f2f94
