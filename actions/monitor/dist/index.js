// The runner's entry for monitor: everything it does lives in shared/steps/monitor.ts.
import { runAction } from '../../../dist/index.js';

await runAction('monitor');
// bundle sha256: 448549f8e1dfc7fc44fde972968dcde89c37dddfff7087a4a728d0c6f17d7114
