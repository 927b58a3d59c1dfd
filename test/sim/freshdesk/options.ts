/**
 * Simulator options and their defaults. Defaults are the real service's (plan budgets, 30-day list
 * window, 300-page cap, 120-day archiving, 20 MB per ticket); tests relax them explicitly.
 */
import type { FaultOptions } from '../common/sim-server.js';

/** What the simulator does where Freshdesk's documentation is silent. */
export type SilentPolicy = 'reject' | 'accept' | 'drop';

export type Plan = 'trial' | 'growth' | 'pro' | 'enterprise' | '1000' | '2000';

export interface RateLimitOptions {
  perMinute?: number;
  ticketsList?: number;
  contactsList?: number;
  ticketCreate?: number;
  ticketUpdate?: number;
  /** Window length; default 60,000 (one minute). Fixed windows aligned to the clock. */
  windowMs?: number;
}

/** Per-minute budgets by plan (research §2.2). Trial: 50 for everything (sub-limits not published). */
export const PLAN_LIMITS: Record<Plan, Required<Omit<RateLimitOptions, 'windowMs'>>> = {
  trial: { perMinute: 50, ticketsList: 50, contactsList: 50, ticketCreate: 50, ticketUpdate: 50 },
  growth: { perMinute: 200, ticketsList: 20, contactsList: 20, ticketCreate: 80, ticketUpdate: 80 },
  pro: { perMinute: 400, ticketsList: 100, contactsList: 100, ticketCreate: 160, ticketUpdate: 160 },
  enterprise: { perMinute: 700, ticketsList: 200, contactsList: 200, ticketCreate: 280, ticketUpdate: 280 },
  '1000': { perMinute: 1000, ticketsList: 300, contactsList: 300, ticketCreate: 400, ticketUpdate: 400 },
  '2000': { perMinute: 2000, ticketsList: 400, contactsList: 400, ticketCreate: 800, ticketUpdate: 800 },
};

export interface Policies {
  /** A ticket-list page past the cap: 400 (reject), served (accept), or an empty page (drop). */
  pageBeyondCap: SilentPolicy;
  /** A note whose user_id is a contact: 400 (reject), authored by the contact (accept), or by the API agent (drop). */
  noteUserIsContact: SilentPolicy;
  /** A custom_date value with a time part: 400 (reject), kept as sent (accept), or cut to the date (drop). */
  customDateTime: SilentPolicy;
  /** A solution translation whose parent (folder/category) has none in that language: 400 (reject) or allowed (accept). */
  translationNeedsParent: Exclude<SilentPolicy, 'drop'>;
}

export interface FreshdeskSimOptions {
  apiKey?: string;
  plan?: Plan;
  rateLimit?: RateLimitOptions;
  /** Paid agent seats. Default 25. */
  maxAgents?: number;
  features?: { multilingual?: boolean; flexibleHierarchy?: boolean };
  languages?: { primary?: string; supported?: string[] };
  ticketList?: { defaultWindowDays?: number; maxPages?: number };
  archiveAfterDays?: number;
  maxTicketAttachmentBytes?: number;
  /** The account number that suffixes generated custom field names (`cf_issue_type_297457`). */
  accountNumber?: number;
  policies?: Partial<Policies>;
  faults?: FaultOptions;
  clock?: () => number;
  port?: number;
}

export interface ResolvedOptions {
  apiKey: string;
  plan: Plan;
  maxAgents: number;
  features: { multilingual: boolean; flexibleHierarchy: boolean };
  languages: { primary: string; supported: string[] };
  ticketList: { defaultWindowDays: number; maxPages: number };
  archiveAfterDays: number;
  maxTicketAttachmentBytes: number;
  accountNumber: number;
  policies: Policies;
}

export const DEFAULT_POLICIES: Policies = {
  pageBeyondCap: 'reject',
  noteUserIsContact: 'accept',
  customDateTime: 'reject',
  translationNeedsParent: 'reject',
};

export function resolveOptions(options: FreshdeskSimOptions): ResolvedOptions {
  return {
    apiKey: options.apiKey ?? 'sim-api-key',
    plan: options.plan ?? 'growth',
    maxAgents: options.maxAgents ?? 25,
    features: { multilingual: options.features?.multilingual ?? false, flexibleHierarchy: options.features?.flexibleHierarchy ?? false },
    languages: { primary: options.languages?.primary ?? 'en', supported: options.languages?.supported ?? [] },
    ticketList: { defaultWindowDays: options.ticketList?.defaultWindowDays ?? 30, maxPages: options.ticketList?.maxPages ?? 300 },
    archiveAfterDays: options.archiveAfterDays ?? 120,
    maxTicketAttachmentBytes: options.maxTicketAttachmentBytes ?? 20 * 1024 * 1024,
    accountNumber: options.accountNumber ?? 297457,
    policies: { ...DEFAULT_POLICIES, ...(options.policies ?? {}) },
  };
}
