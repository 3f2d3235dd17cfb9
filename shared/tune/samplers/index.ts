import { InputError } from '../../runtime/errors.js';
import { closest } from '../../runtime/suggest.js';
import { gridSampler } from './grid.js';
import { randomSampler } from './random.js';
import type { Sampler, SamplerName, SamplerSpec } from './sampler.js';
import { TPE_DEFAULTS, tpeSampler, type TpeOptions } from './tpe.js';

export const SAMPLER_NAMES: readonly SamplerName[] = ['grid', 'random', 'tpe'];

/** Builds a sampler from its name or its recorded spec (a trials file, a matrix state). */
export function createSampler(spec: SamplerName | SamplerSpec | Sampler): Sampler {
  if (typeof spec === 'object' && 'suggest' in spec) return spec;
  const { name, options } = typeof spec === 'string' ? { name: spec, options: undefined } : spec;
  switch (name) {
    case 'grid':
      return gridSampler();
    case 'random':
      return randomSampler();
    case 'tpe': {
      const unknown = Object.keys(options ?? {}).filter((key) => !(key in TPE_DEFAULTS));
      if (unknown.length)
        throw new InputError(`unknown tpe option(s) ${unknown.join(', ')}; known: ${Object.keys(TPE_DEFAULTS).join(', ')}.`, 'algorithm');
      return tpeSampler(options as TpeOptions);
    }
    default: {
      const hint = closest(String(name), SAMPLER_NAMES);
      throw new InputError(
        `algorithm must be one of ${SAMPLER_NAMES.join(', ')} (got ` +
          `${JSON.stringify(name)})${hint ? `; did you mean "${hint}"?` : '.'}`,
        'algorithm',
      );
    }
  }
}

export type { Sampler, SamplerName, SamplerSpec, SuggestContext } from './sampler.js';
export { gridSampler, enumerateGrid, gridValues } from './grid.js';
export { randomSampler, randomParams } from './random.js';
export { tpeSampler, TPE_DEFAULTS, type TpeOptions } from './tpe.js';
