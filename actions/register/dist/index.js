// The runner's entry for register: everything it does lives in shared/steps/register.ts.
import { runAction } from '../../../dist/index.js';

await runAction('register');
// bundle sha256: dd190d3ee2efbcd402c3ff22e3bc2347472673d89a309b783fe1d16c3ceea60c
