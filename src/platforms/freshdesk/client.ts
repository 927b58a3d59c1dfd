/**
 * The HTTP side of a Freshdesk connection: one HttpClient on the account's per-minute budget, and a
 * limiter per endpoint sub-limit (ticket create, ticket update, tickets list, contacts list) that a
 * request of that kind passes first. Attachment downloads come from a CDN, are no API calls and get
 * a client of their own that never sends the API key off the account's origin.
 */
import { HttpClient, RateLimiter, type QueryValue, type RequestOptions } from '../../http/index.js';
import { parseFreshdeskError } from './error-envelope.js';
import { freshdeskAccessError } from './failures.js';
import { FRESHDESK_RATE_LIMIT_HEADERS } from './rate-limit-headers.js';
import type { Budgets, FreshdeskSettings, Tuning } from './settings.js';

export type SubLimit = keyof Omit<Budgets, 'total'>;

export class FreshdeskClient {
  readonly http: HttpClient;
  private readonly downloads: HttpClient;
  private readonly subLimits: Record<SubLimit, RateLimiter>;

  constructor(
    readonly settings: FreshdeskSettings,
    readonly tuning: Tuning,
  ) {
    const common = {
      baseUrl: settings.baseUrl,
      headers: { authorization: settings.authorization },
      secrets: settings.secrets,
      accessError: freshdeskAccessError,
      parseError: parseFreshdeskError,
      ...tuning.http,
    };
    const limiter = (name: string, limit: number) => new RateLimiter({ name, limit, intervalMs: tuning.intervalMs, share: settings.budgetShare, headers: FRESHDESK_RATE_LIMIT_HEADERS });
    this.http = new HttpClient({ ...common, limiter: limiter('freshdesk', settings.budgets.total) });
    this.downloads = new HttpClient({ ...common, limiter: new RateLimiter({ name: 'freshdesk-downloads', limit: 10_000, intervalMs: tuning.intervalMs, reserve: 0 }) });
    const { budgets } = settings;
    this.subLimits = {
      ticketCreate: limiter('freshdesk-ticket-create', budgets.ticketCreate),
      ticketUpdate: limiter('freshdesk-ticket-update', budgets.ticketUpdate),
      ticketsList: limiter('freshdesk-tickets-list', budgets.ticketsList),
      contactsList: limiter('freshdesk-contacts-list', budgets.contactsList),
    };
  }

  /** API requests sent so far, retries included. */
  get calls(): number {
    return this.http.calls;
  }

  get<T>(path: string, query?: Record<string, QueryValue>, subLimit?: SubLimit): Promise<T> {
    return this.within(subLimit, () => this.http.get<T>(path, query));
  }

  request<T>(method: string, path: string, options: RequestOptions, subLimit?: SubLimit): Promise<T> {
    return this.within(subLimit, async () => (await this.http.request<T>(method, path, options)).body);
  }

  /** A GET that also returns the headers (the `Link` header of list pages). */
  async page<T>(path: string, query: Record<string, QueryValue>, subLimit?: SubLimit): Promise<{ body: T; next: boolean }> {
    const response = await this.within(subLimit, () => this.http.request<T>('GET', path, { query }));
    return { body: response.body, next: /rel="?next"?/.test(response.headers.get('link') ?? '') };
  }

  /** The bytes at an attachment URL; the API key goes only to the account's own origin. */
  async download(url: string): Promise<Uint8Array> {
    return (await this.downloads.request<Uint8Array>('GET', url, { expect: 'bytes' })).body;
  }

  private within<T>(subLimit: SubLimit | undefined, run: () => Promise<T>): Promise<T> {
    return subLimit ? this.subLimits[subLimit].schedule(run) : run();
  }
}
