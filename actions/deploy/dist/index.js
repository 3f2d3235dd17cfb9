// The runner's entry for deploy: everything it does lives in shared/steps/deploy.ts.
import { runAction } from '../../../dist/index.js';

await runAction('deploy');
// bundle sha256: 0f366168a94b50a01ee4673cc6c8bb446f3240e6bf74f1cb7d09b4925e99e3f3
