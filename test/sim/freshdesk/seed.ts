/**
 * Seeding: puts an account's records into the store as they would be after years of use, with the
 * timestamps the API can never set (created_at/updated_at of tickets and conversations). Seeds are
 * trusted: nothing is validated. `bulkTickets` is any iterable, so a generator can yield tens of
 * thousands of tickets without building an array first.
 */
import type { SimContext } from './context.js';
import { newAgent } from './agents.js';
import { newCompany } from './companies.js';
import { newContact } from './contacts.js';
import { addCustomerField } from './customer-fields.js';
import { newGroup } from './groups.js';
import { generatedName, newField } from './ticket-fields.js';
import { CONVERSATION_SOURCE, type AttachmentRecord, type ConversationRecord, type CustomFieldType, type TicketRecord } from './types.js';
import { htmlToText } from './tickets.js';
import { SUPPORT_EMAIL } from './conversations.js';

export interface SeedContact {
  id?: number;
  name: string;
  email?: string;
  other_emails?: string[];
  phone?: string;
  mobile?: string;
  twitter_id?: string;
  unique_external_id?: string;
  company_id?: number;
  job_title?: string;
  language?: string;
  time_zone?: string;
  tags?: string[];
  custom_fields?: Record<string, unknown>;
  deleted?: boolean;
  created_at?: string;
  updated_at?: string;
}

export interface SeedAgent {
  id?: number;
  name: string;
  email: string;
  ticket_scope?: 1 | 2 | 3;
  occasional?: boolean;
  group_ids?: number[];
  signature?: string;
  created_at?: string;
}

export interface SeedCompany {
  id?: number;
  name: string;
  description?: string;
  domains?: string[];
  industry?: string;
  custom_fields?: Record<string, unknown>;
  created_at?: string;
  updated_at?: string;
}

export interface SeedGroup {
  id?: number;
  name: string;
  description?: string;
  agent_ids?: number[];
}

export interface SeedTicketField {
  id?: number;
  /** Default: generated from the label like `POST /admin/ticket_fields` does. */
  name?: string;
  label: string;
  type: CustomFieldType;
  choices?: string[];
  required_for_agents?: boolean;
}

export interface SeedCustomerField {
  label: string;
  type: CustomFieldType;
  choices?: string[];
}

export interface SeedStatus {
  id: number;
  label: string;
  customer_label?: string;
}

export interface SeedAttachment {
  name: string;
  content_type?: string;
  /** The bytes; or only `size` for a zero-filled file of that many bytes. */
  bytes?: Buffer | string;
  size?: number;
}

export interface SeedConversation {
  id?: number;
  body: string;
  user_id: number;
  incoming?: boolean;
  private?: boolean;
  /** Default: 0 (reply) when public and not incoming, else 2 (note). */
  source?: number;
  attachments?: SeedAttachment[];
  created_at?: string;
}

export interface SeedTicket {
  id?: number;
  subject: string;
  description?: string;
  status?: number;
  priority?: number;
  source?: number;
  type?: string | null;
  requester_id: number;
  responder_id?: number | null;
  group_id?: number | null;
  company_id?: number | null;
  tags?: string[];
  custom_fields?: Record<string, unknown>;
  cc_emails?: string[];
  spam?: boolean;
  deleted?: boolean;
  /** Archived whatever its age (else: closed and not updated for archiveAfterDays). */
  archived?: boolean;
  attachments?: SeedAttachment[];
  conversations?: SeedConversation[];
  created_at?: string;
  updated_at?: string;
}

export interface SeedTranslation {
  name?: string;
  title?: string;
  description?: string;
  status?: 1 | 2;
}

export interface SeedCategory {
  id?: number;
  name: string;
  description?: string;
  translations?: Record<string, SeedTranslation>;
}

export interface SeedFolder {
  id?: number;
  category_id: number;
  parent_folder_id?: number;
  name: string;
  description?: string;
  visibility?: number;
  company_ids?: number[];
  translations?: Record<string, SeedTranslation>;
}

export interface SeedArticle {
  id?: number;
  folder_id: number;
  title: string;
  description: string;
  status?: 1 | 2;
  tags?: string[];
  agent_id?: number;
  translations?: Record<string, SeedTranslation>;
  created_at?: string;
  updated_at?: string;
}

export interface FreshdeskAccount {
  companies?: SeedCompany[];
  contacts?: SeedContact[];
  agents?: SeedAgent[];
  groups?: SeedGroup[];
  ticketFields?: SeedTicketField[];
  /** Custom contact / company fields; values go under the generated name (label in snake case). */
  contactFields?: SeedCustomerField[];
  companyFields?: SeedCustomerField[];
  statuses?: SeedStatus[];
  tickets?: SeedTicket[];
  /** More tickets, read once lazily (a generator can yield tens of thousands without an array). */
  bulkTickets?: Iterable<SeedTicket>;
  categories?: SeedCategory[];
  folders?: SeedFolder[];
  articles?: SeedArticle[];
}

export interface SeedResult {
  companies: number[];
  contacts: number[];
  agents: number[];
  groups: number[];
  /** label → API name (`cf_...`). */
  ticketFields: Record<string, string>;
  tickets: number[];
  categories: number[];
  folders: number[];
  articles: number[];
}

export function seedAccount(context: SimContext, account: FreshdeskAccount): SeedResult {
  const store = context.store;
  const now = context.now();
  const time = (value: string | undefined, fallback = now) => (value ? Date.parse(value) : fallback);
  const idFor = (id: number | undefined, kind: 'ticket' | 'other' = 'other') => {
    if (id === undefined) return kind === 'ticket' ? store.ticketId() : store.id();
    store.reserve(id, kind);
    return id;
  };
  const result: SeedResult = { companies: [], contacts: [], agents: [], groups: [], ticketFields: {}, tickets: [], categories: [], folders: [], articles: [] };

  for (const s of account.contactFields ?? []) addCustomerField(context, 'contact', s.label, s.type, s.choices);
  for (const s of account.companyFields ?? []) addCustomerField(context, 'company', s.label, s.type, s.choices);
  for (const s of account.companies ?? []) {
    const c = newCompany(idFor(s.id), s.name, time(s.created_at));
    Object.assign(c, { description: s.description ?? null, domains: s.domains ?? [], industry: s.industry ?? null, custom_fields: s.custom_fields ?? {}, updated_at: time(s.updated_at, c.created_at) });
    store.companies.set(c.id, c);
    result.companies.push(c.id);
  }
  for (const s of account.agents ?? []) {
    const a = newAgent(idFor(s.id), s.name, s.email, time(s.created_at));
    Object.assign(a, { ticket_scope: s.ticket_scope ?? 1, occasional: s.occasional ?? false, group_ids: s.group_ids ?? [], signature: s.signature ?? null });
    store.agents.set(a.id, a);
    result.agents.push(a.id);
  }
  for (const s of account.groups ?? []) {
    const g = newGroup(idFor(s.id), s.name, now);
    Object.assign(g, { description: s.description ?? null, agent_ids: s.agent_ids ?? [] });
    store.groups.set(g.id, g);
    for (const agentId of g.agent_ids) {
      const agent = store.agents.get(agentId);
      if (agent && !agent.group_ids.includes(g.id)) agent.group_ids.push(g.id);
    }
    result.groups.push(g.id);
  }
  for (const s of account.contacts ?? []) {
    const c = newContact(idFor(s.id), s.name, time(s.created_at));
    const { id: _id, created_at: _c, updated_at, ...rest } = s;
    Object.assign(c, rest, { updated_at: time(updated_at, c.created_at), active: Boolean(s.email) });
    store.contacts.set(c.id, c);
    result.contacts.push(c.id);
  }
  for (const s of account.statuses ?? []) store.statuses.set(s.id, [s.label, s.customer_label ?? s.label]);
  for (const s of account.ticketFields ?? []) {
    const f = newField(idFor(s.id), s.name ?? generatedName(context, s.label), s.label, s.type, store.ticketFields.size + 1, now);
    f.required_for_agents = s.required_for_agents ?? false;
    f.choices = (s.choices ?? []).map((value, i) => ({ id: store.id(), value, position: i + 1 }));
    store.ticketFields.set(f.id, f);
    result.ticketFields[s.label] = f.name;
  }
  const allTickets = function* (): Generator<SeedTicket> {
    yield* account.tickets ?? [];
    yield* account.bulkTickets ?? [];
  };
  for (const s of allTickets()) {
    const created = time(s.created_at);
    const t: TicketRecord = {
      id: idFor(s.id, 'ticket'),
      subject: s.subject,
      description: s.description ?? `<div>${s.subject}</div>`,
      status: s.status ?? 2,
      priority: s.priority ?? 1,
      source: s.source ?? 1,
      type: s.type ?? null,
      requester_id: s.requester_id,
      responder_id: s.responder_id ?? null,
      group_id: s.group_id ?? null,
      company_id: s.company_id ?? store.contacts.get(s.requester_id)?.company_id ?? null,
      product_id: null,
      cc_emails: s.cc_emails ?? [],
      tags: s.tags ?? [],
      custom_fields: s.custom_fields ?? {},
      attachments: attachments(context, s.attachments, created),
      conversations: [],
      spam: s.spam ?? false,
      deleted: s.deleted ?? false,
      archived: s.archived ?? false,
      due_by: null,
      fr_due_by: null,
      resolved_at: null,
      closed_at: null,
      first_responded_at: null,
      created_at: created,
      updated_at: time(s.updated_at, created),
    };
    for (const c of s.conversations ?? []) t.conversations.push(conversation(context, t, c, idFor(c.id), time(c.created_at, created)));
    if (t.status === 4 || t.status === 5) t.resolved_at = t.updated_at;
    if (t.status === 5) t.closed_at = t.updated_at;
    t.first_responded_at = t.conversations.find((c) => c.source === CONVERSATION_SOURCE.reply)?.created_at ?? null;
    store.tickets.set(t.id, t);
    result.tickets.push(t.id);
  }
  store.ticketVersion++;
  for (const s of account.categories ?? []) {
    const id = idFor(s.id);
    store.categories.set(id, { id, name: s.name, description: s.description ?? null, visible_in_portals: [], translations: containerTranslations(s.translations, now), created_at: now, updated_at: now });
    result.categories.push(id);
  }
  for (const s of account.folders ?? []) {
    const id = idFor(s.id);
    store.folders.set(id, {
      id, name: s.name, description: s.description ?? null, visibility: s.visibility ?? 1, category_id: s.category_id, parent_folder_id: s.parent_folder_id ?? null,
      company_ids: s.company_ids ?? [], contact_segment_ids: [], company_segment_ids: [], translations: containerTranslations(s.translations, now), created_at: now, updated_at: now,
    });
    result.folders.push(id);
  }
  for (const s of account.articles ?? []) {
    const id = idFor(s.id);
    const created = time(s.created_at);
    const base = { title: s.title, description: s.description, status: s.status ?? 2, tags: s.tags ?? [], seo_data: {}, agent_id: s.agent_id ?? store.currentAgentId, created_at: created, updated_at: time(s.updated_at, created) };
    const translations = new Map(Object.entries(s.translations ?? {}).map(([lang, t]) => [lang, { ...base, title: t.title ?? s.title, description: t.description ?? s.description, status: t.status ?? base.status }]));
    store.articles.set(id, { ...base, id, type: 1, folder_id: s.folder_id, thumbs_up: 0, thumbs_down: 0, hits: 0, translations });
    result.articles.push(id);
  }
  return result;
}

function containerTranslations(translations: Record<string, SeedTranslation> | undefined, now: number) {
  return new Map(Object.entries(translations ?? {}).map(([lang, t]) => [lang, { name: t.name ?? '', description: t.description ?? null, created_at: now, updated_at: now }]));
}

function attachments(context: SimContext, seeds: SeedAttachment[] | undefined, created: number): AttachmentRecord[] {
  return (seeds ?? []).map((s) => {
    const bytes = s.bytes !== undefined ? Buffer.from(s.bytes) : Buffer.alloc(s.size ?? 0);
    const record: AttachmentRecord = { id: context.store.id(), name: s.name, content_type: s.content_type ?? 'application/octet-stream', size: bytes.length, bytes, created_at: created };
    context.store.attachments.set(record.id, record);
    return record;
  });
}

function conversation(context: SimContext, ticket: TicketRecord, s: SeedConversation, id: number, created: number): ConversationRecord {
  const incoming = s.incoming ?? false;
  const isPrivate = s.private ?? false;
  const source = s.source ?? (!incoming && !isPrivate ? CONVERSATION_SOURCE.reply : CONVERSATION_SOURCE.note);
  const requesterEmail = context.store.contacts.get(ticket.requester_id)?.email ?? null;
  return {
    id,
    ticket_id: ticket.id,
    body: s.body,
    body_text: htmlToText(s.body),
    incoming,
    private: isPrivate,
    source,
    user_id: s.user_id,
    support_email: source === CONVERSATION_SOURCE.reply ? SUPPORT_EMAIL : null,
    from_email: source === CONVERSATION_SOURCE.reply ? SUPPORT_EMAIL : null,
    to_emails: source === CONVERSATION_SOURCE.reply && requesterEmail ? [requesterEmail] : null,
    cc_emails: [],
    bcc_emails: [],
    attachments: attachments(context, s.attachments, created),
    created_at: created,
    updated_at: created,
  };
}
