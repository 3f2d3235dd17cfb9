// The runner's entry for evaluate: everything it does lives in shared/steps/evaluate.ts.
import { runAction } from '../../../dist/index.js';

await runAction('evaluate');
// bundle sha256: 448549f8e1dfc7fc44fde972968dcde89c37dddfff7087a4a728d0c6f17d7114
