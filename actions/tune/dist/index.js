// The runner's entry for tune: everything it does lives in shared/steps/tune.ts.
import { runAction } from '../../../dist/index.js';

await runAction('tune');
// bundle sha256: 448549f8e1dfc7fc44fde972968dcde89c37dddfff7087a4a728d0c6f17d7114
