/**
 * The HTTP side of a Zendesk connection: one HttpClient per API budget. Support and Help Center have
 * separate per-minute budgets (research §1.2), so each has its own RateLimiter; incremental exports
 * also draw on a 10-per-minute limit of their own. Attachment downloads are not API calls and get a
 * client of their own, which sends credentials only to the account's own origin (never to the
 * third-party hosts that serve some attachments).
 */
import { HttpClient, RateLimiter, type QueryValue } from '../../http/index.js';
import { parseZendeskError } from './error-envelope.js';
import { zendeskAccessError } from './failures.js';
import { ZENDESK_RATE_LIMIT_HEADERS } from './rate-limit-headers.js';
import type { Tuning, ZendeskSettings } from './settings.js';

export type Api = 'support' | 'help_center';

export class ZendeskClient {
  readonly support: HttpClient;
  readonly helpCenter: HttpClient;
  private readonly downloads: HttpClient;
  /** Attachment hosts that failed for good: not tried again in this run. */
  private readonly incrementalLimiter: RateLimiter;

  constructor(
    readonly settings: ZendeskSettings,
    readonly tuning: Tuning,
  ) {
    const common = {
      baseUrl: settings.baseUrl,
      headers: { authorization: settings.authorization },
      secrets: settings.secrets,
      accessError: zendeskAccessError,
      parseError: parseZendeskError,
      ...tuning.http,
    };
    const limiter = (name: string, share: number) =>
      new RateLimiter({ name, limit: settings.requestsPerMinute, intervalMs: tuning.intervalMs, share, headers: ZENDESK_RATE_LIMIT_HEADERS });
    this.support = new HttpClient({ ...common, limiter: limiter('zendesk-support', settings.budgetShare) });
    this.helpCenter = new HttpClient({ ...common, limiter: limiter('zendesk-help-center', settings.helpCenterBudgetShare) });
    this.downloads = new HttpClient({ ...common, limiter: new RateLimiter({ name: 'zendesk-downloads', limit: 10_000, intervalMs: tuning.intervalMs, reserve: 0 }) });
    this.incrementalLimiter = new RateLimiter({ name: 'zendesk-incremental', limit: tuning.incrementalPerWindow, intervalMs: tuning.intervalMs });
  }

  api(api: Api): HttpClient {
    return api === 'support' ? this.support : this.helpCenter;
  }

  /** API requests sent so far, retries included. */
  get calls(): number {
    return this.support.calls + this.helpCenter.calls;
  }

  /** An incremental export request: paced by its own limit, then by the Support budget. */
  incremental<T>(path: string, query: Record<string, QueryValue>): Promise<T> {
    return this.incrementalLimiter.schedule(() => this.support.get<T>(path, query));
  }

  /** The bytes at an attachment URL; credentials go only to the account's own origin. */
  async download(url: string): Promise<Uint8Array> {
    return (await this.downloads.request<Uint8Array>('GET', url, { expect: 'bytes' })).body;
  }
}
