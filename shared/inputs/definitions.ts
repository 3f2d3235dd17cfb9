/**
 * The public interface of every action: the single source that `action.yml` files are
 * generated from and that both the runner entry and the `mlops` CLI parse inputs with.
 * Names here are what users write in workflow YAML; change them only with a
 * major version.
 */

export type InputType =
  | { kind: 'string' }
  | { kind: 'path' }
  | { kind: 'boolean' }
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'json' }
  | { kind: 'list' }
  | { kind: 'secret' };

export interface InputDefinition {
  description: string;
  required?: boolean;
  /** The literal default written into action.yml. Expressions like `${{ github.token }}` are resolved by the runner. */
  default?: string;
  type: InputType;
  /** Environment variables the CLI falls back to when the input is not given on the command line. */
  cliEnvFallback?: readonly string[];
}

export interface OutputDefinition {
  description: string;
}

export interface ActionDefinition {
  name: string;
  description: string;
  /** Whether the action uses TensorFlow.js or ONNX at run time (documentation and bundle checks). */
  ml: boolean;
  /** The `permissions:` a workflow job needs for this action. */
  permissions: Readonly<Record<string, 'read' | 'write'>>;
  inputs: Readonly<Record<string, InputDefinition>>;
  outputs: Readonly<Record<string, OutputDefinition>>;
  branding: { icon: string; color: string };
}

const str = { kind: 'string' } as const;
const path = { kind: 'path' } as const;
const bool = { kind: 'boolean' } as const;
const json = { kind: 'json' } as const;
const list = { kind: 'list' } as const;
const int = (min?: number, max?: number) => ({ kind: 'integer', min, max }) as const;
const num = (min?: number, max?: number) => ({ kind: 'number', min, max }) as const;
const oneOf = <const V extends readonly string[]>(...values: V) => ({ kind: 'enum', values }) as const;

/** The built-in trainer's engines, in the order `auto` tries them (train/backend.ts). */
export const BACKENDS = ['tensorflow-gpu', 'tensorflow', 'webgpu', 'onnxruntime', 'wasm', 'cpu'] as const;
const backendInput = oneOf('auto', ...BACKENDS);

const githubToken = {
  description:
    "Token for the GitHub API. The default job token is enough when the job grants the permissions listed in this action's README.",
  default: '${{ github.token }}',
  type: { kind: 'secret' },
  cliEnvFallback: ['GITHUB_TOKEN', 'GH_TOKEN'],
} as const satisfies InputDefinition;

export const ACTIONS = {
  'validate-data': {
    name: 'validate-data',
    description:
      'Check a dataset against a schema (or infer one), profile it in one streaming pass, and fail with errors that point at file:line.',
    ml: false,
    permissions: { contents: 'read' },
    branding: { icon: 'check-square', color: 'green' },
    inputs: {
      data: {
        description:
          'Path or glob of the data: CSV (any delimiter, quoted, CRLF, BOM) or JSON Lines. Several files are read as one dataset.',
        required: true,
        type: path,
      },
      schema: {
        description:
          'Schema file (YAML or JSON): per-column type, nullable, min, max, values, pattern, unique, max_null_share; table min_rows, max_rows, allow_extra_columns, max_duplicate_rows_share.',
        type: path,
      },
      'infer-schema': { description: 'Infer a tolerant schema from the data when no schema is given.', default: 'false', type: bool },
      'schema-output': {
        description: 'Where the inferred schema is written, as editable YAML.',
        default: 'mlops-out/schema.yml',
        type: path,
      },
      'reference-profile': {
        description: 'A data profile (JSON) to flag train/serving skew against: new categories, out-of-range shares, null-rate jumps.',
        type: path,
      },
      'fail-on': {
        description: 'Fail the step on `error`, on `warning`, or `never`.',
        default: 'error',
        type: oneOf('error', 'warning', 'never'),
      },
      'max-annotations': { description: 'Most file:line annotations to emit.', default: '50', type: int(0, 1000) },
      'profile-output': { description: 'Where the data profile (JSON) is written.', default: 'mlops-out/data-profile.json', type: path },
      'report-output': {
        description: 'Where the validation report (JSON) is written.',
        default: 'mlops-out/validation-report.json',
        type: path,
      },
    },
    outputs: {
      valid: { description: '`true` when no rule failed at the `fail-on` level.' },
      rows: { description: 'Data rows read.' },
      errors: { description: 'Number of error-level violations.' },
      warnings: { description: 'Number of warning-level violations.' },
      report: { description: 'Path of the JSON validation report.' },
      profile: { description: 'Path of the data profile JSON.' },
      fingerprint: { description: 'sha256 fingerprint of the data.' },
    },
  },
  train: {
    name: 'train',
    description:
      'Train a model: the built-in trainer from a YAML config (onnxruntime native CPU kernels, TF.js wasm, WebGPU or CUDA), or any training command (PyTorch, sklearn…), packaged as an mlops model.',
    ml: true,
    permissions: { contents: 'read' },
    branding: { icon: 'cpu', color: 'purple' },
    inputs: {
      config: { description: 'Built-in trainer config (YAML). Give this or `command`.', type: path },
      command: {
        description: 'Any training command, run with MLOPS_OUTPUT_DIR, MLOPS_DATA, MLOPS_PARAMS and MLOPS_SEED set. Give this or `config`.',
        type: str,
      },
      data: { description: 'Training data (path or glob). Overrides `data` in the config.', type: path },
      target: { description: 'Target column. Overrides `target` in the config.', type: str },
      'output-dir': { description: 'Where the model package is written.', default: 'mlops-out/model', type: path },
      backend: {
        description:
          'Compute backend for the built-in trainer: `auto`, `tensorflow-gpu`, `tensorflow`, `webgpu`, `onnxruntime` (native CPU kernels from onnxruntime-node installed on the runner), `wasm` or `cpu`. An explicit backend that cannot load fails the step.',
        default: 'auto',
        type: backendInput,
      },
      params: { description: 'JSON object of hyperparameter overrides (used by tune).', default: '{}', type: json },
      seed: { description: 'Random seed. Same config + seed + backend gives the same metrics.', default: '42', type: int(0) },
      'checkpoint-cache': {
        description: 'Cache key prefix: checkpoint every epoch with @actions/cache and resume on a re-run. Empty disables it.',
        type: str,
      },
      'artifact-name': { description: 'Upload the model package as a workflow artifact with this name. Empty disables it.', type: str },
      'cost-per-hour': { description: "The runner's price per hour; the run's cost is then reported.", type: num(0) },
    },
    outputs: {
      'model-dir': { description: 'Path of the model package.' },
      metrics: { description: 'Final metrics as JSON.' },
      backend: { description: 'The backend that ran.' },
      device: { description: 'The device it ran on.' },
      'duration-seconds': { description: 'Wall time of training.' },
      cost: { description: 'Cost of the run, when `cost-per-hour` is set.' },
    },
  },
  tune: {
    name: 'tune',
    description: 'Hyperparameter search (grid, random, TPE with ASHA pruning), run here or fanned out as a GitHub job matrix.',
    ml: true,
    permissions: { contents: 'read' },
    branding: { icon: 'sliders', color: 'purple' },
    inputs: {
      config: { description: 'Built-in trainer config (YAML) that trials start from.', required: true, type: path },
      'search-space': {
        description: 'YAML or JSON map of parameter to distribution: `uniform`, `loguniform`, `int` or `choice`.',
        required: true,
        type: str,
      },
      algorithm: { description: '`grid`, `random` or `tpe`.', default: 'tpe', type: oneOf('grid', 'random', 'tpe') },
      pruner: { description: '`none` or `asha`.', default: 'none', type: oneOf('none', 'asha') },
      trials: { description: 'Number of trials.', default: '20', type: int(1, 10000) },
      parallel: { description: 'Trials run at once on this runner.', default: '1', type: int(1, 256) },
      metric: { description: 'Metric to optimise, as named in metrics.json.', default: 'val_loss', type: str },
      direction: { description: '`minimize` or `maximize`.', default: 'minimize', type: oneOf('minimize', 'maximize') },
      seed: { description: 'Random seed of the search.', default: '42', type: int(0) },
      mode: {
        description:
          '`local` (all trials here), `plan` (emit a job matrix), `trial` (run one planned trial) or `report` (gather results, pick the best).',
        default: 'local',
        type: oneOf('local', 'plan', 'trial', 'report'),
      },
      trial: { description: 'In `trial` mode: the trial entry from the planned matrix (JSON).', type: json },
      'trials-dir': { description: 'Folder where trial results are written and gathered.', default: 'mlops-out/tune', type: path },
      data: { description: 'Training data; overrides the config.', type: path },
      backend: { description: 'Compute backend for trials (as in train).', default: 'auto', type: backendInput },
    },
    outputs: {
      'best-params': { description: 'Best parameters as JSON.' },
      'best-value': { description: 'Best metric value.' },
      'trials-file': { description: 'Path of the JSON file of all trials.' },
      matrix: { description: 'In plan mode: a job matrix for `strategy.matrix: ${{ fromJSON(...) }}`.' },
      'model-dir': { description: 'Model package of the best trial.' },
    },
  },
  evaluate: {
    name: 'evaluate',
    description:
      'Metrics with bootstrap confidence intervals, gates, comparison with the registered baseline, and a sticky pull-request comment.',
    ml: true,
    permissions: { contents: 'read', 'pull-requests': 'write' },
    branding: { icon: 'bar-chart-2', color: 'blue' },
    inputs: {
      'model-dir': { description: 'The candidate model package.', required: true, type: path },
      data: { description: 'Labelled evaluation data (path or glob).', required: true, type: path },
      baseline: {
        description: 'Baseline to compare with: an alias (`production`), `latest`, a version (`name/vN`), a package path, or `none`.',
        default: 'production',
        type: str,
      },
      gates: {
        description:
          'YAML map of metric to condition, e.g. `accuracy: ">= 0.85"`, `f1: ">= baseline - 0.01"`, `rmse: "<= baseline * 1.05"`.',
        type: str,
      },
      bootstrap: {
        description: 'Paired bootstrap resamples for confidence intervals (0 disables them).',
        default: '1000',
        type: int(0, 100000),
      },
      slices: { description: 'Columns to compute per-slice metrics for (comma or newline separated).', type: list },
      importance: { description: 'Compute permutation importance.', default: 'false', type: bool },
      comment: {
        description: '`auto` (comment on pull requests), `always`, or `never`.',
        default: 'auto',
        type: oneOf('auto', 'always', 'never'),
      },
      'comment-key': {
        description: 'Key of the sticky comment; several models in one repository use different keys.',
        default: 'default',
        type: str,
      },
      'report-output': { description: 'Where the markdown report is written.', default: 'mlops-out/evaluation.md', type: path },
      'github-token': githubToken,
    },
    outputs: {
      metrics: { description: 'Candidate metrics as JSON.' },
      'baseline-metrics': { description: 'Baseline metrics as JSON (empty without a baseline).' },
      passed: { description: '`true` when every gate passed.' },
      report: { description: 'Path of the markdown report.' },
      'report-json': {
        description:
          "Path of the JSON report (`passed`, metrics, deltas, intervals, gates, baseline version): what register's `require-passed` reads.",
      },
      'comment-url': { description: 'URL of the sticky pull-request comment.' },
    },
  },
  register: {
    name: 'register',
    description: 'Publish a model version as a GitHub Release (draft first, verified assets, model card) and move aliases atomically.',
    ml: false,
    permissions: { contents: 'write' },
    branding: { icon: 'package', color: 'orange' },
    inputs: {
      'model-dir': { description: 'The model package to register.', required: true, type: path },
      name: { description: 'Model name; the release tag is `<name>/v<N>`.', required: true, type: str },
      version: { description: '`auto` (the next integer) or an explicit integer.', default: 'auto', type: str },
      alias: { description: 'Alias to move to the new version, e.g. `staging`.', type: str },
      'require-passed': {
        description:
          'Path of an evaluate report (JSON with a top-level boolean `passed`) that must say it passed; registering is refused otherwise.',
        type: path,
      },
      notes: { description: 'Extra notes for the model card.', type: str },
      'keep-versions': {
        description: 'Retention: keep this many newest versions and delete older ones that no alias points at (empty keeps all).',
        type: int(1, 100000),
      },
      'github-token': githubToken,
    },
    outputs: {
      version: { description: 'The version number.' },
      tag: { description: 'The release tag.' },
      'release-url': { description: 'URL of the release.' },
      'release-id': { description: 'Id of the release.' },
      sha256: { description: 'sha256 of the package archive.' },
    },
  },
  deploy: {
    name: 'deploy',
    description: 'Ship a registered model to a target with a GitHub Deployment, a smoke test and automatic rollback.',
    ml: true,
    permissions: { contents: 'write', deployments: 'write' },
    branding: { icon: 'upload-cloud', color: 'orange' },
    inputs: {
      model: { description: '`name@alias`, `name/vN`, or a package path.', required: true, type: str },
      target: {
        description: '`local` (inference service on this host), `kubernetes` (rendered manifests), or `none` (record only).',
        default: 'local',
        type: oneOf('local', 'kubernetes', 'none'),
      },
      environment: { description: 'GitHub environment name.', default: 'staging', type: str },
      port: { description: 'Port of the local inference service.', default: '8080', type: int(1, 65535) },
      'smoke-data': { description: 'CSV rows sent to the service as a smoke test.', type: path },
      'promote-alias': { description: 'Alias moved to the deployed version after a successful smoke test.', type: str },
      strategy: { description: '`replace`, `canary` or `shadow`.', default: 'replace', type: oneOf('replace', 'canary', 'shadow') },
      'canary-weight': { description: 'Share of traffic sent to the canary (0–1).', default: '0.1', type: num(0, 1) },
      'github-token': githubToken,
    },
    outputs: {
      url: { description: 'URL of the service.' },
      'deployment-id': { description: 'Id of the GitHub Deployment.' },
      version: { description: 'Deployed version.' },
      'previous-version': { description: 'Version deployed before.' },
      'rolled-back': { description: '`true` when the deployment was rolled back.' },
    },
  },
  monitor: {
    name: 'monitor',
    description:
      "Data and prediction drift of current data against the model's reference profile, with effect sizes and Prometheus metrics.",
    ml: false,
    permissions: { contents: 'read' },
    branding: { icon: 'activity', color: 'red' },
    inputs: {
      reference: {
        description: "Reference: a profile JSON, a CSV, or `name@alias` to use the release's data-profile.json.",
        required: true,
        type: str,
      },
      current: { description: 'Current data: paths or globs of CSV files or prediction logs.', required: true, type: str },
      method: {
        description: '`auto`, or a YAML map of column to method (`ks`, `chi2`, `z`, `wasserstein`, `jensenshannon`, `psi`).',
        default: 'auto',
        type: str,
      },
      threshold: { description: 'Override of the per-method threshold.', type: num(0) },
      'drift-share': { description: 'Share of drifted columns that makes the dataset drifted.', default: '0.5', type: num(0, 1) },
      'prediction-column': { description: 'Column holding predictions.', type: str },
      'label-column': { description: 'Column holding labels, for quality metrics.', type: str },
      'pushgateway-url': { description: 'Prometheus Pushgateway to push drift metrics to.', type: str },
      'metrics-file': { description: 'Write drift metrics as Prometheus text to this file.', type: path },
      'report-output': { description: 'Where the drift report (JSON) is written.', default: 'mlops-out/drift-report.json', type: path },
      'github-token': githubToken,
    },
    outputs: {
      'drift-detected': { description: '`true` when the dataset drifted.' },
      'drift-share': { description: 'Share of drifted columns.' },
      'drifted-features': { description: 'JSON list of drifted columns.' },
      report: { description: 'Path of the JSON drift report.' },
      'report-markdown': { description: 'Path of the markdown drift report.' },
    },
  },
  'open-drift-issue': {
    name: 'open-drift-issue',
    description: 'Keep one deduplicated issue per model and environment with the drift report; update, close, and dispatch retraining.',
    ml: false,
    permissions: { issues: 'write', actions: 'write' },
    branding: { icon: 'alert-triangle', color: 'red' },
    inputs: {
      report: { description: 'Drift report JSON written by monitor.', required: true, type: path },
      title: {
        description: 'Issue title; `{model}` and `{environment}` are replaced.',
        default: 'Data drift detected: {model} ({environment})',
        type: str,
      },
      labels: { description: 'Labels of the issue (comma separated).', default: 'drift', type: list },
      assignees: { description: 'Assignees of the issue (comma separated).', type: list },
      'close-when-resolved': { description: 'Close the issue with a comment when the report is clean.', default: 'true', type: bool },
      'retrain-workflow': { description: 'Workflow file dispatched with workflow_dispatch when drift is found.', type: str },
      'retrain-ref': { description: 'Git ref the retraining workflow runs on.', default: 'main', type: str },
      environment: { description: 'Environment the report is for; one issue per model and environment.', default: 'production', type: str },
      'github-token': githubToken,
    },
    outputs: {
      'issue-number': { description: 'Number of the drift issue.' },
      'issue-url': { description: 'URL of the drift issue.' },
      action: { description: '`created`, `updated`, `closed` or `none`.' },
      'retrain-dispatched': { description: '`true` when retraining was dispatched.' },
    },
  },
} as const satisfies Record<string, ActionDefinition>;

export type ActionName = keyof typeof ACTIONS;
export const ACTION_NAMES = Object.keys(ACTIONS) as ActionName[];

export function isActionName(name: string): name is ActionName {
  return Object.hasOwn(ACTIONS, name);
}

type Definitions = typeof ACTIONS;

/** What the parser turns an input of this type into. */
type ValueOf<T> = T extends { kind: 'boolean' }
  ? boolean
  : T extends { kind: 'integer' | 'number' }
    ? number
    : T extends { kind: 'list' }
      ? string[]
      : T extends { kind: 'json' }
        ? unknown
        : T extends { kind: 'enum'; values: readonly (infer V)[] }
          ? V
          : string;

/**
 * Whether the parser always gives the input a value: it is required, has a literal default,
 * or is a list (empty when not given). A default the runner resolves (`${{ github.token }}`)
 * is absent on the CLI, so it does not count.
 */
type AlwaysGiven<D> = D extends { required: true }
  ? true
  : D extends { default: infer X }
    ? X extends `${string}\${{${string}`
      ? false
      : true
    : D extends { type: { kind: 'list' } }
      ? true
      : false;

/**
 * An action's inputs as a step reads them: typed, defaulted, named as in workflow YAML. A
 * misspelt input is a compile error, and a step never repeats a default from this file.
 */
export type ActionInputs<A extends ActionName> = {
  -readonly [K in keyof Definitions[A]['inputs']]: AlwaysGiven<Definitions[A]['inputs'][K]> extends true
    ? ValueOf<Definitions[A]['inputs'][K] extends { type: infer T } ? T : never>
    : ValueOf<Definitions[A]['inputs'][K] extends { type: infer T } ? T : never> | undefined;
};
