/**
 * Canonical records: the one shape every platform reads into and writes from. Ids are the source
 * platform's ids as strings; references between records use those ids and are resolved to target
 * ids through the ledger. Dates are ISO-8601 strings in UTC. Bodies are HTML.
 */
import type { EntityName } from './entities.js';

export type Iso8601 = string;

/** Custom attribute values keyed by the source platform's attribute key. */
export type CustomValues = Record<string, string | number | boolean | null | string[]>;

export interface Agent {
  id: string;
  email: string;
  name: string;
  role?: 'agent' | 'admin';
  active?: boolean;
}

export interface Team {
  id: string;
  name: string;
  description?: string;
  memberIds: string[];
}

export type FieldType = 'string' | 'text' | 'number' | 'decimal' | 'boolean' | 'date' | 'list' | 'multi_list';

/** A custom attribute definition (Intercom data attribute, Zendesk user/org/ticket field). */
export interface FieldDef {
  id: string;
  /** The entity the attribute belongs to. */
  on: 'contacts' | 'companies' | 'tickets';
  key: string;
  label: string;
  type: FieldType;
  options?: string[];
  description?: string;
}

export interface Company {
  id: string;
  name: string;
  externalId?: string;
  domains?: string[];
  plan?: string;
  notes?: string;
  createdAt: Iso8601;
  updatedAt: Iso8601;
  custom: CustomValues;
  tags: string[];
}

export interface Contact {
  id: string;
  role: 'user' | 'lead';
  name?: string;
  email?: string;
  phone?: string;
  externalId?: string;
  locale?: string;
  companyIds: string[];
  createdAt: Iso8601;
  updatedAt: Iso8601;
  custom: CustomValues;
  tags: string[];
}

export interface Tag {
  id: string;
  name: string;
}

export interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  /** Bytes, when the source says. */
  size?: number;
  /** Where the source keeps the bytes: a URL for an API, a relative path for the archive. */
  url: string;
  inline?: boolean;
}

export type AuthorType = 'contact' | 'agent' | 'bot';

export interface Comment {
  id: string;
  authorType: AuthorType;
  /** Contact or agent id, per authorType; absent for bots and deleted authors. */
  authorId?: string;
  body: string;
  public: boolean;
  createdAt: Iso8601;
  attachments: Attachment[];
}

export type TicketKind = 'conversation' | 'ticket';
export type TicketStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
export type TicketPriority = 'low' | 'normal' | 'high' | 'urgent';

/** A ticket or a conversation: one thread of comments about one request. */
export interface Ticket {
  id: string;
  kind: TicketKind;
  subject?: string;
  status: TicketStatus;
  priority?: TicketPriority;
  /** The ticket type by name (Intercom ticket type, Zendesk problem/incident/question/task). */
  type?: string;
  channel?: string;
  requesterId: string;
  assigneeId?: string;
  teamId?: string;
  companyId?: string;
  tags: string[];
  custom: CustomValues;
  createdAt: Iso8601;
  updatedAt: Iso8601;
  comments: Comment[];
  /** Set when the source returned fewer comments than the thread has (Intercom's 500-part cap). */
  truncatedFrom?: number;
}

export interface Translated {
  name: string;
  description?: string;
}

export interface KbCategory {
  id: string;
  name: string;
  description?: string;
  locale: string;
  position?: number;
  translations: Record<string, Translated>;
}

export interface KbFolder {
  id: string;
  categoryId: string;
  /** Set for a folder nested in another folder. */
  parentFolderId?: string;
  name: string;
  description?: string;
  locale: string;
  position?: number;
  translations: Record<string, Translated>;
}

export type ArticleStatus = 'published' | 'draft';

export interface Translation {
  locale: string;
  title: string;
  body: string;
  status: ArticleStatus;
}

export interface Article {
  id: string;
  /** Absent for an article that sits outside any folder. */
  folderId?: string;
  /** Set for an article placed directly in a category. */
  categoryId?: string;
  title: string;
  body: string;
  status: ArticleStatus;
  locale: string;
  authorId?: string;
  position?: number;
  tags: string[];
  createdAt: Iso8601;
  updatedAt: Iso8601;
  translations: Translation[];
  attachments: Attachment[];
}

export interface RecordOf {
  agents: Agent;
  teams: Team;
  fields: FieldDef;
  companies: Company;
  contacts: Contact;
  tags: Tag;
  tickets: Ticket;
  kb_categories: KbCategory;
  kb_folders: KbFolder;
  articles: Article;
}

export type AnyRecord = RecordOf[EntityName];
