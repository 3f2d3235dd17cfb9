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
    description:
      'Hyperparameter search (grid, random, TPE with ASHA pruning) over the built-in trainer or any training command, run here in worker processes or fanned out as a GitHub job matrix in adaptive rounds.',
    ml: true,
    permissions: { contents: 'read' },
    branding: { icon: 'sliders', color: 'purple' },
    inputs: {
      config: {
        description:
          'Built-in trainer config (YAML) that every trial starts from; a trial applies its parameters to it (`learning_rate`, `hidden`, `model.type`, dotted paths such as `training.batch_size`). Give this or `command`.',
        type: path,
      },
      command: {
        description:
          "A training command run once per trial instead of the built-in trainer, with MLOPS_PARAMS (the trial's parameters as JSON), MLOPS_PARAMS_FILE (the same in a file), MLOPS_OUTPUT_DIR, MLOPS_DATA, MLOPS_SEED and MLOPS_TRIAL set; it writes metrics.json into MLOPS_OUTPUT_DIR. Give this or `config`.",
        type: str,
      },
      'search-space': {
        description:
          'The search space: a YAML or JSON map of parameter to distribution (`uniform`, `loguniform`, `int`, `choice`; `when` for conditional parameters), or the path of a .yml, .yaml or .json file that holds one. Needed by `local` and `plan`; `trial` and `report` read the study from `trials-dir`.',
        type: str,
      },
      algorithm: { description: 'Sampler: `grid`, `random` or `tpe`.', default: 'tpe', type: oneOf('grid', 'random', 'tpe') },
      pruner: {
        description: '`none`, or `asha` to stop unpromising trials early from the per-epoch value of `metric` (built-in trainer only).',
        default: 'none',
        type: oneOf('none', 'asha'),
      },
      trials: {
        description: 'Number of trials in all, those already recorded in the trials file included (raise it to extend a study).',
        default: '20',
        type: int(1, 10000),
      },
      parallel: {
        description: '`local`: trials run at once on this runner, each in a worker process of its own.',
        default: '1',
        type: int(1, 256),
      },
      metric: {
        description: 'Metric to optimise, as named in metrics.json (`val_loss`, `val_auc`, `cv_val_loss_mean`…).',
        default: 'val_loss',
        type: str,
      },
      direction: {
        description:
          '`minimize` or `maximize`. Leave it empty for a metric the suite knows (`val_loss` is minimised, `val_auc` maximised); a direction that contradicts the metric is refused.',
        type: oneOf('minimize', 'maximize'),
      },
      seed: {
        description: "Random seed of the search and of every trial's training. Same seed and inputs give the same trials.",
        default: '42',
        type: int(0),
      },
      mode: {
        description:
          "`local` (all trials on this runner), `plan` (gather the results so far and emit the next round's job matrix), `trial` (run one planned trial and upload its result) or `report` (gather every result, pick the best, write the summary).",
        default: 'local',
        type: oneOf('local', 'plan', 'trial', 'report'),
      },
      trial: {
        description: '`trial` mode: one entry of the planned matrix, as JSON (`${{ toJSON(matrix.trial) }}`).',
        type: json,
      },
      rounds: {
        description:
          "`plan`: the number of rounds the study is split into. Each round is planned from the results of the rounds before it and has ⌈remaining trials / remaining rounds⌉ trials, at most 256 (GitHub's matrix limit).",
        default: '1',
        type: int(1, 1000),
      },
      round: {
        description:
          '`plan`: the round this job plans, counting from 0. A round planned already is returned unchanged (a re-run adds no trials); trials of earlier rounds without a result are recorded as failed. Empty: the open round, or else the next one.',
        type: int(0, 1000),
      },
      'trials-dir': {
        description:
          'Folder of the study: trials.json and trials.csv (the study state, resumed from), and one trial-N folder per trial with its params.json, result.json and model package.',
        default: 'mlops-out/tune',
        type: path,
      },
      'artifact-name': {
        description:
          "`trial`: upload the trial's folder (result and model package) as the artifact `<artifact-name>-trial-<N>` (`-attempt-<A>` on a re-run) for the report job to download. Empty disables it.",
        default: 'tune',
        type: str,
      },
      data: { description: "Training data (path or glob); overrides the config's `data`, and is MLOPS_DATA for a command.", type: path },
      backend: {
        description: 'Compute backend of the built-in trainer for every trial (as in train).',
        default: 'auto',
        type: backendInput,
      },
    },
    outputs: {
      'best-params': { description: "Best parameters as JSON (`trial` mode: this trial's parameters)." },
      'best-value': { description: "Best value of the metric (`trial` mode: this trial's value)." },
      'best-trial': { description: 'Number of the best trial.' },
      'trials-file': { description: "Path of the JSON trials file (a CSV twin lies beside it); `trial` mode: the trial's result.json." },
      matrix: { description: '`plan` mode: the job matrix, for `strategy.matrix: ${{ fromJSON(needs.<plan job>.outputs.matrix) }}`.' },
      planned: { description: '`plan` mode: trials in `matrix` (0 when the trial budget is spent: skip the trial job).' },
      round: { description: '`plan` mode: the round `matrix` belongs to.' },
      'trial-state': { description: '`trial` mode: `complete`, `pruned` or `failed`.' },
      'model-dir': { description: 'Model package of the best trial (`trial` mode: of this trial, when it completed).' },
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
      explain: {
        description:
          'SHAP explanations of raw features: `false`, `true` (every feature), or the features to explain (comma or newline separated; the others are attributed together as one). Closed form for linear and logistic models, Kernel SHAP otherwise.',
        default: 'false',
        type: str,
      },
      'explain-rows': {
        description: 'Evaluation rows explained (a seeded sample when the data has more).',
        default: '500',
        type: int(1, 100000),
      },
      'explain-background': {
        description: 'Background rows (a seeded sample of the evaluation data) the explanations are relative to.',
        default: '100',
        type: int(1, 10000),
      },
      robustness: {
        description:
          'Perturbations of the evaluation data and their levels, as YAML or JSON, e.g. `noise: [0.05, 0.1, 0.2]`, `missing: [0.1]`, `swap: [0.1]` (Gaussian noise in standard deviations of each numeric feature, share of cells emptied, share of categories swapped); `true` for noise at 0.05, 0.1 and 0.2; `false` for off. Gates can name the results: `robustness.noise-0.1.accuracy: ">= 0.8"`.',
        default: 'false',
        type: str,
      },
      'training-data': {
        description:
          'The training data (path or glob), for the leakage checks: adversarial validation of training against evaluation rows, and evaluation rows that repeat a training row. Without it the checks are skipped.',
        type: path,
      },
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
    description:
      'Ship a registered model as a live inference service (this host or Kubernetes) with a GitHub Deployment, a smoke test before it takes traffic, and automatic rollback.',
    ml: true,
    permissions: { contents: 'write', deployments: 'write' },
    branding: { icon: 'upload-cloud', color: 'orange' },
    inputs: {
      model: {
        description: '`name@alias`, `name/vN`, or a package path. Verified (sha256 of every file) before anything changes.',
        required: true,
        type: str,
      },
      target: {
        description:
          "`local` (a persistent inference service on this runner host that outlives the job), `kubernetes` (KServe InferenceService, or Deployment + Service + HPA, and the serving image's Dockerfile; applied when kubectl has a context), or `none` (record the deployment only).",
        default: 'local',
        type: oneOf('local', 'kubernetes', 'none'),
      },
      environment: { description: 'GitHub environment name; one local service per model and environment.', default: 'staging', type: str },
      host: {
        description: 'Interface the local service binds. The default keeps it on this host; use 0.0.0.0 only behind a firewall or a proxy.',
        default: '127.0.0.1',
        type: str,
      },
      port: { description: 'Port of the local service (and the container port on Kubernetes).', default: '8080', type: int(1, 65535) },
      token: {
        description: 'Bearer token the inference routes require (from a secret); health and /metrics stay open.',
        type: { kind: 'secret' },
      },
      'smoke-data': {
        description:
          "CSV or JSON Lines rows sent through the candidate before it takes traffic: every prediction must be finite and of the model's shape.",
        type: path,
      },
      'smoke-gates': {
        description:
          'YAML map of metric to condition the smoke answers must pass when smoke-data has the target column, e.g. `accuracy: ">= 0.8"`.',
        type: str,
      },
      'promote-alias': {
        description: 'Alias moved to the deployed version after a successful deployment (registry versions only).',
        type: str,
      },
      strategy: {
        description:
          '`replace` (swap with no dropped request), `canary` (a share of the traffic, `canary-weight`) or `shadow` (a copy of the traffic; answers logged, never returned).',
        default: 'replace',
        type: oneOf('replace', 'canary', 'shadow'),
      },
      'canary-weight': { description: 'Share of traffic sent to the canary (0–1).', default: '0.1', type: num(0, 1) },
      'state-dir': {
        description:
          'Where local services keep their state (versions, log, prediction log, pid). Default: $MLOPS_STATE_DIR or ~/.local/state/mlops-actions/services.',
        type: path,
      },
      'output-dir': {
        description: "Where the kubernetes target writes its manifests and the image's build context.",
        default: 'mlops-out/deploy',
        type: path,
      },
      image: {
        description: 'Kubernetes: the serving image to reference (build it from output-dir/image). Default: `<model>-serving:v<N>`.',
        type: str,
      },
      namespace: { description: 'Kubernetes namespace.', default: 'default', type: str },
      'kube-context': {
        description: "kubectl context to apply with; default: kubectl's current context, and nothing is applied when there is none.",
        type: str,
      },
      'min-replicas': { description: 'Kubernetes: fewest replicas.', default: '1', type: int(1, 1000) },
      'max-replicas': { description: "Kubernetes: most replicas (the autoscaler's bound).", default: '3', type: int(1, 1000) },
      'token-secret': {
        description: 'Kubernetes: name of a Secret whose `token` key the service requires as its bearer token.',
        type: str,
      },
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
      "Data, prediction and performance drift of current data (files, prediction logs or profile shards) against the model's reference profile, with effect sizes, an adversarial multivariate check, Prometheus metrics and Alertmanager alerts.",
    ml: false,
    permissions: { contents: 'read', issues: 'read' },
    branding: { icon: 'activity', color: 'red' },
    inputs: {
      reference: {
        description:
          "Reference: a data profile JSON (validate-data's or train's data-profile.json), a CSV or JSON Lines file or glob (profiled on the fly; its rows also feed the multivariate check), a model package folder, or `name@alias` / `name/vN` / `name@latest` to use the registered version's data-profile.json (verified like any registry download).",
        required: true,
        type: str,
      },
      current: {
        description:
          'Current data: paths or globs (one per line) of CSV or JSON Lines files, of prediction logs written by the inference service, or of data profile JSONs (shards, merged before comparing). `current-format` says which; `auto` tells them apart.',
        required: true,
        type: str,
      },
      'current-format': {
        description:
          "`auto`, `data` (CSV or JSON Lines rows), `prediction-log` (the service's JSON Lines log: `features` are the columns, `prediction` and `label` the model's answers) or `profile` (data profile JSONs, merged).",
        default: 'auto',
        type: oneOf('auto', 'data', 'prediction-log', 'profile'),
      },
      model: {
        description:
          "Model name for the report, the metric labels, the alerts and the drift issue. Default: the name in `reference` (`name@alias`), else the package manifest's name, else `model`.",
        type: str,
      },
      environment: {
        description:
          "Environment the current data comes from (`production`, `staging`…): a label of every metric and alert, and part of the drift issue's identity.",
        default: 'production',
        type: str,
      },
      method: {
        description:
          "`auto` (Evidently's defaults: by reference size and distinct values), one test for every column (`ks`, `chisquare`, `z`, `wasserstein`, `jensenshannon`, `psi`), or a YAML map of column to a test or to `{method, threshold, min-effect, kind, skip}`.",
        default: 'auto',
        type: str,
      },
      threshold: {
        description:
          "Threshold for every column's test instead of each test's default (p-value tests: drift below it; distances: drift at or above it).",
        type: num(0),
      },
      'min-effect': {
        description:
          "Smallest effect size that counts as drift (Wasserstein distance over the reference std for numbers, total variation for categories), so a trivial shift in a large sample does not fire. 0 gives Evidently's test-only verdict.",
        default: '0.1',
        type: num(0),
      },
      'drift-share': {
        description: 'Share of compared columns that must drift for the dataset to count as drifted.',
        default: '0.5',
        type: num(0, 1),
      },
      'prediction-column': {
        description:
          "Column holding the model's predictions, compared as prediction drift. For prediction logs the default is `prediction` (or the predicted `label`, compared with the training target, when the reference has no predictions).",
        type: str,
      },
      'label-column': {
        description:
          "Column of the current data holding true labels: with `prediction-column`, the model's current accuracy (classifiers) or RMSE (regression), compared with the reference package's metrics.json. Without labels, a binary classifier's accuracy is estimated from its probabilities (CBPE), which assumes calibration.",
        type: str,
      },
      'reference-data': {
        description:
          'Raw reference rows (CSV or JSON Lines, path or glob) for the multivariate check when `reference` is a profile or a model. Not needed when `reference` is itself a data file.',
        type: path,
      },
      multivariate: {
        description:
          'Run the multivariate check when raw reference and current rows are available: a classifier (gradient-boosted depth-2 trees) trained to tell reference rows from current rows, its cross-validated ROC AUC as the drift score.',
        default: 'true',
        type: bool,
      },
      'multivariate-threshold': {
        description: 'Cross-validated ROC AUC at or above which the multivariate check reports drift (0.5: indistinguishable).',
        default: '0.55',
        type: num(0.5, 1),
      },
      'metrics-file': {
        description: 'Write the drift metrics in Prometheus text format to this file (a node exporter textfile collector reads it).',
        type: path,
      },
      'pushgateway-url': {
        description:
          'Prometheus Pushgateway to push the drift metrics to, grouped as job `mlops_drift`, `model` and `environment`, so each run replaces the previous one.',
        type: str,
      },
      'alertmanager-url': {
        description:
          "Alertmanager to send alerts to (its v2 API): one alert for the dataset's drift and one per drifted column while drifting; a clean run resolves them.",
        type: str,
      },
      'alert-severity': { description: 'The `severity` label of the alerts.', default: 'warning', type: str },
      'alert-hold-hours': {
        description:
          "How long a firing alert stays active without being sent again (its endsAt). Make it longer than the schedule's interval so the alert does not expire between runs; a clean run resolves it at once.",
        default: '26',
        type: num(0.1, 8760),
      },
      'report-output': {
        description: 'Where the drift report (JSON) is written; the markdown report goes beside it with the extension `.md`.',
        default: 'mlops-out/drift-report.json',
        type: path,
      },
      'github-token': githubToken,
    },
    outputs: {
      'drift-detected': { description: '`true` when the dataset drifted (share of drifted columns, or the multivariate check).' },
      'drift-share': { description: 'Share of compared columns that drifted.' },
      'drifted-features': { description: 'JSON list of the drifted columns, most severe first.' },
      report: { description: 'Path of the JSON drift report (read by open-drift-issue).' },
      'report-markdown': { description: 'Path of the markdown drift report.' },
    },
  },
  'open-drift-issue': {
    name: 'open-drift-issue',
    description:
      'Keep one issue per model and environment with the drift report: opened on the first detection, a comment on each later one, closed when the drift clears; dispatch retraining once per detection episode.',
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
      labels: {
        description: 'Labels of the issue (comma separated), created in the repository when missing.',
        default: 'drift',
        type: list,
      },
      assignees: { description: 'Assignees of the issue (comma separated), set when it is opened.', type: list },
      'close-when-resolved': { description: 'Close the issue with a comment when the report is clean.', default: 'true', type: bool },
      'retrain-workflow': {
        description:
          'Workflow file (e.g. `retrain.yml`) dispatched with workflow_dispatch once per detection episode (while the issue stays open, later detections do not dispatch again).',
        type: str,
      },
      'retrain-ref': { description: 'Git ref the retraining workflow runs on.', default: 'main', type: str },
      'retrain-inputs': {
        description:
          'The workflow_dispatch inputs sent, from the report (comma separated; the retraining workflow must declare each): `model`, `environment`, `drift-share`, `drifted-features`, `issue-number`, `report-run-url`. Empty sends none.',
        default: 'model,environment,drift-share,drifted-features,issue-number',
        type: list,
      },
      model: { description: "Model name; default: the report's.", type: str },
      environment: { description: "Environment; default: the report's. One issue per model and environment.", type: str },
      'github-token': githubToken,
    },
    outputs: {
      'issue-number': { description: 'Number of the drift issue.' },
      'issue-url': { description: 'URL of the drift issue.' },
      action: {
        description:
          '`created`, `updated` (a comment for a later detection), `closed`, `unchanged` (this run was recorded already) or `none`.',
      },
      'retrain-dispatched': { description: '`true` when this run dispatched retraining.' },
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
