import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { renderKubernetes, writeKubernetes, kubernetesName } from '../kubernetes.js';
import type { DeployRequest, DeployTarget } from '../target.js';

const run = promisify(execFile);

/** The kubectl context to apply with: the one given, else kubectl's current one; undefined when kubectl has none. */
async function kubectlContext(request: DeployRequest): Promise<string | undefined> {
  if (request.kubernetes.context) return request.kubernetes.context;
  try {
    const { stdout } = await run('kubectl', ['config', 'current-context'], { env: request.env, timeout: 10_000 });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

async function kubectl(request: DeployRequest, context: string, args: string[], timeoutMs = 120_000): Promise<string> {
  const { stdout } = await run('kubectl', ['--context', context, ...args], { env: request.env, timeout: timeoutMs, maxBuffer: 16 << 20 });
  return stdout;
}

/**
 * Renders a KServe InferenceService running the suite's service (and, for clusters without
 * KServe, a Deployment, Service and HorizontalPodAutoscaler) plus the image's Dockerfile and
 * build context. With a kubectl context it applies the InferenceService when the cluster knows
 * KServe's resource (else the plain Deployment) and waits for it to be ready.
 */
export const kubernetesTarget: DeployTarget = {
  name: 'kubernetes',
  async deploy(request) {
    const { release } = request;
    const rendered = renderKubernetes(
      {
        name: release.name,
        version: release.version,
        framework: release.manifest.framework,
        packageDir: release.dir,
        environment: request.environment,
      },
      {
        image: request.kubernetes.image,
        namespace: request.kubernetes.namespace,
        canaryPercent: request.strategy === 'canary' ? request.canaryWeight * 100 : undefined,
        minReplicas: request.kubernetes.minReplicas,
        maxReplicas: request.kubernetes.maxReplicas,
        tokenSecret: request.kubernetes.tokenSecret,
        port: request.port,
      },
    );
    const files = await writeKubernetes(
      rendered,
      {
        name: release.name,
        version: release.version,
        framework: release.manifest.framework,
        packageDir: release.dir,
        environment: request.environment,
      },
      request.outputDir,
      request.bundle,
    );
    const details = [
      `Rendered ${files.join(', ')} into ${request.outputDir}.`,
      `Build the image: docker build -t ${request.kubernetes.image} ${request.outputDir}/image`,
    ];
    if (request.strategy === 'shadow')
      details.push(
        'Shadow traffic on Kubernetes needs a mirroring router (e.g. an Istio VirtualService mirror); the manifests route normally.',
      );
    const context = await kubectlContext(request);
    if (!context) {
      details.push('No kubectl context is configured, so nothing was applied: apply the manifests after pushing the image.');
      return { url: '', rolledBack: false, details };
    }
    const name = kubernetesName(release.name);
    const namespace = request.kubernetes.namespace;
    const kserve = await kubectl(request, context, ['api-resources', '--api-group=serving.kserve.io', '-o', 'name'])
      .then((out) => out.includes('inferenceservices'))
      .catch(() => false);
    try {
      if (kserve) {
        await kubectl(request, context, ['apply', '-f', `${request.outputDir}/inferenceservice.yaml`]);
        await kubectl(
          request,
          context,
          ['wait', '--for=condition=Ready', `inferenceservice/${name}`, '-n', namespace, '--timeout=300s'],
          320_000,
        );
        const url = (
          await kubectl(request, context, ['get', `inferenceservice/${name}`, '-n', namespace, '-o', 'jsonpath={.status.url}'])
        ).trim();
        details.push(`Applied the InferenceService ${namespace}/${name} with context ${context}; it is ready.`);
        return { url, rolledBack: false, details };
      }
      await kubectl(request, context, ['apply', '-f', `${request.outputDir}/deployment.yaml`]);
      await kubectl(request, context, ['rollout', 'status', `deployment/${name}`, '-n', namespace, '--timeout=300s'], 320_000);
      details.push(`The cluster has no KServe; applied the Deployment, Service and HPA ${namespace}/${name} with context ${context}.`);
      return { url: `http://${name}.${namespace}.svc.cluster.local`, rolledBack: false, details };
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim();
      let rolledBack = false;
      if (!kserve) {
        // A failed rollout leaves the old ReplicaSet serving; undo points the Deployment back at it.
        rolledBack = await kubectl(request, context, ['rollout', 'undo', `deployment/${name}`, '-n', namespace])
          .then(() => true)
          .catch(() => false);
      }
      return {
        url: '',
        rolledBack,
        failure: `kubectl failed on ${namespace}/${name}: ${stderr || (error as Error).message}`,
        details,
      };
    }
  },
};
