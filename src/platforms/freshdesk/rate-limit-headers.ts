/** Freshdesk reports its per-minute budget in `X-Ratelimit-Total` / `-Remaining`, with no reset. */
import type { RateLimitHeaderFamily } from '../../http/index.js';

export const FRESHDESK_RATE_LIMIT_HEADERS: readonly RateLimitHeaderFamily[] = [{ limit: ['x-ratelimit-total'], remaining: 'x-ratelimit-remaining' }];
