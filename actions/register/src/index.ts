// The runner's entry for register: everything it does lives in shared/steps/register.ts.
import { runAction } from '../../../shared/main.js';

await runAction('register');
