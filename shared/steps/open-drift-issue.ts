import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { RETRAIN_INPUTS, isRetrainInput, syncDriftIssue } from '../alerts/drift-issue.js';
import { parseMonitorReport, type MonitorReport } from '../drift/monitor-report.js';
import { createGitHubClient } from '../github/client.js';
import { requireRepository } from '../github/context.js';
import { InputError, UserError } from '../runtime/errors.js';
import type { Step } from './types.js';

export const run: Step<'open-drift-issue'> = async ({ inputs, io, env, cwd, run: context }) => {
  const file = resolve(cwd, inputs.report);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(
      `input "report": ${inputs.report} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); give monitor's \`report\` output.`,
      'report',
    );
  }
  let report: MonitorReport;
  try {
    report = parseMonitorReport(text, inputs.report);
  } catch (error) {
    if (error instanceof UserError) throw new InputError(`input "report": ${error.message}`, 'report');
    throw error;
  }
  const retrainInputs = inputs['retrain-inputs'];
  const unknownInputs = retrainInputs.filter((name) => !isRetrainInput(name));
  if (unknownInputs.length > 0) {
    throw new InputError(
      `input "retrain-inputs": ${unknownInputs.join(', ')} is not one of ${RETRAIN_INPUTS.join(', ')}.`,
      'retrain-inputs',
    );
  }
  const token = inputs['github-token'];
  if (!token)
    throw new InputError(
      'input "github-token" is empty: give a token with `issues: write` (and `actions: write` for retrain-workflow).',
      'github-token',
    );
  const repository = requireRepository(context);
  const client = createGitHubClient({ token, apiUrl: context.apiUrl, env, io });
  const workflow = inputs['retrain-workflow'];

  const result = await syncDriftIssue(client, repository, report, {
    model: inputs.model,
    environment: inputs.environment,
    title: inputs.title,
    labels: inputs.labels,
    assignees: inputs.assignees,
    closeWhenResolved: inputs['close-when-resolved'],
    retrain: workflow ? { workflow, ref: inputs['retrain-ref'], inputs: retrainInputs.filter(isRetrainInput) } : undefined,
    runUrl: context.runUrl,
    io,
  });
  return {
    'issue-number': result.issue?.number ?? '',
    'issue-url': result.issue?.url ?? '',
    action: result.action,
    'retrain-dispatched': result.retrainDispatched,
  };
};
