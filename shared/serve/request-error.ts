import { UserError } from '../runtime/errors.js';

/**
 * A request the service refuses. The client can act on it, so it is a UserError; the status
 * code and headers travel with it and the message becomes the `{"error": …}` body, which is the
 * error shape both the Open Inference Protocol and TensorFlow Serving use.
 */
export class RequestError extends UserError {
  constructor(
    message: string,
    readonly status = 400,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

export function isRequestError(error: unknown): error is RequestError {
  return error instanceof RequestError;
}
