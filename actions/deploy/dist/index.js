// The runner's entry for deploy: everything it does lives in shared/steps/deploy.ts.
import { runAction } from '../../../dist/index.js';

await runAction('deploy');
// bundle sha256: 6ec5b8b3b6f6899525889d59da07b995317f5ff8c3ddb257e04c39f444ca3cef
