import type { Pruner } from './pruner.js';

/** Never prunes: every trial runs all its epochs. */
export function noPruner(): Pruner {
  return { spec: { name: 'none' }, decide: () => ({ prune: false }) };
}
