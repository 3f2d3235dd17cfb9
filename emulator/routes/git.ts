// Git refs, tags, commits, deployments, workflow dispatch, the repository itself.
import {
  ApiError,
  errorBody,
  listReply,
  newestFirst,
  notFound,
  requireField,
  unprocessable,
  type Handler,
  type HandlerContext,
} from '../http.js';
import { renderCommit, renderDeployment, renderDeploymentStatus, renderGitRef, renderRepository, renderTag } from '../render.js';
import { addCommit, isAncestor, nextId, randomSha, resolveCommitish, timestamp } from '../state.js';
import type { DeploymentState, DeploymentStatusState, DeploymentStatusValue } from '../types.js';

/** A plain 422 with only a message, as the git endpoints answer. */
function gitError(ctx: HandlerContext, message: string): ApiError {
  return new ApiError(422, errorBody(message, ctx.documentationUrl, 422));
}

/** The path form is `heads/main`; tolerate a leading `refs/` the way git does. */
function qualify(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

function knownSha(ctx: HandlerContext, sha: unknown): string {
  const value = String(sha ?? '').toLowerCase();
  if (!ctx.repo.commits[value]) throw gitError(ctx, 'Object does not exist');
  return value;
}

const getRef: Handler = (ctx) => {
  const ref = qualify(String(ctx.params.ref));
  const sha = ctx.repo.refs[ref];
  if (!sha) throw notFound(ctx.documentationUrl);
  return { status: 200, body: renderGitRef(ctx.origins, ctx.repo, ref, sha) };
};

const listMatchingRefs: Handler = (ctx) => {
  const prefix = qualify(String(ctx.params.ref));
  const refs = Object.entries(ctx.repo.refs)
    .filter(([ref]) => ref.startsWith(prefix))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ref, sha]) => renderGitRef(ctx.origins, ctx.repo, ref, sha));
  return { status: 200, body: refs };
};

const createRef: Handler = (ctx) => {
  const ref = requireField(ctx, 'Reference', 'ref');
  if (!ref.startsWith('refs/') || ref.split('/').length < 3 || ref.endsWith('/')) {
    throw gitError(ctx, "Reference name must start with 'refs/' and have at least two slashes.");
  }
  const sha = knownSha(ctx, ctx.body.sha);
  if (ctx.repo.refs[ref]) throw gitError(ctx, 'Reference already exists');
  ctx.repo.refs[ref] = sha;
  const body = renderGitRef(ctx.origins, ctx.repo, ref, sha);
  return { status: 201, body, headers: { location: body.url } };
};

const updateRef: Handler = (ctx) => {
  const ref = qualify(String(ctx.params.ref));
  const current = ctx.repo.refs[ref];
  if (!current) throw gitError(ctx, 'Reference does not exist');
  const sha = knownSha(ctx, ctx.body.sha);
  if (ctx.body.force !== true && !isAncestor(ctx.repo, current, sha)) throw gitError(ctx, 'Update is not a fast forward');
  ctx.repo.refs[ref] = sha;
  return { status: 200, body: renderGitRef(ctx.origins, ctx.repo, ref, sha) };
};

const deleteRef: Handler = (ctx) => {
  const ref = qualify(String(ctx.params.ref));
  if (!ctx.repo.refs[ref]) throw gitError(ctx, 'Reference does not exist');
  delete ctx.repo.refs[ref];
  return { status: 204 };
};

const listTags: Handler = (ctx) => {
  const tags = Object.entries(ctx.repo.refs)
    .filter(([ref]) => ref.startsWith('refs/tags/'))
    .map(([ref, sha]) => ({ name: ref.slice('refs/tags/'.length), sha }))
    // Newest-looking first, numerically aware (v10 after v9), like GitHub's tag list.
    .sort((a, b) => b.name.localeCompare(a.name, 'en', { numeric: true }));
  return listReply(
    ctx,
    tags.map((t) => renderTag(ctx.origins, ctx.repo, t.name, t.sha)),
  );
};

const getCommit: Handler = (ctx) => {
  const ref = String(ctx.params.ref);
  const sha = resolveCommitish(ctx.repo, ref);
  if (!sha) throw gitError(ctx, `No commit found for SHA: ${ref}`);
  return { status: 200, body: renderCommit(ctx.origins, ctx.repo, sha) };
};

const getRepo: Handler = (ctx) => ({
  status: 200,
  body: renderRepository(ctx.origins, ctx.repo, { admin: false, push: ctx.canPush, pull: true }),
});

// ---- Deployments ----

function latestStatus(ctx: HandlerContext, deploymentId: number): DeploymentStatusState | undefined {
  return newestFirst(ctx.repo.deploymentStatuses.filter((s) => s.deploymentId === deploymentId))[0];
}

const createDeployment: Handler = (ctx) => {
  const body = ctx.body;
  const ref = requireField(ctx, 'Deployment', 'ref');
  const sha = resolveCommitish(ctx.repo, ref);
  if (!sha) throw new ApiError(422, errorBody(`No ref found for: ${ref}`, ctx.documentationUrl, 422));
  const autoMerge = body.auto_merge !== false;
  const branchRef = `refs/heads/${ref}`;
  const defaultHead = ctx.repo.refs[`refs/heads/${ctx.repo.defaultBranch}`];
  // auto_merge: a branch behind the default branch gets it merged in, and no deployment is created yet.
  if (autoMerge && ctx.repo.refs[branchRef] && ref !== ctx.repo.defaultBranch && defaultHead && !isAncestor(ctx.repo, defaultHead, sha)) {
    const merge = randomSha();
    addCommit(ctx.repo, merge, [sha, defaultHead], `Merge ${ctx.repo.defaultBranch} into ${ref}`);
    ctx.repo.refs[branchRef] = merge;
    return { status: 202, body: { message: `Auto-merged ${ctx.repo.defaultBranch} into ${ref} on deployment.` } };
  }
  // required_contexts absent means "every context"; the emulator records no commit statuses, so
  // only an explicit non-empty list can fail, and it does: none of its contexts is green.
  const required: string[] | null = Array.isArray(body.required_contexts) ? body.required_contexts : null;
  if (required && required.length > 0) {
    throw new ApiError(
      409,
      errorBody(`Conflict: Commit status checks failed for ${ref}.`, ctx.documentationUrl, 409, {
        errors: [
          { contexts: required.map((context) => ({ context, state: 'missing' })), resource: 'Deployment', field: 'required_contexts' },
        ],
      }),
    );
  }
  const environment = body.environment ?? 'production';
  const now = timestamp();
  let payload: DeploymentState['payload'] = body.payload ?? {};
  if (typeof payload === 'string' && payload.trim() !== '') {
    try {
      payload = JSON.parse(payload);
    } catch {
      // GitHub keeps a non-JSON string payload as is.
    }
  }
  const deployment: DeploymentState = {
    id: nextId(ctx.store.state),
    sha,
    ref,
    task: body.task ?? 'deploy',
    environment,
    originalEnvironment: environment,
    description: body.description ?? '',
    payload: payload === '' ? {} : payload,
    transientEnvironment: body.transient_environment ?? false,
    productionEnvironment: body.production_environment ?? environment === 'production',
    requiredContexts: required,
    autoMerge,
    creator: ctx.actor,
    createdAt: now,
    updatedAt: now,
  };
  ctx.repo.deployments.push(deployment);
  const rendered = renderDeployment(ctx.origins, ctx.repo, deployment);
  return { status: 201, body: rendered, headers: { location: rendered.url } };
};

const listDeployments: Handler = (ctx) => {
  const { sha, ref, task, environment } = ctx.query;
  // The description's default for each filter is the string "none": no filtering.
  const active = (value: unknown) => value !== undefined && value !== null && value !== 'none';
  const items = newestFirst(ctx.repo.deployments).filter(
    (d) =>
      (!active(sha) || d.sha === sha) &&
      (!active(ref) || d.ref === ref) &&
      (!active(task) || d.task === task) &&
      (!active(environment) || d.environment === environment),
  );
  return listReply(
    ctx,
    items.map((d) => renderDeployment(ctx.origins, ctx.repo, d)),
  );
};

function findDeployment(ctx: HandlerContext): DeploymentState {
  const deployment = ctx.repo.deployments.find((d) => d.id === ctx.params.deployment_id);
  if (!deployment) throw notFound(ctx.documentationUrl);
  return deployment;
}

const getDeployment: Handler = (ctx) => ({ status: 200, body: renderDeployment(ctx.origins, ctx.repo, findDeployment(ctx)) });

const deleteDeployment: Handler = (ctx) => {
  const deployment = findDeployment(ctx);
  const inactive = latestStatus(ctx, deployment.id)?.state === 'inactive';
  const onlyOne = ctx.repo.deployments.filter((d) => d.environment === deployment.environment).length === 1;
  if (!inactive && !onlyOne) {
    throw new ApiError(
      422,
      errorBody(
        'We cannot delete an active deployment unless it is the only deployment in a given environment.',
        ctx.documentationUrl,
        422,
      ),
    );
  }
  ctx.repo.deployments = ctx.repo.deployments.filter((d) => d !== deployment);
  ctx.repo.deploymentStatuses = ctx.repo.deploymentStatuses.filter((s) => s.deploymentId !== deployment.id);
  return { status: 204 };
};

function addStatus(
  ctx: HandlerContext,
  deployment: DeploymentState,
  fields: Partial<DeploymentStatusState> & { state: DeploymentStatusValue },
): DeploymentStatusState {
  const now = timestamp();
  const status: DeploymentStatusState = {
    id: nextId(ctx.store.state),
    deploymentId: deployment.id,
    description: '',
    environment: deployment.environment,
    targetUrl: '',
    logUrl: '',
    environmentUrl: '',
    creator: ctx.actor,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
  ctx.repo.deploymentStatuses.push(status);
  deployment.updatedAt = now;
  return status;
}

const createDeploymentStatus: Handler = (ctx) => {
  const deployment = findDeployment(ctx);
  const body = ctx.body;
  const state = requireField(ctx, 'DeploymentStatus', 'state') as DeploymentStatusValue;
  const description = String(body.description ?? '');
  if (description.length > 140) {
    throw unprocessable(ctx.documentationUrl, [
      {
        resource: 'DeploymentStatus',
        code: 'custom',
        field: 'description',
        message: 'description is too long (maximum is 140 characters)',
      },
    ]);
  }
  if (typeof body.environment === 'string' && body.environment !== '') deployment.environment = body.environment;
  // log_url and target_url are the same field; target_url is the older name.
  const logUrl = body.log_url ?? body.target_url ?? '';
  const status = addStatus(ctx, deployment, {
    state,
    description,
    environment: deployment.environment,
    targetUrl: logUrl,
    logUrl,
    environmentUrl: body.environment_url ?? '',
  });
  // auto_inactive (default true): prior non-transient deployments of the same environment whose latest
  // status is success get an `inactive` status. The documentation still exempts production
  // environments, but that exemption was lifted with the flash preview (2018), which has graduated.
  if (state === 'success' && body.auto_inactive !== false) {
    for (const prior of ctx.repo.deployments) {
      if (prior.id === deployment.id || prior.environment !== deployment.environment) continue;
      if (prior.transientEnvironment) continue;
      if (latestStatus(ctx, prior.id)?.state !== 'success') continue;
      addStatus(ctx, prior, { state: 'inactive', environmentUrl: latestStatus(ctx, prior.id)?.environmentUrl ?? '' });
    }
  }
  const rendered = renderDeploymentStatus(ctx.origins, ctx.repo, status);
  return { status: 201, body: rendered, headers: { location: rendered.url } };
};

const listDeploymentStatuses: Handler = (ctx) => {
  const deployment = findDeployment(ctx);
  const statuses = newestFirst(ctx.repo.deploymentStatuses.filter((s) => s.deploymentId === deployment.id));
  return listReply(
    ctx,
    statuses.map((s) => renderDeploymentStatus(ctx.origins, ctx.repo, s)),
  );
};

const getDeploymentStatus: Handler = (ctx) => {
  const deployment = findDeployment(ctx);
  const status = ctx.repo.deploymentStatuses.find((s) => s.deploymentId === deployment.id && s.id === ctx.params.status_id);
  if (!status) throw notFound(ctx.documentationUrl);
  return { status: 200, body: renderDeploymentStatus(ctx.origins, ctx.repo, status) };
};

// ---- Actions ----

const dispatchWorkflow: Handler = (ctx) => {
  const ref = requireField(ctx, 'WorkflowDispatch', 'ref');
  const branchOrTag = ref.replace(/^refs\/(heads|tags)\//, '');
  if (!ctx.repo.refs[`refs/heads/${branchOrTag}`] && !ctx.repo.refs[`refs/tags/${branchOrTag}`]) {
    throw new ApiError(422, errorBody(`No ref found for: ${ref}`, ctx.documentationUrl, 422));
  }
  const dispatch = {
    workflowId: String(ctx.params.workflow_id),
    ref,
    inputs: ctx.body.inputs ?? {},
    actor: ctx.actor,
    createdAt: timestamp(),
    ...(ctx.body.return_run_details === true ? { runId: nextId(ctx.store.state) } : {}),
  };
  ctx.repo.dispatches.push(dispatch);
  if (dispatch.runId === undefined) return { status: 204 };
  const runPath = `${ctx.repo.owner}/${ctx.repo.name}/actions/runs/${dispatch.runId}`;
  return {
    status: 200,
    body: {
      workflow_run_id: dispatch.runId,
      run_url: `${ctx.origins.apiUrl}/repos/${runPath}`,
      html_url: `${ctx.origins.serverUrl}/${runPath}`,
    },
  };
};

export const gitHandlers: Record<string, Handler> = {
  'repos/get': getRepo,
  'git/get-ref': getRef,
  'git/list-matching-refs': listMatchingRefs,
  'git/create-ref': createRef,
  'git/update-ref': updateRef,
  'git/delete-ref': deleteRef,
  'repos/list-tags': listTags,
  'repos/get-commit': getCommit,
  'repos/create-deployment': createDeployment,
  'repos/list-deployments': listDeployments,
  'repos/get-deployment': getDeployment,
  'repos/delete-deployment': deleteDeployment,
  'repos/create-deployment-status': createDeploymentStatus,
  'repos/list-deployment-statuses': listDeploymentStatuses,
  'repos/get-deployment-status': getDeploymentStatus,
  'actions/create-workflow-dispatch': dispatchWorkflow,
};
