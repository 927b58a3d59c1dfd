/**
 * Zendesk reports its budget in two families, sometimes both at once: `X-Rate-Limit` /
 * `X-Rate-Limit-Remaining` (no reset) and `ratelimit-limit` / `-remaining` / `-reset` (seconds from now).
 */
import type { RateLimitHeaderFamily } from '../../http/index.js';

export const ZENDESK_RATE_LIMIT_HEADERS: readonly RateLimitHeaderFamily[] = [
  { limit: ['x-rate-limit'], remaining: 'x-rate-limit-remaining' },
  { limit: ['ratelimit-limit'], remaining: 'ratelimit-remaining', reset: 'ratelimit-reset' },
];
