/**
 * The simulator's state: every object by id, in creation order, plus the workspace-wide things the API
 * keeps (the single company scroll, stored attachment bytes, would-be customer notifications).
 * Tests read it directly to check what a connector wrote, field by field.
 */
import type {
  AdminRecord,
  AppRecord,
  ArticleRecord,
  CollectionRecord,
  CompanyRecord,
  ContactRecord,
  ConversationAttributeRecord,
  ConversationRecord,
  DataAttributeRecord,
  HelpCenterRecord,
  NotificationRecord,
  StoredFile,
  TagRecord,
  TeamRecord,
  TicketRecord,
  TicketStateRecord,
  TicketTypeRecord,
} from './records.js';

export interface ScrollState {
  param: string;
  /** Company ids in scroll order, fixed when the scroll opened. */
  ids: string[];
  position: number;
  lastUsedMs: number;
}

export interface StoreOptions {
  /** Unix seconds for created_at/updated_at; default the wall clock. */
  now?: () => number;
}

export class IntercomStore {
  app: AppRecord;
  /** The admin the access token belongs to (`GET /me`). */
  meId: string | null = null;
  /** Set by the server once it listens, for absolute attachment URLs. */
  baseUrl = '';

  readonly admins = new Map<string, AdminRecord>();
  readonly teams = new Map<string, TeamRecord>();
  readonly tags = new Map<string, TagRecord>();
  readonly dataAttributes = new Map<number, DataAttributeRecord>();
  readonly conversationAttributes = new Map<number, ConversationAttributeRecord>();
  readonly companies = new Map<string, CompanyRecord>();
  readonly contacts = new Map<string, ContactRecord>();
  readonly conversations = new Map<string, ConversationRecord>();
  readonly ticketStates = new Map<string, TicketStateRecord>();
  readonly ticketTypes = new Map<string, TicketTypeRecord>();
  readonly tickets = new Map<string, TicketRecord>();
  readonly helpCenters = new Map<string, HelpCenterRecord>();
  readonly collections = new Map<string, CollectionRecord>();
  readonly articles = new Map<string, ArticleRecord>();
  readonly files = new Map<string, StoredFile>();
  readonly notifications: NotificationRecord[] = [];
  scroll: ScrollState | null = null;

  private readonly clock: () => number;
  private counters = new Map<string, number>();

  constructor(options: StoreOptions = {}) {
    this.clock = options.now ?? (() => Math.floor(Date.now() / 1000));
    this.app = {
      id_code: 'simapp01',
      name: 'Simulated Workspace',
      region: 'US',
      timezone: 'UTC',
      created_at: 1_600_000_000,
    };
  }

  /** Current time in Unix seconds. */
  now(): number {
    return this.clock();
  }

  /** Numeric string ids, per kind, from a kind-specific base so ids of different kinds never collide. */
  nextNumericId(kind: string, base: number): string {
    const next = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, next);
    return String(base + next);
  }

  /** 24-hex ids like Intercom's contact and company ids. */
  nextHexId(kind: 'contact' | 'company'): string {
    const prefix = kind === 'contact' ? '6762f0' : '6762c0';
    for (;;) {
      const next = (this.counters.get(kind) ?? 0) + 1;
      this.counters.set(kind, next);
      const id = prefix + next.toString(16).padStart(18, '0');
      if (!this.contacts.has(id) && !this.companies.has(id)) return id;
    }
  }

  /** Makes sure generated ids stay above an explicit id given by a seed. */
  reserveNumericId(kind: string, base: number, id: string): void {
    if (!/^\d+$/.test(id)) return;
    const n = Number(id) - base;
    if (n > (this.counters.get(kind) ?? 0)) this.counters.set(kind, n);
  }

  findTagByName(name: string): TagRecord | undefined {
    const wanted = name.trim().toLowerCase();
    for (const tag of this.tags.values()) if (tag.name.toLowerCase() === wanted) return tag;
    return undefined;
  }

  findCompanyByCompanyId(companyId: string): CompanyRecord | undefined {
    for (const company of this.companies.values()) if (company.company_id === companyId) return company;
    return undefined;
  }

  findContactByExternalId(externalId: string): ContactRecord | undefined {
    for (const contact of this.contacts.values()) {
      if (contact.merged_into === null && contact.external_id === externalId) return contact;
    }
    return undefined;
  }

  findContactByEmail(email: string, role?: 'user' | 'lead'): ContactRecord | undefined {
    const wanted = email.toLowerCase();
    for (const contact of this.contacts.values()) {
      if (contact.merged_into !== null || (role && contact.role !== role)) continue;
      if (contact.email?.toLowerCase() === wanted) return contact;
    }
    return undefined;
  }

  defaultHelpCenter(): HelpCenterRecord | undefined {
    for (const hc of this.helpCenters.values()) if (hc.default) return hc;
    return this.helpCenters.values().next().value;
  }

  /** Number of contacts attached to a company; companies with none are invisible in lists. */
  userCount(companyId: string): number {
    let n = 0;
    for (const contact of this.contacts.values()) {
      if (contact.merged_into === null && contact.company_ids.includes(companyId)) n++;
    }
    return n;
  }
}
