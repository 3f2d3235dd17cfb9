// The runner's entry for deploy: everything it does lives in shared/steps/deploy.ts.
import { runAction } from '../../../dist/index.js';

await runAction('deploy');
// bundle sha256: ca91ed48f4c1b52a270a5a6ad6821d9feb1c7413c2d2c6473593542b58b20c73
