/**
 * Options of the Zendesk simulator and the context every route handler receives.
 */
import type { FaultOptions } from '../common/sim-server.js';
import type { ZendeskStore } from './store.js';
import type { RateLimiter } from './rate-limit.js';

export interface RateLimitOptions {
  /** Support API requests per window. Zendesk plans: 200–2500 per minute. Default 1,000,000. */
  supportPerMinute?: number;
  /** Help Center API requests per window; its own bucket (research §1.2). Default 1,000,000. */
  helpCenterPerMinute?: number;
  /** Incremental export requests per window. Zendesk allows 10/min; default 1,000,000 so tests opt in. */
  incrementalPerMinute?: number;
  /** Window length. Zendesk's is a minute; tests use a few hundred ms. Default 60,000. */
  windowMs?: number;
}

export interface JobOptions {
  /** Polls of a job answered "queued"/"working" before one answers "completed". Default 1. */
  pollsBeforeComplete?: number;
  /** Also complete a job in the background this long after it was queued. Default: only polls finish jobs. */
  completeAfterMs?: number;
  /** Queued-or-working jobs allowed at once; one more is refused with 429. Default 30 (research §1.2). */
  maxConcurrent?: number;
  /** Jobs disappear (404) this long after they were queued. Default one hour. */
  ttlMs?: number;
  /** How a failed job item looks. Default `success-false`, the documented shape. */
  failureShape?: JobFailureShape;
}

/**
 * The shapes a failed job item takes: `success-false` `{index, error, details, success: false}` (docs);
 * `status-failed` `{index, id, error, details, status: "Failed"}` (field reports: a numeric id and no
 * `success`); `error-only` `{index, error, details}`.
 */
export type JobFailureShape = 'success-false' | 'status-failed' | 'error-only';

/** Zendesk-specific faults on top of the common server's. */
export interface ZendeskFaults extends FaultOptions {
  /**
   * Every `every` requests (counted by the Zendesk handler), the next `length` get 503 with
   * `Retry-After: retryAfterSeconds` — the maintenance answer node-zendesk#126 describes.
   */
  unavailable503?: { every: number; length: number; retryAfterSeconds: number };
}

export interface ZendeskSimOptions {
  /** Accepted basic auth is `{email}/token:{apiToken}`. Default `admin@example.com`. */
  email?: string;
  /** Default `sim-api-token`. */
  apiToken?: string;
  /** Accepted `Authorization: Bearer` token. Default `sim-oauth-token`. */
  oauthToken?: string;
  rateLimit?: RateLimitOptions;
  /** Users create_many / create_or_update_many are off unless Zendesk enabled them: 403. Default false. */
  bulkUserImport?: boolean;
  /** How long an upload token can be consumed. Default 60 minutes. */
  uploadTokenTtlMs?: number;
  jobs?: JobOptions;
  /** Section nesting (`parent_section_id`) needs Guide Enterprise. Default true. */
  guideEnterprise?: boolean;
  faults?: ZendeskFaults;
  /** Clock in ms since the epoch; default Date.now. Drives timestamps, windows, TTLs, incremental cut-offs. */
  clock?: () => number;
  /** Fixed port; default a random free one. */
  port?: number;
}

export interface ResolvedOptions {
  email: string;
  apiToken: string;
  oauthToken: string;
  bulkUserImport: boolean;
  uploadTokenTtlMs: number;
  guideEnterprise: boolean;
  jobs: Required<Omit<JobOptions, 'completeAfterMs'>> & { completeAfterMs: number | undefined };
}

export interface SimContext {
  store: ZendeskStore;
  options: ResolvedOptions;
  rateLimiter: RateLimiter;
  /** Base URL of the running simulator, for `url`, `links.next`, `content_url`. */
  baseUrl(): string;
  now(): number;
}

export function resolveOptions(options: ZendeskSimOptions): ResolvedOptions {
  return {
    email: options.email ?? 'admin@example.com',
    apiToken: options.apiToken ?? 'sim-api-token',
    oauthToken: options.oauthToken ?? 'sim-oauth-token',
    bulkUserImport: options.bulkUserImport ?? false,
    uploadTokenTtlMs: options.uploadTokenTtlMs ?? 60 * 60 * 1000,
    guideEnterprise: options.guideEnterprise ?? true,
    jobs: {
      pollsBeforeComplete: options.jobs?.pollsBeforeComplete ?? 1,
      completeAfterMs: options.jobs?.completeAfterMs,
      maxConcurrent: options.jobs?.maxConcurrent ?? 30,
      ttlMs: options.jobs?.ttlMs ?? 60 * 60 * 1000,
      failureShape: options.jobs?.failureShape ?? 'success-false',
    },
  };
}
