/**
 * Seeding: puts a whole account into the store in one call, in Zendesk's own object shapes (snake_case,
 * ISO timestamps), with timestamps honoured — unlike the API, a seed can say when things happened.
 * Ids are optional (fresh ones are allocated); references are checked and a bad seed throws, so a typo
 * in a test fixture fails loudly instead of producing a half-linked account. `seed` is additive.
 */
import type { SimContext } from './context.js';
import { textToHtml, htmlToText, wrapHtml, apiVia } from './comments.js';
import { normaliseTags, parseTime } from './http.js';
import { addOrganizationMembership } from './organization-memberships.js';
import { addGroupMembership } from './groups.js';
import { normaliseValue } from './custom-fields.js';
import { applyTicketCustomFields, customFieldTags } from './ticket-fields.js';
import { newAttachment } from './uploads.js';
import { newUser } from './users.js';
import { newTranslation } from './hc-common.js';
import type {
  HcArticle,
  HcArticleAttachment,
  HcCategory,
  HcSection,
  HcSourceType,
  Role,
  TicketPriority,
  TicketStatus,
  TicketType,
  ZdComment,
  ZdCustomField,
  ZdFieldOption,
  ZdTicket,
} from './types.js';
import { CUSTOM_TICKET_FIELD_TYPES } from './types.js';

export interface SeedUser {
  id?: number;
  name: string;
  email?: string | null;
  role?: Role;
  external_id?: string | null;
  organization_id?: number | null;
  default_group_id?: number | null;
  phone?: string | null;
  locale?: string;
  time_zone?: string;
  tags?: string[];
  user_fields?: Record<string, unknown>;
  details?: string;
  notes?: string;
  verified?: boolean;
  suspended?: boolean;
  created_at?: string;
  updated_at?: string;
}

export interface SeedOrganization {
  id?: number;
  name: string;
  external_id?: string | null;
  domain_names?: string[];
  details?: string | null;
  notes?: string | null;
  group_id?: number | null;
  shared_tickets?: boolean;
  shared_comments?: boolean;
  tags?: string[];
  organization_fields?: Record<string, unknown>;
  created_at?: string;
  updated_at?: string;
}

export interface SeedMembership {
  id?: number;
  user_id: number;
  default?: boolean;
}
export interface SeedOrganizationMembership extends SeedMembership {
  organization_id: number;
}
export interface SeedGroupMembership extends SeedMembership {
  group_id: number;
}

export interface SeedGroup {
  id?: number;
  name: string;
  description?: string;
  is_public?: boolean;
  created_at?: string;
  updated_at?: string;
}

export interface SeedFieldOption {
  id?: number;
  name: string;
  value: string;
}

/** A user or organization field definition. */
export interface SeedCustomField {
  id?: number;
  key: string;
  type: string;
  title: string;
  description?: string;
  active?: boolean;
  regexp_for_validation?: string | null;
  tag?: string | null;
  custom_field_options?: SeedFieldOption[];
}

export interface SeedTicketField {
  id?: number;
  type: string;
  title: string;
  description?: string;
  active?: boolean;
  required?: boolean;
  regexp_for_validation?: string | null;
  tag?: string | null;
  custom_field_options?: SeedFieldOption[];
}

export interface SeedAttachment {
  id?: number;
  file_name: string;
  content_type?: string;
  /** The bytes (a string is UTF-8). */
  content: string | Uint8Array;
  inline?: boolean;
}

export interface SeedComment {
  id?: number;
  author_id: number;
  /** Plain text; or give html_body. */
  body?: string;
  html_body?: string;
  public?: boolean;
  created_at: string;
  attachments?: SeedAttachment[];
}

export interface SeedTicket {
  id?: number;
  external_id?: string | null;
  subject?: string | null;
  type?: TicketType | null;
  priority?: TicketPriority | null;
  status?: TicketStatus;
  requester_id: number;
  submitter_id?: number;
  assignee_id?: number | null;
  organization_id?: number | null;
  group_id?: number | null;
  collaborator_ids?: number[];
  tags?: string[];
  custom_fields?: Array<{ id: number; value: unknown }>;
  /** `via.channel`: web, email, api, chat, ... Default web. */
  via_channel?: string;
  due_at?: string | null;
  created_at: string;
  updated_at?: string;
  solved_at?: string | null;
  /** An archived ticket: shown and exported, not listed by GET /api/v2/tickets, cannot be updated. */
  archived?: boolean;
  /** In order; the first one is the description. */
  comments: SeedComment[];
}

export interface SeedCategory {
  id?: number;
  name: string;
  description?: string;
  locale?: string;
  position?: number;
  created_at?: string;
  updated_at?: string;
}

export interface SeedSection {
  id?: number;
  category_id: number;
  parent_section_id?: number | null;
  name: string;
  description?: string;
  locale?: string;
  position?: number;
  sorting?: HcSection['sorting'];
  created_at?: string;
  updated_at?: string;
}

export interface SeedArticleAttachment {
  id?: number;
  file_name: string;
  content_type?: string;
  content: string | Uint8Array;
  inline?: boolean;
  locale?: string | null;
}

export interface SeedArticle {
  id?: number;
  section_id: number;
  title: string;
  body?: string | null;
  locale?: string;
  draft?: boolean;
  author_id?: number;
  /** Default: the built-in "Admins" group. */
  permission_group_id?: number;
  /** Default null (everyone). */
  user_segment_id?: number | null;
  label_names?: string[];
  position?: number;
  promoted?: boolean;
  comments_disabled?: boolean;
  created_at?: string;
  updated_at?: string;
  attachments?: SeedArticleAttachment[];
}

export interface SeedTranslation {
  source_type: HcSourceType;
  source_id: number;
  locale: string;
  title: string;
  body?: string | null;
  draft?: boolean;
  outdated?: boolean;
}

export interface SeedPermissionGroup {
  id?: number;
  name: string;
  built_in?: boolean;
}

export interface SeedUserSegment {
  id?: number;
  name: string;
  user_type?: 'signed_in_users' | 'staff';
  group_ids?: number[];
  organization_ids?: number[];
  tags?: string[];
  built_in?: boolean;
}

export interface ZendeskAccount {
  /** Enabled Help Center locales and the default one. Replaces the current setting. */
  locales?: { enabled: string[]; default: string };
  permissionGroups?: SeedPermissionGroup[];
  userSegments?: SeedUserSegment[];
  groups?: SeedGroup[];
  userFields?: SeedCustomField[];
  organizationFields?: SeedCustomField[];
  organizations?: SeedOrganization[];
  users?: SeedUser[];
  organizationMemberships?: SeedOrganizationMembership[];
  groupMemberships?: SeedGroupMembership[];
  ticketFields?: SeedTicketField[];
  tickets?: SeedTicket[];
  categories?: SeedCategory[];
  sections?: SeedSection[];
  articles?: SeedArticle[];
  translations?: SeedTranslation[];
}

/** What `seed` created, in input order, so tests can refer to generated ids. */
export interface SeedResult {
  users: number[];
  organizations: number[];
  groups: number[];
  ticketFields: number[];
  tickets: number[];
  categories: number[];
  sections: number[];
  articles: number[];
  permissionGroups: number[];
  userSegments: number[];
}

function time(context: SimContext, value: string | undefined, what: string): string {
  if (value === undefined) return context.store.iso();
  const ms = parseTime(value);
  if (ms === undefined) throw new Error(`seed: ${what} has an invalid time ${value}`);
  return context.store.iso(ms);
}

function bytes(content: string | Uint8Array): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
}

export function seedAccount(context: SimContext, account: ZendeskAccount): SeedResult {
  const { store } = context;
  const result: SeedResult = { users: [], organizations: [], groups: [], ticketFields: [], tickets: [], categories: [], sections: [], articles: [], permissionGroups: [], userSegments: [] };
  const idFor = (id: number | undefined, taken: (id: number) => boolean, what: string): number => {
    if (id === undefined) return store.id();
    if (taken(id)) throw new Error(`seed: ${what} id ${id} is already used`);
    return store.reserveId(id);
  };
  const need = (ok: boolean, message: string): void => {
    if (!ok) throw new Error(`seed: ${message}`);
  };
  const options = (raw: SeedFieldOption[] | undefined): ZdFieldOption[] | undefined =>
    raw?.map((o, position) => ({ id: o.id === undefined ? store.id() : store.reserveId(o.id), name: o.name, value: o.value, position }));

  if (account.locales) {
    need(account.locales.enabled.includes(account.locales.default), 'the default locale must be enabled');
    store.hc.locales = { enabled: account.locales.enabled.map((l) => l.toLowerCase()), default: account.locales.default.toLowerCase() };
  }
  for (const g of account.permissionGroups ?? []) {
    const id = idFor(g.id, (i) => store.hc.permissionGroups.has(i), 'permission group');
    const now = store.iso();
    store.hc.permissionGroups.set(id, { id, name: g.name, built_in: g.built_in ?? false, edit: [], publish: [], created_at: now, updated_at: now });
    result.permissionGroups.push(id);
  }
  for (const s of account.userSegments ?? []) {
    const id = idFor(s.id, (i) => store.hc.userSegments.has(i), 'user segment');
    const now = store.iso();
    store.hc.userSegments.set(id, {
      id,
      name: s.name,
      user_type: s.user_type ?? 'signed_in_users',
      group_ids: s.group_ids ?? [],
      organization_ids: s.organization_ids ?? [],
      tags: s.tags ?? [],
      or_tags: [],
      added_user_ids: [],
      built_in: s.built_in ?? false,
      created_at: now,
      updated_at: now,
    });
    result.userSegments.push(id);
  }
  for (const g of account.groups ?? []) {
    const id = idFor(g.id, (i) => store.groups.has(i), 'group');
    const created = time(context, g.created_at, `group ${g.name}`);
    store.groups.set(id, {
      id,
      name: g.name,
      description: g.description ?? '',
      is_public: g.is_public ?? true,
      default: store.groups.size === 0,
      deleted: false,
      created_at: created,
      updated_at: g.updated_at ? time(context, g.updated_at, 'group') : created,
    });
    result.groups.push(id);
  }
  for (const [list, target] of [
    [account.userFields, store.userFields],
    [account.organizationFields, store.organizationFields],
  ] as const) {
    for (const f of list ?? []) {
      const id = idFor(f.id, (i) => target.has(i), `field ${f.key}`);
      const now = store.iso();
      const opts = options(f.custom_field_options);
      const field: ZdCustomField = {
        id,
        key: f.key,
        type: f.type,
        title: f.title,
        raw_title: f.title,
        description: f.description ?? '',
        raw_description: f.description ?? '',
        position: target.size,
        active: f.active ?? true,
        system: false,
        regexp_for_validation: f.regexp_for_validation ?? null,
        tag: f.tag ?? null,
        ...(opts ? { custom_field_options: opts } : {}),
        created_at: now,
        updated_at: now,
      };
      target.set(id, field);
    }
  }
  const customValues = (defs: Map<number, ZdCustomField>, values: Record<string, unknown> | undefined, what: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values ?? {})) {
      const def = [...defs.values()].find((d) => d.key === key);
      need(def !== undefined, `${what}: no field with key ${key}`);
      const normalised = normaliseValue((def as ZdCustomField).type, value, def?.custom_field_options, def?.regexp_for_validation ?? null);
      need(typeof normalised !== 'string', `${what}: ${key} ${String(normalised)}`);
      out[key] = (normalised as { value: unknown }).value;
    }
    return out;
  };
  for (const o of account.organizations ?? []) {
    const id = idFor(o.id, (i) => store.organizations.has(i), 'organization');
    need(!store.organizationByName(o.name), `organization name ${o.name} is duplicated`);
    need(o.group_id == null || store.groups.has(o.group_id), `organization ${o.name}: unknown group ${String(o.group_id)}`);
    const created = time(context, o.created_at, `organization ${o.name}`);
    store.organizations.set(id, {
      id,
      name: o.name,
      external_id: o.external_id ?? null,
      domain_names: o.domain_names ?? [],
      details: o.details ?? null,
      notes: o.notes ?? null,
      group_id: o.group_id ?? null,
      shared_tickets: o.shared_tickets ?? false,
      shared_comments: o.shared_comments ?? false,
      tags: normaliseTags(o.tags ?? []),
      organization_fields: customValues(store.organizationFields, o.organization_fields, `organization ${o.name}`),
      created_at: created,
      updated_at: o.updated_at ? time(context, o.updated_at, 'organization') : created,
    });
    result.organizations.push(id);
  }
  for (const u of account.users ?? []) {
    const id = idFor(u.id, (i) => store.users.has(i), 'user');
    if (u.email) need(!store.userByEmail(u.email), `user email ${u.email} is duplicated`);
    if (u.external_id) need(!store.userByExternalId(u.external_id), `user external_id ${u.external_id} is duplicated (case-insensitively)`);
    const user = newUser(context, id, u.name);
    user.email = u.email ?? null;
    user.role = u.role ?? 'end-user';
    user.ticket_restriction = user.role === 'end-user' ? 'requested' : null;
    user.restricted_agent = user.role === 'agent';
    user.external_id = u.external_id ?? null;
    user.phone = u.phone ?? null;
    user.locale = u.locale ?? user.locale;
    user.time_zone = u.time_zone ?? user.time_zone;
    user.tags = normaliseTags(u.tags ?? []);
    user.user_fields = customValues(store.userFields, u.user_fields, `user ${u.name}`);
    user.details = u.details ?? '';
    user.notes = u.notes ?? '';
    user.verified = u.verified ?? true;
    user.suspended = u.suspended ?? false;
    user.created_at = time(context, u.created_at, `user ${u.name}`);
    user.updated_at = u.updated_at ? time(context, u.updated_at, 'user') : user.created_at;
    if (user.email) user.identities.push({ id: store.id(), type: 'email', value: user.email, primary: true, verified: user.verified, created_at: user.created_at, updated_at: user.created_at });
    store.users.set(id, user);
    if (u.organization_id != null) {
      const added = addOrganizationMembership(context, id, u.organization_id, true);
      need(!('details' in added), `user ${u.name}: unknown organization ${u.organization_id}`);
    }
    if (u.default_group_id != null) {
      const added = addGroupMembership(context, id, u.default_group_id, true);
      need(!('details' in added), `user ${u.name}: cannot join group ${u.default_group_id} (unknown group or not an agent)`);
    }
    user.updated_at = u.updated_at ? time(context, u.updated_at, 'user') : user.created_at;
    result.users.push(id);
  }
  for (const m of account.organizationMemberships ?? []) {
    const added = addOrganizationMembership(context, m.user_id, m.organization_id, m.default ?? false);
    need(!('details' in added), `organization membership ${m.user_id}→${m.organization_id} refers to unknown records`);
  }
  for (const m of account.groupMemberships ?? []) {
    const added = addGroupMembership(context, m.user_id, m.group_id, m.default ?? false);
    need(!('details' in added), `group membership ${m.user_id}→${m.group_id}: unknown records or not an agent`);
  }
  for (const f of account.ticketFields ?? []) {
    need((CUSTOM_TICKET_FIELD_TYPES as readonly string[]).includes(f.type), `ticket field ${f.title}: type ${f.type} is not a custom field type`);
    const id = idFor(f.id, (i) => store.ticketFields.has(i), 'ticket field');
    const now = store.iso();
    const opts = options(f.custom_field_options);
    store.ticketFields.set(id, {
      id,
      type: f.type,
      title: f.title,
      raw_title: f.title,
      description: f.description ?? '',
      raw_description: f.description ?? '',
      position: store.ticketFields.size,
      active: f.active ?? true,
      required: f.required ?? false,
      collapsed_for_agents: false,
      regexp_for_validation: f.regexp_for_validation ?? null,
      title_in_portal: f.title,
      raw_title_in_portal: f.title,
      visible_in_portal: false,
      editable_in_portal: false,
      required_in_portal: false,
      tag: f.tag ?? null,
      removable: true,
      agent_description: null,
      ...(opts ? { custom_field_options: opts } : {}),
      created_at: now,
      updated_at: now,
    });
    result.ticketFields.push(id);
  }
  for (const t of account.tickets ?? []) result.tickets.push(seedTicket(context, t));

  for (const c of account.categories ?? []) {
    const id = idFor(c.id, (i) => store.hc.categories.has(i), 'category');
    const locale = (c.locale ?? store.hc.locales.default).toLowerCase();
    need(store.hc.locales.enabled.includes(locale), `category ${c.name}: locale ${locale} is not enabled`);
    const created = time(context, c.created_at, `category ${c.name}`);
    const category: HcCategory = {
      id,
      position: c.position ?? 0,
      source_locale: locale,
      outdated: false,
      created_at: created,
      updated_at: c.updated_at ? time(context, c.updated_at, 'category') : created,
      translations: [newTranslation(context, 'Category', id, locale, c.name, c.description ?? '', false)],
    };
    store.hc.categories.set(id, category);
    result.categories.push(id);
  }
  for (const s of account.sections ?? []) {
    const id = idFor(s.id, (i) => store.hc.sections.has(i), 'section');
    need(store.hc.categories.has(s.category_id), `section ${s.name}: unknown category ${s.category_id}`);
    if (s.parent_section_id != null) {
      need(store.hc.sections.get(s.parent_section_id)?.category_id === s.category_id, `section ${s.name}: parent ${s.parent_section_id} is not a section of the same category`);
    }
    const locale = (s.locale ?? store.hc.locales.default).toLowerCase();
    need(store.hc.locales.enabled.includes(locale), `section ${s.name}: locale ${locale} is not enabled`);
    const created = time(context, s.created_at, `section ${s.name}`);
    const section: HcSection = {
      id,
      category_id: s.category_id,
      parent_section_id: s.parent_section_id ?? null,
      position: s.position ?? 0,
      sorting: s.sorting ?? 'manual',
      source_locale: locale,
      outdated: false,
      theme_template: 'section_page',
      created_at: created,
      updated_at: s.updated_at ? time(context, s.updated_at, 'section') : created,
      translations: [newTranslation(context, 'Section', id, locale, s.name, s.description ?? '', false)],
    };
    store.hc.sections.set(id, section);
    result.sections.push(id);
  }
  const defaultGroup = [...store.hc.permissionGroups.values()][0]?.id;
  for (const a of account.articles ?? []) {
    const id = idFor(a.id, (i) => store.hc.articles.has(i), 'article');
    need(store.hc.sections.has(a.section_id), `article ${a.title}: unknown section ${a.section_id}`);
    const locale = (a.locale ?? store.hc.locales.default).toLowerCase();
    need(store.hc.locales.enabled.includes(locale), `article ${a.title}: locale ${locale} is not enabled`);
    const permissionGroup = a.permission_group_id ?? defaultGroup;
    need(permissionGroup !== undefined && store.hc.permissionGroups.has(permissionGroup), `article ${a.title}: unknown permission group`);
    need(a.user_segment_id == null || store.hc.userSegments.has(a.user_segment_id), `article ${a.title}: unknown user segment`);
    const author = a.author_id ?? store.currentUserId;
    need(store.isAgent(author), `article ${a.title}: author ${author} is not an agent`);
    const created = time(context, a.created_at, `article ${a.title}`);
    const updated = a.updated_at ? time(context, a.updated_at, 'article') : created;
    const article: HcArticle = {
      id,
      section_id: a.section_id,
      author_id: author,
      permission_group_id: permissionGroup as number,
      user_segment_id: a.user_segment_id ?? null,
      user_segment_ids: a.user_segment_id == null ? [] : [a.user_segment_id],
      comments_disabled: a.comments_disabled ?? false,
      promoted: a.promoted ?? false,
      position: a.position ?? 0,
      label_names: a.label_names ?? [],
      content_tag_ids: [],
      vote_sum: 0,
      vote_count: 0,
      source_locale: locale,
      created_at: created,
      updated_at: updated,
      edited_at: updated,
      translations: [newTranslation(context, 'Article', id, locale, a.title, a.body ?? null, a.draft ?? false)],
    };
    const source = article.translations[0];
    if (source) {
      source.created_at = created;
      source.updated_at = updated;
    }
    store.hc.articles.set(id, article);
    for (const att of a.attachments ?? []) {
      const attId = att.id === undefined ? store.id() : store.reserveId(att.id);
      const data = bytes(att.content);
      const record: HcArticleAttachment = {
        id: attId,
        article_id: id,
        file_name: att.file_name,
        content_type: att.content_type ?? 'application/octet-stream',
        size: data.length,
        inline: att.inline ?? false,
        locale: att.locale ?? null,
        download_token: store.token(),
        bytes: data,
        created_at: created,
        updated_at: created,
      };
      store.hc.articleAttachments.set(attId, record);
    }
    result.articles.push(id);
  }
  for (const t of account.translations ?? []) {
    const item =
      t.source_type === 'Article' ? store.hc.articles.get(t.source_id) : t.source_type === 'Section' ? store.hc.sections.get(t.source_id) : store.hc.categories.get(t.source_id);
    need(item !== undefined, `translation: unknown ${t.source_type} ${t.source_id}`);
    const locale = t.locale.toLowerCase();
    need(store.hc.locales.enabled.includes(locale), `translation of ${t.source_type} ${t.source_id}: locale ${locale} is not enabled`);
    need(!item?.translations.some((x) => x.locale === locale), `translation of ${t.source_type} ${t.source_id}: ${locale} is duplicated`);
    const translation = newTranslation(context, t.source_type, t.source_id, locale, t.title, t.body ?? null, t.draft ?? false);
    translation.outdated = t.outdated ?? false;
    item?.translations.push(translation);
  }
  return result;
}

function seedTicket(context: SimContext, t: SeedTicket): number {
  const { store } = context;
  const need = (ok: boolean, message: string): void => {
    if (!ok) throw new Error(`seed: ticket ${t.subject ?? t.id ?? ''}: ${message}`);
  };
  const id = t.id === undefined ? store.ticketId() : store.reserveId(t.id, 'ticket');
  need(!store.tickets.has(id) || t.id === undefined, `id ${id} is already used`);
  need(store.users.has(t.requester_id), `unknown requester ${t.requester_id}`);
  need(t.submitter_id === undefined || store.users.has(t.submitter_id), `unknown submitter ${String(t.submitter_id)}`);
  need(t.assignee_id == null || store.isAgent(t.assignee_id), `assignee ${String(t.assignee_id)} is not an agent`);
  need(t.group_id == null || store.groups.has(t.group_id), `unknown group ${String(t.group_id)}`);
  need(t.organization_id == null || store.organizations.has(t.organization_id), `unknown organization ${String(t.organization_id)}`);
  need(t.comments.length > 0, 'a ticket needs at least one comment (its description)');
  const custom = applyTicketCustomFields(context, {}, t.custom_fields ?? []);
  need(!('details' in custom), `custom fields: ${'details' in custom ? JSON.stringify(custom.details) : ''}`);
  const values = 'values' in custom ? custom.values : {};
  const created = time(context, t.created_at, 'ticket created_at');
  const auditBase = store.id();
  const comments: ZdComment[] = t.comments.map((c) => {
    need(store.users.has(c.author_id), `comment author ${c.author_id} is not a user`);
    const commentId = c.id === undefined ? store.id() : store.reserveId(c.id);
    const html = c.html_body !== undefined ? wrapHtml(c.html_body) : textToHtml(c.body ?? '');
    const text = c.html_body !== undefined ? htmlToText(c.html_body) : (c.body ?? '');
    return {
      id: commentId,
      type: 'Comment',
      author_id: c.author_id,
      body: text,
      html_body: html,
      plain_body: text,
      public: c.public ?? true,
      attachments: (c.attachments ?? []).map((a) => {
        const att = newAttachment(context, a.file_name, a.content_type ?? 'application/octet-stream', bytes(a.content), a.inline ?? false);
        if (a.id !== undefined) {
          store.attachments.delete(att.id);
          att.id = store.reserveId(a.id);
          store.attachments.set(att.id, att);
        }
        att.created_at = time(context, c.created_at, 'comment created_at');
        return att;
      }),
      audit_id: auditBase,
      via: apiVia(),
      created_at: time(context, c.created_at, 'comment created_at'),
      metadata: { system: {}, custom: {} },
    };
  });
  const lastComment = comments.reduce((max, c) => (c.created_at > max ? c.created_at : max), created);
  const updated = t.updated_at ? time(context, t.updated_at, 'ticket updated_at') : lastComment;
  const status = t.status ?? (t.assignee_id ? 'open' : 'new');
  const ticket: ZdTicket = {
    id,
    external_id: t.external_id ?? null,
    via: { channel: t.via_channel ?? 'web', source: { from: {}, to: {}, rel: null } },
    created_at: created,
    updated_at: updated,
    type: t.type ?? null,
    subject: t.subject ?? null,
    raw_subject: t.subject ?? null,
    priority: t.priority ?? null,
    status,
    recipient: null,
    requester_id: t.requester_id,
    submitter_id: t.submitter_id ?? t.requester_id,
    assignee_id: t.assignee_id ?? null,
    organization_id: t.organization_id !== undefined ? t.organization_id : (store.users.get(t.requester_id)?.organization_id ?? null),
    group_id: t.group_id ?? null,
    collaborator_ids: t.collaborator_ids ?? [],
    follower_ids: [],
    email_cc_ids: [],
    problem_id: null,
    due_at: t.due_at ?? null,
    tags: normaliseTags([...(t.tags ?? []), ...customFieldTags(context, values)]),
    custom_field_values: values,
    brand_id: 360_000_001,
    ticket_form_id: null,
    comments,
    generated_timestamp: Math.floor(Date.parse(updated) / 1000),
    solved_at: t.solved_at ?? (status === 'solved' || status === 'closed' ? updated : null),
    imported: false,
    archived: t.archived ?? false,
  };
  need(!ticket.archived || status === 'closed', 'only closed tickets can be archived');
  store.tickets.set(id, ticket);
  return id;
}
