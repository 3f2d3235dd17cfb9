// The runner's entry for monitor: everything it does lives in shared/steps/monitor.ts.
import { runAction } from '../../../dist/index.js';

await runAction('monitor');
// bundle sha256: 19439ec09dd4752321275f62fe894efe447812377411b498f98fa777ef0f2f94
