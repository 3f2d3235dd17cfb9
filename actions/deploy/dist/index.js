// The runner's entry for deploy: everything it does lives in shared/steps/deploy.ts.
import { runAction } from '../../../dist/index.js';

await runAction('deploy');
// bundle sha256: dd190d3ee2efbcd402c3ff22e3bc2347472673d89a309b783fe1d16c3ceea60c
