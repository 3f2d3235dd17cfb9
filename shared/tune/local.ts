import { InputError } from '../runtime/errors.js';
import type { StudyDirection } from './direction.js';
import { createPruner, type Pruner, type PrunerName, type PrunerSpec } from './pruners/index.js';
import { runTrial } from './run-trial.js';
import { createSampler, type Sampler, type SamplerName, type SamplerSpec } from './samplers/index.js';
import type { SearchSpace } from './space.js';
import {
  assertNotAllFailed,
  bestTrial,
  createStudy,
  definitionDifferences,
  putTrial,
  readStudyFile,
  studySpace,
  toSearchSpace,
  writeStudyFiles,
  type Study,
} from './study.js';
import type { Objective, Trial } from './trial.js';

export interface LocalStudyOptions {
  space: SearchSpace | string | Record<string, unknown>;
  sampler: SamplerName | SamplerSpec | Sampler;
  pruner?: PrunerName | PrunerSpec | Pruner;
  /** Trials in all, those already in the trials file included. */
  trials: number;
  /** Trials run at once (default 1). */
  parallel?: number;
  seed: number;
  objective: Objective;
  /** JSON trials file (a CSV twin is written beside it): resumed from when it exists, rewritten as trials finish. */
  trialsFile?: string;
  /** The metric the objective returns (default val_loss); its known direction wins. */
  metric?: string;
  direction?: StudyDirection;
  /** Called as each trial finishes, in the order they finish. */
  onTrial?: (trial: Trial, study: Study) => void;
}

export interface StudyResult {
  study: Study;
  best: Trial | undefined;
}

/**
 * What trial `number` may know when `parallel` trials run at once: the trials up to
 * number − parallel with their results, and the parallel − 1 before it as in flight (the
 * constant liar's "running"), whether or not they have finished by the time it starts. With
 * parallel 1 that is every earlier trial, as in a sequential Optuna study.
 *
 * This is what makes a seeded parallel study reproducible: a suggestion (and a pruning
 * decision) depends on trial numbers, never on which trial happened to finish first. The cost:
 * trial n starts only once every trial up to n − parallel has finished, so one slow trial can
 * hold up to parallel − 1 slots idle until it finishes.
 */
export function visibleHistory(trials: readonly Trial[], number: number, parallel: number): { history: Trial[]; finished: Trial[] } {
  const history: Trial[] = [];
  const finished: Trial[] = [];
  for (const trial of trials) {
    if (trial.number >= number) continue;
    if (trial.number <= number - parallel && trial.state !== 'running') {
      history.push(trial);
      finished.push(trial);
    } else {
      history.push({ number: trial.number, state: 'running', params: trial.params, intermediate: [] });
    }
  }
  return { history, finished };
}

/**
 * Runs a study on this machine: `parallel` objectives at once, suggestions in trial-number order
 * (see visibleHistory), every finished trial written to `trialsFile`. A trials file of the same
 * study is resumed: its finished trials are kept and its unfinished ones run again with the
 * same parameters, so an interrupted seeded study ends as an uninterrupted one would have.
 * Failed trials are recorded and the search goes on; if every trial fails, the first error is thrown.
 */
export async function runLocalStudy(options: LocalStudyOptions): Promise<StudyResult> {
  const parallel = options.parallel ?? 1;
  if (!Number.isInteger(parallel) || parallel < 1)
    throw new InputError(`parallel must be a whole number ≥ 1 (got ${parallel}).`, 'parallel');
  const sampler = createSampler(options.sampler);
  const pruner = createPruner(options.pruner);
  const fresh = createStudy({
    space: toSearchSpace(options.space),
    sampler: sampler.spec,
    pruner: pruner.spec,
    seed: options.seed,
    maxTrials: options.trials,
    metric: options.metric,
    direction: options.direction,
  });
  let study = fresh;
  if (options.trialsFile) {
    const previous = await readStudyFile(options.trialsFile);
    if (previous) {
      const differences = definitionDifferences(previous, fresh);
      if (differences.length) {
        throw new InputError(
          `${options.trialsFile} holds a different study (its ${differences.join(', ')} ` +
            `differ${differences.length === 1 ? 's' : ''}); ` +
            'delete it to start over, or give another trials file.',
          'trials-dir',
        );
      }
      study = { ...previous, maxTrials: options.trials };
    }
  }
  const space = studySpace(study);

  let failure: unknown;
  let writing: Promise<void> | undefined;
  let dirty = false;
  // Coalesces writes: at most one in flight and one queued, however fast trials finish.
  const persist = () => {
    if (!options.trialsFile) return;
    dirty = true;
    if (writing) return;
    writing = (async () => {
      try {
        while (dirty) {
          dirty = false;
          await writeStudyFiles(study, options.trialsFile!);
        }
      } catch (error) {
        failure ??= error;
      } finally {
        writing = undefined;
      }
    })();
  };

  const finished = new Set(study.trials.filter((t) => t.state !== 'running').map((t) => t.number));
  const firstUnfinished = () => {
    let n = 0;
    while (finished.has(n)) n++;
    return n;
  };
  const running = new Map<number, Promise<void>>();
  let next = 0;
  let exhausted = false;

  const start = (number: number) => {
    const { history, finished: others } = visibleHistory(study.trials, number, parallel);
    const recorded = study.trials.find((t) => t.number === number);
    const params = recorded?.params ?? sampler.suggest({ space, direction: study.direction, history, number, seed: study.seed });
    if (!params) {
      exhausted = true;
      return;
    }
    putTrial(study, { number, state: 'running', params, intermediate: [] });
    const task = runTrial({
      number,
      params,
      objective: options.objective,
      pruner,
      direction: study.direction,
      others,
    }).then((trial) => {
      putTrial(study, trial);
      finished.add(number);
      running.delete(number);
      persist();
      options.onTrial?.(trial, study);
    });
    running.set(
      number,
      task.catch((error) => {
        // Only onTrial or a write can throw here; stop starting trials and rethrow once the others end.
        failure ??= error;
        running.delete(number);
      }),
    );
  };

  for (;;) {
    while (
      failure === undefined &&
      !exhausted &&
      next < study.maxTrials &&
      running.size < parallel &&
      next < firstUnfinished() + parallel
    ) {
      if (!finished.has(next)) start(next);
      next++;
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  persist();
  while (writing) await writing;
  if (failure !== undefined) throw failure;
  assertNotAllFailed(study);
  return { study, best: bestTrial(study) };
}
