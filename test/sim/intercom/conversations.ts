/**
 * Conversations.
 * - `POST /conversations` starts a conversation from a contact only (`from.type` user|lead|contact):
 *   there is no way to open one with an agent message, so an agent-first history has to be imported
 *   with a contact-authored first part followed by admin replies (or as a note). `created_at` is
 *   honoured; `attachment_urls` (≤10) are the only attachments a create takes.
 * - `POST /conversations/{id}/reply` adds a comment/note/quick_reply from an admin or a comment from a
 *   contact, honouring `created_at`, with ≤10 `attachment_urls` and ≤10 base64 `attachment_files`.
 *   `skip_notifications` is recorded; an admin comment without it is logged as a customer notification.
 * - `POST /conversations/{id}/parts` closes, opens, snoozes or assigns. These take no `created_at`: the
 *   part is stamped with the current time even if the request sends one.
 * - GET returns at most `maxParts` parts (see parts.ts). Lists and search carry no parts.
 * - `POST /messages` exists but, like the real one, "sends" an outbound message (logged as a
 *   notification): it is not a history import path.
 */
import { renderAttachment, attachmentsFromFiles, attachmentsFromUrls } from './attachments.js';
import { renderCompany } from './companies.js';
import { requireContact } from './contacts.js';
import { IntercomApiError, adminNotFound, invalid, missing, notFound, teamNotFound, userNotFound } from './errors.js';
import { cappedParts, newPart, paragraph, plaintext, readCreatedAt, renderAuthor, threadOrder } from './parts.js';
import { compareKeys, cursorPage, perPage, type SortKey } from './pagination.js';
import { bodyObject, optBoolean, optInteger, optObject, optString, queryInteger, reqString } from './request-input.js';
import type { AuthorRef, ContactRecord, ConversationRecord, CustomValue, PartRecord } from './records.js';
import type { RouteContext, Router } from './router.js';
import { compileQuery, searchPaging, type SearchField, type SearchModel } from './search.js';
import type { IntercomStore } from './store.js';
import { applyTag, removeTag, renderAppliedTag, renderTagList, requireTag } from './tags.js';

export const CONVERSATION_ID_BASE = 100_000;
export const MESSAGE_ID_BASE = 400_000_000;

interface Statistics {
  count_conversation_parts: number;
  count_reopens: number;
  count_assignments: number;
  first_contact_reply_at?: number;
  last_contact_reply_at?: number;
  first_admin_reply_at?: number;
  last_admin_reply_at?: number;
  first_close_at?: number;
  last_close_at?: number;
  last_closed_by_id?: string;
  first_assignment_at?: number;
  last_assignment_at?: number;
}

export function conversationStatistics(conversation: ConversationRecord): Statistics {
  const stats: Statistics = { count_conversation_parts: conversation.parts.length, count_reopens: 0, count_assignments: 0 };
  const contactAuthored = conversation.source.author.type === 'user' || conversation.source.author.type === 'lead';
  if (contactAuthored) stats.first_contact_reply_at = stats.last_contact_reply_at = conversation.created_at;
  for (const part of threadOrder(conversation.parts)) {
    const at = part.created_at;
    if (part.part_type === 'comment' && (part.author.type === 'user' || part.author.type === 'lead')) {
      stats.first_contact_reply_at ??= at;
      stats.last_contact_reply_at = at;
    }
    if (part.part_type === 'comment' && part.author.type === 'admin') {
      stats.first_admin_reply_at ??= at;
      stats.last_admin_reply_at = at;
    }
    if (part.part_type === 'close') {
      stats.first_close_at ??= at;
      stats.last_close_at = at;
      stats.last_closed_by_id = part.author.id;
    }
    if (part.part_type === 'open') stats.count_reopens++;
    if (part.part_type === 'assignment') {
      stats.count_assignments++;
      stats.first_assignment_at ??= at;
      stats.last_assignment_at = at;
    }
  }
  return stats;
}

function teammateIds(conversation: ConversationRecord): string[] {
  const ids = new Set<string>();
  if (conversation.source.author.type === 'admin') ids.add(conversation.source.author.id);
  for (const part of conversation.parts) if (part.author.type === 'admin') ids.add(part.author.id);
  return [...ids];
}

export function renderPart(store: IntercomStore, part: PartRecord, asPlaintext: boolean): Record<string, unknown> {
  return {
    type: 'conversation_part',
    id: part.id,
    part_type: part.part_type,
    body: asPlaintext ? plaintext(part.body) : part.body,
    created_at: part.created_at,
    updated_at: part.updated_at,
    notified_at: part.notified_at,
    assigned_to: part.assigned_to,
    author: { ...renderAuthor(store, part.author, false), from_ai_agent: false, is_ai_answer: false },
    attachments: part.attachments.map(renderAttachment),
    external_id: part.external_id,
    redacted: part.redacted,
    email_message_metadata: null,
    state: part.state,
    tags: [],
    event_details: null,
    app_package_code: null,
  };
}

export function renderConversation(
  store: IntercomStore,
  conversation: ConversationRecord,
  options: { withParts: boolean; maxParts: number; plaintext?: boolean },
): Record<string, unknown> {
  const asPlaintext = options.plaintext ?? false;
  const source = conversation.source;
  const company = conversation.company_id ? store.companies.get(conversation.company_id) : undefined;
  const firstContactReply = conversationStatistics(conversation).first_contact_reply_at;
  const out: Record<string, unknown> = {
    type: 'conversation',
    id: conversation.id,
    title: conversation.title,
    created_at: conversation.created_at,
    updated_at: conversation.updated_at,
    waiting_since: conversation.waiting_since,
    snoozed_until: conversation.snoozed_until,
    open: conversation.open,
    state: conversation.state,
    read: conversation.read,
    priority: conversation.priority,
    // 2.16 reports "unassigned" as 0.
    admin_assignee_id: Number(conversation.admin_assignee_id) || 0,
    team_assignee_id: Number(conversation.team_assignee_id) || 0,
    company: company ? renderCompany(store, company) : null,
    tags: renderTagList(store, conversation.tags, true),
    conversation_rating: null,
    source: {
      type: source.type,
      id: source.id,
      delivered_as: source.delivered_as,
      subject: source.subject,
      body: asPlaintext ? plaintext(source.body) : source.body,
      author: renderAuthor(store, source.author, true),
      attachments: source.attachments.map(renderAttachment),
      url: source.url,
      redacted: source.redacted,
    },
    contacts: {
      type: 'contact.list',
      contacts: conversation.contact_ids.map((id) => ({ type: 'contact', id, external_id: store.contacts.get(id)?.external_id ?? null })),
    },
    teammates: { type: 'admin.list', teammates: teammateIds(conversation).map((id) => ({ type: 'admin', id })) },
    custom_attributes: conversation.custom_attributes,
    first_contact_reply: firstContactReply === undefined ? null : { created_at: firstContactReply, type: 'conversation', url: null },
    sla_applied: null,
    statistics: { type: 'conversation_statistics', ...conversationStatistics(conversation) },
    linked_objects: { type: 'list', total_count: 0, has_more: false, data: [] },
    ai_agent_participated: false,
    ai_agent: null,
  };
  if (options.withParts) {
    const parts = cappedParts(conversation.parts, options.maxParts);
    out['conversation_parts'] = {
      type: 'conversation_part.list',
      conversation_parts: parts.map((p) => renderPart(store, p, asPlaintext)),
      total_count: conversation.parts.length,
    };
  }
  return out;
}

export function requireConversation(store: IntercomStore, id: string | undefined): ConversationRecord {
  const conversation = id === undefined ? undefined : store.conversations.get(id);
  if (!conversation) throw notFound();
  return conversation;
}

function requireAdminId(store: IntercomStore, body: Record<string, unknown>): string {
  const adminId = reqString(body, 'admin_id', 'admin_id is a required parameter.');
  if (!store.admins.has(adminId)) throw adminNotFound();
  return adminId;
}

function contactAuthor(contact: ContactRecord): AuthorRef {
  return { type: contact.role, id: contact.id };
}

function createConversation(ctx: RouteContext): Record<string, unknown> {
  const { store, request, config } = ctx;
  const body = bodyObject(request.body);
  const from = optObject(body, 'from');
  if (!from) throw missing('from is a required parameter.', 'from');
  const fromType = from['type'];
  if (fromType !== 'user' && fromType !== 'lead' && fromType !== 'contact') {
    // Conversations can only be started by a contact; admin-initiated messages go through POST /messages.
    throw invalid(`from.type must be one of user, lead or contact, got ${JSON.stringify(fromType)}`, 'from');
  }
  const contact = store.contacts.get(String(from['id'] ?? ''));
  if (!contact || contact.merged_into !== null) throw userNotFound();
  const text = reqString(body, 'body', 'body is a required parameter.');
  const attachments = attachmentsFromUrls(body['attachment_urls'], config.maxAttachmentsPerPart);
  const createdAt = readCreatedAt(body['created_at']) ?? store.now();
  const id = store.nextNumericId('conversation', CONVERSATION_ID_BASE);
  const messageId = store.nextNumericId('message', MESSAGE_ID_BASE);
  const conversation: ConversationRecord = {
    id,
    title: null,
    created_at: createdAt,
    updated_at: store.now(),
    waiting_since: createdAt,
    snoozed_until: null,
    open: true,
    state: 'open',
    read: false,
    priority: 'none',
    admin_assignee_id: '0',
    team_assignee_id: '0',
    company_id: contact.company_ids[0] ?? null,
    contact_ids: [contact.id],
    tags: [],
    source: {
      type: 'conversation',
      id: messageId,
      delivered_as: 'customer_initiated',
      subject: optString(body, 'subject') ?? '',
      body: paragraph(text),
      author: contactAuthor(contact),
      attachments,
      url: null,
      redacted: false,
    },
    parts: [],
    custom_attributes: {},
    message_id: messageId,
  };
  store.conversations.set(id, conversation);
  contact.last_replied_at = Math.max(contact.last_replied_at ?? 0, createdAt);
  return { type: 'user_message', id: messageId, created_at: createdAt, body: text, message_type: 'inapp', conversation_id: id };
}

/** `POST /conversations/{id}/reply`, where the id may be `last` for a contact's latest conversation. */
function reply(ctx: RouteContext): Record<string, unknown> {
  const { store, request, params, config } = ctx;
  const body = bodyObject(request.body);
  const type = body['type'];
  const messageType = reqString(body, 'message_type', 'message_type is a required parameter.');
  const createdAt = readCreatedAt(body['created_at']);
  const urls = attachmentsFromUrls(body['attachment_urls'], config.maxAttachmentsPerPart);

  let author: AuthorRef;
  let contact: ContactRecord | undefined;
  if (type === 'admin') {
    if (!['comment', 'note', 'quick_reply'].includes(messageType)) throw invalid(`message_type must be comment, note or quick_reply`, 'message_type');
    if (messageType === 'quick_reply' && !Array.isArray(body['reply_options'])) throw missing('reply_options is required for quick_reply', 'reply_options');
    author = { type: 'admin', id: requireAdminId(store, body) };
  } else if (type === 'user') {
    if (messageType !== 'comment') throw invalid('message_type must be comment for a contact reply', 'message_type');
    contact = findReplyingContact(store, body);
    author = contactAuthor(contact);
  } else {
    throw invalid('type must be admin or user', 'type');
  }

  const conversation =
    params['conversation_id'] === 'last' && contact
      ? lastConversationOf(store, contact.id)
      : requireConversation(store, params['conversation_id']);
  const files = attachmentsFromFiles(store, body['attachment_files'], config.maxAttachmentsPerPart);
  const text = optString(body, 'body');
  if ((text === undefined || text === '') && urls.length === 0 && files.length === 0) throw missing('body is a required parameter.', 'body');

  const skip = optBoolean(body, 'skip_notifications') ?? false;
  const reopen = author.type !== 'admin' && conversation.state !== 'open';
  const part = newPart(
    store,
    {
      part_type: messageType,
      author,
      body: text ?? null,
      attachments: [...urls, ...files],
      state: reopen ? 'open' : conversation.state,
      skip_notifications: skip,
    },
    createdAt,
  );
  conversation.parts.push(part);
  conversation.updated_at = store.now();
  if (author.type === 'admin' && messageType === 'comment') {
    conversation.waiting_since = null;
    if (!skip) store.notifications.push({ kind: 'conversation_reply', target_id: conversation.id, at: store.now() });
  }
  if (contact) {
    if (reopen) {
      conversation.state = 'open';
      conversation.open = true;
      conversation.snoozed_until = null;
    }
    conversation.waiting_since = part.created_at;
    if (!conversation.contact_ids.includes(contact.id)) conversation.contact_ids.push(contact.id);
    contact.last_replied_at = Math.max(contact.last_replied_at ?? 0, part.created_at);
  }
  return renderConversation(store, conversation, { withParts: true, maxParts: config.maxParts });
}

function findReplyingContact(store: IntercomStore, body: Record<string, unknown>): ContactRecord {
  const intercomUserId = optString(body, 'intercom_user_id');
  const userId = optString(body, 'user_id');
  const email = optString(body, 'email');
  let contact: ContactRecord | undefined;
  if (intercomUserId) contact = store.contacts.get(intercomUserId);
  else if (userId) contact = store.findContactByExternalId(userId);
  else if (email) contact = store.findContactByEmail(email);
  else throw missing('One of intercom_user_id, user_id or email is required for a contact reply', 'intercom_user_id');
  if (!contact || contact.merged_into !== null) throw userNotFound();
  return contact;
}

function lastConversationOf(store: IntercomStore, contactId: string): ConversationRecord {
  let last: ConversationRecord | undefined;
  for (const c of store.conversations.values()) {
    if (c.contact_ids.includes(contactId) && (!last || c.created_at >= last.created_at)) last = c;
  }
  if (!last) throw notFound();
  return last;
}

/** Close, open, snooze and assign. None of them takes a `created_at`. */
function manage(ctx: RouteContext): Record<string, unknown> {
  const { store, request, params, config } = ctx;
  const conversation = requireConversation(store, params['conversation_id']);
  const body = bodyObject(request.body);
  const messageType = reqString(body, 'message_type', 'message_type is a required parameter.');
  const adminId = requireAdminId(store, body);
  const author: AuthorRef = { type: 'admin', id: adminId };
  const text = optString(body, 'body') ?? null;
  const now = store.now();
  let part: PartRecord;
  switch (messageType) {
    case 'close':
      if (body['type'] !== 'admin') throw invalid('type must be admin', 'type');
      conversation.state = 'closed';
      conversation.open = false;
      conversation.snoozed_until = null;
      conversation.waiting_since = null;
      part = newPart(store, { part_type: 'close', author, body: text, state: 'closed' });
      break;
    case 'open':
      if (conversation.state !== 'open') {
        conversation.state = 'open';
        conversation.open = true;
        conversation.snoozed_until = null;
      }
      part = newPart(store, { part_type: 'open', author, body: null, state: 'open' });
      break;
    case 'snoozed': {
      const until = optInteger(body, 'snoozed_until');
      if (until === undefined) throw missing('snoozed_until is a required parameter.', 'snoozed_until');
      conversation.state = 'snoozed';
      conversation.open = true;
      conversation.snoozed_until = until;
      part = newPart(store, { part_type: 'snoozed', author, body: null, state: 'snoozed' });
      break;
    }
    case 'assignment': {
      const assigneeType = body['type'];
      const assigneeId = reqString(body, 'assignee_id', 'assignee_id is a required parameter.');
      let assignedTo: PartRecord['assigned_to'];
      if (assigneeType === 'admin') {
        if (assigneeId !== '0' && !store.admins.has(assigneeId)) throw adminNotFound();
        conversation.admin_assignee_id = assigneeId;
        assignedTo = assigneeId === '0' ? { type: 'nobody_admin', id: '0' } : { type: 'admin', id: assigneeId };
      } else if (assigneeType === 'team') {
        if (assigneeId !== '0' && !store.teams.has(assigneeId)) throw teamNotFound();
        conversation.team_assignee_id = assigneeId;
        assignedTo = { type: 'team', id: assigneeId };
      } else {
        throw invalid('type must be admin or team', 'type');
      }
      part = newPart(store, { part_type: 'assignment', author, body: text, assigned_to: assignedTo, state: conversation.state });
      break;
    }
    default:
      throw invalid(`message_type must be one of close, open, snoozed or assignment`, 'message_type');
  }
  conversation.parts.push(part);
  conversation.updated_at = now;
  return renderConversation(store, conversation, { withParts: true, maxParts: config.maxParts });
}

export function conversationSearchModel(store: IntercomStore): SearchModel<ConversationRecord> {
  const s = (get: (c: ConversationRecord) => unknown): SearchField<ConversationRecord> => ({ kind: 'string', get });
  const d = (get: (c: ConversationRecord) => number | null | undefined): SearchField<ConversationRecord> => ({ kind: 'date', get: (c) => get(c) ?? null });
  const i = (get: (c: ConversationRecord) => number): SearchField<ConversationRecord> => ({ kind: 'integer', get });
  const author = (c: ConversationRecord): { name: string | null; email: string | null } => {
    const a = c.source.author;
    if (a.type === 'admin') {
      const admin = store.admins.get(a.id);
      return { name: admin?.name ?? null, email: admin?.email ?? null };
    }
    const contact = store.contacts.get(a.id);
    return { name: contact?.name ?? null, email: contact?.email ?? null };
  };
  const fields: Record<string, SearchField<ConversationRecord>> = {
    id: s((c) => c.id),
    created_at: d((c) => c.created_at),
    updated_at: d((c) => c.updated_at),
    'source.type': s((c) => c.source.type),
    'source.id': s((c) => c.source.id),
    'source.delivered_as': s((c) => c.source.delivered_as),
    'source.subject': s((c) => c.source.subject),
    // Matched word by word, as documented: `=` "support" finds "I need support".
    'source.body': s((c) => plaintext(c.source.body)?.split(/\W+/).filter(Boolean) ?? []),
    'source.author.id': s((c) => c.source.author.id),
    'source.author.type': s((c) => c.source.author.type),
    'source.author.name': s((c) => author(c).name),
    'source.author.email': s((c) => author(c).email),
    'source.url': s((c) => c.source.url),
    contact_ids: s((c) => c.contact_ids),
    teammate_ids: s((c) => teammateIds(c)),
    admin_assignee_id: i((c) => Number(c.admin_assignee_id) || 0),
    team_assignee_id: i((c) => Number(c.team_assignee_id) || 0),
    open: { kind: 'boolean', get: (c) => c.open },
    read: { kind: 'boolean', get: (c) => c.read },
    state: s((c) => c.state),
    waiting_since: d((c) => c.waiting_since),
    snoozed_until: d((c) => c.snoozed_until),
    tag_ids: s((c) => c.tags.map((t) => t.tag_id)),
    priority: s((c) => c.priority),
    title: s((c) => c.title),
    'statistics.count_conversation_parts': i((c) => c.parts.length),
    'statistics.count_reopens': i((c) => conversationStatistics(c).count_reopens),
    'statistics.count_assignments': i((c) => conversationStatistics(c).count_assignments),
    'statistics.last_close_at': d((c) => conversationStatistics(c).last_close_at),
    'statistics.first_close_at': d((c) => conversationStatistics(c).first_close_at),
  };
  return { timestamps: 'inclusive', timezone: store.app.timezone, field: (name) => fields[name] };
}

function checkConversationAttributes(store: IntercomStore, values: Record<string, unknown>): Record<string, CustomValue> {
  const out: Record<string, CustomValue> = {};
  for (const [name, value] of Object.entries(values)) {
    const attr = [...store.conversationAttributes.values()].find((a) => a.name === name && !a.archived);
    if (!attr) throw missing(`Custom attribute '${name}' does not exist`, 'custom_attributes');
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) throw invalid(`Custom attribute '${name}' has an unsupported value`, 'custom_attributes');
    out[name] = value as CustomValue;
  }
  return out;
}

const listKey = (c: ConversationRecord): SortKey => [-c.updated_at, -Number(c.id)];
const searchKey = (c: ConversationRecord): SortKey => [c.created_at, Number(c.id)];

export function registerConversationRoutes(router: Router): void {
  router.on('POST', '/conversations', createConversation);
  router.on('GET', '/conversations', ({ store, query }) => {
    const size = perPage(queryInteger(query, 'per_page'), 20, 150);
    const all = [...store.conversations.values()].sort((a, b) => compareKeys(listKey(a), listKey(b)));
    const page = cursorPage(all, listKey, query.get('starting_after') ?? undefined, size);
    return {
      type: 'conversation.list',
      conversations: page.items.map((c) => renderConversation(store, c, { withParts: false, maxParts: 0 })),
      total_count: page.total_count,
      pages: page.pages,
    };
  });
  router.on('POST', '/conversations/search', ({ store, request }) => {
    const body = bodyObject(request.body);
    const predicate = compileQuery(body['query'], conversationSearchModel(store));
    const { perPage: size, startingAfter } = searchPaging(body, 20, 150);
    const matches = [...store.conversations.values()].filter(predicate).sort((a, b) => compareKeys(searchKey(a), searchKey(b)));
    const page = cursorPage(matches, searchKey, startingAfter, size);
    return {
      type: 'conversation.list',
      conversations: page.items.map((c) => renderConversation(store, c, { withParts: false, maxParts: 0 })),
      total_count: page.total_count,
      pages: page.pages,
    };
  });
  router.on('GET', '/conversations/{conversation_id}', ({ store, params, query, config }) =>
    renderConversation(store, requireConversation(store, params['conversation_id']), {
      withParts: true,
      maxParts: config.maxParts,
      plaintext: query.get('display_as') === 'plaintext',
    }),
  );
  router.on('PUT', '/conversations/{conversation_id}', ({ store, params, request, config }) => {
    const conversation = requireConversation(store, params['conversation_id']);
    const body = bodyObject(request.body);
    const read = optBoolean(body, 'read');
    if (read !== undefined) conversation.read = read;
    const title = optString(body, 'title');
    if (title !== undefined) conversation.title = title;
    const custom = optObject(body, 'custom_attributes');
    if (custom) conversation.custom_attributes = { ...conversation.custom_attributes, ...checkConversationAttributes(store, custom) };
    const companyId = optString(body, 'company_id');
    if (companyId !== undefined) {
      if (!store.companies.has(companyId)) throw new IntercomApiError(404, 'company_not_found', 'Company Not Found');
      conversation.company_id = companyId;
    }
    conversation.updated_at = store.now();
    return renderConversation(store, conversation, { withParts: true, maxParts: config.maxParts });
  });
  router.on('POST', '/conversations/{conversation_id}/reply', reply);
  router.on('POST', '/conversations/{conversation_id}/parts', manage);
  router.on('POST', '/conversations/{conversation_id}/tags', ({ store, params, request }) => {
    const conversation = store.conversations.get(params['conversation_id'] ?? '');
    if (!conversation) throw notFound('Conversation not found');
    const body = bodyObject(request.body);
    const adminId = requireAdminId(store, body);
    const tag = requireTag(store, body['id']);
    const applied = applyTag(conversation.tags, tag, store.now(), { type: 'admin', id: adminId });
    conversation.updated_at = store.now();
    return renderAppliedTag(store, applied);
  });
  router.on('DELETE', '/conversations/{conversation_id}/tags/{tag_id}', ({ store, params, request }) => {
    const conversation = store.conversations.get(params['conversation_id'] ?? '');
    if (!conversation) throw notFound('Conversation not found');
    requireAdminId(store, bodyObject(request.body));
    const tag = requireTag(store, params['tag_id']);
    removeTag(conversation.tags, tag.id);
    conversation.updated_at = store.now();
    return { type: 'tag', id: tag.id, name: tag.name };
  });

  router.on('POST', '/messages', ({ store, request }) => {
    const body = bodyObject(request.body);
    const from = optObject(body, 'from');
    const to = optObject(body, 'to');
    if (!from || from['type'] !== 'admin') throw invalid('from must be an admin', 'from');
    const adminId = String(from['id'] ?? '');
    if (!store.admins.has(adminId)) throw adminNotFound();
    if (!to) throw missing('to is a required parameter.', 'to');
    const contact = requireContact(store, String(to['id'] ?? ''));
    const messageType = optString(body, 'message_type') ?? 'inapp';
    if (!['in_app', 'inapp', 'email', 'whatsapp'].includes(messageType)) throw invalid('message_type is not valid', 'message_type');
    const text = reqString(body, 'body', 'body is a required parameter.');
    const createdAt = readCreatedAt(body['created_at']) ?? store.now();
    const messageId = store.nextNumericId('message', MESSAGE_ID_BASE);
    // The real endpoint delivers this to the customer: record it as a notification.
    store.notifications.push({ kind: 'message', target_id: contact.id, at: store.now() });
    let conversationId: string | undefined;
    if (optBoolean(body, 'create_conversation_without_contact_reply')) {
      conversationId = store.nextNumericId('conversation', CONVERSATION_ID_BASE);
      store.conversations.set(conversationId, {
        id: conversationId,
        title: null,
        created_at: createdAt,
        updated_at: store.now(),
        waiting_since: null,
        snoozed_until: null,
        open: true,
        state: 'open',
        read: false,
        priority: 'none',
        admin_assignee_id: '0',
        team_assignee_id: '0',
        company_id: null,
        contact_ids: [contact.id],
        tags: [],
        source: {
          type: messageType === 'email' ? 'email' : 'conversation',
          id: messageId,
          delivered_as: 'admin_initiated',
          subject: optString(body, 'subject') ?? '',
          body: text,
          author: { type: 'admin', id: adminId },
          attachments: [],
          url: null,
          redacted: false,
        },
        parts: [],
        custom_attributes: {},
        message_id: messageId,
      });
    }
    const message: Record<string, unknown> = {
      type: 'admin_message',
      id: messageId,
      created_at: createdAt,
      subject: optString(body, 'subject') ?? '',
      body: text,
      message_type: messageType === 'in_app' ? 'inapp' : messageType,
    };
    if (conversationId) message['conversation_id'] = conversationId;
    return message;
  });
}

