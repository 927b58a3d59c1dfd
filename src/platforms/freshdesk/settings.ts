/**
 * What the Freshdesk source and target need from a `platform: freshdesk` connection, resolved once.
 * Freshdesk's budget is per minute and account-wide, with sub-limits for some endpoints (research
 * §2.2): a ticket create draws on both the account budget and the Ticket Create sub-limit. `Tuning`
 * holds knobs that only tests change; production uses the defaults.
 */
import type { HttpClientOptions } from '../../http/index.js';

export type Plan = 'trial' | 'growth' | 'pro' | 'enterprise' | '1000' | '2000';

export interface Budgets {
  /** Calls per minute for the whole account. */
  total: number;
  ticketCreate: number;
  ticketUpdate: number;
  ticketsList: number;
  contactsList: number;
}

/**
 * Per-minute limits by plan [FD-rl]; `1000` and `2000` are the purchasable add-ons. Trial accounts
 * get 50 calls a minute and Freshdesk names no sub-limits for them: the account budget bounds all.
 */
export const PLAN_BUDGETS: Record<Plan, Budgets> = {
  trial: { total: 50, ticketCreate: 50, ticketUpdate: 50, ticketsList: 50, contactsList: 50 },
  growth: { total: 200, ticketCreate: 80, ticketUpdate: 80, ticketsList: 20, contactsList: 20 },
  pro: { total: 400, ticketCreate: 160, ticketUpdate: 160, ticketsList: 100, contactsList: 100 },
  enterprise: { total: 700, ticketCreate: 280, ticketUpdate: 280, ticketsList: 200, contactsList: 200 },
  '1000': { total: 1000, ticketCreate: 400, ticketUpdate: 400, ticketsList: 300, contactsList: 300 },
  '2000': { total: 2000, ticketCreate: 800, ticketUpdate: 800, ticketsList: 400, contactsList: 400 },
};

export interface OriginalDates {
  /** Put "Originally written <date> by <author>" as the first line of each note. */
  noteFirstLine: boolean;
  /** Label of the ticket's custom date field holding the source's creation date; null: none. */
  ticketField: string | null;
}

export interface FreshdeskSettings {
  /** https://{domain}.freshdesk.com, or the connection's base_url. No trailing slash. */
  baseUrl: string;
  /** `Basic base64(api_key:X)`. */
  authorization: string;
  secrets: string[];
  budgets: Budgets;
  budgetShare: number;
  originalDates: OriginalDates;
  /** Label of the ticket field that holds the source id: how written tickets are found again. */
  sourceIdField: string;
  /** Create the two helper ticket fields (source id, original date) when the account lacks them. */
  createHelperFields: boolean;
}

export interface Tuning {
  /** Length of a rate-limit window (Freshdesk: one minute). */
  intervalMs: number;
  /** Requests of one batch run this many at a time (conversation lists, downloads). */
  concurrency: number;
  /** Pages one `updated_since` query may go to before Freshdesk refuses (300 × 100 = 30,000 tickets). */
  maxPagesPerQuery: number;
  /** Bytes of all attachments of one ticket (Freshdesk: 20 MB). */
  maxTicketAttachmentBytes: number;
  /** The account's first ticket id (Freshdesk numbers tickets from 1): where the archived pass starts. */
  firstTicketId: number;
  /** How far back a lookup after a lost answer reads the ticket list (clock skew and indexing). */
  lookupSlackMs: number;
  http: Pick<HttpClientOptions, 'baseDelayMs' | 'maxDelayMs' | 'timeoutMs' | 'maxAttempts' | 'fetch' | 'signal'>;
}

export const DEFAULT_TUNING: Tuning = {
  intervalMs: 60_000,
  concurrency: 4,
  maxPagesPerQuery: 300,
  maxTicketAttachmentBytes: 20 * 1024 * 1024,
  firstTicketId: 1,
  lookupSlackMs: 5 * 60_000,
  http: {},
};
