import { RequestError } from '../request-error.js';
import { openInferenceProtocol } from './open-inference.js';
import type { Protocol, Route } from './protocol.js';
import { recordsProtocol } from './records.js';
import { tfServingProtocol } from './tf-serving.js';

export type { InferRoute, InferenceRequest, InfoRoute, Protocol, RequestBody, Route, ServiceView } from './protocol.js';

/** Every protocol the service speaks; a new one is a file beside these and a line here. */
export const PROTOCOLS: readonly Protocol[] = [openInferenceProtocol, tfServingProtocol, recordsProtocol];

export interface RouteMatch {
  route: Route;
  protocol: Protocol;
  /** The `{name}` and `{version}` segments, decoded. */
  name?: string;
  version?: string;
}

/** A path that exists for other methods: the answer is 405 with `Allow`. */
export interface MethodMismatch {
  allow: string[];
}

interface CompiledRoute {
  route: Route;
  protocol: Protocol;
  pattern: RegExp;
  slots: ('name' | 'version')[];
}

function compile(protocol: Protocol, route: Route): CompiledRoute {
  const slots: ('name' | 'version')[] = [];
  const source = route.template
    .split(/(\{name\}|\{version\})/)
    .map((part) => {
      if (part === '{name}' || part === '{version}') {
        slots.push(part === '{name}' ? 'name' : 'version');
        return '([^/:]+)';
      }
      return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { route, protocol, pattern: new RegExp(`^${source}/?$`), slots };
}

/** Finds the route for a method and path; undefined when no protocol has the path at all. */
export function createRouter(protocols: readonly Protocol[] = PROTOCOLS) {
  const compiled = protocols.flatMap((protocol) => protocol.routes.map((route) => compile(protocol, route)));
  return (method: string, path: string): RouteMatch | MethodMismatch | undefined => {
    let allow: string[] | undefined;
    for (const entry of compiled) {
      const match = entry.pattern.exec(path);
      if (!match) continue;
      if (entry.route.method !== method) {
        (allow ??= []).push(entry.route.method);
        continue;
      }
      const result: RouteMatch = { route: entry.route, protocol: entry.protocol };
      entry.slots.forEach((slot, i) => {
        try {
          result[slot] = decodeURIComponent(match[i + 1]);
        } catch {
          throw new RequestError(`the ${slot} in the path is not valid percent-encoding.`);
        }
      });
      return result;
    }
    return allow ? { allow: [...new Set(allow)] } : undefined;
  };
}

/** Every route, for the 404 message and the README. */
export function routeList(protocols: readonly Protocol[] = PROTOCOLS): string[] {
  return protocols.flatMap((protocol) => protocol.routes.map((route) => `${route.method} ${route.template}`));
}
