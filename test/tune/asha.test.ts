import { describe, expect, it } from 'vitest';
import { ashaPruner, estimateMinResource, promotable } from '../../shared/tune/pruners/index.js';
import type { Trial } from '../../shared/tune/trial.js';

const finished = (number: number, rungs: number[], lastEpoch = 20, state: Trial['state'] = 'complete'): Trial => ({
  number,
  state,
  params: {},
  value: 0,
  intermediate: Array.from({ length: lastEpoch }, (_, i) => ({ epoch: i + 1, value: 0 })),
  rungs,
});

/** Feeds reports to the pruner as the trial runner does, carrying the rung values along. */
function feed(
  pruner: ReturnType<typeof ashaPruner>,
  others: Trial[],
  reports: [number, number][],
  direction: 'minimize' | 'maximize' = 'minimize',
) {
  let rungs: number[] = [];
  const intermediate: { epoch: number; value: number }[] = [];
  const answers: string[] = [];
  for (const [epoch, value] of reports) {
    intermediate.push({ epoch, value });
    const decision = pruner.decide({ direction, trial: { number: 99, intermediate, rungs }, epoch, value, others });
    rungs = decision.rungs ?? rungs;
    answers.push(decision.prune ? 'prune' : 'continue');
    if (decision.prune) break;
  }
  return { answers, rungs };
}

describe('ASHA (successive halving as Optuna)', () => {
  it('estimates the minimum resource from the first complete trial: last epoch / 100, at least 1', () => {
    expect(estimateMinResource([])).toBeUndefined();
    expect(estimateMinResource([finished(0, [], 20, 'pruned')])).toBeUndefined();
    expect(estimateMinResource([finished(3, [], 20), finished(1, [], 250)])).toBe(2);
    expect(estimateMinResource([finished(0, [], 99)])).toBe(1);
  });

  it('promotes the top 1/η of a rung, or only the best while fewer than η values are there', () => {
    expect(promotable(5, [5], 4, 'minimize')).toBe(true);
    expect(promotable(0.55, [0.55, 0.5, 0.6, 0.3], 4, 'minimize')).toBe(false);
    expect(promotable(0.25, [0.25, 0.5, 0.6, 0.3], 4, 'minimize')).toBe(true);
    // Nine values: the best two go on (index ⌊9/4⌋ − 1 = 1); a tie with the second goes on.
    const eight = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
    expect(promotable(0.25, [0.25, ...eight], 4, 'minimize')).toBe(false);
    expect(promotable(0.2, [0.2, ...eight], 4, 'minimize')).toBe(true);
    expect(promotable(0.75, [0.75, ...eight], 4, 'maximize')).toBe(true);
    expect(promotable(0.65, [0.65, ...eight], 4, 'maximize')).toBe(false);
  });

  it('prunes and promotes at rungs 1, 4, 16 against hand-computed competitors', () => {
    const pruner = ashaPruner({ minResource: 1 });
    const others = [finished(0, [0.5, 0.4]), finished(1, [0.6]), finished(2, [0.3, 0.2, 0.1])];
    // Rung 0 (epoch 1): competitors 0.5, 0.6, 0.3 and itself; four values: only the best goes on.
    expect(feed(pruner, others, [[1, 0.55]])).toEqual({ answers: ['prune'], rungs: [0.55] });
    // 0.25 is the best at rung 0; at rung 1 (epoch 4) 0.3 loses to 0.2 (three values: only the best).
    const lost = feed(pruner, others, [
      [1, 0.25],
      [2, 0.3],
      [3, 0.3],
      [4, 0.3],
    ]);
    expect(lost).toEqual({ answers: ['continue', 'continue', 'continue', 'prune'], rungs: [0.25, 0.3] });
    // 0.15 beats 0.2 at rung 1; at rung 2 (epoch 16) 0.12 loses to 0.1, and 0.05 wins and runs on.
    const won = feed(pruner, others, [
      [1, 0.25],
      [4, 0.15],
      [16, 0.12],
    ]);
    expect(won).toEqual({ answers: ['continue', 'continue', 'prune'], rungs: [0.25, 0.15, 0.12] });
    // The next rung would be epoch 64: epochs 16–63 run on without another comparison.
    const best = feed(pruner, others, [
      [1, 0.25],
      [4, 0.15],
      [16, 0.05],
      [20, 0.05],
    ]);
    expect(best).toEqual({ answers: ['continue', 'continue', 'continue', 'continue'], rungs: [0.25, 0.15, 0.05] });
  });

  it('climbs several rungs at once when epochs are skipped, and prunes NaN at a rung', () => {
    const pruner = ashaPruner({ minResource: 1 });
    // First report at epoch 5: rungs 0 (epoch 1) and 1 (epoch 4) are both completed with this value.
    expect(feed(pruner, [], [[5, 0.3]])).toEqual({ answers: ['continue'], rungs: [0.3, 0.3] });
    expect(feed(pruner, [], [[1, Number.NaN]]).answers).toEqual(['prune']);
  });

  it('never prunes before a trial has completed (minimum resource unknown)', () => {
    const pruner = ashaPruner();
    expect(feed(pruner, [finished(0, [], 20, 'pruned')], [[1, 1e9]])).toEqual({ answers: ['continue'], rungs: [] });
  });

  it('refuses options Optuna refuses', () => {
    expect(() => ashaPruner({ reductionFactor: 1 })).toThrow(/reductionFactor must be a whole number ≥ 2/);
    expect(() => ashaPruner({ bootstrapCount: 2 })).toThrow(/bootstrapCount needs a fixed minResource/);
    expect(() => ashaPruner({ minResource: 0 })).toThrow(/minResource must be "auto"/);
  });
});
