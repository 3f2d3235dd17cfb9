import { RequestError } from './request-error.js';

/**
 * Parses a request body as JSON. Python's json module and TensorFlow Serving's clients write the
 * non-standard tokens NaN, Infinity and -Infinity for floats, so a body that fails strict parsing
 * is retried with those tokens read as null (a missing value) and ±Infinity (refused later for
 * numeric features, with a message naming the row).
 */
export function parseJsonBody(bytes: Buffer): unknown {
  const text = bytes.toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    const tolerant = replaceNonFiniteTokens(text);
    if (tolerant !== text) {
      try {
        return JSON.parse(tolerant);
      } catch {
        // Report the original error: it points at the client's text, not at the rewrite.
      }
    }
    throw new RequestError(`the body is not valid JSON: ${(error as Error).message}`);
  }
}

/** NaN → null and ±Infinity → ±1e999 (which JSON.parse reads as ±Infinity), outside strings only. */
export function replaceNonFiniteTokens(text: string): string {
  let out = '';
  let last = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) {
      inString = true;
    } else if (c === 0x4e && text.startsWith('NaN', i)) {
      out += `${text.slice(last, i)}null`;
      i += 2;
      last = i + 1;
    } else if (c === 0x49 && text.startsWith('Infinity', i)) {
      out += `${text.slice(last, i)}1e999`;
      i += 7;
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** The body as a JSON object, or a 400 saying what it is instead. */
export function parseJsonObject(bytes: Buffer, what: string): Record<string, unknown> {
  const value = parseJsonBody(bytes);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RequestError(`${what} must be a JSON object, not ${Array.isArray(value) ? 'a list' : JSON.stringify(value)}.`);
  }
  return value as Record<string, unknown>;
}
