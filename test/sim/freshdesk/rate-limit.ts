/**
 * Freshdesk's per-minute, account-wide budgets (research §2.2): one account budget and four
 * endpoint sub-limits (Tickets List, Contacts List, Ticket Create, Ticket Update) that count against
 * the account budget too. Invalid requests count. A request's cost is 1, plus 2 per `include` on the
 * ticket list and 1 per `include` on the ticket view (`include=conversations` costs 2 calls).
 * Windows are fixed and aligned to the clock; tests shrink them instead of waiting minutes.
 *
 * Headers on every answer: `X-Ratelimit-Total`, `X-Ratelimit-Remaining` (account budget after this
 * call) and `X-Ratelimit-Used-CurrentRequest`. Over any budget: 429 with `Retry-After` in whole
 * seconds to the window's end (at least 1); a refused call uses nothing.
 */
import type { SimResponse } from '../common/sim-server.js';
import { PLAN_LIMITS, type Plan, type RateLimitOptions } from './options.js';
import { simpleError } from './http.js';

export type SubLimit = 'ticketsList' | 'contactsList' | 'ticketCreate' | 'ticketUpdate';
type Bucket = 'perMinute' | SubLimit;

export interface Charge {
  allowed: boolean;
  headers: Record<string, string>;
}

export class RateLimiter {
  private limits: Record<Bucket, number>;
  private windowMs = 60_000;
  private window = -1;
  private readonly used = new Map<Bucket, number>();

  constructor(
    plan: Plan,
    options: RateLimitOptions | undefined,
    private readonly now: () => number,
  ) {
    this.limits = { ...PLAN_LIMITS[plan] };
    this.configure(options ?? {});
  }

  configure(options: RateLimitOptions): void {
    for (const bucket of ['perMinute', 'ticketsList', 'contactsList', 'ticketCreate', 'ticketUpdate'] as const) {
      const value = options[bucket];
      if (value !== undefined) this.limits[bucket] = value;
    }
    if (options.windowMs !== undefined) this.windowMs = options.windowMs;
    this.used.clear();
  }

  charge(method: string, path: string, query: URLSearchParams): Charge {
    const time = this.now();
    const window = Math.floor(time / this.windowMs);
    if (window !== this.window) {
      this.window = window;
      this.used.clear();
    }
    const cost = costOf(method, path, query);
    const sub = subLimitOf(method, path);
    const buckets: Bucket[] = sub ? ['perMinute', sub] : ['perMinute'];
    const total = this.limits.perMinute;
    const over = buckets.some((b) => (this.used.get(b) ?? 0) + cost > this.limits[b]);
    if (over) {
      const retryAfter = Math.max(1, Math.ceil(((window + 1) * this.windowMs - time) / 1000));
      return {
        allowed: false,
        headers: {
          'x-ratelimit-total': String(total),
          'x-ratelimit-remaining': String(Math.max(0, total - (this.used.get('perMinute') ?? 0))),
          'x-ratelimit-used-currentrequest': '0',
          'retry-after': String(retryAfter),
        },
      };
    }
    for (const b of buckets) this.used.set(b, (this.used.get(b) ?? 0) + cost);
    return {
      allowed: true,
      headers: {
        'x-ratelimit-total': String(total),
        'x-ratelimit-remaining': String(Math.max(0, total - (this.used.get('perMinute') ?? 0))),
        'x-ratelimit-used-currentrequest': String(cost),
      },
    };
  }
}

export function tooManyRequests(headers: Record<string, string>): SimResponse {
  return { ...simpleError(429, 'too_many_requests', 'You have exceeded the limit of requests per minute'), headers };
}

function subLimitOf(method: string, path: string): SubLimit | undefined {
  const p = path.replace(/\/$/, '');
  if (p === '/api/v2/tickets') return method === 'GET' ? 'ticketsList' : method === 'POST' ? 'ticketCreate' : undefined;
  if (method === 'GET' && p === '/api/v2/contacts') return 'contactsList';
  if (method === 'PUT' && /^\/api\/v2\/tickets\/\d+$/.test(p)) return 'ticketUpdate';
  return undefined;
}

function costOf(method: string, path: string, query: URLSearchParams): number {
  if (method !== 'GET') return 1;
  const includes = (query.get('include') ?? '').split(',').filter((s) => s.trim() !== '').length;
  const p = path.replace(/\/$/, '');
  if (p === '/api/v2/tickets') return 1 + 2 * includes;
  if (/^\/api\/v2\/tickets\/\d+$/.test(p)) return 1 + includes;
  return 1;
}
