import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, relative, resolve } from 'node:path';
import { deliverDriftReport } from '../alerts/deliver.js';
import { findDriftIssueUrl } from '../alerts/drift-issue.js';
import { parseServiceUrl } from '../alerts/http.js';
import { parseDriftMethod } from '../drift/method.js';
import { monitorData } from '../drift/monitor.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { resolveModel } from '../registry/resolve.js';
import { summaryLimit } from '../report/markdown.js';
import { InputError, StepFailedError } from '../runtime/errors.js';
import type { Step } from './types.js';

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
  const current = splitPatterns(inputs.current);
  if (current.length === 0) throw new InputError('input "current" is empty: give a path or glob of the current data.', 'current');
  const environment = inputs.environment.trim();
  if (!environment || /[\r\n]/.test(environment))
    throw new InputError('input "environment" must be one line of text, such as production.', 'environment');
  const method = parseDriftMethod(inputs.method, 'method');
  // URLs are checked before any work, so a typo fails in a second rather than after the data.
  const pushgateway = inputs['pushgateway-url'] ? parseServiceUrl(inputs['pushgateway-url'], 'pushgateway-url') : undefined;
  const alertmanager = inputs['alertmanager-url'] ? parseServiceUrl(inputs['alertmanager-url'], 'alertmanager-url') : undefined;
  const reference = inputs.reference.trim();
  if (!reference) throw new InputError('input "reference" is empty.', 'reference');

  const jsonPath = resolve(cwd, inputs['report-output']);
  const markdownPath = `${extname(jsonPath) ? jsonPath.slice(0, -extname(jsonPath).length) : jsonPath}.md`;
  const shown = (path: string) => relative(cwd, path) || path;

  // Everything is computed first: a bad input fails here, before any file or delivery.
  const { report, markdown, prometheus } = await monitorData({
    reference,
    referenceData: inputs['reference-data'],
    resolveReference: (ref, where) =>
      resolveModel(ref, {
        cwd,
        io,
        env,
        input: 'reference',
        ...(where === 'registry' ? { client: token && repository ? github() : undefined, repository } : {}),
      }),
    current,
    currentFormat: inputs['current-format'],
    model: inputs.model,
    environment,
    method,
    threshold: inputs.threshold,
    driftShare: inputs['drift-share'],
    minEffect: inputs['min-effect'],
    predictionColumn: inputs['prediction-column'],
    labelColumn: inputs['label-column'],
    multivariate: inputs.multivariate,
    multivariateThreshold: inputs['multivariate-threshold'],
    run: {
      repository: context.repository ?? null,
      id: context.runId ?? null,
      attempt: context.runAttempt ?? null,
      url: context.runUrl ?? null,
    },
    cwd,
    markdownLimit: summaryLimit(`\`${shown(jsonPath)}\``),
    io,
  });

  await mkdir(dirname(jsonPath), { recursive: true });
  await writeFile(jsonPath, `${JSON.stringify(report, null, 1)}\n`);
  await writeFile(markdownPath, markdown);
  await io.appendSummary(markdown);
  if (inputs['metrics-file']) {
    const file = resolve(cwd, inputs['metrics-file']);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, prometheus);
    io.info(`Wrote the drift metrics to ${shown(file)}.`);
  }

  const outputs = {
    'drift-detected': report.driftDetected,
    'drift-share': report.drift.driftShare,
    'drifted-features': report.drift.driftedColumns,
    report: shown(jsonPath),
    'report-markdown': shown(markdownPath),
  };

  // Delivery: each is tried even when another failed; a failure fails the step after outputs are set.
  const failures = await deliverDriftReport(report, prometheus, {
    pushgateway,
    alertmanager,
    severity: inputs['alert-severity'],
    holdHours: inputs['alert-hold-hours'],
    runUrl: context.runUrl,
    issueUrl: token && repository ? () => findDriftIssueUrl(github(), repository, report.model, report.environment) : undefined,
    io,
  });

  io.info(`${report.driftDetected ? 'Drift detected' : 'No dataset drift'}: ${report.summary}. Report: ${outputs.report}.`);
  if (failures.length > 0) throw new StepFailedError(`the report was written, but ${failures.join(' ')}`, outputs);
  return outputs;
};
