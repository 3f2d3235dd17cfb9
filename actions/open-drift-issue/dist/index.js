// The runner's entry for open-drift-issue: everything it does lives in shared/steps/open-drift-issue.ts.
import { runAction } from '../../../dist/index.js';

await runAction('open-drift-issue');
// bundle sha256: 448549f8e1dfc7fc44fde972968dcde89c37dddfff7087a4a728d0c6f17d7114
