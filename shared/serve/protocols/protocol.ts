import type { IncomingHttpHeaders } from 'node:http';
import type { Columns } from '../../model/preprocessing.js';
import type { Predictions, ServedModel } from '../served-model.js';

/**
 * The small interface every protocol implements: its routes, and for inference routes how a
 * body becomes raw feature columns and how predictions become a response. Everything else
 * (limits, auth, batching, metrics, the log) is the service's, so a protocol is only a codec.
 */
export interface RequestBody {
  bytes: Buffer;
  headers: IncomingHttpHeaders;
}

/** An inference request as the service runs it. */
export interface InferenceRequest {
  columns: Columns;
  /** The client's id for the request (the V2 `id`), echoed back and written to the prediction log. */
  id?: string;
  /** The response body for this request's predictions. */
  respond(predictions: Predictions, model: ServedModel): unknown;
}

/** What status and metadata routes may look at. */
export interface ServiceView {
  model: ServedModel;
  /** False while the service is draining. */
  ready: boolean;
}

interface RouteBase {
  method: 'GET' | 'POST';
  /**
   * The path with `{name}` and `{version}` placeholders; the router checks both against the
   * served model before the route runs. It is also the route's label in metrics.
   */
  template: string;
  /** Open routes (health, readiness, status) never need the token. */
  access: 'open' | 'guarded';
}

export interface InfoRoute extends RouteBase {
  kind: 'info';
  respond(view: ServiceView): { status: number; body: unknown };
}

export interface InferRoute extends RouteBase {
  kind: 'infer';
  parse(body: RequestBody, model: ServedModel): InferenceRequest;
}

export type Route = InfoRoute | InferRoute;

export interface Protocol {
  name: string;
  routes: readonly Route[];
}
