// The runner's entry for monitor: everything it does lives in shared/steps/monitor.ts.
import { runAction } from '../../../dist/index.js';

await runAction('monitor');
// bundle sha256: 9fe080367d8f2371b47ca6751778cbf9fac6e5e560aca52c962b43df7f3d8fa4
