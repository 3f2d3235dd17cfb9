import { existsSync, statSync } from 'node:fs';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { syncDriftAlerts } from '../alerts/drift-alerts.js';
import { parseServiceUrl } from '../alerts/http.js';
import { pushMetrics } from '../alerts/pushgateway.js';
import { expandDataPattern } from '../data/files.js';
import { mergeProfiles, type DataProfile } from '../data/profile.js';
import { adversarialValidation, type AdversarialColumn } from '../drift/adversarial.js';
import { compareProfiles, type ColumnOverride, type DriftOptions, type DriftReport, type MethodName } from '../drift/compare.js';
import {
  driftIssueKey,
  MONITOR_REPORT_KIND,
  renderMonitorMarkdown,
  renderMonitorPrometheus,
  summarizeDrift,
  type MonitorReport,
} from '../drift/monitor-report.js';
import { measurePerformance } from '../drift/performance.js';
import { isPredictionLogLine } from '../drift/prediction-log.js';
import { isStatTestName } from '../drift/registry.js';
import { scanData, type RowSample, type ScanResult } from '../drift/scan.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { findOpenIssuesByMarker } from '../github/issues.js';
import { resolveModel } from '../registry/resolve.js';
import { parseModelRef } from '../registry/names.js';
import { summaryLimit } from '../report/markdown.js';
import { InputError, StepFailedError, UserError } from '../runtime/errors.js';
import type { Step } from './types.js';

/** Rows kept from each side for the multivariate check (a uniform sample of the whole data). */
const SAMPLE_ROWS = 5000;
const GLOB = /[*?[{]/;
const PUSHGATEWAY_JOB = 'mlops_drift';

interface Reference {
  profile: DataProfile;
  kind: MonitorReport['reference']['kind'];
  sample: RowSample | null;
  name?: string;
  tag?: string;
  version?: number;
  releaseUrl?: string;
  task?: string;
  classes?: string[];
  target?: string;
  metrics?: Record<string, number> | null;
}

function looksLikeProfile(value: unknown): value is DataProfile {
  const p = value as Partial<DataProfile> | null;
  return !!p && typeof p === 'object' && p.schemaVersion === 1 && Array.isArray(p.columns) && typeof p.table === 'object' && !!p.table;
}

async function readProfile(file: string, input: string, shown = file): Promise<DataProfile> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new InputError(`input "${input}": ${shown} is not a readable JSON data profile (${(error as Error).message}).`, input);
  }
  if (!looksLikeProfile(parsed)) {
    throw new InputError(
      `input "${input}": ${shown} is JSON but not a data profile (no schemaVersion 1, table and columns); give the data-profile.json that validate-data or train writes.`,
      input,
    );
  }
  return parsed;
}

async function readMetrics(dir: string): Promise<Record<string, number> | null> {
  try {
    const parsed = JSON.parse(await readFile(join(dir, 'metrics.json'), 'utf8')) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, number] => typeof e[1] === 'number'));
  } catch {
    return null;
  }
}

/** The first non-empty line of a file (at most 1 MiB is read). */
async function firstLine(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return (
      buffer
        .subarray(0, bytesRead)
        .toString('utf8')
        .split('\n')
        .find((line) => line.trim() !== '') ?? ''
    );
  } finally {
    await handle.close();
  }
}

async function detectFormat(patterns: string[], cwd: string): Promise<'data' | 'prediction-log' | 'profile'> {
  const [first] = await expandDataPattern(patterns[0], cwd);
  const file = resolve(cwd, first);
  if (extname(file).toLowerCase() === '.json') return 'profile';
  if (/\.(jsonl|ndjson)(\.\d+)?$/i.test(file)) {
    try {
      if (isPredictionLogLine(JSON.parse(await firstLine(file)))) return 'prediction-log';
    } catch {
      // Not JSON on the first line: the data reader reports it with its line number.
    }
  }
  return 'data';
}

/** `auto`, one test for every column, or a YAML map of column → test or options. */
function parseMethod(text: string): Pick<DriftOptions, 'method' | 'columns'> {
  const input = 'method';
  const name = (value: string, where: string): MethodName => {
    const normalized = value.trim().toLowerCase() === 'chi2' ? 'chisquare' : value.trim().toLowerCase();
    if (normalized === 'auto' || isStatTestName(normalized)) return normalized as MethodName;
    throw new InputError(
      `input "method": ${where}"${value}" is not a drift test; use auto, ks, chisquare, z, wasserstein, jensenshannon or psi.`,
      input,
    );
  };
  const trimmed = text.trim();
  if (/^[\w-]+$/.test(trimmed)) return { method: name(trimmed, '') };
  let parsed: unknown;
  try {
    parsed = parseYaml(trimmed);
  } catch (error) {
    throw new InputError(`input "method" is not valid YAML (${(error as Error).message.split('\n')[0]}).`, input);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError('input "method" must be `auto`, a test name, or a YAML map of column to test (e.g. `age: ks`).', input);
  }
  const columns: Record<string, ColumnOverride> = {};
  for (const [column, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof value === 'string') {
      columns[column] = value.trim() === 'skip' ? { skip: true } : { method: name(value, `column "${column}": `) };
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new InputError(`input "method": column "${column}" needs a test name or {method, threshold, min-effect, kind, skip}.`, input);
    }
    const options = value as Record<string, unknown>;
    const unknown = Object.keys(options).filter(
      (key) => !['method', 'threshold', 'min-effect', 'min_effect', 'kind', 'skip'].includes(key),
    );
    if (unknown.length > 0) {
      throw new InputError(
        `input "method": column "${column}" has unknown option(s) ${unknown.join(', ')}; use method, threshold, min-effect, kind, skip.`,
        input,
      );
    }
    const override: ColumnOverride = {};
    if (options.method !== undefined) override.method = name(String(options.method), `column "${column}": `);
    for (const [key, field] of [
      ['threshold', 'threshold'],
      ['min-effect', 'minEffect'],
      ['min_effect', 'minEffect'],
    ] as const) {
      if (options[key] === undefined) continue;
      const number = Number(options[key]);
      if (!Number.isFinite(number) || number < 0)
        throw new InputError(`input "method": column "${column}": ${key} must be a number of 0 or more.`, input);
      override[field] = number;
    }
    if (options.kind !== undefined) {
      if (options.kind !== 'numeric' && options.kind !== 'categorical') {
        throw new InputError(`input "method": column "${column}": kind must be numeric or categorical.`, input);
      }
      override.kind = options.kind;
    }
    if (options.skip !== undefined) override.skip = options.skip === true;
    columns[column] = override;
  }
  return { method: 'auto', columns };
}

/** A user error from the drift library, named after the input it comes from. */
function asInputError(error: unknown, thresholdGiven: boolean): unknown {
  if (!(error instanceof UserError) || error instanceof InputError) return error;
  const message = error.message;
  const input = /^The threshold/.test(message) && thresholdGiven ? 'threshold' : /drift-share/.test(message) ? 'drift-share' : 'method';
  return new InputError(message.startsWith('input "') ? message : `input "${input}": ${message}`, input);
}

function splitPatterns(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export const run: Step<'monitor'> = async ({ inputs, io, env, cwd, run: context }) => {
  const token = inputs['github-token'];
  const repository = context.owner && context.repo ? { owner: context.owner, repo: context.repo } : undefined;
  let client: GitHubClient | undefined;
  const github = () => (client ??= createGitHubClient({ token: token!, apiUrl: context.apiUrl, env, io }));
  const patterns = splitPatterns(inputs.current);
  if (patterns.length === 0) throw new InputError('input "current" is empty: give a path or glob of the current data.', 'current');
  const environment = inputs.environment.trim();
  if (!environment || /[\r\n]/.test(environment))
    throw new InputError('input "environment" must be one line of text, such as production.', 'environment');
  const methodOptions = parseMethod(inputs.method);
  // URLs are checked before any work, so a typo fails in a second rather than after the data.
  const pushgateway = inputs['pushgateway-url'] ? parseServiceUrl(inputs['pushgateway-url'], 'pushgateway-url') : undefined;
  const alertmanager = inputs['alertmanager-url'] ? parseServiceUrl(inputs['alertmanager-url'], 'alertmanager-url') : undefined;
  const multivariateWanted = inputs.multivariate;

  // The reference.
  const referenceText = inputs.reference.trim();
  if (!referenceText) throw new InputError('input "reference" is empty.', 'reference');
  const referencePath = resolve(cwd, referenceText);
  let reference: Reference;
  const scanReferenceData = async (pattern: string, input: string): Promise<ScanResult> => {
    try {
      return await scanData([pattern], { cwd, format: 'data', sampleRows: multivariateWanted ? SAMPLE_ROWS : 0 });
    } catch (error) {
      if (error instanceof UserError && !(error instanceof InputError)) throw new InputError(`input "${input}": ${error.message}`, input);
      throw error;
    }
  };
  if (existsSync(referencePath) && statSync(referencePath).isDirectory()) {
    const resolved = await resolveModel(referencePath, { cwd, io, input: 'reference', env });
    reference = await packageReference(resolved.dir, referenceText, 'package', resolved.manifest);
  } else if (existsSync(referencePath) && extname(referencePath).toLowerCase() === '.json') {
    reference = { profile: await readProfile(referencePath, 'reference', referenceText), kind: 'profile', sample: null };
  } else if (existsSync(referencePath) || GLOB.test(referenceText)) {
    const scanned = await scanReferenceData(referenceText, 'reference');
    reference = { profile: scanned.profile, kind: 'data', sample: scanned.sample };
  } else if (parseModelRef(referenceText, 'reference')) {
    const resolved = await resolveModel(referenceText, {
      cwd,
      io,
      env,
      input: 'reference',
      client: token && repository ? github() : undefined,
      repository,
    });
    reference = {
      ...(await packageReference(resolved.dir, resolved.tag ?? referenceText, 'registry', resolved.manifest)),
      name: resolved.name,
      tag: resolved.tag,
      version: resolved.version,
      releaseUrl: resolved.releaseUrl,
    };
  } else {
    throw new InputError(
      `input "reference": ${referenceText} is neither an existing file (a data profile JSON, a CSV or JSON Lines file), a package folder, nor a model reference (name@alias, name/vN).`,
      'reference',
    );
  }
  if (inputs['reference-data']) {
    if (reference.kind === 'data') io.info('reference-data is ignored: the reference is raw data already.');
    else if (multivariateWanted) reference.sample = (await scanReferenceData(inputs['reference-data'], 'reference-data')).sample;
  }
  const model = (inputs.model ?? reference.name ?? '').trim() || 'model';
  if (/[\r\n]/.test(model)) throw new InputError('input "model" must be one line of text.', 'model');
  const referenceColumns = new Set(reference.profile.columns.map((c) => c.name));

  // The current data.
  let format: 'data' | 'prediction-log' | 'profile';
  try {
    format = inputs['current-format'] === 'auto' ? await detectFormat(patterns, cwd) : inputs['current-format'];
  } catch (error) {
    if (error instanceof UserError && !(error instanceof InputError)) throw new InputError(`input "current": ${error.message}`, 'current');
    throw error;
  }
  const labelColumn = inputs['label-column'];
  let predictionColumn = inputs['prediction-column'] ?? (format === 'prediction-log' ? 'prediction' : undefined);
  let current: DataProfile;
  let scanned: ScanResult | null = null;
  const files: string[] = [];
  if (format === 'profile') {
    for (const pattern of patterns) {
      files.push(
        ...(await expandDataPattern(pattern, cwd).catch((error: Error) => {
          throw new InputError(`input "current": ${error.message}`, 'current');
        })),
      );
    }
    const profiles: DataProfile[] = [];
    for (const file of files) profiles.push(await readProfile(resolve(cwd, file), 'current', file));
    current = profiles[0];
    for (const [i, next] of profiles.slice(1).entries()) {
      try {
        current = mergeProfiles(current, next);
      } catch {
        throw new InputError(
          `input "current": the profile ${files[i + 1]} has other columns than ${files[0]}; shards of one dataset must have the same columns in the same order.`,
          'current',
        );
      }
    }
    if (files.length > 1) io.info(`Merged ${files.length} profile shards (${current.table.rows.toLocaleString('en-US')} rows).`);
    for (const [input, name] of [
      ['label-column', labelColumn],
      ['prediction-column', inputs['prediction-column']],
    ] as const) {
      if (name && !current.columns.some((c) => c.name === name)) {
        throw new InputError(`input "${input}": the current profiles have no column "${name}".`, input);
      }
    }
  } else {
    const wantSample = multivariateWanted && reference.sample !== null;
    try {
      scanned = await scanData(patterns, {
        cwd,
        format,
        reference: reference.profile,
        sampleRows: wantSample ? SAMPLE_ROWS : 0,
        keep: [predictionColumn, labelColumn].filter((name): name is string => !!name),
        onColumns: (columns) => {
          for (const [input, name] of [
            ['label-column', labelColumn],
            ['prediction-column', inputs['prediction-column']],
          ] as const) {
            if (name && !columns.includes(name)) {
              throw new InputError(
                `input "${input}": the current data has no column "${name}" (columns: ${columns.slice(0, 30).join(', ')}${columns.length > 30 ? ', …' : ''}).`,
                input,
              );
            }
          }
        },
      });
    } catch (error) {
      if (error instanceof UserError && !(error instanceof InputError))
        throw new InputError(`input "current": ${error.message}`, 'current');
      throw error;
    }
    current = scanned.profile;
    files.push(...scanned.profile.table.files);
    if (predictionColumn && !scanned.columns.includes(predictionColumn)) predictionColumn = undefined;
  }

  // Prediction drift needs the prediction on both sides; a prediction log against training data
  // compares the predicted class with the training labels instead.
  let prediction: MonitorReport['prediction'] = null;
  if (predictionColumn && referenceColumns.has(predictionColumn))
    prediction = { column: predictionColumn, comparedWith: 'reference predictions' };
  else if (
    format === 'prediction-log' &&
    !inputs['prediction-column'] &&
    reference.target &&
    referenceColumns.has(reference.target) &&
    current.columns.some((c) => c.name === 'label') &&
    !current.columns.some((c) => c.name === reference.target)
  ) {
    current = { ...current, columns: current.columns.map((c) => (c.name === 'label' ? { ...c, name: reference.target! } : c)) };
    prediction = { column: reference.target, comparedWith: 'reference target' };
    io.info(
      `The log's predicted classes (label) are compared with the training labels (${reference.target}): prediction drift against the reference's target.`,
    );
  } else if (predictionColumn && inputs['prediction-column']) {
    io.warning(
      `prediction-column "${predictionColumn}" is not a column of the reference, so prediction drift cannot be compared (the reference needs the model's predictions too); it is used for performance only.`,
    );
  }

  const driftOptions: DriftOptions = {
    ...methodOptions,
    threshold: inputs.threshold,
    driftShare: inputs['drift-share'],
    minEffect: { numeric: inputs['min-effect'], categorical: inputs['min-effect'] },
    predictionColumn: prediction?.column,
  };
  for (const column of Object.keys(methodOptions.columns ?? {})) {
    if (!referenceColumns.has(column)) {
      throw new InputError(
        `input "method" names the column "${column}", which the reference does not have (columns: ${[...referenceColumns].slice(0, 30).join(', ')}).`,
        'method',
      );
    }
  }
  let drift: DriftReport;
  try {
    drift = compareProfiles(reference.profile, current, driftOptions);
  } catch (error) {
    throw asInputError(error, inputs.threshold !== undefined);
  }

  // Performance: labelled, or estimated from probabilities.
  let performance: MonitorReport['performance'] = null;
  const predictions =
    inputs['prediction-column'] || format === 'prediction-log' ? scanned?.kept.get(inputs['prediction-column'] ?? 'prediction') : undefined;
  if (scanned && predictions) {
    performance = measurePerformance({
      predictions,
      labels: labelColumn ? (scanned.kept.get(labelColumn) ?? null) : null,
      predictionColumn: inputs['prediction-column'] ?? 'prediction',
      labelColumn: labelColumn ?? null,
      task: reference.task,
      classes: reference.classes,
      referenceMetrics: reference.metrics,
    });
  } else if (labelColumn) {
    io.warning(
      format === 'profile'
        ? 'label-column is ignored: performance needs the rows, and the current data are profiles.'
        : "label-column needs prediction-column (the model's predictions in the current data) to measure performance.",
    );
  }

  // The multivariate check.
  let multivariate: MonitorReport['multivariate'] = null;
  if (multivariateWanted) {
    const sample = scanned?.sample ?? null;
    if (!reference.sample) multivariate = { skipped: 'no raw reference rows (give reference-data, or a data file as reference)' };
    else if (!sample) multivariate = { skipped: 'the current data are profiles, not rows' };
    else {
      const exclude = new Set([prediction?.column, predictionColumn, labelColumn, 'prediction', 'label'].filter(Boolean));
      const columns: AdversarialColumn[] = drift.columns
        .filter((c) => !exclude.has(c.column) && reference.sample!.columns.includes(c.column) && sample.columns.includes(c.column))
        .map((c) => ({ name: c.column, kind: c.kind }));
      try {
        multivariate = adversarialValidation(reference.sample, sample, columns, { threshold: inputs['multivariate-threshold'] });
      } catch (error) {
        multivariate = { skipped: (error as Error).message };
      }
    }
  }

  const driftDetected = drift.datasetDrift || (multivariate !== null && multivariate.skipped === undefined && multivariate.drifted);
  const base = { model, environment, drift, multivariate };
  const report: MonitorReport = {
    schemaVersion: 1,
    kind: MONITOR_REPORT_KIND,
    model,
    environment,
    driftDetected,
    summary: summarizeDrift(base),
    createdAt: new Date().toISOString(),
    run: {
      repository: context.repository ?? null,
      id: context.runId ?? null,
      attempt: context.runAttempt ?? null,
      url: context.runUrl ?? null,
    },
    reference: {
      input: referenceText,
      kind: reference.kind,
      rows: reference.profile.table.rows,
      tag: reference.tag ?? null,
      version: reference.version ?? null,
      releaseUrl: reference.releaseUrl ?? null,
    },
    current: { input: patterns.join('\n'), kind: format, rows: current.table.rows, files, models: scanned?.models ?? null },
    prediction,
    drift,
    performance,
    multivariate,
  };

  const jsonPath = resolve(cwd, inputs['report-output']);
  const markdownPath = `${extname(jsonPath) ? jsonPath.slice(0, -extname(jsonPath).length) : jsonPath}.md`;
  const shown = (path: string) => relative(cwd, path) || path;
  await mkdir(dirname(jsonPath), { recursive: true });
  await writeFile(jsonPath, `${JSON.stringify(report, null, 1)}\n`);
  const markdown = renderMonitorMarkdown(report, summaryLimit(`\`${shown(jsonPath)}\``));
  await writeFile(markdownPath, markdown.markdown);
  await io.appendSummary(markdown.markdown);

  const outputs = {
    'drift-detected': driftDetected,
    'drift-share': drift.driftShare,
    'drifted-features': drift.driftedColumns,
    report: shown(jsonPath),
    'report-markdown': shown(markdownPath),
  };

  // Delivery: each is tried even when another failed; a failure fails the step after outputs are set.
  const failures: string[] = [];
  const prometheus = renderMonitorPrometheus(report);
  if (inputs['metrics-file']) {
    const file = resolve(cwd, inputs['metrics-file']);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, prometheus);
    io.info(`Wrote the drift metrics to ${shown(file)}.`);
  }
  const onRetry = (message: string) => io.warning(message);
  if (pushgateway) {
    try {
      await pushMetrics(pushgateway, { job: PUSHGATEWAY_JOB, grouping: { model, environment }, body: prometheus, onRetry });
      io.info(`Pushed the drift metrics to the Pushgateway group job=${PUSHGATEWAY_JOB}, model=${model}, environment=${environment}.`);
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  if (alertmanager) {
    let link = context.runUrl;
    if (token && repository) {
      // The drift issue, when one is open, explains the alert better than the run.
      try {
        const [issue] = await findOpenIssuesByMarker(github(), { ...repository, key: driftIssueKey(model, environment) });
        if (issue) link = issue.html_url;
      } catch (error) {
        io.debug(`Looking for the drift issue to link from the alerts failed: ${(error as Error).message}`);
      }
    }
    try {
      const sync = await syncDriftAlerts(alertmanager, report, {
        severity: inputs['alert-severity'],
        holdHours: inputs['alert-hold-hours'],
        link,
        generatorURL: context.runUrl,
        onRetry,
      });
      if (sync.listError)
        io.warning(`Alertmanager's alert list could not be read (${sync.listError}); only the dataset alert was resolved.`);
      io.info(`Alertmanager: ${sync.firing} alert(s) firing, ${sync.resolved} resolved.`);
    } catch (error) {
      failures.push((error as Error).message);
    }
  }

  io.info(`${driftDetected ? 'Drift detected' : 'No dataset drift'}: ${report.summary}. Report: ${outputs.report}.`);
  if (failures.length > 0) throw new StepFailedError(`the report was written, but ${failures.join(' ')}`, outputs);
  return outputs;
};

async function packageReference(
  dir: string,
  shown: string,
  kind: 'package' | 'registry',
  manifest: { name?: string; task?: string; classes?: string[]; target?: string },
): Promise<Reference> {
  const file = join(dir, 'data-profile.json');
  if (!existsSync(file)) {
    throw new InputError(
      `input "reference": ${shown} has no data-profile.json (train writes one when its data is CSV or JSON Lines); give a data profile or a data file as reference instead.`,
      'reference',
    );
  }
  return {
    profile: await readProfile(file, 'reference', `${shown}'s data-profile.json`),
    kind,
    sample: null,
    name: manifest.name,
    task: manifest.task,
    classes: manifest.classes,
    target: manifest.target,
    metrics: await readMetrics(dir),
  };
}
