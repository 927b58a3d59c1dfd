/**
 * Seeding: puts a whole workspace into the store directly, bypassing the API's write rules, so a test
 * can start from any state a real workspace can be in (historical created_at everywhere, agent-first
 * conversations, invalid phones, threads longer than the read cap). References between objects use
 * ids, or, where handier, natural keys: tags by name, companies by `company_id`, ticket types by name.
 * A seed that references something missing throws: that is a bug in the test, not API behaviour.
 */
import { storeFile, contentTypeFor } from './attachments.js';
import { createDataAttribute } from './data-attributes.js';
import { CONVERSATION_ID_BASE, MESSAGE_ID_BASE } from './conversations.js';
import { ARTICLE_ID_BASE, COLLECTION_ID_BASE, HELP_CENTER_ID_BASE } from './help-center.js';
import { PART_ID_BASE } from './parts.js';
import type {
  AdminRecord,
  AppRecord,
  AppliedTag,
  ArticleRecord,
  AttachmentRecord,
  AuthorRef,
  CollectionRecord,
  CompanyRecord,
  ContactRecord,
  ConversationAttributeType,
  ConversationRecord,
  CustomValue,
  PartRecord,
  TicketAttributeType,
  TicketAttributeValue,
  TicketCategory,
  TicketRecord,
  TicketStateCategory,
  TicketTypeRecord,
} from './records.js';
import type { IntercomStore } from './store.js';
import { TAG_ID_BASE, findOrCreateTag } from './tags.js';
import { TICKET_ID_BASE, TICKET_TYPE_ID_BASE, createTicketType, newTicketAttribute } from './tickets.js';

export const ADMIN_ID_BASE = 991_200_000;
export const TEAM_ID_BASE = 5_017_000;

export interface SeedAdmin {
  id?: string;
  name: string;
  email: string;
  job_title?: string;
  team_ids?: Array<string | number>;
  has_inbox_seat?: boolean;
  away_mode_enabled?: boolean;
  avatar?: string | null;
}

export interface SeedTeam {
  id?: string;
  name: string;
  admin_ids?: Array<string | number>;
}

export interface SeedTag {
  id?: string;
  name: string;
}

export interface SeedDataAttribute {
  model: 'contact' | 'company';
  name: string;
  data_type: 'string' | 'integer' | 'float' | 'boolean' | 'date' | 'datetime' | 'options';
  label?: string;
  description?: string;
  options?: string[];
}

export interface SeedConversationAttribute {
  name: string;
  data_type: ConversationAttributeType;
  description?: string;
  options?: string[];
}

export interface SeedCompany {
  id?: string;
  company_id: string;
  name: string;
  plan?: string;
  size?: number;
  website?: string;
  industry?: string;
  monthly_spend?: number;
  remote_created_at?: number;
  created_at?: number;
  updated_at?: number;
  custom_attributes?: Record<string, CustomValue>;
  /** Tag names or ids. */
  tags?: string[];
}

export interface SeedContact {
  id?: string;
  role?: 'user' | 'lead';
  external_id?: string | null;
  email?: string | null;
  /** Stored as given: seeds may hold phones the API itself would refuse. */
  phone?: string | null;
  name?: string | null;
  avatar?: string | null;
  owner_id?: string | null;
  created_at?: number;
  updated_at?: number;
  signed_up_at?: number | null;
  last_seen_at?: number | null;
  unsubscribed_from_emails?: boolean;
  language_override?: string | null;
  custom_attributes?: Record<string, CustomValue>;
  /** Tag names or ids. */
  tags?: string[];
  /** Company `company_id`s or Intercom company ids. */
  companies?: string[];
  archived?: boolean;
}

export interface SeedAttachment {
  name: string;
  content_type?: string;
  /** Bytes (a string is taken as UTF-8): stored and served by the sim at `/_files/…`. */
  data?: Buffer | string;
  /** An external URL recorded as-is (no bytes behind it). */
  url?: string;
  width?: number;
  height?: number;
}

export interface SeedAuthor {
  type: AuthorRef['type'];
  id: string;
}

export interface SeedPart {
  id?: string;
  /** comment, note, quick_reply, close, open, assignment, snoozed, … */
  part_type: string;
  body?: string | null;
  created_at: number;
  updated_at?: number;
  author: SeedAuthor;
  attachments?: SeedAttachment[];
  assigned_to?: { type: 'admin' | 'team' | 'nobody_admin'; id: string } | null;
  external_id?: string | null;
  redacted?: boolean;
  /** Ticket parts: state categories around a state change. */
  previous_ticket_state?: TicketStateCategory;
  ticket_state?: TicketStateCategory;
}

export interface SeedConversation {
  id?: string;
  created_at: number;
  updated_at?: number;
  title?: string | null;
  /** Contact ids; the first one is the conversation's contact. */
  contacts: string[];
  source: {
    author: SeedAuthor;
    body: string;
    subject?: string;
    /** Defaults from the author: customer_initiated for contacts, admin_initiated for admins. */
    delivered_as?: ConversationRecord['source']['delivered_as'];
    type?: string;
    attachments?: SeedAttachment[];
  };
  parts?: SeedPart[];
  /** Defaults from the last close/open/snoozed part, else open. */
  state?: ConversationRecord['state'];
  read?: boolean;
  priority?: ConversationRecord['priority'];
  admin_assignee_id?: string | null;
  team_assignee_id?: string | null;
  snoozed_until?: number | null;
  waiting_since?: number | null;
  /** Tag names or ids. */
  tags?: string[];
  custom_attributes?: Record<string, CustomValue>;
  /** Intercom company id or company_id. */
  company?: string | null;
}

export interface SeedTicketTypeAttribute {
  name: string;
  data_type: TicketAttributeType;
  description?: string;
  required_to_create?: boolean;
  visible_to_contacts?: boolean;
  multiline?: boolean;
  /** Labels of a list attribute; each gets an id (see `store.ticketTypes`). */
  list_items?: string[];
  allow_multiple_values?: boolean;
}

export interface SeedTicketType {
  id?: string;
  name: string;
  description?: string;
  category?: TicketCategory;
  icon?: string;
  is_internal?: boolean;
  attributes?: SeedTicketTypeAttribute[];
}

export interface SeedTicket {
  id?: string;
  ticket_id?: string;
  /** Ticket type id or name. */
  ticket_type: string;
  contacts: string[];
  /** By attribute name. List attributes may be given by item label; they are stored as item ids. */
  ticket_attributes?: Record<string, TicketAttributeValue>;
  /** State category; the type's first state of that category is used. Default submitted. */
  state?: TicketStateCategory;
  open?: boolean;
  is_shared?: boolean;
  created_at: number;
  updated_at?: number;
  admin_assignee_id?: string | null;
  team_assignee_id?: string | null;
  snoozed_until?: number | null;
  parts?: SeedPart[];
  /** Tag names or ids. */
  tags?: string[];
  /** Intercom company id or company_id. */
  company?: string | null;
}

export interface SeedHelpCenter {
  id?: string;
  identifier?: string;
  display_name?: string;
  url?: string;
  /** The first is the default locale; more than one makes the help center multilingual. */
  locales?: string[];
  /** `true` updates the workspace's default help center instead of adding one. */
  default?: boolean;
}

export interface SeedCollection {
  id?: string;
  name: string;
  description?: string | null;
  parent_id?: string | null;
  help_center_id?: string;
  icon?: string | null;
  order?: number;
  /** Other locales: `{fr: {name, description}}`. */
  translated_content?: Record<string, { name: string; description?: string }>;
  created_at?: number;
  updated_at?: number;
}

export interface SeedArticle {
  id?: string;
  title: string;
  description?: string | null;
  body: string;
  author_id: string | number;
  state?: 'published' | 'draft';
  /** Collection id; null/absent = outside any collection. */
  parent_id?: string | null;
  /** Other locales. */
  translated_content?: Record<string, { title: string; description?: string; body?: string; author_id?: string | number; state?: 'published' | 'draft' }>;
  /** Tag names or ids. */
  tags?: string[];
  created_at?: number;
  updated_at?: number;
}

export interface IntercomWorkspaceSeed {
  app?: Partial<AppRecord>;
  /** The admin the token belongs to (`GET /me`); default the first admin. */
  me?: string;
  admins?: SeedAdmin[];
  teams?: SeedTeam[];
  tags?: SeedTag[];
  dataAttributes?: SeedDataAttribute[];
  conversationAttributes?: SeedConversationAttribute[];
  companies?: SeedCompany[];
  contacts?: SeedContact[];
  conversations?: SeedConversation[];
  ticketTypes?: SeedTicketType[];
  tickets?: SeedTicket[];
  helpCenters?: SeedHelpCenter[];
  collections?: SeedCollection[];
  articles?: SeedArticle[];
}

class SeedError extends Error {}

function explicitId(store: IntercomStore, kind: string, base: number, id: string | undefined): string {
  if (id === undefined) return store.nextNumericId(kind, base);
  store.reserveNumericId(kind, base, id);
  return id;
}

function tagRefs(store: IntercomStore, refs: string[] | undefined, at: number): AppliedTag[] {
  return (refs ?? []).map((ref) => {
    const tag = store.tags.get(ref) ?? findOrCreateTag(store, ref);
    return { tag_id: tag.id, applied_at: at, applied_by: null };
  });
}

function companyRef(store: IntercomStore, ref: string): CompanyRecord {
  const company = store.companies.get(ref) ?? store.findCompanyByCompanyId(ref);
  if (!company) throw new SeedError(`seed: unknown company ${ref}`);
  return company;
}

function seedAttachments(store: IntercomStore, list: SeedAttachment[] | undefined): AttachmentRecord[] {
  return (list ?? []).map((a) => {
    const contentType = a.content_type ?? contentTypeFor(a.name);
    if (a.data !== undefined) {
      const record = storeFile(store, a.name, contentType, Buffer.isBuffer(a.data) ? a.data : Buffer.from(a.data, 'utf8'), 'seed');
      return { ...record, width: a.width ?? null, height: a.height ?? null };
    }
    if (!a.url) throw new SeedError(`seed: attachment ${a.name} needs data or url`);
    return { type: 'upload', name: a.name, url: a.url, content_type: contentType, filesize: 0, width: a.width ?? null, height: a.height ?? null, origin: 'seed', file_id: null };
  });
}

function checkAuthor(store: IntercomStore, author: SeedAuthor): AuthorRef {
  const known =
    author.type === 'admin' || author.type === 'bot'
      ? store.admins.has(author.id) || author.type === 'bot'
      : author.type === 'team'
        ? store.teams.has(author.id)
        : store.contacts.has(author.id);
  if (!known) throw new SeedError(`seed: unknown ${author.type} author ${author.id}`);
  return { type: author.type, id: author.id };
}

const STATE_OF_PART: Record<string, PartRecord['state']> = { close: 'closed', open: 'open', snoozed: 'snoozed' };

function seedParts(store: IntercomStore, parts: SeedPart[] | undefined, initial: PartRecord['state']): PartRecord[] {
  let state = initial;
  return (parts ?? []).map((p) => {
    state = STATE_OF_PART[p.part_type] ?? (p.part_type === 'comment' && (p.author.type === 'user' || p.author.type === 'lead') ? 'open' : state);
    return {
      id: explicitId(store, 'part', PART_ID_BASE, p.id),
      part_type: p.part_type,
      body: p.body ?? null,
      created_at: p.created_at,
      updated_at: p.updated_at ?? p.created_at,
      notified_at: p.created_at,
      author: checkAuthor(store, p.author),
      assigned_to: p.assigned_to ?? null,
      attachments: seedAttachments(store, p.attachments),
      external_id: p.external_id ?? null,
      redacted: p.redacted ?? false,
      state,
      previous_ticket_state: p.previous_ticket_state ?? null,
      ticket_state: p.ticket_state ?? null,
      skip_notifications: true,
      created_at_from_request: true,
    };
  });
}

function seedAdmins(store: IntercomStore, admins: SeedAdmin[]): void {
  for (const a of admins) {
    const id = explicitId(store, 'admin', ADMIN_ID_BASE, a.id);
    const admin: AdminRecord = {
      id,
      name: a.name,
      email: a.email,
      job_title: a.job_title ?? null,
      away_mode_enabled: a.away_mode_enabled ?? false,
      away_mode_reassign: false,
      has_inbox_seat: a.has_inbox_seat ?? true,
      team_ids: (a.team_ids ?? []).map(Number),
      avatar: a.avatar ?? null,
    };
    store.admins.set(id, admin);
  }
}

function seedHelpCenters(store: IntercomStore, helpCenters: SeedHelpCenter[]): void {
  for (const h of helpCenters) {
    const existing = h.default ? store.defaultHelpCenter() : h.id ? store.helpCenters.get(h.id) : undefined;
    const id = existing?.id ?? explicitId(store, 'help_center', HELP_CENTER_ID_BASE, h.id);
    const now = store.app.created_at;
    store.helpCenters.set(id, {
      id,
      identifier: h.identifier ?? existing?.identifier ?? `help-${id}`,
      display_name: h.display_name ?? existing?.display_name ?? `Help Center ${id}`,
      url: h.url ?? existing?.url ?? `http://help-center.test/help-${id}`,
      custom_domain: existing?.custom_domain ?? null,
      default: existing?.default ?? false,
      website_turned_on: true,
      locales: h.locales ?? existing?.locales ?? ['en'],
      created_at: existing?.created_at ?? now,
      updated_at: now,
    });
  }
}

/** Adds a workspace to the store (additive; ids given in the seed are kept). */
export function seedWorkspace(store: IntercomStore, ws: IntercomWorkspaceSeed): void {
  if (ws.app) store.app = { ...store.app, ...ws.app };
  const now = store.now();
  seedAdmins(store, ws.admins ?? []);
  if (ws.me) {
    if (!store.admins.has(ws.me)) throw new SeedError(`seed: me=${ws.me} is not an admin`);
    store.meId = ws.me;
  }
  store.meId ??= store.admins.keys().next().value ?? null;

  for (const t of ws.teams ?? []) {
    const id = explicitId(store, 'team', TEAM_ID_BASE, t.id);
    store.teams.set(id, { id, name: t.name, admin_ids: (t.admin_ids ?? []).map(Number) });
  }
  for (const t of ws.tags ?? []) {
    const id = explicitId(store, 'tag', TAG_ID_BASE, t.id);
    store.tags.set(id, { id, name: t.name, created_at: store.app.created_at });
  }
  for (const a of ws.dataAttributes ?? []) {
    createDataAttribute(store, {
      model: a.model,
      name: a.name,
      data_type: a.data_type,
      description: a.description,
      label: a.label,
      options: a.options,
    });
  }
  for (const a of ws.conversationAttributes ?? []) {
    const id = Number(store.nextNumericId('conversation_attribute', 2_000));
    store.conversationAttributes.set(id, {
      id,
      name: a.name,
      description: a.description ?? '',
      data_type: a.data_type,
      required: false,
      multiline: false,
      options: (a.options ?? []).map((label, i) => ({ id: `${id}-${i + 1}`, label, archived: false })),
      visible_to_team_ids: [],
      archived: false,
      created_at: store.app.created_at,
      updated_at: store.app.created_at,
      admin_id: store.meId,
    });
  }

  for (const c of ws.companies ?? []) {
    const id = c.id ?? store.nextHexId('company');
    const created = c.created_at ?? now;
    store.companies.set(id, {
      id,
      company_id: c.company_id,
      name: c.name,
      plan: c.plan ?? null,
      size: c.size ?? null,
      website: c.website ?? null,
      industry: c.industry ?? null,
      monthly_spend: c.monthly_spend ?? 0,
      remote_created_at: c.remote_created_at ?? null,
      created_at: created,
      updated_at: c.updated_at ?? created,
      last_request_at: null,
      session_count: 0,
      custom_attributes: c.custom_attributes ?? {},
      tags: tagRefs(store, c.tags, created),
    });
  }

  for (const c of ws.contacts ?? []) {
    const id = c.id ?? store.nextHexId('contact');
    const created = c.created_at ?? now;
    const contact: ContactRecord = {
      id,
      role: c.role ?? 'user',
      external_id: c.external_id ?? null,
      email: c.email ?? null,
      phone: c.phone ?? null,
      name: c.name ?? null,
      avatar: c.avatar ?? null,
      owner_id: c.owner_id ?? null,
      unsubscribed_from_emails: c.unsubscribed_from_emails ?? false,
      created_at: created,
      updated_at: c.updated_at ?? created,
      signed_up_at: c.signed_up_at ?? null,
      last_seen_at: c.last_seen_at ?? null,
      last_replied_at: null,
      last_contacted_at: null,
      language_override: c.language_override ?? null,
      custom_attributes: c.custom_attributes ?? {},
      tags: tagRefs(store, c.tags, created),
      company_ids: (c.companies ?? []).map((ref) => companyRef(store, ref).id),
      archived: c.archived ?? false,
      merged_into: null,
    };
    store.contacts.set(id, contact);
  }

  for (const c of ws.conversations ?? []) {
    const id = explicitId(store, 'conversation', CONVERSATION_ID_BASE, c.id);
    if (!/^\d+$/.test(id)) throw new SeedError(`seed: conversation ids are numeric strings, got ${id}`);
    for (const contactId of c.contacts) if (!store.contacts.has(contactId)) throw new SeedError(`seed: unknown contact ${contactId}`);
    const author = checkAuthor(store, c.source.author);
    const parts = seedParts(store, c.parts, 'open');
    const lastState = [...parts].reverse().find((p) => STATE_OF_PART[p.part_type])?.part_type;
    const state = c.state ?? (lastState ? STATE_OF_PART[lastState] : undefined) ?? 'open';
    const lastAt = parts.reduce((max, p) => Math.max(max, p.created_at), c.created_at);
    const messageId = store.nextNumericId('message', MESSAGE_ID_BASE);
    const record: ConversationRecord = {
      id,
      title: c.title ?? null,
      created_at: c.created_at,
      updated_at: c.updated_at ?? lastAt,
      waiting_since: c.waiting_since ?? null,
      snoozed_until: c.snoozed_until ?? null,
      open: state !== 'closed',
      state,
      read: c.read ?? true,
      priority: c.priority ?? 'none',
      admin_assignee_id: c.admin_assignee_id ?? '0',
      team_assignee_id: c.team_assignee_id ?? '0',
      company_id: c.company ? companyRef(store, c.company).id : null,
      contact_ids: [...c.contacts],
      tags: tagRefs(store, c.tags, c.created_at),
      source: {
        type: c.source.type ?? 'conversation',
        id: messageId,
        delivered_as: c.source.delivered_as ?? (author.type === 'admin' ? 'admin_initiated' : 'customer_initiated'),
        subject: c.source.subject ?? '',
        body: c.source.body,
        author,
        attachments: seedAttachments(store, c.source.attachments),
        url: null,
        redacted: false,
      },
      parts,
      custom_attributes: c.custom_attributes ?? {},
      message_id: messageId,
    };
    store.conversations.set(id, record);
  }

  for (const t of ws.ticketTypes ?? []) {
    const id = t.id === undefined ? undefined : explicitId(store, 'ticket_type', TICKET_TYPE_ID_BASE, t.id);
    const type = createTicketType(store, { id, name: t.name, description: t.description, category: t.category, icon: t.icon, is_internal: t.is_internal });
    for (const a of t.attributes ?? []) {
      type.attributes.push(
        newTicketAttribute(
          store,
          {
            name: a.name,
            data_type: a.data_type,
            description: a.description ?? '',
            required_to_create: a.required_to_create ?? false,
            visible_to_contacts: a.visible_to_contacts ?? true,
            multiline: a.multiline ?? false,
            allow_multiple_values: a.allow_multiple_values ?? false,
            list_items: (a.list_items ?? []).map((label) => ({ id: `${type.id}-${a.name}-${label}`.replace(/\s+/g, '_'), label, archived: false })),
          },
          type.attributes.length,
        ),
      );
    }
  }

  for (const t of ws.tickets ?? []) {
    const type = store.ticketTypes.get(t.ticket_type) ?? [...store.ticketTypes.values()].find((x) => x.name === t.ticket_type);
    if (!type) throw new SeedError(`seed: unknown ticket type ${t.ticket_type}`);
    for (const contactId of t.contacts) if (!store.contacts.has(contactId)) throw new SeedError(`seed: unknown contact ${contactId}`);
    const state = stateOf(store, type, t.state ?? 'submitted');
    const id = explicitId(store, 'ticket', TICKET_ID_BASE, t.id);
    const parts = seedParts(store, t.parts, 'open');
    const record: TicketRecord = {
      id,
      ticket_id: t.ticket_id ?? String(store.tickets.size + 1),
      ticket_type_id: type.id,
      contact_ids: [...t.contacts],
      admin_assignee_id: t.admin_assignee_id ?? '0',
      team_assignee_id: t.team_assignee_id ?? '0',
      created_at: t.created_at,
      updated_at: t.updated_at ?? parts.reduce((max, p) => Math.max(max, p.created_at), t.created_at),
      open: t.open ?? state.category !== 'resolved',
      snoozed_until: t.snoozed_until ?? null,
      is_shared: t.is_shared ?? type.category === 'Customer',
      state_id: state.id,
      previous_state_id: null,
      company_id: t.company ? companyRef(store, t.company).id : null,
      ticket_attributes: ticketAttributeIds(type, t.ticket_attributes ?? {}),
      parts,
      tags: tagRefs(store, t.tags, t.created_at),
      linked_conversation_ids: [],
      skip_notifications: true,
    };
    store.tickets.set(id, record);
  }

  seedHelpCenters(store, ws.helpCenters ?? []);
  for (const c of ws.collections ?? []) {
    const id = explicitId(store, 'collection', COLLECTION_ID_BASE, c.id);
    const parent = c.parent_id ? store.collections.get(c.parent_id) : undefined;
    if (c.parent_id && !parent) throw new SeedError(`seed: unknown parent collection ${c.parent_id}`);
    const hc = c.help_center_id ? store.helpCenters.get(c.help_center_id) : parent ? store.helpCenters.get(parent.help_center_id) : store.defaultHelpCenter();
    if (!hc) throw new SeedError(`seed: unknown help center ${c.help_center_id ?? '(default)'}`);
    const created = c.created_at ?? now;
    const record: CollectionRecord = {
      id,
      name: c.name,
      description: c.description ?? null,
      icon: c.icon ?? 'book-bookmark',
      order: c.order ?? [...store.collections.values()].filter((x) => x.parent_id === (c.parent_id ?? null)).length + 1,
      default_locale: hc.locales[0] ?? 'en',
      translations: Object.fromEntries(Object.entries(c.translated_content ?? {}).map(([l, v]) => [l, { name: v.name, description: v.description ?? '' }])),
      parent_id: c.parent_id ?? null,
      help_center_id: hc.id,
      created_at: created,
      updated_at: c.updated_at ?? created,
    };
    store.collections.set(id, record);
  }
  for (const a of ws.articles ?? []) {
    const id = explicitId(store, 'article', ARTICLE_ID_BASE, a.id);
    if (a.parent_id && !store.collections.has(a.parent_id)) throw new SeedError(`seed: unknown parent collection ${a.parent_id}`);
    if (!store.admins.has(String(a.author_id))) throw new SeedError(`seed: unknown article author ${a.author_id}`);
    const parent = a.parent_id ? store.collections.get(a.parent_id) : undefined;
    const hc = parent ? store.helpCenters.get(parent.help_center_id) : store.defaultHelpCenter();
    const created = a.created_at ?? now;
    const updated = a.updated_at ?? created;
    const record: ArticleRecord = {
      id,
      title: a.title,
      description: a.description ?? null,
      body: a.body,
      author_id: Number(a.author_id),
      state: a.state ?? 'published',
      parent_id: a.parent_id ?? null,
      default_locale: hc?.locales[0] ?? 'en',
      translations: Object.fromEntries(
        Object.entries(a.translated_content ?? {}).map(([locale, t]) => [
          locale,
          {
            title: t.title,
            description: t.description ?? '',
            body: t.body ?? '',
            author_id: Number(t.author_id ?? a.author_id),
            state: t.state ?? a.state ?? 'published',
            created_at: created,
            updated_at: updated,
          },
        ]),
      ),
      tags: tagRefs(store, a.tags, created),
      created_at: created,
      updated_at: updated,
    };
    store.articles.set(id, record);
  }
}

function stateOf(store: IntercomStore, type: TicketTypeRecord, category: TicketStateCategory): { id: string; category: TicketStateCategory } {
  for (const id of type.state_ids) {
    const state = store.ticketStates.get(id);
    if (state?.category === category) return state;
  }
  throw new SeedError(`seed: ticket type ${type.name} has no ${category} state`);
}

/** List attributes may be seeded by label; store them by item id, as the API does. */
function ticketAttributeIds(type: TicketTypeRecord, values: Record<string, TicketAttributeValue>): Record<string, TicketAttributeValue> {
  const out: Record<string, TicketAttributeValue> = {};
  for (const [name, value] of Object.entries(values)) {
    const attr = type.attributes.find((a) => a.name === name);
    if (!attr) throw new SeedError(`seed: ticket type ${type.name} has no attribute ${name}`);
    const toId = (v: string): string => attr.list_items.find((i) => i.label === v || i.id === v)?.id ?? v;
    out[name] = attr.data_type === 'list' && typeof value === 'string' ? toId(value) : attr.data_type === 'list' && Array.isArray(value) ? value.map(toId) : value;
  }
  return out;
}
