import type { StepIO } from '../runtime/io.js';
import { uploadFolder } from '../train/artifact.js';
import { checkParameterNames, tuneObjective } from '../train/tune-objective.js';
import {
  assertNotAllFailed,
  bestTrial,
  packageOf,
  planNote,
  runLocalMode,
  runPlanMode,
  runReportMode,
  runTrialMode,
  studySummary,
  trialSummary,
  trialsDir,
  type Study,
  type StudyDefinition,
  type Trial,
  type TrialsDir,
} from '../tune/index.js';
import type { Step, StepContext, StepOutputs } from './types.js';

/**
 * tune: a hyperparameter search over the built-in trainer (a config with each trial's
 * parameters applied) or a training command. `local` runs the study here, `parallel` trials at
 * once in worker processes; `plan` → `trial` × N → `report` runs it as GitHub job matrices in
 * rounds, the study travelling between jobs as the trials file (docs/tune.md). The modes are
 * shared/tune/modes.ts, the layout of trials-dir shared/tune/study-files.ts, what a trial trains
 * shared/train/tune-objective.ts.
 */

type Context = StepContext<'tune'>;

export const run: Step<'tune'> = async (context) => {
  switch (context.inputs.mode) {
    case 'local':
      return local(context);
    case 'plan':
      return plan(context);
    case 'trial':
      return trial(context);
    case 'report':
      return report(context);
  }
};

const filesOf = ({ inputs, cwd }: Context) => trialsDir(inputs['trials-dir'], cwd);

const definitionOf = ({ inputs }: Context): StudyDefinition => ({
  searchSpace: inputs['search-space'],
  algorithm: inputs.algorithm,
  pruner: inputs.pruner,
  seed: inputs.seed,
  trials: inputs.trials,
  metric: inputs.metric,
  direction: inputs.direction,
});

const objectiveOf = ({ inputs, io, env, cwd, run }: Context) =>
  tuneObjective({ config: inputs.config, command: inputs.command, data: inputs.data, backend: inputs.backend, cwd, env, run, io });

const summaryOf = (study: Study, files: TrialsDir, title: string, notes?: string[]) =>
  studySummary(study, { title, notes, trialsFile: files.shown(files.file) });

/** The outputs of a whole study: the trials file and the best trial with its package. */
function studyOutputs(study: Study, files: TrialsDir, io: StepIO): StepOutputs {
  const best = bestTrial(study);
  const outputs: StepOutputs = { 'trials-file': files.shown(files.file) };
  if (!best) {
    io.warning('no trial completed, so there is no best trial; the trials file says what happened to each.');
    return outputs;
  }
  const dir = packageOf(best, files);
  if (!dir)
    io.warning(
      `the best trial's model package (trial ${best.number}) is not in ${files.shown(files.dir)}; train it with best-params to get one.`,
    );
  return {
    ...outputs,
    'best-params': best.params,
    'best-value': best.value,
    'best-trial': best.number,
    'model-dir': dir ? files.shown(dir) : undefined,
  };
}

async function local(context: Context): Promise<StepOutputs> {
  const { inputs, io, cwd } = context;
  const files = filesOf(context);
  const { study, seconds } = await runLocalMode({
    files,
    definition: definitionOf(context),
    cwd,
    parallel: inputs.parallel,
    prepare: objectiveOf(context),
    // Every trial failed: the summary still shows each one's error.
    onFailed: (recorded) => io.appendSummary(summaryOf(recorded, files, `${recorded.metric} (local)`)),
    io,
  });
  await io.appendSummary(
    summaryOf(study, files, `${study.metric} (local)`, [`Wall time ${seconds.toFixed(1)} s with parallel ${inputs.parallel}.`]),
  );
  return studyOutputs(study, files, io);
}

async function plan(context: Context): Promise<StepOutputs> {
  const { inputs, io, cwd } = context;
  const files = filesOf(context);
  const planned = await runPlanMode({
    files,
    definition: definitionOf(context),
    cwd,
    round: inputs.round,
    rounds: inputs.rounds,
    checkStudy: inputs.config && !inputs.command ? checkParameterNames : undefined,
    io,
  });
  const { study, round, trials } = planned;
  await io.appendSummary(summaryOf(study, files, `${study.metric}, round ${round} planned`, [planNote(planned)]));
  const best = bestTrial(study);
  return {
    matrix: { trial: trials },
    planned: trials.length,
    round,
    'trials-file': files.shown(files.file),
    'best-params': best?.params,
    'best-value': best?.value,
    'best-trial': best?.number,
  };
}

async function trial(context: Context): Promise<StepOutputs> {
  const { inputs, io, env } = context;
  const files = filesOf(context);
  const result = await runTrialMode({ files, trial: inputs.trial, runAttempt: context.run.runAttempt, prepare: objectiveOf(context), io });
  const { trial, resultFile } = result;
  const outputs = (done: Trial): StepOutputs => {
    const dir = done.state === 'complete' ? packageOf(done, files) : undefined;
    return {
      'trial-state': done.state,
      'best-params': done.params,
      'best-value': done.value !== undefined && Number.isFinite(done.value) ? done.value : undefined,
      'best-trial': done.number,
      'trials-file': resultFile ? files.shown(resultFile) : undefined,
      'model-dir': dir ? files.shown(dir) : undefined,
    };
  };
  // A trial the study had a result for did not run: nothing to upload or summarise.
  if (!resultFile) return outputs(trial);
  const artifact = inputs['artifact-name'];
  if (artifact) {
    // @actions/artifact needs the runner's Actions runtime; elsewhere (the CLI) the result stays on disk.
    if (!env.ACTIONS_RUNTIME_TOKEN)
      io.info(`not on an Actions runner (no ACTIONS_RUNTIME_TOKEN): the result stays in ${files.shown(result.folder)}.`);
    else await uploadFolder(`${artifact}-${result.name}`, result.folder, io, { root: files.dir, what: `trial ${trial.number}` });
  }
  await io.appendSummary(trialSummary(trial, result.study.metric));
  return outputs(trial);
}

async function report(context: Context): Promise<StepOutputs> {
  const { io } = context;
  const files = filesOf(context);
  const { study } = await runReportMode({ files, io });
  await io.appendSummary(summaryOf(study, files, study.metric));
  assertNotAllFailed(study);
  return studyOutputs(study, files, io);
}
