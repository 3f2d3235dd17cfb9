import { InputError } from '../../runtime/errors.js';
import { deriveSeed, shuffledIndices } from '../../stats/random.js';
import { isActive, snapToDistribution, valueKey, type Parameter, type Params, type ParamValue, type SearchSpace } from '../space.js';
import { STREAM, type Sampler, type SuggestContext } from './sampler.js';

/** A grid larger than this is refused: nobody means to run it, and enumerating it costs memory. */
export const MAX_GRID_POINTS = 100_000;
/** An int range with more values than this needs `grid: N` to say how many to try. */
const MAX_INT_VALUES = 1000;

function linspace(low: number, high: number, points: number): number[] {
  if (points === 1) return [(low + high) / 2];
  return Array.from({ length: points }, (_, i) => (i === points - 1 ? high : low + ((high - low) * i) / (points - 1)));
}

/** The values grid search tries for one parameter. */
export function gridValues(parameter: Parameter): ParamValue[] {
  const { name, distribution, gridPoints } = parameter;
  if (distribution.type === 'choice') return distribution.values;
  const dedupe = (values: number[]) => [...new Set(values.map((v) => snapToDistribution(distribution, v)))];
  if (gridPoints !== undefined) {
    const log = distribution.type === 'loguniform' || (distribution.type === 'int' && distribution.log);
    const points = log
      ? linspace(Math.log(distribution.low), Math.log(distribution.high), gridPoints).map(Math.exp)
      : linspace(distribution.low, distribution.high, gridPoints);
    return dedupe(points);
  }
  const step = distribution.type === 'int' ? distribution.step : distribution.type === 'uniform' ? distribution.step : undefined;
  if (step !== undefined) {
    const count = Math.round((distribution.high - distribution.low) / step) + 1;
    if (count <= MAX_INT_VALUES) return dedupe(Array.from({ length: count }, (_, i) => distribution.low + i * step));
    throw new InputError(
      `search-space parameter "${name}" has ${count} values, too many to try each; add grid: <points> (e.g. grid: ` +
        `10) or use algorithm random or tpe.`,
      'search-space',
    );
  }
  throw new InputError(
    `search-space parameter "${name}" is a continuous ${distribution.type} range; grid search needs grid: ` +
      `<points> on it (e.g. grid: 5), a step, or a choice.`,
    'search-space',
  );
}

/** Every combination of grid values, where a conditional parameter varies only where it exists. */
export function enumerateGrid(space: SearchSpace): Params[] {
  const values = new Map(space.parameters.map((p) => [p.name, gridValues(p)]));
  const points: Params[] = [];
  const walk = (index: number, params: Params) => {
    if (points.length > MAX_GRID_POINTS) {
      throw new InputError(
        `the grid has more than ${MAX_GRID_POINTS.toLocaleString('en-US')} points; use fewer grid points or values, ` +
          `or algorithm random or tpe.`,
        'search-space',
      );
    }
    if (index === space.parameters.length) {
      points.push({ ...params });
      return;
    }
    const parameter = space.parameters[index];
    if (!isActive(parameter, params)) return walk(index + 1, params);
    for (const value of values.get(parameter.name)!) {
      params[parameter.name] = value;
      walk(index + 1, params);
    }
    delete params[parameter.name];
  };
  walk(0, {});
  return points;
}

export function paramsKey(params: Params): string {
  return valueKey(params);
}

/**
 * Grid search: the points in an order shuffled by the seed (as Optuna, so a study stopped early
 * has covered the grid evenly rather than one corner), each tried once; a point already in the
 * history in any state, failed included, is not tried again.
 */
export function gridSampler(): Sampler {
  const cache = new WeakMap<SearchSpace, Map<number, Params[]>>();
  const orderedGrid = (space: SearchSpace, seed: number) => {
    let bySeed = cache.get(space);
    if (!bySeed) cache.set(space, (bySeed = new Map()));
    let grid = bySeed.get(seed);
    if (!grid) {
      const points = enumerateGrid(space);
      const order = shuffledIndices(points.length, deriveSeed(seed, STREAM.grid));
      grid = Array.from(order, (i) => points[i]);
      bySeed.set(seed, grid);
    }
    return grid;
  };
  return {
    spec: { name: 'grid' },
    suggest(context: SuggestContext) {
      const tried = new Set(context.history.map((trial) => paramsKey(trial.params)));
      return orderedGrid(context.space, context.seed).find((point) => !tried.has(paramsKey(point)));
    },
  };
}
