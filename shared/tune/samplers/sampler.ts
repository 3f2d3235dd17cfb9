import type { StudyDirection } from '../direction.js';
import type { Params, SearchSpace } from '../space.js';
import type { Trial } from '../trial.js';

export type SamplerName = 'grid' | 'random' | 'tpe';

/** What a study records about its sampler, so a later round or a resumed run rebuilds the same one. */
export interface SamplerSpec {
  name: SamplerName;
  options?: Record<string, unknown>;
}

export interface SuggestContext {
  space: SearchSpace;
  direction: StudyDirection;
  /**
   * The trials before this one as this suggestion may see them: finished trials with their
   * results, and trials still in flight with state `running` (no result). The caller decides
   * which is which, so that suggestions do not depend on timing.
   */
  history: readonly Trial[];
  /** The trial being suggested: with the seed, it names the random streams used. */
  number: number;
  seed: number;
}

export interface Sampler {
  readonly spec: SamplerSpec;
  /** Parameters for trial `number`, or undefined when there is nothing left to try (a finished grid). */
  suggest(context: SuggestContext): Params | undefined;
}

/** Random streams by purpose, so samplers never share draws. */
export const STREAM = { random: 1, tpe: 2, grid: 3 } as const;
