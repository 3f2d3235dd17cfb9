import { InputError } from '../../runtime/errors.js';
import type { Trial } from '../trial.js';
import { lastIntermediate } from '../trial.js';
import type { PruneContext, PruneDecision, Pruner } from './pruner.js';

/**
 * Asynchronous successive halving, as Optuna's SuccessiveHalvingPruner
 * (optuna/pruners/_successive_halving.py) with its defaults. Rung k completes at epoch
 * minResource · reductionFactor^(minEarlyStoppingRate + k); a trial reaching it records its
 * value there and goes on only if that value is in the top 1/reductionFactor of the values
 * recorded at that rung so far (or, among fewer than reductionFactor, the best of them).
 */
export interface AshaOptions {
  /** Epochs before the first rung; `auto`: from the first complete trial, its last epoch / 100, at least 1 (Optuna). */
  minResource?: number | 'auto';
  reductionFactor?: number;
  minEarlyStoppingRate?: number;
  /** Values a rung needs before anything is promoted past it (Optuna: 0; needs a fixed minResource). */
  bootstrapCount?: number;
}

const DEFAULTS = {
  minResource: 'auto' as number | 'auto',
  reductionFactor: 4,
  minEarlyStoppingRate: 0,
  bootstrapCount: 0,
};

function checkOptions(options: AshaOptions): Required<AshaOptions> {
  const settings = { ...DEFAULTS, ...options };
  const fail = (message: string): never => {
    throw new InputError(`pruner asha: ${message}`, 'pruner');
  };
  const { minResource, reductionFactor, minEarlyStoppingRate, bootstrapCount } = settings;
  if (minResource !== 'auto' && !(Number.isInteger(minResource) && minResource >= 1))
    fail(`minResource must be "auto" or a whole number ≥ 1 (got ${minResource}).`);
  if (!(Number.isInteger(reductionFactor) && reductionFactor >= 2))
    fail(`reductionFactor must be a whole number ≥ 2 (got ${reductionFactor}).`);
  if (!(Number.isInteger(minEarlyStoppingRate) && minEarlyStoppingRate >= 0))
    fail(`minEarlyStoppingRate must be a whole number ≥ 0 (got ${minEarlyStoppingRate}).`);
  if (!(Number.isInteger(bootstrapCount) && bootstrapCount >= 0))
    fail(`bootstrapCount must be a whole number ≥ 0 (got ${bootstrapCount}).`);
  if (bootstrapCount > 0 && minResource === 'auto') fail('bootstrapCount needs a fixed minResource (as in Optuna).');
  return settings;
}

/**
 * Optuna estimates the minimum resource once, from the complete trials when it first can. The
 * first complete trial by number stands for "the first finished", which is what Optuna sees
 * in a sequential study and does not depend on timing in a parallel one.
 */
export function estimateMinResource(others: readonly Trial[]): number | undefined {
  let first: Trial | undefined;
  for (const trial of others) {
    if (trial.state === 'complete' && trial.intermediate.length > 0 && (!first || trial.number < first.number)) first = trial;
  }
  if (!first) return undefined;
  return Math.max(Math.floor(lastIntermediate(first)!.epoch / 100), 1);
}

/** Whether `value` is among the top 1/reductionFactor of `competing` (which includes it). */
export function promotable(value: number, competing: number[], reductionFactor: number, direction: 'minimize' | 'maximize'): boolean {
  let index = Math.floor(competing.length / reductionFactor) - 1;
  // Optuna cannot pause trials, so with fewer than reductionFactor values only the best goes on.
  if (index === -1) index = 0;
  const sorted = [...competing].sort((a, b) => a - b);
  return direction === 'maximize' ? value >= sorted[sorted.length - 1 - index] : value <= sorted[index];
}

export function ashaPruner(options: AshaOptions = {}): Pruner {
  const settings = checkOptions(options);
  return {
    spec: { name: 'asha', options: { ...settings } },
    decide(context: PruneContext): PruneDecision {
      const { epoch, value, others, direction } = context;
      const rungs = [...context.trial.rungs];
      const minResource = settings.minResource === 'auto' ? estimateMinResource(others) : settings.minResource;
      if (minResource === undefined) return { prune: false, rungs };
      for (;;) {
        const rung = rungs.length;
        const promotionEpoch = minResource * settings.reductionFactor ** (settings.minEarlyStoppingRate + rung);
        if (epoch < promotionEpoch) return { prune: false, rungs };
        if (Number.isNaN(value)) return { prune: true, rungs };
        rungs.push(value);
        const competing = [value];
        for (const other of others) if (other.rungs && other.rungs.length > rung) competing.push(other.rungs[rung]);
        if (competing.length <= settings.bootstrapCount) return { prune: true, rungs };
        if (!promotable(value, competing, settings.reductionFactor, direction)) return { prune: true, rungs };
      }
    },
  };
}
