import { readFileSync } from 'node:fs';
import { UserError } from '../runtime/errors.js';

/** What a step knows about the workflow run, read from the runner's environment. */
export interface RunContext {
  /** `owner/name`, when known. */
  repository?: string;
  owner?: string;
  repo?: string;
  eventName?: string;
  /** The webhook payload of the triggering event (empty when there is none). */
  event: Record<string, any>;
  sha?: string;
  ref?: string;
  runId?: string;
  runAttempt?: string;
  serverUrl: string;
  apiUrl: string;
  workflow?: string;
  actor?: string;
  /** Link to the run's page, when the run is known. */
  runUrl?: string;
  /** The pull request number when the event is about a pull request. */
  pullRequestNumber?: number;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  let event: Record<string, any> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, any>;
    } catch (error) {
      throw new UserError(`GITHUB_EVENT_PATH (${env.GITHUB_EVENT_PATH}) could not be read as JSON: ${(error as Error).message}`);
    }
  }
  const repository = env.GITHUB_REPOSITORY ?? event.repository?.full_name;
  const [owner, repo] = repository ? repository.split('/') : [undefined, undefined];
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const apiUrl = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
  const runId = env.GITHUB_RUN_ID;
  const pullRequestNumber = event.pull_request?.number ?? (event.issue?.pull_request ? event.issue.number : undefined);
  return {
    repository,
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME,
    event,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    serverUrl,
    apiUrl,
    workflow: env.GITHUB_WORKFLOW,
    actor: env.GITHUB_ACTOR,
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    pullRequestNumber: typeof pullRequestNumber === 'number' ? pullRequestNumber : undefined,
  };
}

/** The repository a GitHub-talking step works on; a clear error when the environment lacks it. */
export function requireRepository(context: RunContext): { owner: string; repo: string } {
  if (!context.owner || !context.repo) {
    throw new UserError('GITHUB_REPOSITORY is not set: run this inside a workflow, or set GITHUB_REPOSITORY=owner/name for the CLI.');
  }
  return { owner: context.owner, repo: context.repo };
}
