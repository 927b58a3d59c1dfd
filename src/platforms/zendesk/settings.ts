/**
 * What the Zendesk source and target need from a `platform: zendesk` connection, resolved once:
 * one base URL, one Authorization header, budgets and Help Center defaults. `Tuning` holds knobs that
 * only tests change (small windows, quick job polls); production uses the defaults.
 */
import type { HttpClientOptions } from '../../http/index.js';

export interface ZendeskSettings {
  /** https://{subdomain}.zendesk.com, or the connection's base_url. No trailing slash. */
  baseUrl: string;
  /** Authorization header value: Basic for an API token, Bearer for an OAuth token. */
  authorization: string;
  /** Credentials, so that no message ever shows them. */
  secrets: string[];
  /** The account's API limit per minute (plan dependent); shared by Support and, separately, Help Center. */
  requestsPerMinute: number;
  budgetShare: number;
  helpCenterBudgetShare: number;
  archiveImmediately: boolean;
  brandId?: number;
  /** Guide permission group of created articles; undefined = the account's first one. */
  permissionGroupId?: number;
  /** User segment of created articles; null = everyone. */
  userSegmentId: number | null;
  /** Help Center locale for records whose locale is not enabled; undefined = the Help Center default. */
  locale?: string;
}

export interface Tuning {
  /** Length of a rate-limit window (Zendesk: one minute). */
  intervalMs: number;
  /** Incremental exports allowed per window (Zendesk: 10 per minute). */
  incrementalPerWindow: number;
  /** First wait before a job status poll (soon: small jobs finish in a moment); later ones follow the job's progress up to `maxPollIntervalMs`. */
  pollIntervalMs: number;
  maxPollIntervalMs: number;
  /** Give up on a job after this long and treat its outcome as unknown (jobs expire after an hour). */
  maxJobWaitMs: number;
  /** Upload tokens live 60 minutes; older ones are replaced before a ticket import uses them. */
  uploadTokenMaxAgeMs: number;
  /** Requests of one batch run this many at a time (comment lists, uploads). */
  concurrency: number;
  /** An account with at most this many users is read once for the shared-email rule instead of searched per contact (see user-emails.ts); 0 always searches. */
  emailScanMaxUsers: number;
  http: Pick<HttpClientOptions, 'baseDelayMs' | 'maxDelayMs' | 'timeoutMs' | 'deadlineMs' | 'signal' | 'maxAttempts' | 'fetch'>;
}

export const DEFAULT_TUNING: Tuning = {
  intervalMs: 60_000,
  incrementalPerWindow: 10,
  pollIntervalMs: 250,
  maxPollIntervalMs: 10_000,
  maxJobWaitMs: 45 * 60_000,
  uploadTokenMaxAgeMs: 50 * 60_000,
  concurrency: 4,
  emailScanMaxUsers: 10_000,
  http: {},
};
