/** Everything the Freshdesk simulator holds, by record kind. Read it in tests to compare what was written. */
import { IdCounter } from '../common/id-counter.js';
import type {
  AgentRecord,
  ArticleRecord,
  AttachmentRecord,
  CategoryRecord,
  CompanyRecord,
  ContactRecord,
  FolderRecord,
  GroupRecord,
  SentEmail,
  TicketFieldRecord,
  TicketRecord,
} from './types.js';

export class FreshdeskStore {
  readonly tickets = new Map<number, TicketRecord>();
  readonly contacts = new Map<number, ContactRecord>();
  readonly agents = new Map<number, AgentRecord>();
  readonly companies = new Map<number, CompanyRecord>();
  readonly groups = new Map<number, GroupRecord>();
  readonly ticketFields = new Map<number, TicketFieldRecord>();
  /** Contact and company field definitions (same shape as ticket fields). */
  readonly contactFields = new Map<number, TicketFieldRecord>();
  readonly companyFields = new Map<number, TicketFieldRecord>();
  /** Ticket statuses: id → [agent label, customer label]. 2–5 built in; custom ones above 5. */
  readonly statuses = new Map<number, [string, string]>();
  readonly categories = new Map<number, CategoryRecord>();
  readonly folders = new Map<number, FolderRecord>();
  readonly articles = new Map<number, ArticleRecord>();
  readonly attachments = new Map<number, AttachmentRecord>();
  readonly sentEmails: SentEmail[] = [];
  /** The agent the API key belongs to. */
  currentAgentId = 0;
  /** Bumped on every ticket write, so list indexes know when to rebuild. */
  ticketVersion = 0;
  private readonly ids = new IdCounter(100_001);
  private readonly ticketIds = new IdCounter(1);

  /** A fresh id for any record but tickets (Freshdesk ids are large and unrelated across kinds). */
  id(): number {
    return this.ids.next();
  }

  /** Ticket ids are the small display numbers (#1, #2, ...). */
  ticketId(): number {
    return this.ticketIds.next();
  }

  /** Keeps allocators above ids a seed chose explicitly. */
  reserve(id: number, kind: 'ticket' | 'other'): void {
    (kind === 'ticket' ? this.ticketIds : this.ids).reserve(id);
  }

  /** A user (contact or agent) by id. */
  user(id: number): { kind: 'agent'; record: AgentRecord } | { kind: 'contact'; record: ContactRecord } | undefined {
    const agent = this.agents.get(id);
    if (agent) return { kind: 'agent', record: agent };
    const contact = this.contacts.get(id);
    return contact ? { kind: 'contact', record: contact } : undefined;
  }

  customTicketFields(): TicketFieldRecord[] {
    return [...this.ticketFields.values()].filter((f) => !f.default);
  }

  ticketField(name: string): TicketFieldRecord | undefined {
    for (const field of this.ticketFields.values()) if (field.name === name) return field;
    return undefined;
  }
}
