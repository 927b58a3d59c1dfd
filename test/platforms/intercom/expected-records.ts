/**
 * What the Intercom source must read from a simulator workspace, written from the simulator's store
 * (the ground truth) by the mapping rules of the README (The Intercom platform), independently of the connector's code.
 */
import type { Article, Company, Contact, FieldDef, KbCategory, KbFolder, Ticket } from '../../../src/model/records.js';
import type { IntercomStore } from '../../sim/intercom/index.js';
import type { AttachmentRecord, ConversationRecord, PartRecord, TicketRecord } from '../../sim/intercom/records.js';
import { cappedParts } from '../../sim/intercom/parts.js';

export const iso = (s: number) => new Date(s * 1000).toISOString();
const tagNames = (store: IntercomStore, tags: { tag_id: string }[]) => tags.map((t) => store.tags.get(t.tag_id)?.name as string);

export function expectedCompanies(store: IntercomStore): Company[] {
  return [...store.companies.values()]
    .filter((c) => store.userCount(c.id) > 0)
    .map((c) => ({
      id: c.id,
      name: c.name,
      externalId: c.company_id,
      ...(c.plan ? { plan: c.plan } : {}),
      createdAt: iso(c.remote_created_at ?? c.created_at),
      updatedAt: iso(c.updated_at),
      custom: c.custom_attributes,
      tags: tagNames(store, c.tags),
    }));
}

export function expectedContacts(store: IntercomStore): Contact[] {
  return [...store.contacts.values()]
    .filter((c) => !c.archived && c.merged_into === null)
    .map((c) => ({
      id: c.id,
      role: c.role,
      ...(c.name ? { name: c.name } : {}),
      ...(c.email ? { email: c.email } : {}),
      ...(c.phone ? { phone: c.phone } : {}),
      ...(c.external_id ? { externalId: c.external_id } : {}),
      ...(c.language_override ? { locale: c.language_override } : {}),
      companyIds: c.company_ids,
      createdAt: iso(c.created_at),
      updatedAt: iso(c.updated_at),
      custom: c.custom_attributes,
      tags: tagNames(store, c.tags),
    }));
}

export function expectedFields(store: IntercomStore): Omit<FieldDef, 'id'>[] {
  const types: Record<string, FieldDef['type']> = { string: 'string', integer: 'number', float: 'decimal', decimal: 'decimal', boolean: 'boolean', date: 'date', datetime: 'date' };
  const data = [...store.dataAttributes.values()]
    .filter((a) => a.custom)
    .map((a) => ({ on: a.model === 'company' ? ('companies' as const) : ('contacts' as const), key: a.name, label: a.label, type: types[a.data_type] as FieldDef['type'] }));
  const tickets = [...store.ticketTypes.values()].flatMap((t) =>
    t.attributes
      .filter((a) => !a.default)
      .map((a) => ({
        on: 'tickets' as const,
        key: a.name,
        label: a.name,
        type: a.data_type === 'list' ? ('list' as const) : (types[a.data_type] as FieldDef['type']),
        ...(a.data_type === 'list' ? { options: a.list_items.map((i) => i.label) } : {}),
        ...(a.description ? { description: a.description } : {}),
      })),
  );
  return [...data, ...tickets];
}

/** Parts that carry words or files, from the ones the API returns (the 500 most recent). */
export function messageParts(parts: PartRecord[]): PartRecord[] {
  return cappedParts(parts, 500).filter((p) => (p.body ?? '').trim() !== '' || p.attachments.length > 0);
}

const attachmentsOf = (partId: string, list: AttachmentRecord[]) =>
  list.map((a, i) => ({ id: `${partId}-${i + 1}`, fileName: a.name, contentType: a.content_type, size: a.filesize }));

const authorOf = (a: { type: string; id: string }) =>
  a.type === 'admin' ? { authorType: 'agent', authorId: a.id } : a.type === 'user' || a.type === 'lead' ? { authorType: 'contact', authorId: a.id } : { authorType: 'bot' };

function comment(p: PartRecord) {
  return { id: p.id, ...authorOf(p.author), body: p.body ?? '', public: !p.part_type.includes('note'), createdAt: iso(p.created_at), attachments: attachmentsOf(p.id, p.attachments) };
}

/** A canonical record as the archive holds it, attachment URLs aside (the test checks their bytes). */
export type Expected<T> = Omit<T, 'comments'> & { comments: Array<Record<string, unknown>> };

export function expectedConversation(store: IntercomStore, c: ConversationRecord): Expected<Ticket> {
  const status = { open: 'open', closed: 'closed', snoozed: 'pending' } as const;
  const priority = { none: undefined, low: 'low', medium: 'normal', high: 'high', urgent: 'urgent' } as const;
  const parts = messageParts(c.parts);
  const subject = c.title || c.source.subject;
  const p = priority[c.priority];
  return {
    id: c.id,
    kind: 'conversation',
    ...(subject ? { subject } : {}),
    status: status[c.state],
    ...(p ? { priority: p } : {}),
    channel: 'chat',
    requesterId: c.contact_ids[0] as string,
    ...(c.admin_assignee_id !== '0' ? { assigneeId: c.admin_assignee_id } : {}),
    ...(c.team_assignee_id !== '0' ? { teamId: c.team_assignee_id } : {}),
    ...(c.company_id ? { companyId: c.company_id } : {}),
    tags: tagNames(store, c.tags),
    custom: c.custom_attributes,
    createdAt: iso(c.created_at),
    updatedAt: iso(c.updated_at),
    comments: [
      { id: c.source.id, ...authorOf(c.source.author), body: c.source.body, public: true, createdAt: iso(c.created_at), attachments: attachmentsOf(c.source.id, c.source.attachments) },
      ...parts.map(comment),
    ],
    ...(c.parts.length > 500 ? { truncatedFrom: c.parts.length } : {}),
  };
}

export function expectedTicket(store: IntercomStore, t: TicketRecord): Expected<Ticket> {
  const type = store.ticketTypes.get(t.ticket_type_id);
  const state = store.ticketStates.get(t.state_id);
  const status = { submitted: 'new', in_progress: 'open', waiting_on_customer: 'pending', resolved: 'solved' } as const;
  const custom: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(t.ticket_attributes)) {
    if (name.startsWith('_default_')) continue;
    const attribute = type?.attributes.find((a) => a.name === name);
    custom[name] = attribute?.data_type === 'list' ? attribute.list_items.find((i) => i.id === value)?.label : value;
  }
  const description = t.ticket_attributes['_default_description_'];
  const title = t.ticket_attributes['_default_title_'];
  return {
    id: `ticket-${t.id}`,
    kind: 'ticket',
    ...(typeof title === 'string' && title ? { subject: title } : {}),
    status: status[state?.category ?? 'submitted'],
    type: type?.name as string,
    requesterId: t.contact_ids[0] as string,
    ...(t.admin_assignee_id !== '0' ? { assigneeId: t.admin_assignee_id } : {}),
    ...(t.team_assignee_id !== '0' ? { teamId: t.team_assignee_id } : {}),
    tags: [],
    custom: custom as Ticket['custom'],
    createdAt: iso(t.created_at),
    updatedAt: iso(t.updated_at),
    comments: [
      ...(typeof description === 'string' && description
        ? [{ id: 'description', authorType: 'contact', authorId: t.contact_ids[0], body: description, public: true, createdAt: iso(t.created_at), attachments: [] }]
        : []),
      ...messageParts(t.parts).map(comment),
    ],
    ...(t.parts.length > 500 ? { truncatedFrom: t.parts.length } : {}),
  };
}

export function expectedKnowledgeBase(store: IntercomStore): { categories: KbCategory[]; folders: KbFolder[]; articles: Article[] } {
  const collections = [...store.collections.values()];
  const translations = (c: (typeof collections)[number]) =>
    Object.fromEntries(Object.entries(c.translations).map(([l, t]) => [l, { name: t.name, ...(t.description ? { description: t.description } : {}) }]));
  const root = (id: string): string => {
    const c = store.collections.get(id);
    return c?.parent_id ? root(c.parent_id) : id;
  };
  const categories = collections
    .filter((c) => !c.parent_id)
    .map((c) => ({ id: c.id, name: c.name, ...(c.description ? { description: c.description } : {}), locale: c.default_locale, position: c.order, translations: translations(c) }));
  const folders = collections
    .filter((c) => c.parent_id)
    .map((c) => ({
      id: c.id,
      categoryId: root(c.id),
      ...(c.parent_id !== root(c.id) ? { parentFolderId: c.parent_id as string } : {}),
      name: c.name,
      ...(c.description ? { description: c.description } : {}),
      locale: c.default_locale,
      position: c.order,
      translations: translations(c),
    }));
  const articles = [...store.articles.values()].map(
    (a): Article => ({
      id: a.id,
      ...(a.parent_id ? (store.collections.get(a.parent_id)?.parent_id ? { folderId: a.parent_id } : { categoryId: a.parent_id }) : {}),
      title: a.title,
      body: a.body,
      status: a.state,
      locale: a.default_locale,
      authorId: String(a.author_id),
      tags: tagNames(store, a.tags),
      createdAt: iso(a.created_at),
      updatedAt: iso(a.updated_at),
      translations: Object.entries(a.translations).map(([locale, t]) => ({ locale, title: t.title, body: t.body, status: t.state })),
      attachments: [],
    }),
  );
  return { categories, folders, articles };
}
