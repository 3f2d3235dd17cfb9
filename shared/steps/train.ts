import { NotAvailableError } from '../runtime/errors.js';
import type { Step } from './types.js';

export const run: Step = async () => {
  throw new NotAvailableError('train', 'issue #4');
};
