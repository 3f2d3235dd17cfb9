// The runner's entry for deploy: everything it does lives in shared/steps/deploy.ts.
import { runAction } from '../../../dist/index.js';

await runAction('deploy');
// bundle sha256: 6d1d0904b60e97f1097a24949108fe87421126e4603b006d7b071c1387350349
