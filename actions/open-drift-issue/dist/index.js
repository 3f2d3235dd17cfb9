// The runner's entry for open-drift-issue: everything it does lives in shared/steps/open-drift-issue.ts.
import { runAction } from '../../../dist/index.js';

await runAction('open-drift-issue');
// bundle sha256: 8710486fa597ca73fd64cf8b8e36515ca0a6b301821bb45fe495fb81e6dbfe1c
