// The runner's entry for deploy: everything it does lives in shared/steps/deploy.ts.
import { runAction } from '../../../dist/index.js';

await runAction('deploy');
// bundle sha256: 7f9f079a0384fde050333d465cdf5037ef806cfbe0c3268d99ec0a1cc38cc581
