import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { onnxRuntimePackageDir } from '../../model/onnx.js';
import { readModelPackage } from '../../model/package.js';
import { UserError } from '../../runtime/errors.js';
import { controlRequest, type ControlStatus } from '../../serve/control.js';
import { loadModelToServe, startService } from '../../serve/index.js';
import {
  hasSystemdUser,
  logTail,
  runningPid,
  serviceEnvironment,
  serviceFiles,
  startServiceProcess,
  type ServiceFiles,
} from '../service-process.js';
import { runSmokeTest } from '../smoke.js';
import type { DeployOutcome, DeployRequest, DeployTarget, Release } from '../target.js';

/** What a local service's state.json records between deployments. */
export interface LocalServiceState {
  name: string;
  environment: string;
  url: string;
  current?: DeployedVersion;
  previous?: DeployedVersion;
  secondary?: DeployedVersion & { mode: 'canary' | 'shadow'; weight: number };
  history: DeployedVersion[];
}

export interface DeployedVersion {
  version: string;
  tag?: string;
  /** The package copy the service loads (under the state folder: it outlives the workspace). */
  dir: string;
  deployedAt: string;
}

const HISTORY = 20;

async function readState(files: ServiceFiles): Promise<LocalServiceState | undefined> {
  if (!existsSync(files.stateFile)) return undefined;
  return JSON.parse(await readFile(files.stateFile, 'utf8')) as LocalServiceState;
}

async function writeState(files: ServiceFiles, state: LocalServiceState): Promise<void> {
  await writeFile(`${files.stateFile}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
  await rename(`${files.stateFile}.tmp`, files.stateFile);
}

/** The package copied under the state folder (the workspace is wiped between jobs) and verified there. */
async function keepPackage(files: ServiceFiles, release: Release): Promise<string> {
  const digest = createHash('sha256').update(JSON.stringify(release.manifest.files)).digest('hex').slice(0, 12);
  const dir = join(files.dir, 'versions', `v${release.version}-${digest}`);
  if (!existsSync(join(dir, 'manifest.json'))) {
    const scratch = `${dir}.partial`;
    await rm(scratch, { recursive: true, force: true });
    await cp(release.dir, scratch, { recursive: true });
    await rename(scratch, dir);
  }
  await readModelPackage(dir);
  return dir;
}

/**
 * The suite's bundle copied beside the service, so the service never depends on the action's
 * checkout (which the runner replaces), with onnxruntime-node when an ONNX package needs it.
 */
async function installRuntime(files: ServiceFiles, request: DeployRequest): Promise<string> {
  const index = await readFile(join(request.bundle.distDir, 'index.js'));
  const digest = createHash('sha256').update(index).digest('hex').slice(0, 12);
  const runtime = join(files.dir, 'runtime', digest);
  if (!existsSync(join(runtime, 'bin', 'mlops.js'))) {
    const scratch = `${runtime}.partial`;
    await rm(scratch, { recursive: true, force: true });
    await mkdir(join(scratch, 'bin'), { recursive: true });
    await cp(request.bundle.distDir, join(scratch, 'dist'), { recursive: true });
    await cp(request.bundle.cliFile, join(scratch, 'bin', 'mlops.js'));
    await writeFile(join(scratch, 'package.json'), '{"name":"mlops-service","private":true,"type":"module"}\n');
    await rename(scratch, runtime);
  }
  if (request.release.manifest.framework === 'onnx' && !existsSync(join(runtime, 'node_modules', 'onnxruntime-node'))) {
    const found = onnxRuntimePackageDir(request.env, request.cwd);
    if (!found)
      throw new UserError(
        'the package is ONNX and onnxruntime-node is not installed on this runner; install it before deploy (see docs/self-hosted-gpu-runners.md).',
      );
    await mkdir(join(runtime, 'node_modules'), { recursive: true });
    await cp(found, join(runtime, 'node_modules', 'onnxruntime-node'), { recursive: true });
    const common = join(dirname(found), 'onnxruntime-common');
    if (existsSync(common)) await cp(common, join(runtime, 'node_modules', 'onnxruntime-common'), { recursive: true });
  }
  // Older runtimes go once nothing points at them; the running service keeps its files open.
  for (const other of await readdir(join(files.dir, 'runtime'))) {
    if (other !== digest && !other.endsWith('.partial'))
      await rm(join(files.dir, 'runtime', other), { recursive: true, force: true }).catch(() => undefined);
  }
  return runtime;
}

async function status(files: ServiceFiles): Promise<ControlStatus | undefined> {
  if (runningPid(files) === undefined || !existsSync(files.controlSocket)) return undefined;
  return controlRequest(files.controlSocket, 'GET', '/status', undefined, 5000).catch(() => undefined);
}

async function waitReady(url: string, files: ServiceFiles, pid: number, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      process.kill(pid, 0);
    } catch {
      throw new UserError(`the service exited while starting. Its log ends:\n${await logTail(files)}`);
    }
    const ready = await fetch(`${url}/v2/health/ready`, { signal: AbortSignal.timeout(2000) })
      .then((response) => response.status === 200)
      .catch(() => false);
    if (ready && existsSync(files.controlSocket)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new UserError(`the service did not become ready within ${timeoutMs / 1000} s. Its log ends:\n${await logTail(files)}`);
}

/**
 * The candidate on its own, before it takes traffic: loaded (verified) into a throwaway service
 * on an ephemeral loopback port, the smoke rows sent through the same HTTP path clients use.
 * A version that fails here never reaches the live service.
 */
async function smokeCandidate(request: DeployRequest, dir: string): Promise<string | undefined> {
  const model = await loadModelToServe(dir, {
    name: request.release.name,
    version: request.release.version,
    env: request.env,
    cwd: request.cwd,
  });
  let service: Awaited<ReturnType<typeof startService>> | undefined;
  try {
    service = await startService({ model, host: '127.0.0.1', port: 0 });
  } catch (error) {
    await model.predictor.release().catch(() => undefined);
    if (error instanceof UserError) return `the candidate cannot serve: ${error.message}`;
    throw error;
  }
  try {
    if (!request.smoke) return undefined;
    const result = await runSmokeTest(service.url, request.release.manifest, { ...request.smoke, token: undefined });
    request.io.info(
      `smoke test of v${request.release.version}: ${result.rows} rows${
        result.metrics
          ? `, ${Object.entries(result.metrics)
              .filter(([, v]) => Number.isFinite(v))
              .slice(0, 4)
              .map(([k, v]) => `${k}=${v.toFixed(4)}`)
              .join(' ')}`
          : ''
      }: ${result.passed ? 'passed' : 'failed'}`,
    );
    return result.passed ? undefined : `the smoke test failed: ${result.reason}`;
  } finally {
    await service.close();
  }
}

/**
 * A persistent inference service on this host that outlives the job. The first deployment
 * starts it (a systemd user unit, or a detached process without the job's RUNNER_TRACKING_ID);
 * later ones swap the model in place through its control socket, so no request fails. A
 * candidate that fails its smoke test never takes traffic; one that goes live but is not
 * healthy is swapped back to the previous version.
 */
export const localTarget: DeployTarget = {
  name: 'local',
  async deploy(request): Promise<DeployOutcome> {
    const { release, io } = request;
    const files = serviceFiles(request.stateRoot, release.name, request.environment);
    await mkdir(files.dir, { recursive: true });
    const state: LocalServiceState = (await readState(files)) ?? {
      name: release.name,
      environment: request.environment,
      url: '',
      history: [],
    };
    const live = await status(files);
    const previousVersion = live?.model.version ?? state.current?.version;
    const dir = await keepPackage(files, release);

    const smokeFailure = await smokeCandidate(request, dir);
    if (smokeFailure) {
      return {
        url: live?.url ?? '',
        previousVersion,
        rolledBack: true,
        failure: `v${release.version} was not deployed: ${smokeFailure}${live ? ` v${live.model.version} keeps serving.` : ''}`,
        details: [
          live
            ? `v${live.model.version} kept serving at ${live.url}; the candidate never took traffic.`
            : 'No service was running; none was started.',
        ],
      };
    }

    const deployed: DeployedVersion = { version: release.version, tag: release.tag, dir, deployedAt: new Date().toISOString() };
    const details: string[] = [];
    let url: string;
    if (live) {
      url = live.url;
      if (request.strategy === 'replace') {
        if (live.model.version === release.version && !live.secondary) {
          details.push(`v${release.version} was already serving at ${url}; nothing to swap.`);
        } else {
          await controlRequest(files.controlSocket, 'POST', '/swap', { package: dir, name: release.name, version: release.version });
          details.push(`Swapped ${url} from v${live.model.version} to v${release.version} with no restart.`);
        }
      } else {
        const weight = request.strategy === 'canary' ? request.canaryWeight : 1;
        await controlRequest(files.controlSocket, 'POST', '/route', {
          package: dir,
          name: release.name,
          version: release.version,
          mode: request.strategy,
          weight,
        });
        details.push(
          request.strategy === 'canary'
            ? `v${release.version} takes ${Math.round(weight * 100)}% of the traffic at ${url} beside v${live.model.version}.`
            : `v${release.version} shadows v${live.model.version} at ${url}: it gets a copy of every request; its answers are logged, never returned.`,
        );
      }
    } else {
      if (request.strategy !== 'replace') {
        io.warning(
          `No ${release.name} service runs for ${request.environment} yet, so the ${request.strategy} starts it with v${release.version} alone.`,
        );
      }
      const runtime = await installRuntime(files, request);
      const supervisor = (await hasSystemdUser(request.env)) ? 'systemd' : 'detached';
      const command = [
        process.execPath,
        join(runtime, 'bin', 'mlops.js'),
        'serve',
        dir,
        '--host',
        request.host,
        '--port',
        String(request.port),
        '--name',
        release.name,
        '--version',
        release.version,
        '--control',
        files.controlSocket,
        '--prediction-log',
        files.predictionLog,
      ];
      const env = serviceEnvironment(request.env, request.token);
      const pid = await startServiceProcess({
        files,
        command,
        env,
        supervisor,
        unitName: `mlops-${release.name}-${request.environment}`.replace(/[^\w.-]+/g, '-'),
      });
      url = `http://${request.host.includes(':') ? `[${request.host}]` : request.host}:${request.port}`;
      await waitReady(url, files, pid);
      details.push(
        `Started the ${release.name} service for ${request.environment} at ${url} (${supervisor}, pid ${pid}); state in ${files.dir}.`,
      );
    }

    // The live check: the service answers, and with the version just deployed.
    const after = await status(files);
    const healthy =
      after !== undefined &&
      (request.strategy === 'replace' ? after.model.version === release.version : after.secondary?.version === release.version) &&
      (await fetch(`${url}/v2/health/ready`, { signal: AbortSignal.timeout(5000) })
        .then((r) => r.status === 200)
        .catch(() => false));
    if (!healthy) {
      let rolledBack = false;
      if (live && state.current && request.strategy === 'replace') {
        await controlRequest(files.controlSocket, 'POST', '/swap', {
          package: state.current.dir,
          name: release.name,
          version: state.current.version,
        });
        rolledBack = true;
      } else if (live && request.strategy !== 'replace') {
        await controlRequest(files.controlSocket, 'POST', '/route', { mode: request.strategy });
        rolledBack = true;
      }
      return {
        url,
        previousVersion,
        rolledBack,
        failure: `v${release.version} went live but the service did not report it healthy.`,
        details,
      };
    }

    if (request.strategy === 'replace') {
      if (state.current && state.current.version !== release.version) state.previous = state.current;
      state.current = deployed;
      state.secondary = undefined;
    } else {
      state.secondary = { ...deployed, mode: request.strategy, weight: request.strategy === 'canary' ? request.canaryWeight : 1 };
    }
    state.url = url;
    state.history = [deployed, ...state.history].slice(0, HISTORY);
    await writeState(files, state);
    return { url, previousVersion, rolledBack: false, details };
  },
};
