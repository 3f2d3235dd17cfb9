import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSmokeGates } from '../deploy/smoke.js';
import { defaultStateRoot } from '../deploy/service-process.js';
import { TARGETS } from '../deploy/targets/index.js';
import type { DeployOutcome, Release } from '../deploy/target.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { createDeployment, lastSuccessfulDeployment, setDeploymentStatus } from '../github/deployments.js';
import { table } from '../report/markdown.js';
import { moveAlias } from '../registry/aliases.js';
import { resolveModel } from '../registry/resolve.js';
import { InputError, StepFailedError } from '../runtime/errors.js';
import { packageDigest } from '../serve/index.js';
import type { Step } from './types.js';

/** The suite's own bundle: the folder of this chunk (dist/) and the CLI beside it, copied to a service or an image. */
function ownBundle(env: NodeJS.ProcessEnv): { distDir: string; cliFile: string } {
  const distDir = env.MLOPS_BUNDLE_DIR ?? dirname(fileURLToPath(import.meta.url));
  return { distDir, cliFile: join(distDir, '..', 'bin', 'mlops.js') };
}

export const run: Step<'deploy'> = async ({ inputs, io, env, cwd, run: context }) => {
  const token = inputs['github-token'];
  const repository = context.owner && context.repo ? { owner: context.owner, repo: context.repo } : undefined;
  let client: GitHubClient | undefined;
  if (token && repository) client = createGitHubClient({ token, apiUrl: context.apiUrl, env, io });
  if (inputs.token) io.setSecret(inputs.token);

  // Everything that can be checked is checked before anything changes: the model, its integrity, the gates.
  const resolved = await resolveModel(inputs.model, { client, repository, io, env, cwd, input: 'model' });
  const manifest = resolved.manifest;
  if (manifest.framework === 'custom') {
    throw new InputError(
      `${inputs.model} is a custom package, which the suite cannot serve without your code; deploy runs tfjs and onnx packages.`,
      'model',
    );
  }
  if (inputs['smoke-gates'] && !inputs['smoke-data'])
    throw new InputError('smoke-gates needs smoke-data: labelled rows to score.', 'smoke-gates');
  checkSmokeGates(inputs['smoke-gates'], manifest);
  const name = resolved.name ?? manifest.name;
  const version = resolved.version !== undefined ? String(resolved.version) : packageDigest(manifest);
  const release: Release = { name, version, tag: resolved.tag, dir: resolved.dir, manifest };
  const environment = inputs.environment;
  if (inputs['promote-alias'] && resolved.version === undefined) {
    throw new InputError(
      'promote-alias moves a registry alias, so model must be a registered version (name@alias or name/vN), not a folder.',
      'promote-alias',
    );
  }

  let deploymentId: number | undefined;
  const logUrl = context.runUrl;
  if (client && repository) {
    const ref = context.sha ?? context.ref;
    if (!ref) throw new InputError('deploy records a GitHub Deployment of the commit being deployed, and GITHUB_SHA is not set.', 'model');
    const deployment = await createDeployment(client, {
      ...repository,
      ref,
      environment,
      description: `${name} v${version} (${inputs.target}, ${inputs.strategy})`,
      task: 'deploy:model',
      marker: { runId: context.runId ?? 'local', runAttempt: context.runAttempt, key: `${name}/${inputs.strategy}` },
      payload: { model: name, version, tag: resolved.tag, target: inputs.target, strategy: inputs.strategy },
      autoMerge: false,
      requiredContexts: [],
      productionEnvironment: environment === 'production',
    });
    deploymentId = deployment.id;
    await setDeploymentStatus(client, {
      ...repository,
      deploymentId,
      state: 'in_progress',
      logUrl,
      description: `Deploying ${name} v${version}`,
    });
    io.info(
      `${deployment.action === 'found' ? 'Resuming' : 'Created'} deployment ${deploymentId} of ${name} v${version} to ${environment}.`,
    );
  } else {
    io.warning('No github-token or GITHUB_REPOSITORY: the deployment is not recorded on GitHub.');
  }

  const target = TARGETS[inputs.target];
  let outcome: DeployOutcome;
  try {
    outcome = await target.deploy({
      release,
      environment,
      strategy: inputs.strategy,
      canaryWeight: inputs['canary-weight'],
      host: inputs.host,
      port: inputs.port,
      token: inputs.token,
      smoke: inputs['smoke-data'] ? { data: inputs['smoke-data'], gates: inputs['smoke-gates'], cwd } : undefined,
      outputDir: resolve(cwd, inputs['output-dir']),
      stateRoot: inputs['state-dir'] ? resolve(cwd, inputs['state-dir']) : defaultStateRoot(env),
      bundle: ownBundle(env),
      kubernetes: {
        image: inputs.image ?? `${name}-serving:v${version}`,
        namespace: inputs.namespace,
        minReplicas: inputs['min-replicas'],
        maxReplicas: inputs['max-replicas'],
        tokenSecret: inputs['token-secret'],
        context: inputs['kube-context'],
      },
      io,
      env,
      cwd,
    });
  } catch (error) {
    if (client && repository && deploymentId !== undefined) {
      const reason = (error as Error).message.split('\n')[0];
      await setDeploymentStatus(client, { ...repository, deploymentId, state: 'failure', logUrl, description: `Failed: ${reason}` }).catch(
        () => undefined,
      );
    }
    throw error;
  }

  let previousVersion = outcome.previousVersion;
  if (previousVersion === undefined && client && repository) {
    const previous = await lastSuccessfulDeployment(client, { ...repository, environment, exclude: deploymentId });
    if (previous?.payload.model === name && previous.payload.version !== undefined) previousVersion = String(previous.payload.version);
  }
  if (client && repository && deploymentId !== undefined) {
    await setDeploymentStatus(client, {
      ...repository,
      deploymentId,
      state: outcome.failure ? 'failure' : 'success',
      environmentUrl: outcome.url || undefined,
      logUrl,
      description: outcome.failure
        ? `${outcome.rolledBack ? 'Rolled back: ' : 'Failed: '}${outcome.failure}`
        : `${name} v${version} is live${inputs.strategy === 'replace' ? '' : ` (${inputs.strategy})`}`,
    });
  }

  let promoted = '';
  if (!outcome.failure && inputs['promote-alias'] && client && repository && resolved.version !== undefined) {
    const moved = await moveAlias(client, {
      ...repository,
      name,
      alias: inputs['promote-alias'],
      version: resolved.version,
      actor: context.actor,
      io,
    });
    promoted = moved.moved
      ? `${inputs['promote-alias']}: v${moved.from ?? '–'} → v${moved.to}`
      : `${inputs['promote-alias']} already at v${moved.to}`;
  }

  const rows: [string, string][] = [
    ['Model', resolved.releaseUrl ? `[${resolved.tag}](${resolved.releaseUrl})` : `${name} (${version})`],
    [
      'Target',
      `${inputs.target}, ${inputs.strategy}${inputs.strategy === 'canary' ? ` ${Math.round(inputs['canary-weight'] * 100)}%` : ''}`,
    ],
    ['Environment', environment],
    ['URL', outcome.url || '–'],
    ['Previous version', previousVersion ?? '–'],
    ['Result', outcome.failure ? `❌ ${outcome.rolledBack ? 'rolled back: ' : ''}${outcome.failure}` : '✅ live'],
  ];
  if (promoted) rows.push(['Alias', promoted]);
  await io.appendSummary(
    `## deploy: ${name} v${version} to ${environment}\n\n${table(
      ['', ''],
      rows.map(([k, v]) => [`**${k}**`, v]),
      ['l', 'l'],
    )}\n\n${outcome.details.map((line) => `- ${line}`).join('\n')}\n`,
  );
  const outputs = {
    url: outcome.url,
    'deployment-id': deploymentId ?? '',
    version,
    'previous-version': previousVersion ?? '',
    'rolled-back': outcome.rolledBack,
  };
  if (outcome.failure) throw new StepFailedError(outcome.failure, outputs);
  io.info(`${name} v${version} is live${outcome.url ? ` at ${outcome.url}` : ''}.`);
  return outputs;
};
