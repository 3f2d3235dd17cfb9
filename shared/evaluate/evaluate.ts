import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bootstrapWorkerFile, pairedBootstrapOnWorkers } from '../metrics/bootstrap.js';
import { metricNames, metricRoles } from '../metrics/definitions.js';
import { evaluateGates, gatesNeedBaseline, parseGates } from '../metrics/gates.js';
import { featureGroups, permutationImportance, predictionScorer, type PermutationImportance } from '../metrics/importance.js';
import { MAX_SLICE_RESAMPLES, sliceMetricsOnWorkers } from '../metrics/slices.js';
import { loadPackagePredictor, type PackagePredictor } from '../model/predictor.js';
import { applyPreprocessing } from '../model/preprocessing.js';
import { InputError, IntegrityError, UserError } from '../runtime/errors.js';
import type { StepIO } from '../runtime/io.js';
import { loadTable } from '../data/table.js';
import type { BaselineOutcome } from './baseline.js';
import { explainEvaluation, parseExplain, type Explanations } from './explain.js';
import { checkLeakage, type LeakageReport } from './leakage.js';
import { checkRepresentativeness, type RepresentativenessReport } from './representativeness.js';
import { evaluateRobustness, parseRobustness, perturbationNames, robustnessGateMetrics, type RobustnessReport } from './robustness.js';
import { cleanHistory, EVALUATION_SCHEMA_VERSION, modelInfo, pointMetrics, type BaselineInfo, type EvaluationReport } from './report.js';
import { checkColumns, modelTask, readTruth, scoreModel, type LabelledTable, type ScoredModel, type Truth } from './score.js';

export interface EvaluateOptions {
  modelDir: string;
  /** Path or glob of the labelled data, relative to cwd. */
  data: string;
  cwd: string;
  env?: NodeJS.ProcessEnv;
  gates?: string;
  resamples: number;
  seed?: number;
  slices?: string[];
  importance?: boolean;
  /** The `explain` input: false, true, or feature names. */
  explain?: string;
  explainRows?: number;
  explainBackground?: number;
  /** The `robustness` input: YAML/JSON of perturbation → levels, `true`, or off. */
  robustness?: string;
  /** The `training-data` input: path or glob of the training rows, for the leakage checks. */
  trainingData?: string;
  /** Resolves the baseline input for a candidate of this name (the step passes the registry resolver). */
  resolveBaseline: (modelName: string) => Promise<BaselineOutcome>;
  run: EvaluationReport['run'];
  io?: StepIO;
  /** Bootstrap worker threads; default: the bundled worker when present. */
  workerFile?: string;
}

async function readHistory(dir: string): Promise<Record<string, number[]> | undefined> {
  const path = join(dir, 'history.json');
  if (!existsSync(path)) return undefined;
  try {
    return cleanHistory(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return undefined;
  }
}

/** Why a resolved baseline cannot be compared on this data, or undefined when it can. */
function baselineMismatch(
  candidate: PackagePredictor,
  baseline: PackagePredictor,
  table: LabelledTable,
  truth: Truth,
  dir: string,
): string | undefined {
  const theirs = modelTask(baseline.manifest, dir);
  if (theirs.task !== truth.task) return `the baseline is a ${theirs.task} model and the candidate a ${truth.task} one.`;
  if (truth.task !== 'regression' && theirs.classes!.join('\u0000') !== truth.classes.join('\u0000')) {
    return `the baseline's classes (${theirs.classes!.join(', ')}) differ from the candidate's (${truth.classes.join(', ')}).`;
  }
  if (theirs.target !== (candidate.manifest.target ?? candidate.preprocessing.target.name))
    return `the baseline predicts "${theirs.target}", the candidate "${candidate.manifest.target}".`;
  try {
    checkColumns(table, baseline.preprocessing, theirs.target, 'the baseline');
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  return undefined;
}

/**
 * Everything evaluate computes, before anything is written anywhere: both models scored on the
 * same rows, the paired bootstrap, gates, slices, importances and the curves. Every bad input
 * is an error here, so nothing downstream (files, summary, comment) is ever half-written.
 */
export async function evaluateModel(options: EvaluateOptions): Promise<EvaluationReport> {
  return (await evaluateModelWithFiles(options)).report;
}

/** The report, and the files written next to it: the candidate's SHAP values as CSV when `explain` is on. */
export interface EvaluationOutcome {
  report: EvaluationReport;
  shapCsv?: string;
}

export async function evaluateModelWithFiles(options: EvaluateOptions): Promise<EvaluationOutcome> {
  const { io } = options;
  const candidate = await loadPackagePredictor(options.modelDir, { env: options.env, cwd: options.cwd });
  const opened: PackagePredictor[] = [candidate];
  try {
    const model = modelTask(candidate.manifest, options.modelDir);
    const robustnessRequest = parseRobustness(options.robustness);
    let gates = parseGates(options.gates, metricNames(model.task), perturbationNames(robustnessRequest));
    const explainRequest = parseExplain(
      options.explain,
      candidate.preprocessing.features.map((f) => f.name),
    );

    const outcome = await options.resolveBaseline(candidate.manifest.name);
    let reason = 'reason' in outcome ? outcome.reason : undefined;
    const table = await loadTable(options.data, { cwd: options.cwd });
    if (table.rows === 0) throw new UserError(`${options.data}: the data has no rows to evaluate.`);
    checkColumns(table, candidate.preprocessing, model.target, 'the model');
    for (const column of options.slices ?? []) {
      if (!table.values.has(column))
        throw new InputError(`input "slices": the data has no column "${column}" (columns: ${table.columns.join(', ')}).`, 'slices');
    }
    const truth = readTruth(table, model);

    let baseline: PackagePredictor | undefined;
    if (outcome.resolved) {
      try {
        baseline = await loadPackagePredictor(outcome.resolved.dir, { env: options.env, cwd: options.cwd });
        opened.push(baseline);
        reason = baselineMismatch(candidate, baseline, table, truth, outcome.resolved.dir);
        if (reason) baseline = undefined;
      } catch (error) {
        if (!(error instanceof UserError) || error instanceof IntegrityError) throw error;
        reason = `${outcome.ref} could not be loaded: ${error.message}`;
      }
    }
    if (!baseline && reason) {
      const needing = gatesNeedBaseline(gates);
      if (needing.length > 0 && 'firstVersion' in outcome && outcome.firstVersion) {
        // Nothing is registered under this name yet: the first version has nothing to beat, so
        // the gates that compare with a baseline do not apply (the fixed ones still do).
        gates = gates.filter((gate) => !needing.includes(gate));
        io?.warning(
          `${candidate.manifest.name} has no registered version yet, so this is its first: the gate${needing.length > 1 ? 's' : ''} ${needing.map((g) => `"${g.metric}: ${g.condition.trim()}"`).join(', ')} compare${needing.length > 1 ? '' : 's'} with ${outcome.ref} and ${needing.length > 1 ? 'are' : 'is'} skipped.`,
        );
      } else if (needing.length > 0) {
        throw new InputError(
          `input "baseline": ${outcome.ref} cannot be used as the baseline (${reason.replace(/\.$/, '')}), and the gate${needing.length > 1 ? 's' : ''} ${needing.map((g) => `"${g.metric}: ${g.condition.trim()}"`).join(', ')} compare${needing.length > 1 ? '' : 's'} with it. Fix the baseline (register a version and move the alias, or give a package path), or use fixed thresholds.`,
          'baseline',
        );
      }
      io?.warning(`No baseline: ${reason} Comparing against nothing.`);
    }

    const scored = await scoreModel(candidate, table, truth, 'the candidate model');
    let base: ScoredModel | undefined;
    if (baseline) base = await scoreModel(baseline, table, truth, `the baseline model (${outcome.ref})`);

    const bootstrap = await pairedBootstrapOnWorkers(
      scored.prepared,
      base?.prepared,
      { resamples: options.resamples, seed: options.seed },
      { workerFile: options.workerFile ?? bootstrapWorkerFile(options.env) },
    );
    const metrics = pointMetrics(bootstrap.metrics, 'candidate');
    const baselineMetrics = base ? pointMetrics(bootstrap.metrics, 'baseline') : null;

    let robustness: RobustnessReport | undefined;
    if (robustnessRequest) {
      robustness = await evaluateRobustness({
        request: robustnessRequest,
        table,
        truth,
        task: model.task,
        candidate: { predictor: candidate, prepared: scored.prepared },
        baseline: base ? { predictor: baseline!, prepared: base.prepared } : undefined,
        resamples: options.resamples,
        seed: options.seed,
        workerFile: options.workerFile ?? bootstrapWorkerFile(options.env),
      });
    }

    let leakage: LeakageReport | undefined;
    let representativeness: RepresentativenessReport | undefined;
    if (!options.trainingData) {
      representativeness = await checkRepresentativeness(
        options.modelDir,
        options.data,
        candidate.preprocessing.features.map((f) => f.name),
        options.cwd,
      );
      if (representativeness?.drifted)
        io?.warning(
          `The evaluation data drifts from the training data's profile on ${representativeness.columns.length} of ${representativeness.compared} features (${representativeness.columns.map((c) => c.column).join(', ')}); the metrics may not describe the data the model learned from.`,
        );
    }
    if (options.trainingData) {
      const training = await loadTable(options.trainingData, { cwd: options.cwd });
      const features = candidate.preprocessing.features;
      if (!features.some((f) => training.values.has(f.name)))
        throw new InputError(
          `input "training-data": ${options.trainingData} has none of the model's features (${features.map((f) => f.name).join(', ')}); give the data the model was trained on.`,
          'training-data',
        );
      leakage = checkLeakage({
        training: { ...training, path: options.trainingData },
        evaluation: table,
        features,
        target: model.target,
        seed: options.seed,
      });
      if ('auc' in leakage.adversarial && leakage.adversarial.warning)
        io?.warning(
          `Adversarial validation: a classifier tells the training rows from the evaluation rows with ROC AUC ${leakage.adversarial.auc.toFixed(3)} (above ${leakage.adversarial.threshold}); the evaluation data does not look like the training data.`,
        );
      if (leakage.overlap.rows > 0)
        io?.warning(
          `${leakage.overlap.rows} evaluation row(s) also appear in the training data (first: ${leakage.overlap.examples[0].evaluation} = ${leakage.overlap.examples[0].training}); the metrics overstate how the model does on new rows.`,
        );
    }

    const gateResults = evaluateGates(
      gates,
      { ...metrics, ...robustnessGateMetrics(robustness, 'candidate') },
      baselineMetrics ? { ...baselineMetrics, ...robustnessGateMetrics(robustness, 'baseline') } : undefined,
      reason ? `the baseline could not be used: ${reason}` : 'the baseline input is none',
    );

    const slices =
      options.slices && options.slices.length > 0
        ? await sliceMetricsOnWorkers(
            options.slices.map((name) => ({ name, values: table.values.get(name)! })),
            scored.prepared,
            base?.prepared,
            {
              intervals: {
                metrics: metricRoles(model.task).slices,
                resamples: Math.min(bootstrap.resamples, MAX_SLICE_RESAMPLES),
                seed: bootstrap.seed,
                confidence: bootstrap.confidence,
              },
            },
            { workerFile: options.workerFile ?? bootstrapWorkerFile(options.env) },
          )
        : undefined;

    let importance: PermutationImportance | undefined;
    if (options.importance) {
      const spec = candidate.preprocessing;
      const features = applyPreprocessing(spec, table, { locate: table.locate });
      const metric = metricRoles(model.task).importance;
      const targets = truth.task === 'regression' ? truth.actual : truth.labels;
      importance = await permutationImportance({
        features,
        rows: table.rows,
        width: spec.inputSize,
        groups: featureGroups(
          spec.inputNames,
          spec.features.map((f) => f.name),
        ),
        predict: (input, rows) => candidate.predictInput(input, rows),
        score: predictionScorer(model.task, targets, metric, truth.task === 'regression' ? 0 : truth.classes.length),
        metric,
        seed: options.seed,
      });
    }

    let explanations: Explanations | undefined;
    let shapCsv: string | undefined;
    if (explainRequest) {
      const explained = await explainEvaluation({
        request: explainRequest,
        table,
        truth,
        task: model.task,
        target: model.target,
        candidate: { predictor: candidate, outputs: scored.outputs },
        baseline: base ? { predictor: baseline!, outputs: base.outputs } : undefined,
        rows: options.explainRows ?? 500,
        background: options.explainBackground ?? 100,
        seed: options.seed,
      });
      explanations = explained.explanations;
      shapCsv = explained.csv;
    }

    const baselineInfo: BaselineInfo = { ref: outcome.ref, resolved: Boolean(base) };
    if (outcome.resolved) {
      Object.assign(baselineInfo, { version: outcome.resolved.version, tag: outcome.resolved.tag, url: outcome.resolved.releaseUrl });
      if (base) baselineInfo.model = modelInfo(baseline!.manifest);
    }
    if (reason) baselineInfo.reason = reason;
    if (!base && 'firstVersion' in outcome && outcome.firstVersion) baselineInfo.firstVersion = true;

    const report: EvaluationReport = {
      schemaVersion: EVALUATION_SCHEMA_VERSION,
      passed: gateResults.every((g) => g.passed),
      task: model.task,
      classes: truth.task === 'regression' ? undefined : truth.classes,
      data: { path: options.data, files: table.files, rows: table.rows, fingerprint: table.fingerprint },
      model: modelInfo(candidate.manifest),
      baseline: baselineInfo,
      metrics,
      baselineMetrics,
      deltas: baselineMetrics ? Object.fromEntries(bootstrap.metrics.map((m) => [m.metric, m.delta!])) : null,
      comparison: bootstrap.metrics,
      bootstrap: { method: bootstrap.method, resamples: bootstrap.resamples, seed: bootstrap.seed, confidence: bootstrap.confidence },
      gates: gateResults,
      confusionMatrix: scored.report.confusionMatrix
        ? { candidate: scored.report.confusionMatrix, baseline: base?.report.confusionMatrix }
        : undefined,
      perClass: scored.report.perClass,
      slices,
      importance,
      explanations,
      robustness,
      leakage,
      representativeness,
      history: {
        candidate: await readHistory(options.modelDir),
        baseline: outcome.resolved ? await readHistory(outcome.resolved.dir) : undefined,
      },
      run: options.run,
    };
    return { report, shapCsv };
  } finally {
    await Promise.all(opened.map((p) => p.release()));
  }
}
