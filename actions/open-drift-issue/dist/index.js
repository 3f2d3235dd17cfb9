// The runner's entry for open-drift-issue: everything it does lives in shared/steps/open-drift-issue.ts.
import { runAction } from '../../../dist/index.js';

await runAction('open-drift-issue');
// bundle sha256: dd190d3ee2efbcd402c3ff22e3bc2347472673d89a309b783fe1d16c3ceea60c
