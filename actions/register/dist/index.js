// The runner's entry for register: everything it does lives in shared/steps/register.ts.
import { runAction } from '../../../dist/index.js';

await runAction('register');
// bundle sha256: 6ec5b8b3b6f6899525889d59da07b995317f5ff8c3ddb257e04c39f444ca3cef
