import { UserError } from '../runtime/errors.js';
import type { GitHubClient } from './client.js';
import { describedAs, gitHubMessage, hasStatus } from './errors.js';

const DEPLOYMENT_PERMISSION = 'deployments: write';

/**
 * Key under which a deployment's payload records the run that made it. A re-run of the same
 * workflow run finds its deployment by `runId` and `key` instead of creating another; the attempt
 * that created it is kept for the record.
 */
export const DEPLOYMENT_PAYLOAD_KEY = 'mlops-actions';

export interface DeploymentMarker {
  runId: string;
  runAttempt?: string;
  /** Separates several deployments of one run (say two models, or staging and canary). */
  key: string;
}

export interface CreateDeploymentParams {
  owner: string;
  repo: string;
  /** Branch, tag or sha being deployed. */
  ref: string;
  environment: string;
  description?: string;
  task?: string;
  marker: DeploymentMarker;
  /** More payload for the deployment (the model version, the target). */
  payload?: Record<string, unknown>;
  /** GitHub merges the default branch into `ref` first when true; a model deployment rarely wants that. */
  autoMerge?: boolean;
  /** Commit status contexts that must pass; GitHub's default (all) when absent. */
  requiredContexts?: string[];
  transientEnvironment?: boolean;
  productionEnvironment?: boolean;
}

export interface DeploymentResult {
  id: number;
  url: string;
  action: 'created' | 'found';
}

function readMarker(payload: unknown): Partial<DeploymentMarker> | undefined {
  let value = payload;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const marker = (value as Record<string, unknown> | null)?.[DEPLOYMENT_PAYLOAD_KEY];
  return marker && typeof marker === 'object' ? (marker as Partial<DeploymentMarker>) : undefined;
}

/** The deployment this run already made for this environment, ref and key, if any. */
export async function findRunDeployment(
  client: GitHubClient,
  params: Pick<CreateDeploymentParams, 'owner' | 'repo' | 'ref' | 'environment' | 'task' | 'marker'>,
): Promise<{ id: number; url: string } | undefined> {
  const { owner, repo, ref, environment, marker } = params;
  const query = { owner, repo, ref, environment, per_page: 100, ...(params.task ? { task: params.task } : {}) };
  for await (const page of client.paginate.iterator(client.rest.repos.listDeployments, query)) {
    for (const deployment of page.data) {
      const found = readMarker(deployment.payload);
      if (found && String(found.runId) === marker.runId && found.key === marker.key) return { id: deployment.id, url: deployment.url };
    }
  }
  return undefined;
}

/**
 * Creates a GitHub Deployment, once per run and key. GitHub answers 202 instead of creating one
 * when it auto-merged the default branch into the ref; the call is then repeated (bounded), as
 * GitHub's documentation describes. 409 (a merge conflict) becomes a clear error.
 */
export async function createDeployment(client: GitHubClient, params: CreateDeploymentParams): Promise<DeploymentResult> {
  const { owner, repo, ref, environment } = params;
  return describedAs(
    { what: `Creating a deployment of ${ref} to ${environment} in ${owner}/${repo}`, permission: DEPLOYMENT_PERMISSION },
    async () => {
      const earlier = await findRunDeployment(client, params);
      if (earlier) return { ...earlier, action: 'found' };
      const payload = {
        ...params.payload,
        [DEPLOYMENT_PAYLOAD_KEY]: { runId: params.marker.runId, runAttempt: params.marker.runAttempt, key: params.marker.key },
      };
      const attempts = client.settings.maxRetries + 1;
      for (let attempt = 1; attempt <= attempts; attempt += 1) {
        let response: Awaited<ReturnType<typeof client.rest.repos.createDeployment>>;
        try {
          response = await client.rest.repos.createDeployment({
            owner,
            repo,
            ref,
            environment,
            payload,
            auto_merge: params.autoMerge ?? false,
            ...(params.description !== undefined ? { description: params.description.slice(0, 140) } : {}),
            ...(params.task ? { task: params.task } : {}),
            ...(params.requiredContexts ? { required_contexts: params.requiredContexts } : {}),
            ...(params.transientEnvironment !== undefined ? { transient_environment: params.transientEnvironment } : {}),
            ...(params.productionEnvironment !== undefined ? { production_environment: params.productionEnvironment } : {}),
          });
        } catch (error) {
          if (hasStatus(error, 409)) {
            throw new UserError(
              `Creating a deployment of ${ref} to ${environment} in ${owner}/${repo} failed: ${gitHubMessage(error)} (409). Resolve the conflict, or deploy without auto-merge.`,
            );
          }
          if (hasStatus(error, 422) && /context/i.test(gitHubMessage(error))) {
            throw new UserError(
              `Creating a deployment of ${ref} to ${environment} in ${owner}/${repo} failed: ${gitHubMessage(error)}. Required status checks on ${ref} have not passed; wait for them or deploy after they succeed.`,
            );
          }
          throw error;
        }
        if (response.status === 201 && 'id' in response.data) return { id: response.data.id, url: response.data.url, action: 'created' };
        client.settings.io?.info(
          `GitHub answered 202 (${'message' in response.data ? response.data.message : 'accepted'}) for the deployment of ${ref}; asking again.`,
        );
        if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, client.settings.retryBaseMs * attempt));
      }
      throw new UserError(
        `Creating a deployment of ${ref} to ${environment} in ${owner}/${repo} failed: GitHub answered 202 (merge in progress) ${attempts} times; re-run the job.`,
      );
    },
  );
}

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface DeploymentStatusParams {
  owner: string;
  repo: string;
  deploymentId: number;
  state: DeploymentState;
  environmentUrl?: string;
  logUrl?: string;
  /** Shortened to GitHub's 140 characters. */
  description?: string;
  environment?: string;
  /** Whether GitHub marks the environment's earlier successful deployments inactive (default true on success). */
  autoInactive?: boolean;
}

export async function setDeploymentStatus(client: GitHubClient, params: DeploymentStatusParams): Promise<{ id: number; state: string }> {
  const { owner, repo, deploymentId, state } = params;
  return describedAs(
    { what: `Setting deployment ${deploymentId} in ${owner}/${repo} to ${state}`, permission: DEPLOYMENT_PERMISSION },
    async () => {
      const description =
        params.description && params.description.length > 140 ? `${params.description.slice(0, 139)}…` : params.description;
      const { data } = await client.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: deploymentId,
        state,
        ...(params.environmentUrl ? { environment_url: params.environmentUrl } : {}),
        ...(params.logUrl ? { log_url: params.logUrl } : {}),
        ...(description !== undefined ? { description } : {}),
        ...(params.environment ? { environment: params.environment } : {}),
        ...(params.autoInactive !== undefined ? { auto_inactive: params.autoInactive } : {}),
      });
      return { id: data.id, state: data.state };
    },
  );
}

/**
 * The payload of the newest deployment to `environment` whose latest status is `success`, other
 * than `exclude`: what was live before this one. Reads at most `limit` deployments.
 */
export async function lastSuccessfulDeployment(
  client: GitHubClient,
  params: { owner: string; repo: string; environment: string; exclude?: number; limit?: number },
): Promise<{ id: number; payload: Record<string, unknown> } | undefined> {
  const { owner, repo, environment } = params;
  return describedAs(
    { what: `Listing the deployments to ${environment} in ${owner}/${repo}`, permission: DEPLOYMENT_PERMISSION },
    async () => {
      const { data } = await client.rest.repos.listDeployments({ owner, repo, environment, per_page: params.limit ?? 10 });
      for (const deployment of data) {
        if (deployment.id === params.exclude) continue;
        const statuses = await client.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: deployment.id, per_page: 1 });
        if (statuses.data[0]?.state === 'success') {
          const payload =
            typeof deployment.payload === 'object' && deployment.payload !== null ? (deployment.payload as Record<string, unknown>) : {};
          return { id: deployment.id, payload };
        }
      }
      return undefined;
    },
  );
}
