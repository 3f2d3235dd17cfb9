// The runner's entry for monitor: everything it does lives in shared/steps/monitor.ts.
import { runAction } from '../../../dist/index.js';

await runAction('monitor');
// bundle sha256: 37dbea4ccfa2bb7e3d0091179fa3c306e3e2111ab848d0d26f3526ba48cbd7aa
