import { deriveSeed, seededRandom } from '../../stats/random.js';
import {
  choiceIndex,
  isActive,
  snapToDistribution,
  valueKey,
  type Distribution,
  type Parameter,
  type Params,
  type ParamValue,
} from '../space.js';
import { lastIntermediate, type Trial } from '../trial.js';
import { buildParzenEstimator, logPdfParzen, sampleParzen, type Dimension, type ParzenEstimator, type ParzenOptions } from './parzen.js';
import { randomParams } from './random.js';
import { STREAM, type Sampler, type SuggestContext } from './sampler.js';

/**
 * Tree-structured Parzen Estimator, after Optuna 3.1's TPESampler
 * (optuna/samplers/_tpe/sampler.py): split the finished trials into the best γ(n) ("below") and
 * the rest ("above"), fit a Parzen estimator l to the first and g to the second, draw candidates
 * from l and keep the one with the largest l/g.
 *
 * Conditional parameters: a trial's observation counts for a parameter only if the trial had it,
 * so `hidden` learns from mlp trials alone, and the split is over all trials as in Optuna.
 * Multivariate mode models parameters jointly within each group of parameters that share the
 * same `when` (Optuna's `group=True` decomposition, which for this kind of space is exactly
 * these groups).
 *
 * Where the defaults depart from Optuna 3.1, each measured in bench/tune/README.md: the kernels'
 * log density includes −log σ, the multivariate bandwidth follows the observations' spread, the
 * magic clip's floor is twice as fine, a candidate that repeats a configuration already tried (or
 * in flight) is passed over, while trials are in flight fewer candidates are drawn, continuous
 * groups draw them near the best trial at several widths and count in-flight trials as their
 * nearest finished neighbour's value, and multivariate is on.
 */
export interface TpeOptions {
  /** Joint kernels over each group of parameters (true) or one estimator per parameter (false). */
  multivariate?: boolean;
  /** Random trials before the model is used (Optuna: 10). */
  startupTrials?: number;
  /** Candidates drawn from l per suggestion (Optuna: 24). */
  candidates?: number;
  /** γ(n) = min(ceil(gammaRatio · n), gammaMax) (Optuna: 0.1 and 25). */
  gammaRatio?: number;
  gammaMax?: number;
  priorWeight?: number;
  magicClip?: boolean;
  considerEndpoints?: boolean;
  /** Multivariate bandwidth rule (see ParzenOptions.bandwidth); `range` is Optuna 3.1's. */
  bandwidth?: 'spread' | 'range';
  /** Finer floor for kernel widths (see ParzenOptions.clipResolution); 1 is Optuna 3.1's. */
  clipResolution?: number;
  /**
   * Pass over candidates whose values (of the parameters modelled together) are those of a trial
   * already finished or in flight, as long as one candidate is new. On int, stepped and choice
   * ranges the spread-based kernels narrow onto the good values, and without this the sampler
   * spends its trials re-running the same few configurations; with it, narrow kernels become a
   * search of the neighbouring values. Continuous candidates practically never repeat, so there
   * it changes nothing. Optuna 3.1 has no such rule (false).
   */
  avoidRepeats?: boolean;
  /**
   * Trials in flight count as the worst result (Optuna's constant liar): they join "above", so
   * the next suggestions move away from them instead of piling onto the same spot. False: trials
   * in flight are not seen at all. Continuous groups replace the liar with `believerInFlight`.
   */
  constantLiar?: boolean;
  /**
   * Candidates drawn while other trials are in flight (a round of the matrix, parallel local
   * trials). Fewer than `candidates`: the best of a few draws from l stays close to a plain draw
   * from l, so the trials of one round spread over the promising region instead of all taking
   * its peak, which the constant liar alone does not prevent.
   */
  candidatesInFlight?: number;
  /**
   * While other trials are in flight, candidates for a group of continuous parameters are drawn
   * from the kernel of the best finished trial alone, its width times a factor (0: from all of l,
   * as sequentially). A list gives the factor by the number of trials in flight (1 → first entry,
   * cycling), so one round tries several step sizes around the best trial at once, as a
   * sequential study tries them one after the other, and the 0 entries keep exploring l. A round's
   * members are still scored by l/g. Int, stepped and choice groups keep drawing from l (there
   * the best kernel's neighbourhood is a few values, which repeats configurations).
   */
  nearBestInFlight?: number | number[];
  /**
   * While other trials are in flight, a group of continuous parameters splits the trials with
   * each in-flight trial counted as the value of its nearest finished trial (a nearest-neighbour
   * "kriging believer") instead of as the worst (the constant liar). The liar pushes a round's
   * members away from a near-best member in flight, which is where the round should refine; the
   * believer lets them gather there. Int, stepped and choice groups keep the liar (on the churn
   * grid the believer made the upper quartile worse).
   */
  believerInFlight?: boolean;
}

export const TPE_DEFAULTS: Required<TpeOptions> = {
  multivariate: true,
  startupTrials: 10,
  candidates: 24,
  gammaRatio: 0.1,
  gammaMax: 25,
  priorWeight: 1,
  magicClip: true,
  considerEndpoints: false,
  bandwidth: 'spread',
  clipResolution: 2,
  avoidRepeats: true,
  constantLiar: true,
  candidatesInFlight: 8,
  nearBestInFlight: [0.2, 0.5, 1, 2, 0],
  believerInFlight: true,
};

/** How a distribution maps to an estimator dimension and back. */
interface Coordinate {
  dimension: Dimension;
  toCoordinate(value: ParamValue): number;
  fromCoordinate(x: number): ParamValue;
}

function coordinateOf(distribution: Distribution): Coordinate {
  if (distribution.type === 'choice') {
    return {
      dimension: { kind: 'categorical', size: distribution.values.length },
      toCoordinate: (value) => choiceIndex(distribution, value),
      fromCoordinate: (x) => distribution.values[x],
    };
  }
  const snap = (value: number) => snapToDistribution(distribution, value);
  const { low, high } = distribution;
  if (distribution.type === 'loguniform') {
    return {
      dimension: { kind: 'continuous', low: Math.log(low), high: Math.log(high) },
      toCoordinate: (value) => Math.log(value as number),
      fromCoordinate: (x) => snap(Math.exp(x)),
    };
  }
  if (distribution.type === 'int' && distribution.log) {
    return {
      dimension: { kind: 'log-discrete', low: Math.log(low - 0.5), high: Math.log(high + 0.5) },
      toCoordinate: (value) => Math.log(value as number),
      fromCoordinate: (x) => snap(Math.exp(x)),
    };
  }
  const step = distribution.step;
  if (step !== undefined) {
    return {
      dimension: { kind: 'discrete', low: low - step / 2, high: high + step / 2, step },
      toCoordinate: (value) => value as number,
      fromCoordinate: (x) => snap(x),
    };
  }
  return {
    dimension: { kind: 'continuous', low, high },
    toCoordinate: (value) => value as number,
    fromCoordinate: (x) => snap(x),
  };
}

function singleValue(distribution: Distribution): ParamValue | undefined {
  if (distribution.type === 'choice') return distribution.values.length === 1 ? distribution.values[0] : undefined;
  return distribution.low === distribution.high ? distribution.low : undefined;
}

/** Parameters modelled together: one each (univariate), or those sharing a `when` (multivariate). */
function parameterGroups(parameters: Parameter[], multivariate: boolean): Parameter[][] {
  if (!multivariate) return parameters.map((p) => [p]);
  const groups = new Map<string, Parameter[]>();
  for (const parameter of parameters) {
    const key = valueKey((parameter.when ?? {}) as ParamValue);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(parameter);
  }
  return [...groups.values()];
}

/**
 * Sort key of a trial, smaller is better, as Optuna's `(-step, value)`: complete trials first
 * by value, then pruned ones, those that went further first, then (liar) trials in flight.
 */
function rankKey(trial: Trial, sign: number): [number, number] {
  if (trial.state === 'complete') return [-Infinity, sign * trial.value!];
  if (trial.state === 'pruned') {
    const last = lastIntermediate(trial);
    if (!last) return [1, 0];
    return [-last.epoch, Number.isNaN(last.value) ? Infinity : sign * last.value];
  }
  return [Infinity, Infinity];
}

/** Indices (into `trials`) of the γ best and of the rest, each in trial order. */
export function splitTrials(trials: readonly Trial[], belowCount: number, sign: number): { below: number[]; above: number[] } {
  const keys = trials.map((trial) => rankKey(trial, sign));
  // Compared, not subtracted: −∞ − −∞ is NaN.
  const compare = (a: number, b: number) => {
    const first = keys[a][0] === keys[b][0] ? 0 : keys[a][0] < keys[b][0] ? -1 : 1;
    if (first !== 0) return first;
    const second = keys[a][1] === keys[b][1] ? 0 : keys[a][1] < keys[b][1] ? -1 : 1;
    return second !== 0 ? second : a - b;
  };
  const order = Array.from(trials.keys()).sort(compare);
  const below = order.slice(0, belowCount).sort((a, b) => a - b);
  const above = order.slice(belowCount).sort((a, b) => a - b);
  return { below, above };
}

/**
 * The estimator reduced to kernel `index` (a row of its observations), each σ times `width`:
 * draws from it stay near that observation. Undefined when there is no such row.
 */
function bestKernel(estimator: ParzenEstimator, index: number, width: number): ParzenEstimator | undefined {
  if (index < 0) return undefined;
  const weights = new Float64Array(estimator.weights.length);
  weights[index] = 1;
  const kernels = estimator.kernels.map((kernel) => {
    if (kernel instanceof Float64Array) return kernel;
    return { ...kernel, sigmas: kernel.sigmas.map((sigma) => sigma * width) };
  });
  return { ...estimator, weights, logWeights: weights.map(Math.log), kernels };
}

/**
 * `trials` with each one in flight recorded as complete with the value of its nearest complete
 * trial (each numeric parameter scaled by its range, log ranges in logs; a choice, or a parameter
 * only one of the two has, differs by 1). Without complete trials, `trials` unchanged.
 */
export function believeInFlight(trials: readonly Trial[], parameters: readonly Parameter[]): Trial[] {
  const complete = trials.filter((t) => t.state === 'complete');
  if (complete.length === 0) return [...trials];
  const scaled = parameters.map((parameter) => {
    const { dimension, toCoordinate } = coordinateOf(parameter.distribution);
    if (dimension.kind === 'categorical') return undefined;
    const span = dimension.high - dimension.low || 1;
    return (value: ParamValue) => toCoordinate(value) / span;
  });
  const distance = (a: Trial, b: Trial) => {
    let sum = 0;
    parameters.forEach((parameter, d) => {
      const x = a.params[parameter.name];
      const y = b.params[parameter.name];
      const scale = scaled[d];
      if (x === undefined || y === undefined || !scale) sum += valueKey(x ?? null) === valueKey(y ?? null) ? 0 : 1;
      else sum += (scale(x) - scale(y)) ** 2;
    });
    return sum;
  };
  return trials.map((trial) => {
    if (trial.state !== 'running') return trial;
    let nearest = complete[0];
    let nearestDistance = distance(trial, nearest);
    for (const other of complete) {
      const d = distance(trial, other);
      if (d < nearestDistance) [nearest, nearestDistance] = [other, d];
    }
    return { ...trial, state: 'complete', value: nearest.value };
  });
}

export function tpeSampler(options: TpeOptions = {}): Sampler {
  const settings: Required<TpeOptions> = { ...TPE_DEFAULTS, ...options };
  const parzen: ParzenOptions = {
    priorWeight: settings.priorWeight,
    magicClip: settings.magicClip,
    considerEndpoints: settings.considerEndpoints,
    multivariate: settings.multivariate,
    bandwidth: settings.bandwidth,
    clipResolution: settings.clipResolution,
  };
  const gamma = (n: number) => Math.min(Math.ceil(settings.gammaRatio * n), settings.gammaMax);

  return {
    spec: { name: 'tpe', options: { ...settings } },
    suggest(context: SuggestContext): Params {
      const { space, history, seed, number } = context;
      const finishedCount = history.filter((t) => t.state === 'complete' || t.state === 'pruned').length;
      if (finishedCount < settings.startupTrials) return randomParams(space, seed, number);

      const used = history.filter(
        (t) => t.state === 'complete' || t.state === 'pruned' || (settings.constantLiar && t.state === 'running'),
      );
      const sign = context.direction === 'minimize' ? 1 : -1;
      const split = splitTrials(used, gamma(finishedCount), sign);
      /** Position, among the rows of `indices` (trial order), of the best complete trial; −1 if none. */
      const bestRow = (indices: number[]) => {
        let best = -1;
        indices.forEach((i, at) => {
          if (used[i].state !== 'complete') return;
          if (best < 0 || sign * used[i].value! < sign * used[indices[best]].value!) best = at;
        });
        return best;
      };
      const inFlightCount = used.length - finishedCount;
      const inFlight = inFlightCount > 0;
      const candidates = inFlight ? settings.candidatesInFlight : settings.candidates;
      const widths = [settings.nearBestInFlight].flat();
      const nearBestWidth = inFlight ? widths[(inFlightCount - 1) % widths.length] : 0;
      const believedSplit =
        inFlight && settings.believerInFlight
          ? splitTrials(believeInFlight(used, space.parameters), gamma(finishedCount), sign)
          : undefined;
      const params: Params = {};
      parameterGroups(space.parameters, settings.multivariate).forEach((group, groupIndex) => {
        if (!isActive(group[0], params)) return;
        const modelled: Parameter[] = [];
        for (const parameter of group) {
          const only = singleValue(parameter.distribution);
          if (only !== undefined) params[parameter.name] = only;
          else modelled.push(parameter);
        }
        if (modelled.length === 0) return;
        const coordinates = modelled.map((p) => coordinateOf(p.distribution));
        const continuous = coordinates.every((c) => c.dimension.kind === 'continuous');
        const { below: belowIndices, above: aboveIndices } = (continuous && believedSplit) || split;
        const rows = (indices: number[]) =>
          indices
            .map((i) => used[i])
            .filter((trial) => modelled.every((p) => p.name in trial.params))
            .map((trial) => modelled.map((p, d) => coordinates[d].toCoordinate(trial.params[p.name])));
        const dimensions = coordinates.map((c) => c.dimension);
        const below = buildParzenEstimator(dimensions, rows(belowIndices), parzen);
        const above = buildParzenEstimator(dimensions, rows(aboveIndices), parzen);
        const random = seededRandom(deriveSeed(seed, number, STREAM.tpe, groupIndex));
        // bestRow skips trials in flight, believed or not: the centre is a result, not a guess.
        const nearBest =
          nearBestWidth > 0 && continuous
            ? bestKernel(below, bestRow(belowIndices.filter((i) => modelled.every((p) => p.name in used[i].params))), nearBestWidth)
            : undefined;
        // Candidates are mapped to parameter values and back, so discrete ones are scored as the values they become.
        const values = sampleParzen(nearBest ?? below, random, candidates).map((x) => x.map((v, d) => coordinates[d].fromCoordinate(v)));
        const points = values.map((row) => row.map((v, d) => coordinates[d].toCoordinate(v)));
        const scoreBelow = logPdfParzen(below, points);
        const scoreAbove = logPdfParzen(above, points);
        // Every trial that had these parameters, finished or in flight, counts as tried.
        const tried = new Set(settings.avoidRepeats ? rows(Array.from(used.keys())).map((row) => row.join(',')) : []);
        const fresh = points.map((row) => !tried.has(row.join(',')));
        const anyFresh = fresh.some(Boolean);
        let best = -1;
        for (let i = 0; i < points.length; i++) {
          if (anyFresh && !fresh[i]) continue;
          if (best < 0 || scoreBelow[i] - scoreAbove[i] > scoreBelow[best] - scoreAbove[best]) best = i;
        }
        modelled.forEach((p, d) => (params[p.name] = values[best][d]));
      });
      return params;
    },
  };
}
