// The runner's entry for monitor: everything it does lives in shared/steps/monitor.ts.
import { runAction } from '../../../dist/index.js';

await runAction('monitor');
// bundle sha256: 7f9f079a0384fde050333d465cdf5037ef806cfbe0c3268d99ec0a1cc38cc581
