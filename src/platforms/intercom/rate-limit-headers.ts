/** Intercom reports its budget in `X-RateLimit-Limit` / `-Remaining` / `-Reset` (unix seconds). */
import type { RateLimitHeaderFamily } from '../../http/index.js';

export const INTERCOM_RATE_LIMIT_HEADERS: readonly RateLimitHeaderFamily[] = [{ limit: ['x-ratelimit-limit'], remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset' }];
