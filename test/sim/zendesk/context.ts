/**
 * Options of the Zendesk simulator and the context every route handler receives.
 */
import type { FaultOptions } from '../common/sim-server.js';
import type { ZendeskStore } from './store.js';
import type { RateLimiter } from './rate-limit.js';

/**
 * Zendesk plans and their account-wide API limit per minute (research §1.2, from Zendesk's "Rate
 * limits" page): Support and Help Center each get this budget, in separate buckets.
 */
export const PLAN_LIMITS = {
  suite_team: 200,
  suite_growth: 400,
  suite_professional: 400,
  suite_enterprise: 700,
  suite_enterprise_plus: 2500,
  support_team: 200,
  support_professional: 400,
  support_enterprise: 700,
} as const;
export type ZendeskPlan = keyof typeof PLAN_LIMITS;

/**
 * Request budgets. Defaults are the real ones for `plan` (Suite Professional unless set): the plan's
 * limit per minute for Support and for the Help Center, 10 incremental exports a minute (30 with the
 * High Volume add-on, which also raises the plan limit to 2500), and 30 updates per ticket per ten
 * minutes. A test that needs speed overrides them explicitly.
 */
export interface RateLimitOptions {
  /** Default `suite_professional`. */
  plan?: ZendeskPlan;
  /** The High Volume API add-on: 2500 a minute (not plus) and 30 incremental exports a minute. Default false. */
  highVolume?: boolean;
  /** Support API requests per window. Default the plan's limit. */
  supportPerMinute?: number;
  /** Help Center API requests per window; its own bucket (research §1.2). Default the plan's limit. */
  helpCenterPerMinute?: number;
  /** Incremental export requests per window. Default 10 (30 with High Volume). */
  incrementalPerMinute?: number;
  /** Window length. Zendesk's is a minute; tests use a few hundred ms. Default 60,000. */
  windowMs?: number;
  /** Updates (`PUT /api/v2/tickets/{id}`) allowed per ticket per `ticketUpdateWindowMs`. Default 30. */
  ticketUpdates?: number;
  /** Default ten minutes. */
  ticketUpdateWindowMs?: number;
  /**
   * Another integration on the same account: it draws this share of every Support and Help Center
   * window, evenly over the window (so the headers show it as it happens). Default 0: nobody else.
   */
  backgroundShare?: number;
}

/** Every budget relaxed, for tests that exercise something other than pacing (say why where used). */
export const UNLIMITED: RateLimitOptions = {
  supportPerMinute: 1_000_000,
  helpCenterPerMinute: 1_000_000,
  incrementalPerMinute: 1_000_000,
  ticketUpdates: 1_000_000,
};

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

/** What the simulator does with a value the real service's documentation says nothing about. */
export type SimPolicy = 'reject' | 'accept' | 'drop';

/**
 * Behaviours Zendesk's documentation is silent on, each `reject` (422 for the whole record, the
 * stricter choice and the default: it surfaces mapping bugs), `accept` (stored and shown as given) or
 * `drop` (the record is written, the value is not kept: the answer does not say so). A suite runs its
 * round trips under each (docs/platforms/zendesk.md, "Assumed behaviours").
 */
export interface ZendeskSimPolicies {
  /** A `user_fields` / `organization_fields` key with no user or organization field defined. */
  unknownUserField: SimPolicy;
  /** A ticket `custom_fields` entry whose id is no ticket field. */
  unknownTicketField: SimPolicy;
  /** A comment naming an unknown, expired or used upload token (`accept`: attaches what the token held, if anything). See uploads.ts. */
  invalidUploadToken: SimPolicy;
}

export interface ZendeskSimOptions {
  /** Undocumented behaviours (see ZendeskSimPolicies); each defaults to `reject`. */
  policies?: Partial<ZendeskSimPolicies>;
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
  /**
   * Check every request against specs/zendesk (test/contract/request-checks.ts); `close()` then
   * throws if one did not validate. Default true; off only for tests that send invalid requests on purpose.
   */
  checkRequests?: boolean;
}

export interface ResolvedOptions {
  email: string;
  apiToken: string;
  oauthToken: string;
  bulkUserImport: boolean;
  uploadTokenTtlMs: number;
  guideEnterprise: boolean;
  policies: ZendeskSimPolicies;
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
    policies: { unknownUserField: options.policies?.unknownUserField ?? 'reject', unknownTicketField: options.policies?.unknownTicketField ?? 'reject', invalidUploadToken: options.policies?.invalidUploadToken ?? 'reject' },
    jobs: {
      pollsBeforeComplete: options.jobs?.pollsBeforeComplete ?? 1,
      completeAfterMs: options.jobs?.completeAfterMs,
      maxConcurrent: options.jobs?.maxConcurrent ?? 30,
      ttlMs: options.jobs?.ttlMs ?? 60 * 60 * 1000,
      failureShape: options.jobs?.failureShape ?? 'success-false',
    },
  };
}
