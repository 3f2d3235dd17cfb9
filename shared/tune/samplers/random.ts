import { deriveSeed, seededRandom } from '../../stats/random.js';
import { isActive, snapToDistribution, type Distribution, type Params, type ParamValue, type SearchSpace } from '../space.js';
import { STREAM, type Sampler, type SuggestContext } from './sampler.js';

/** One value of `distribution` from the uniform draw `u`: uniform on the scale the distribution names. */
export function sampleUniformly(distribution: Distribution, u: number): ParamValue {
  switch (distribution.type) {
    case 'choice':
      return distribution.values[Math.min(distribution.values.length - 1, Math.floor(u * distribution.values.length))];
    case 'loguniform': {
      const logLow = Math.log(distribution.low);
      return snapToDistribution(distribution, Math.exp(logLow + u * (Math.log(distribution.high) - logLow)));
    }
    case 'int': {
      if (distribution.log) {
        // As Optuna: log-uniform over [low − ½, high + ½], rounded, so each integer gets its log-width share.
        const logLow = Math.log(distribution.low - 0.5);
        const value = Math.exp(logLow + u * (Math.log(distribution.high + 0.5) - logLow));
        return snapToDistribution(distribution, value);
      }
      const count = (distribution.high - distribution.low) / distribution.step + 1;
      return distribution.low + Math.min(count - 1, Math.floor(u * count)) * distribution.step;
    }
    case 'uniform': {
      if (distribution.step !== undefined) {
        const count = Math.round((distribution.high - distribution.low) / distribution.step) + 1;
        return snapToDistribution(distribution, distribution.low + Math.min(count - 1, Math.floor(u * count)) * distribution.step);
      }
      return distribution.low + u * (distribution.high - distribution.low);
    }
  }
}

/** Random parameters of trial `number`: a function of the seed and the number only. */
export function randomParams(space: SearchSpace, seed: number, number: number): Params {
  const random = seededRandom(deriveSeed(seed, number, STREAM.random));
  const params: Params = {};
  for (const parameter of space.parameters) {
    // Draw for inactive parameters too, so a condition does not shift the other parameters' draws.
    const u = random();
    if (isActive(parameter, params)) params[parameter.name] = sampleUniformly(parameter.distribution, u);
  }
  return params;
}

export function randomSampler(): Sampler {
  return {
    spec: { name: 'random' },
    suggest: (context: SuggestContext) => randomParams(context.space, context.seed, context.number),
  };
}
