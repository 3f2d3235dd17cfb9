import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { UserError } from '../runtime/errors.js';
import { createBatcher, type JobResult, type SubmittedJob } from './batcher.js';
import { authenticateChallenge, bearerTokenCheck } from './bearer-token.js';
import { modelInput } from './features.js';
import { checkContentType, checkDeclaredLength, ClientGone, pathOf, readBody, sendJson, sendText } from './http-io.js';
import { createServiceMetrics, type TrafficRole } from './metrics.js';
import { resolveOptions, type ServiceOptions } from './options.js';
import { openPredictionLog, type PredictionLog } from './prediction-log.js';
import { createRouter, PROTOCOLS, routeList, type InferRoute, type InferenceRequest, type RouteMatch } from './protocols/index.js';
import { isRequestError, RequestError } from './request-error.js';
import { describeModel, readPredictions, rowValue, warmUp, type ModelToServe, type Predictions, type ServedModel } from './served-model.js';

export interface ServiceHandle {
  /** `http://host:port`, with the port actually bound. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** The model answering new requests now. */
  readonly model: { name: string; version: string };
  /** The service's own Prometheus registry (also served at GET /metrics). */
  readonly metrics: Registry;
  /**
   * Loads and warms `next` beside the current model, then switches to it in one step. Requests
   * already accepted finish on the model they were accepted by; the old model is released once
   * the last of them is answered. Rejects (and the old model keeps serving) when `next` cannot predict.
   */
  swap(next: ModelToServe): Promise<void>;
  /**
   * Puts `next` beside the current model: as a canary it answers a `weight` share of inference
   * requests (spread evenly, not at random, so small shares show early), as a shadow it gets a
   * copy of every request and its answers are logged, never returned. Warmed up first; a model
   * that cannot predict is refused and nothing changes. `undefined` takes the second model out.
   * A swap also takes it out: the swapped-in model gets all the traffic.
   */
  route(next: ModelToServe | undefined, mode?: SecondaryMode, weight?: number): Promise<void>;
  /** The second model and its share, when there is one. */
  readonly secondary: { name: string; version: string; mode: SecondaryMode; weight: number } | undefined;
  /**
   * Graceful stop: stops accepting, answers every accepted request, flushes the prediction log
   * and releases the models. Safe to call more than once.
   */
  close(): Promise<void>;
}

/** A model plus how many accepted requests still need it, so a swapped-out model is released only when idle. */
export type SecondaryMode = 'canary' | 'shadow';

interface Secondary {
  slot: ModelSlot;
  mode: SecondaryMode;
  weight: number;
  /** Error diffusion: a canary takes the next request whenever this reaches 1. */
  credit: number;
}

interface ModelSlot {
  model: ServedModel;
  uses: number;
  retired: boolean;
}

const METRICS_ROUTE = 'GET /metrics';
const HEADER_SAFE = /^[\x20-\x7e]{1,200}$/;

export async function startService(options: ServiceOptions): Promise<ServiceHandle> {
  const settings = resolveOptions(options);
  const log = options.log ?? (() => undefined);
  const protocols = options.protocols ?? PROTOCOLS;
  const route = createRouter(protocols);
  const authorized = options.token !== undefined ? bearerTokenCheck(options.token) : undefined;

  const first = describeModel(options.model);
  if (options.warmUp !== false) await warmUp(first);
  let current: ModelSlot = { model: first, uses: 0, retired: false };
  let secondary: Secondary | undefined;
  const slots = new Set<ModelSlot>([current]);
  const shadows = new Set<Promise<void>>();

  let admitted = 0;
  let inFlight = 0;
  let draining = false;
  let drained: (() => void) | undefined;
  const metrics = createServiceMetrics({ queueDepth: () => batcher.queued, inFlight: () => inFlight });
  metrics.serving(first);
  const batcher = createBatcher<ModelSlot>(settings.batching, (slot, input, rows) => slot.model.predictor.predictInput(input, rows), {
    onBatch: (rows, requests) => metrics.batch(rows, requests),
  });
  const predictionLog: PredictionLog | undefined = options.predictionLog
    ? await openPredictionLog({ onError: (error) => log(`prediction log: ${error.message}`), ...options.predictionLog })
    : undefined;

  const release = (slot: ModelSlot): void => {
    if (!slot.retired || slot.uses > 0 || !slots.has(slot)) return;
    slots.delete(slot);
    // The same predictor may be swapped back in; only release what nothing serves any more.
    if ([...slots].some((other) => other.model.predictor === slot.model.predictor)) return;
    slot.model.predictor.release().catch((error: Error) => log(`releasing ${slot.model.version}: ${error.message}`));
  };

  const finishRequest = (): void => {
    inFlight--;
    if (draining && inFlight === 0) drained?.();
  };

  const writeLog = (model: ServedModel, request: InferenceRequest, requestId: string, predictions: Predictions, role: TrafficRole) => {
    if (!predictionLog) return;
    const time = new Date().toISOString();
    const { columns } = request;
    const cells = model.featureNames.map((name) => columns.values.get(name)!);
    const lines: string[] = new Array(columns.rows);
    for (let row = 0; row < columns.rows; row++) {
      const features: Record<string, unknown> = {};
      model.featureNames.forEach((name, k) => (features[name] = cells[k][row] ?? null));
      const line: Record<string, unknown> = {
        time,
        model: model.name,
        version: model.version,
        request_id: requestId,
        features,
        prediction: rowValue(predictions, row),
      };
      if (predictions.labels) line.label = predictions.labels[row];
      if (role !== 'primary') line.role = role;
      lines[row] = JSON.stringify(line);
    }
    predictionLog.write(`${lines.join('\n')}\n`);
  };

  /** The slot a request goes to: the version its path names, a canary's share, or the current model. */
  const pick = (version: string | undefined): { slot: ModelSlot; role: TrafficRole } => {
    const second = secondary;
    if (second && version !== undefined && sameVersion(version, second.slot.model.version)) {
      return { slot: second.slot, role: second.mode === 'canary' ? 'canary' : 'primary' };
    }
    if (second?.mode === 'canary' && version === undefined) {
      second.credit += second.weight;
      if (second.credit >= 1) {
        second.credit -= 1;
        return { slot: second.slot, role: 'canary' };
      }
    }
    return { slot: current, role: 'primary' };
  };

  /** A shadow's copy of a request: its answer goes to the log and the metrics, never to the client. */
  const shadowCopy = (request: InferenceRequest, requestId: string) => {
    const second = secondary;
    if (second?.mode !== 'shadow' || draining) return;
    const { slot } = second;
    let input: ReturnType<typeof modelInput>;
    try {
      input = modelInput(slot.model, request.columns);
    } catch (error) {
      log(`shadow ${slot.model.version} cannot take request ${requestId}: ${(error as Error).message}`);
      return;
    }
    slot.uses++;
    metrics.routed(slot.model, 'shadow');
    const job = batcher.submit(slot, input, request.columns.rows, {
      onDone: () => {
        slot.uses--;
        release(slot);
      },
    });
    const done = job.result
      .then((result) => {
        const predictions = readPredictions(slot.model, result.output, request.columns.rows);
        writeLog(slot.model, request, requestId, predictions, 'shadow');
        metrics.predictions(slot.model, predictions);
      })
      .catch((error: Error) => log(`shadow ${slot.model.version} failed on request ${requestId}: ${error.message}`))
      .finally(() => shadows.delete(done));
    shadows.add(done);
  };

  const infer = async (req: IncomingMessage, res: ServerResponse, routeOf: InferRoute, started: number, version?: string) => {
    if (draining) {
      throw new RequestError('the service is shutting down; retry against its replacement.', 503, {
        'retry-after': '1',
        connection: 'close',
      });
    }
    checkContentType(req);
    checkDeclaredLength(req, settings.bodyLimitBytes);
    if (admitted >= settings.queueLimit) {
      throw new RequestError(`the service is at its queue limit (${settings.queueLimit} requests waiting); retry shortly.`, 503, {
        'retry-after': '1',
      });
    }
    admitted++;
    inFlight++;
    let waiting = true;
    const leaveQueue = () => {
      if (waiting) admitted--;
      waiting = false;
    };
    let job: SubmittedJob | undefined;
    let timer: NodeJS.Timeout | undefined;
    let bodyArrived = false;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        job?.cancel();
        reject(
          bodyArrived
            ? new RequestError(`no prediction within the request timeout of ${settings.requestTimeoutMs} ms.`, 504)
            : new RequestError(`the body did not arrive within ${settings.requestTimeoutMs} ms.`, 408, {
                connection: 'close',
              }),
        );
      }, settings.requestTimeoutMs);
    });
    try {
      const bytes = await Promise.race([readBody(req, settings.bodyLimitBytes), deadline]);
      bodyArrived = true;
      const preprocessingStarted = performance.now();
      const { slot, role } = pick(version);
      const model = slot.model;
      const request = routeOf.parse({ bytes, headers: req.headers }, model);
      const input = modelInput(model, request.columns);
      const preprocessingMs = performance.now() - preprocessingStarted;
      slot.uses++;
      job = batcher.submit(slot, input, request.columns.rows, {
        onDispatch: leaveQueue,
        onDone: () => {
          slot.uses--;
          release(slot);
        },
      });
      const result: JobResult = await Promise.race([job.result, deadline]);
      const predictions = readPredictions(model, result.output, request.columns.rows);
      const header = req.headers['x-request-id'];
      const requestId = request.id ?? (typeof header === 'string' && header.length <= 200 ? header : randomUUID());
      sendJson(res, 200, request.respond(predictions, model), {
        // A V2 id may hold characters a header cannot; it is still echoed in the body and logged.
        ...(HEADER_SAFE.test(requestId) ? { 'x-request-id': requestId } : {}),
        ...(draining ? { connection: 'close' } : {}),
      });
      writeLog(model, request, requestId, predictions, role);
      metrics.predictions(model, predictions);
      metrics.routed(model, role);
      shadowCopy(request, requestId);
      metrics.stage('queue', result.queueMs / 1000);
      metrics.stage('preprocessing', preprocessingMs / 1000);
      metrics.stage('model', result.modelMs / 1000);
      metrics.stage('total', (performance.now() - started) / 1000);
    } finally {
      clearTimeout(timer);
      leaveQueue();
      finishRequest();
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const method = req.method ?? 'GET';
    const path = pathOf(req.url);
    let label = 'unmatched';
    try {
      if (path === '/metrics') {
        label = METRICS_ROUTE;
        if (method !== 'GET') throw new RequestError('use GET /metrics.', 405, { allow: 'GET' });
        sendText(res, 200, await metrics.registry.metrics(), metrics.contentType);
        return;
      }
      const match = route(method, path);
      if (!match) {
        throw new RequestError(`no route for ${method} ${path}. Routes: ${[...routeList(protocols), METRICS_ROUTE].join(', ')}.`, 404);
      }
      if ('allow' in match) {
        throw new RequestError(`${path} takes ${match.allow.join(', ')}, not ${method}.`, 405, {
          allow: match.allow.join(', '),
        });
      }
      label = `${method} ${match.route.template}`;
      if (match.route.access === 'guarded' && authorized && !authorized(req.headers.authorization)) {
        throw new RequestError('this route needs a bearer token: send "Authorization: Bearer <token>".', 401, {
          'www-authenticate': authenticateChallenge(req.headers.authorization),
        });
      }
      checkModel(match, current.model, secondary?.slot.model);
      if (match.route.kind === 'info') {
        const answer = match.route.respond({ model: current.model, ready: !draining });
        sendJson(res, answer.status, answer.body, draining ? { connection: 'close' } : {});
        return;
      }
      await infer(req, res, match.route, started, match.version);
    } catch (error) {
      if (error instanceof ClientGone) return;
      if (isRequestError(error)) {
        sendJson(res, error.status, { error: error.message }, { ...error.headers, ...(draining ? { connection: 'close' } : {}) });
      } else {
        log(`internal error on ${method} ${path}: ${(error as Error).stack ?? String(error)}`);
        sendJson(res, 500, { error: `internal error: ${(error as Error).message}` });
      }
    } finally {
      if (res.headersSent) metrics.request(label, res.statusCode);
    }
  };

  const server: Server = createServer({ requestTimeout: settings.requestTimeoutMs + 1000 }, (req, res) => {
    void handle(req, res);
  });
  server.headersTimeout = Math.min(60_000, server.requestTimeout);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' ? new UserError(`cannot listen on ${settings.host}:${settings.port}: the port is in use.`) : error,
      ),
    );
    server.listen(settings.port, settings.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  log(`serving ${first.name} ${first.version} at ${url}`);

  let swapping: Promise<void> = Promise.resolve();
  let closing: Promise<void> | undefined;

  return {
    url,
    host: address.address,
    port: address.port,
    get model() {
      return { name: current.model.name, version: current.model.version };
    },
    metrics: metrics.registry,
    swap(next) {
      const attempt = swapping.then(async () => {
        if (draining) throw new UserError('the service is shutting down; it does not take a new model.');
        try {
          const model = describeModel(next);
          if (options.warmUp !== false) await warmUp(model);
          const previous = current;
          current = { model, uses: 0, retired: false };
          slots.add(current);
          const second = secondary;
          secondary = undefined;
          if (second) {
            second.slot.retired = true;
            release(second.slot);
          }
          metrics.serving(model);
          metrics.swapped('success');
          previous.retired = true;
          release(previous);
          log(`now serving ${model.name} ${model.version} (was ${previous.model.version})`);
        } catch (error) {
          metrics.swapped('failure');
          throw error;
        }
      });
      swapping = attempt.catch(() => undefined);
      return attempt;
    },
    get secondary() {
      const second = secondary;
      if (!second) return undefined;
      return { name: second.slot.model.name, version: second.slot.model.version, mode: second.mode, weight: second.weight };
    },
    route(next, mode = 'canary', weight = mode === 'shadow' ? 1 : 0.1) {
      const attempt = swapping.then(async () => {
        if (draining) throw new UserError('the service is shutting down; it does not take a new model.');
        if (!(weight >= 0 && weight <= 1)) throw new UserError(`a ${mode} weight is a share between 0 and 1, not ${weight}.`);
        let slot: ModelSlot | undefined;
        if (next) {
          const model = describeModel(next);
          if (options.warmUp !== false) await warmUp(model);
          slot = { model, uses: 0, retired: false };
          slots.add(slot);
        }
        const previous = secondary;
        secondary = slot ? { slot, mode, weight, credit: 0 } : undefined;
        if (previous) {
          previous.slot.retired = true;
          release(previous.slot);
        }
        log(slot ? `${mode} ${slot.model.version} beside ${current.model.version} (weight ${weight})` : 'second model taken out');
      });
      swapping = attempt.catch(() => undefined);
      return attempt;
    },
    close() {
      closing ??= (async () => {
        draining = true;
        await swapping;
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
        await batcher.idle();
        await Promise.all([...shadows]);
        server.closeAllConnections();
        await stopped;
        await predictionLog?.close();
        for (const slot of slots) slot.retired = true;
        for (const slot of [...slots]) release(slot);
        log(`stopped serving ${current.model.name} ${current.model.version}`);
      })();
      return closing;
    },
  };
}

function sameVersion(asked: string, served: string): boolean {
  return asked === served || asked === `v${served}`;
}

/** `{name}` and `{version}` in the path must name what is served (the current model, or the canary or shadow beside it). */
function checkModel(match: RouteMatch, model: ServedModel, second?: ServedModel): void {
  if (second && match.version !== undefined && match.name === second.name && sameVersion(match.version, second.version)) return;
  if (match.name !== undefined && match.name !== model.name) {
    throw new RequestError(`model "${match.name}" is not served here; this service serves "${model.name}".`, 404);
  }
  if (match.version !== undefined && match.version !== model.version && match.version !== `v${model.version}`) {
    throw new RequestError(
      `version "${match.version}" of model "${model.name}" is not served; the served version is ` + `"${model.version}".`,
      404,
    );
  }
}
