// The runner's entry for deploy: everything it does lives in shared/steps/deploy.ts.
import { runAction } from '../../../dist/index.js';

await runAction('deploy');
// bundle sha256: 19439ec09dd4752321275f62fe894efe447812377411b498f98fa777ef0f2f94
