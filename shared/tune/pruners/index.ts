import { InputError } from '../../runtime/errors.js';
import { closest } from '../../runtime/suggest.js';
import { ashaPruner, type AshaOptions } from './asha.js';
import { noPruner } from './none.js';
import type { Pruner, PrunerName, PrunerSpec } from './pruner.js';

export const PRUNER_NAMES: readonly PrunerName[] = ['none', 'asha'];

/** Builds a pruner from its name or its recorded spec. */
export function createPruner(spec: PrunerName | PrunerSpec | Pruner | undefined): Pruner {
  if (spec === undefined) return noPruner();
  if (typeof spec === 'object' && 'decide' in spec) return spec;
  const { name, options } = typeof spec === 'string' ? { name: spec, options: undefined } : spec;
  if (name === 'none') return noPruner();
  if (name === 'asha') return ashaPruner(options as AshaOptions);
  const hint = closest(String(name), PRUNER_NAMES);
  throw new InputError(
    `pruner must be one of ${PRUNER_NAMES.join(', ')} (got ` + `${JSON.stringify(name)})${hint ? `; did you mean "${hint}"?` : '.'}`,
    'pruner',
  );
}

export type { Pruner, PrunerName, PrunerSpec, PruneContext, PruneDecision } from './pruner.js';
export { ashaPruner, estimateMinResource, promotable, type AshaOptions } from './asha.js';
export { noPruner } from './none.js';
