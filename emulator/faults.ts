// Fault injection: per method and route, counted by `after` and `times`.
import type { FaultRule } from './types.js';

interface ArmedRule {
  rule: FaultRule;
  seen: number;
  applied: number;
}

export class FaultInjector {
  private rules: ArmedRule[] = [];

  inject(rule: FaultRule): void {
    this.rules.push({ rule, seen: 0, applied: 0 });
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault for this request, if a rule matches and has injections left; counts the request. */
  take(method: string, template: string | null, path: string): FaultRule | undefined {
    let chosen: FaultRule | undefined;
    for (const armed of this.rules) {
      const { rule } = armed;
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (!routeMatches(rule.route, template, path)) continue;
      armed.seen++;
      const times = rule.times ?? 1;
      if (chosen || armed.seen <= (rule.after ?? 0) || armed.applied >= times) continue;
      armed.applied++;
      chosen = rule;
    }
    return chosen;
  }
}

function routeMatches(route: FaultRule['route'], template: string | null, path: string): boolean {
  if (route === undefined) return true;
  if (route instanceof RegExp) {
    route.lastIndex = 0;
    return route.test(path);
  }
  return route === template || route === path;
}

export const SECONDARY_RATE_LIMIT_DOCS =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

export const PRIMARY_RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits';

export function secondaryRateLimitMessage(requestId: string): string {
  return `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`;
}

const STATUS_MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Validation Failed',
  429: 'Too Many Requests',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: "We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.",
};

export function defaultFaultBody(status: number): Record<string, unknown> {
  return {
    message: STATUS_MESSAGES[status] ?? `HTTP ${status}`,
    documentation_url: 'https://docs.github.com/rest',
    status: String(status),
  };
}
