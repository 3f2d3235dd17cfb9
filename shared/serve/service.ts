import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { UserError } from '../runtime/errors.js';
import { createBatcher, type JobResult, type SubmittedJob } from './batcher.js';
import { authenticateChallenge, bearerTokenCheck } from './bearer-token.js';
import { modelInput } from './features.js';
import { checkContentType, checkDeclaredLength, ClientGone, pathOf, readBody, sendJson, sendText } from './http-io.js';
import { createServiceMetrics } from './metrics.js';
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
   * Graceful stop: stops accepting, answers every accepted request, flushes the prediction log
   * and releases the models. Safe to call more than once.
   */
  close(): Promise<void>;
}

/** A model plus how many accepted requests still need it, so a swapped-out model is released only when idle. */
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
  const slots = new Set<ModelSlot>([current]);

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

  const writeLog = (model: ServedModel, request: InferenceRequest, requestId: string, predictions: Predictions) => {
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
      lines[row] = JSON.stringify(line);
    }
    predictionLog.write(`${lines.join('\n')}\n`);
  };

  const infer = async (req: IncomingMessage, res: ServerResponse, routeOf: InferRoute, started: number) => {
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
      const slot = current;
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
      writeLog(model, request, requestId, predictions);
      metrics.predictions(model, predictions);
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
      checkModel(match, current.model);
      if (match.route.kind === 'info') {
        const answer = match.route.respond({ model: current.model, ready: !draining });
        sendJson(res, answer.status, answer.body, draining ? { connection: 'close' } : {});
        return;
      }
      await infer(req, res, match.route, started);
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
    close() {
      closing ??= (async () => {
        draining = true;
        await swapping;
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
        await batcher.idle();
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

/** `{name}` and `{version}` in the path must name what is served. */
function checkModel(match: RouteMatch, model: ServedModel): void {
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
