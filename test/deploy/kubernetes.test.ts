import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { Container } from 'kubernetes-models/v1/Container';
import { Service } from 'kubernetes-models/v1/Service';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { IMAGE_APP_DIR, IMAGE_MODEL_DIR, kubernetesName, renderKubernetes, writeKubernetes } from '../../shared/deploy/kubernetes.js';
import { readModelPackage } from '../../shared/model/package.js';
import { trainChurnPackage, workspace } from '../evaluate/helpers.js';
import { repoRoot, runAction } from '../harness/runner.js';

/**
 * The fields of KServe's serving.kserve.io/v1beta1 InferenceService this suite renders, as KServe's
 * API reference defines them (no package with KServe's schema installs here). Containers are
 * checked against Kubernetes' own core/v1 Container schema below.
 */
const INFERENCE_SERVICE_SCHEMA = {
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: {
    apiVersion: { const: 'serving.kserve.io/v1beta1' },
    kind: { const: 'InferenceService' },
    metadata: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', pattern: '^[a-z]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 }, namespace: { type: 'string' } },
    },
    spec: {
      type: 'object',
      required: ['predictor'],
      additionalProperties: false,
      properties: {
        predictor: {
          type: 'object',
          additionalProperties: false,
          properties: {
            minReplicas: { type: 'integer', minimum: 0 },
            maxReplicas: { type: 'integer', minimum: 0 },
            scaleMetric: { enum: ['cpu', 'memory', 'concurrency', 'rps'] },
            scaleTarget: { type: 'integer' },
            canaryTrafficPercent: { type: 'integer', minimum: 0, maximum: 100 },
            containers: { type: 'array', minItems: 1, items: { type: 'object' } },
          },
        },
      },
    },
  },
};

let ws: string;
let packageDir: string;

beforeAll(async () => {
  ws = workspace('mlops-kubernetes-');
  packageDir = await trainChurnPackage(ws, { outputDir: 'mlops-out/model' });
}, 60_000);

describe('the kubernetes target', () => {
  test('renders an InferenceService (canary percent), Deployment, Service and HPA that pass their schemas', async () => {
    const manifest = await readModelPackage(packageDir);
    const rendered = renderKubernetes(
      { name: 'Churn_Model', version: '3', framework: manifest.framework, packageDir, environment: 'production' },
      {
        image: 'ghcr.io/acme/churn:v3',
        namespace: 'ml',
        canaryPercent: 10,
        minReplicas: 2,
        maxReplicas: 6,
        tokenSecret: 'churn-token',
        port: 8080,
      },
    );
    const [isvc] = rendered.manifests['inferenceservice.yaml'];
    const validate = new Ajv({ strict: false }).compile(INFERENCE_SERVICE_SCHEMA);
    expect(validate(isvc), JSON.stringify(validate.errors)).toBe(true);
    const predictor = (isvc.spec as { predictor: { canaryTrafficPercent: number; containers: object[] } }).predictor;
    expect(predictor.canaryTrafficPercent).toBe(10);
    for (const container of predictor.containers) new Container(container as never).validate();
    expect(kubernetesName('Churn_Model')).toBe('churn-model');

    const [deployment, service, hpa] = rendered.manifests['deployment.yaml'];
    new Deployment(deployment as never).validate();
    new Service(service as never).validate();
    new HorizontalPodAutoscaler(hpa as never).validate();
    expect(JSON.stringify(deployment)).toContain('"maxUnavailable":0');
    expect(JSON.stringify(deployment)).toContain('"secretKeyRef":{"name":"churn-token","key":"token"}');
    // A broken object is caught: the check can fail.
    expect(() =>
      new Deployment({ ...(deployment as object), spec: { ...(deployment.spec as object), replicas: 'two' } } as never).validate(),
    ).toThrow();
  });

  test("the image's entry command, run outside a container on the rendered build context, serves the model", async () => {
    const manifest = await readModelPackage(packageDir);
    const release = { name: 'churn', version: '3', framework: manifest.framework, packageDir, environment: 'staging' };
    const rendered = renderKubernetes(release, { image: 'churn:v3', namespace: 'default', minReplicas: 1, maxReplicas: 2, port: 18_080 });
    const out = mkdtempSync(join(tmpdir(), 'mlops-k8s-'));
    await writeKubernetes(rendered, release, out, { distDir: join(repoRoot, 'dist'), cliFile: join(repoRoot, 'bin/mlops.js') });
    const dockerfile = readFileSync(join(out, 'image/Dockerfile'), 'utf8');
    expect(dockerfile).toContain(`ENTRYPOINT ["node", "${IMAGE_APP_DIR}/bin/mlops.js"]`);
    // The image's paths, mapped onto the build context; the port made ephemeral-safe for the test.
    const image = join(out, 'image');
    const args = rendered.command
      .slice(1)
      .map((word) => word.replace(IMAGE_MODEL_DIR, join(image, 'model')).replace(IMAGE_APP_DIR, join(image, 'app')));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const portAt = args.indexOf('--port');
    args[portAt + 1] = String(port);
    args[args.indexOf('--host') + 1] = '127.0.0.1';
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = `http://127.0.0.1:${port}`;
      let ready = false;
      for (let i = 0; i < 100 && !ready; i++) {
        ready = await fetch(`${url}/v2/health/ready`)
          .then((r) => r.status === 200)
          .catch(() => false);
        if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(ready).toBe(true);
      const model = (await (await fetch(`${url}/v2/models/churn`)).json()) as { versions: string[] };
      expect(model.versions).toEqual(['3']);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);

  test('with a kubectl context, deploy applies the InferenceService and waits for it to be ready', async () => {
    // kubectl itself is a recorded stand-in: there is no cluster here. It answers as kubectl does
    // for a cluster with KServe, and the test checks the commands deploy gave it.
    const bin = mkdtempSync(join(tmpdir(), 'mlops-kubectl-'));
    const calls = join(bin, 'calls.log');
    writeFileSync(
      join(bin, 'kubectl'),
      `#!/bin/sh\necho "$*" >> ${calls}\ncase "$*" in\n  "config current-context") echo test-cluster ;;\n  *api-resources*) echo inferenceservices.serving.kserve.io ;;\n  *jsonpath*) printf 'http://churn.ml.example.com' ;;\nesac\n`,
    );
    chmodSync(join(bin, 'kubectl'), 0o755);
    mkdirSync(join(ws, 'k8s'), { recursive: true });
    const result = await runAction({
      action: 'deploy',
      with: {
        model: 'mlops-out/model',
        target: 'kubernetes',
        environment: 'production',
        namespace: 'ml',
        image: 'ghcr.io/acme/churn:v3',
        'output-dir': 'k8s',
      },
      workspace: ws,
      env: { PATH: `${bin}:${process.env.PATH}` },
      apiUrl: 'http://127.0.0.1:9',
      repository: '',
    });
    expect(result.exitCode, result.log + result.stderr).toBe(0);
    expect(result.outputs.url).toBe('http://churn.ml.example.com');
    const log = readFileSync(calls, 'utf8');
    expect(log).toContain('--context test-cluster apply -f');
    expect(log).toMatch(/--context test-cluster wait --for=condition=Ready inferenceservice\/churn -n ml --timeout=300s/);
    const applied = parseAllDocuments(readFileSync(join(ws, 'k8s/inferenceservice.yaml'), 'utf8')).map((doc) => doc.toJS());
    expect(applied[0]).toMatchObject({ kind: 'InferenceService', metadata: { name: 'churn', namespace: 'ml' } });
  }, 60_000);
});
