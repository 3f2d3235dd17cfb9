// The runner's entry for deploy: everything it does lives in shared/steps/deploy.ts.
import { runAction } from '../../../dist/index.js';

await runAction('deploy');
// bundle sha256: 0273231361b3e8c299e1c0b358d421e66fd50165b66a4b4c1756d5cb08a31067
