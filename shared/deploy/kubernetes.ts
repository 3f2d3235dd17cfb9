import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { InputError } from '../runtime/errors.js';

/** What the Kubernetes target needs to know about the version it ships. */
export interface KubernetesRelease {
  /** Model name: the InferenceService / Deployment name (a DNS-1035 label once normalised). */
  name: string;
  /** The version number (`3` of `churn/v3`), or a package digest for a path. */
  version: string;
  framework: 'tfjs' | 'onnx' | 'custom';
  /** The verified package folder that goes into the image. */
  packageDir: string;
  environment: string;
}

export interface KubernetesOptions {
  /** The serving image, e.g. `ghcr.io/acme/churn-serving:v3`; it is built from the rendered Dockerfile. */
  image: string;
  namespace: string;
  /** Canary share of traffic, 0–100; undefined for a plain rollout. */
  canaryPercent?: number;
  minReplicas: number;
  maxReplicas: number;
  /** Name of a Secret with key `token`: the bearer token the inference routes require. */
  tokenSecret?: string;
  port: number;
}

export interface RenderedKubernetes {
  /** Kubernetes objects by file name, as written to the output folder. */
  manifests: Record<string, Record<string, unknown>[]>;
  dockerfile: string;
  /** The container's entry command, relative to the image's root (node, bin/mlops.js, serve …). */
  command: string[];
}

/** The model folder inside the image, and the app folder that holds the suite's bundle. */
export const IMAGE_MODEL_DIR = '/models/model';
export const IMAGE_APP_DIR = '/app';

/** Kubernetes object names are DNS-1035 labels: lower case, digits and '-', starting with a letter, at most 63 characters. */
export function kubernetesName(name: string): string {
  const label = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  if (!label) throw new InputError(`the model name "${name}" has no letters to make a Kubernetes name from.`, 'model');
  return label;
}

function labels(release: KubernetesRelease): Record<string, string> {
  return {
    'app.kubernetes.io/name': kubernetesName(release.name),
    'app.kubernetes.io/version': `v${release.version}`.replace(/^vv/, 'v'),
    'app.kubernetes.io/component': 'inference',
    'app.kubernetes.io/managed-by': 'mlops-actions',
    'mlops-actions/environment': kubernetesName(release.environment),
  };
}

/** The serving container: the suite's own service, speaking the Open Inference Protocol v2 that KServe routes. */
function servingContainer(release: KubernetesRelease, options: KubernetesOptions, name: string): Record<string, unknown> {
  const probe = (path: string, period: number) => ({ httpGet: { path, port: options.port }, periodSeconds: period, timeoutSeconds: 2 });
  return {
    name,
    image: options.image,
    args: [
      'serve',
      IMAGE_MODEL_DIR,
      '--host',
      '0.0.0.0',
      '--port',
      String(options.port),
      '--name',
      release.name,
      '--version',
      release.version,
    ],
    ports: [{ containerPort: options.port, name: 'http', protocol: 'TCP' }],
    readinessProbe: probe('/v2/health/ready', 5),
    livenessProbe: probe('/v2/health/live', 10),
    resources: { requests: { cpu: '500m', memory: '512Mi' }, limits: { memory: '1Gi' } },
    ...(options.tokenSecret
      ? { env: [{ name: 'MLOPS_SERVE_TOKEN', valueFrom: { secretKeyRef: { name: options.tokenSecret, key: 'token' } } }] }
      : {}),
  };
}

/**
 * A KServe InferenceService whose predictor runs the suite's service (KServe scales it, routes
 * canaries by `canaryTrafficPercent` and keeps the previous revision for the rest), and, for
 * clusters without KServe, a Deployment, a Service and a HorizontalPodAutoscaler.
 */
export function renderKubernetes(release: KubernetesRelease, options: KubernetesOptions): RenderedKubernetes {
  if (options.minReplicas < 1 || options.maxReplicas < options.minReplicas) {
    throw new InputError(`replicas must satisfy 1 ≤ min ≤ max (got ${options.minReplicas}–${options.maxReplicas}).`, 'replicas');
  }
  const name = kubernetesName(release.name);
  const metadata = { name, namespace: options.namespace, labels: labels(release) };
  const inferenceService = {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata,
    spec: {
      predictor: {
        minReplicas: options.minReplicas,
        maxReplicas: options.maxReplicas,
        scaleMetric: 'concurrency',
        scaleTarget: 8,
        ...(options.canaryPercent !== undefined ? { canaryTrafficPercent: Math.round(options.canaryPercent) } : {}),
        containers: [servingContainer(release, options, 'kserve-container')],
      },
    },
  };
  const selector = { 'app.kubernetes.io/name': name, 'mlops-actions/environment': kubernetesName(release.environment) };
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata,
    spec: {
      replicas: options.minReplicas,
      selector: { matchLabels: selector },
      // Zero-downtime rollouts: a new pod must be ready before an old one goes.
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: labels(release) },
        spec: {
          // The service drains on SIGTERM: give in-flight requests time to finish.
          terminationGracePeriodSeconds: 40,
          securityContext: { runAsNonRoot: true, runAsUser: 1000 },
          containers: [servingContainer(release, options, 'serving')],
        },
      },
    },
  };
  const service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata,
    spec: { selector, ports: [{ name: 'http', port: 80, targetPort: options.port, protocol: 'TCP' }] },
  };
  const autoscaler = {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata,
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: options.minReplicas,
      maxReplicas: options.maxReplicas,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
    },
  };
  const command = ['node', `${IMAGE_APP_DIR}/bin/mlops.js`, ...(inferenceService.spec.predictor.containers[0].args as string[])];
  return {
    manifests: { 'inferenceservice.yaml': [inferenceService], 'deployment.yaml': [deployment, service, autoscaler] },
    dockerfile: dockerfile(release, options),
    command,
  };
}

function dockerfile(release: KubernetesRelease, options: KubernetesOptions): string {
  const onnx = release.framework === 'onnx';
  return [
    '# The serving image of an mlops-actions model version: the suite bundle, the verified model',
    `# package (${release.name} v${release.version}) and Node 24. Build it from this folder:`,
    `#   docker build -t ${options.image} .`,
    'FROM node:24-bookworm-slim',
    `WORKDIR ${IMAGE_APP_DIR}`,
    `COPY app/ ${IMAGE_APP_DIR}/`,
    ...(onnx
      ? [
          '# onnxruntime-node ships its CPU binding in the npm package; skip its CUDA download.',
          'RUN ONNXRUNTIME_NODE_INSTALL=skip npm install --omit=dev --no-audit --no-fund --no-package-lock onnxruntime-node@1',
        ]
      : []),
    `COPY model/ ${IMAGE_MODEL_DIR}/`,
    'USER node',
    `EXPOSE ${options.port}`,
    // The package is verified again at start: a changed file refuses to serve.
    `ENTRYPOINT ["node", "${IMAGE_APP_DIR}/bin/mlops.js"]`,
    `CMD ["serve", "${IMAGE_MODEL_DIR}", "--host", "0.0.0.0", "--port", "${options.port}", "--name", ${JSON.stringify(release.name)}, "--version", ${JSON.stringify(release.version)}]`,
    '',
  ].join('\n');
}

/**
 * Writes the manifests into `outputDir`, and the image's build context into `outputDir/image`:
 * the Dockerfile, `app/` (the suite's bundle and CLI) and `model/` (the verified package).
 */
export async function writeKubernetes(
  rendered: RenderedKubernetes,
  release: KubernetesRelease,
  outputDir: string,
  bundle: { distDir: string; cliFile: string },
): Promise<string[]> {
  await mkdir(outputDir, { recursive: true });
  const written: string[] = [];
  for (const [file, objects] of Object.entries(rendered.manifests)) {
    await writeFile(join(outputDir, file), objects.map((object) => stringify(object, { lineWidth: 0 })).join('---\n'));
    written.push(file);
  }
  const image = join(outputDir, 'image');
  await mkdir(join(image, 'app', 'bin'), { recursive: true });
  await cp(bundle.distDir, join(image, 'app', 'dist'), { recursive: true });
  await cp(bundle.cliFile, join(image, 'app', 'bin', 'mlops.js'));
  await writeFile(
    join(image, 'app', 'package.json'),
    `${JSON.stringify({ name: 'mlops-serving', private: true, type: 'module' }, null, 2)}\n`,
  );
  await cp(release.packageDir, join(image, 'model'), { recursive: true });
  await writeFile(join(image, 'Dockerfile'), rendered.dockerfile);
  written.push('image/Dockerfile', 'image/app/', 'image/model/');
  return written;
}
