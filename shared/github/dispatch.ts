import { UserError } from '../runtime/errors.js';
import type { GitHubClient } from './client.js';
import { describedAs, gitHubMessage, hasStatus } from './errors.js';

export interface DispatchWorkflowParams {
  owner: string;
  repo: string;
  /** The workflow's file name (`retrain.yml`) or numeric id. */
  workflow: string | number;
  /** Branch or tag the workflow runs on. */
  ref: string;
  /** workflow_dispatch inputs; non-string values are sent as text, objects as JSON. */
  inputs?: Record<string, unknown>;
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** Starts a workflow through its `workflow_dispatch` trigger. */
export async function dispatchWorkflow(client: GitHubClient, params: DispatchWorkflowParams): Promise<{ dispatched: true }> {
  const { owner, repo, workflow, ref } = params;
  const what = `Dispatching the workflow ${workflow} on ${ref} in ${owner}/${repo}`;
  const inputs = Object.fromEntries(
    Object.entries(params.inputs ?? {})
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, asText(value)]),
  );
  return describedAs({ what, permission: 'actions: write' }, async () => {
    try {
      await client.rest.actions.createWorkflowDispatch({
        owner,
        repo,
        workflow_id: workflow,
        ref,
        ...(Object.keys(inputs).length > 0 ? { inputs } : {}),
      });
      return { dispatched: true };
    } catch (error) {
      if (hasStatus(error, 404)) {
        throw new UserError(
          `${what} failed: GitHub found no workflow "${workflow}" (404). Name a file under .github/workflows/ (for example retrain.yml) that exists on ${ref}, and give the token \`actions: write\`.`,
          { cause: error },
        );
      }
      if (hasStatus(error, 422)) {
        throw new UserError(
          `${what} failed: GitHub refused it (422 ${gitHubMessage(error)}). The workflow must have an \`on: workflow_dispatch\` trigger on ${ref}, ${ref} must exist, and the inputs must be ones the trigger declares.`,
          { cause: error },
        );
      }
      throw error;
    }
  });
}
