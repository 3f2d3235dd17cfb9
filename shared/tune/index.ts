/** Hyperparameter search: spaces, samplers, pruners, studies run locally or over a job matrix, importance, reports. */
export { knownDirection, resolveDirection, type StudyDirection } from './direction.js';
export {
  parameterImportance,
  type ImportanceOptions,
  type ImportanceResult,
  type ParameterImportance,
} from './importance.js';
export { runLocalStudy, visibleHistory, type LocalStudyOptions, type StudyResult } from './local.js';
export {
  failUnreported,
  MAX_ROUND_SIZE,
  mergeResults,
  planRound,
  recordTrialResult,
  runPlannedTrial,
  type RoundPlan,
  type TrialSpec,
} from './matrix.js';
export {
  parseTrialSpec,
  planNote,
  requireStudy,
  runLocalMode,
  runPlanMode,
  runReportMode,
  runTrialMode,
  studyFromDefinition,
  UNREPORTED,
  type LocalModeOptions,
  type LocalModeResult,
  type ObjectiveSetup,
  type PlanModeOptions,
  type PlanModeResult,
  type PreparedObjective,
  type PrepareObjective,
  type ReportModeResult,
  type StudyDefinition,
  type TrialModeOptions,
  type TrialModeResult,
} from './modes.js';
export {
  ashaPruner,
  createPruner,
  noPruner,
  type AshaOptions,
  type Pruner,
  type PrunerName,
  type PrunerSpec,
} from './pruners/index.js';
export { bestValueChart, bestValueHistory, importanceTable, trialsTable } from './report.js';
export { errorLine, runTrial, type TrialRun } from './run-trial.js';
export {
  createSampler,
  gridSampler,
  randomSampler,
  tpeSampler,
  TPE_DEFAULTS,
  type Sampler,
  type SamplerName,
  type SamplerSpec,
  type SuggestContext,
  type TpeOptions,
} from './samplers/index.js';
export {
  checkParams,
  isActive,
  parseSearchSpace,
  spaceDefinition,
  type Distribution,
  type Parameter,
  type Params,
  type ParamValue,
  type SearchSpace,
} from './space.js';
export {
  assertNotAllFailed,
  bestTrial,
  countByState,
  createStudy,
  csvPathFor,
  definitionDifferences,
  parseStudyJson,
  readStudyFile,
  studySpace,
  studyToCsv,
  studyToJson,
  writeStudyFiles,
  type Study,
  type StudyOptions,
} from './study.js';
export {
  packageOf,
  prepareTrialFolder,
  readResults,
  readSearchSpace,
  resultJson,
  STUDY_FILE,
  trialFolderName,
  trialsDir,
  writeTrialResult,
  type TrialFolder,
  type TrialsDir,
} from './study-files.js';
export { studySummary, trialLine, trialSummary, type StudySummaryOptions } from './summary.js';
export type { IntermediateValue, Objective, ObjectiveResult, PruneSignal, Report, Trial, TrialState } from './trial.js';
