/**
 * Adding to a ticket's history (research §2.4): notes (no email to the requester; `private` default
 * true, `incoming` default false, `source` 2) and replies (email the requester; `source` 0).
 * Neither takes `created_at`. A note's `user_id` may be an agent; a contact follows
 * `policies.noteUserIsContact` (docs: "agent/user" — unverified). Emails Freshdesk would send are
 * recorded in `store.sentEmails`.
 */
import { checkAttachmentCap, refuseJsonAttachments, storeAttachments } from './attachments.js';
import type { SimContext } from './context.js';
import { invalidBody } from './common-input.js';
import { renderConversation } from './conversations-render.js';
import { created, notFound } from './http.js';
import { readWriteInput } from './request-input.js';
import type { RouteRequest, Router } from './router.js';
import { htmlToText, liveTicket } from './tickets.js';
import { CONVERSATION_SOURCE, type ConversationRecord, type TicketRecord } from './types.js';
import { Checker } from './validate.js';

export const SUPPORT_EMAIL = 'support@sim.freshdesk.com';

export function registerConversations(router: Router): void {
  router.add('POST', '/api/v2/tickets/{id}/notes', note);
  router.add('POST', '/api/v2/tickets/{id}/reply', reply);
}

async function note(request: RouteRequest, context: SimContext) {
  const ticket = liveTicket(context, request.params['id']);
  if (!ticket) return notFound();
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  refuseJsonAttachments(input);
  const f = input.fields;
  const check = new Checker(f)
    .only(['body', 'private', 'incoming', 'user_id', 'notify_emails', 'attachments'])
    .required('body')
    .kinds({ body: 'string', private: 'boolean', incoming: 'boolean', user_id: 'integer', notify_emails: 'string[]' });
  let userId = context.store.currentAgentId;
  if (Number.isInteger(f['user_id'])) {
    const user = context.store.user(f['user_id'] as number);
    const policy = context.options.policies.noteUserIsContact;
    if (!user) check.add('user_id', 'invalid_value', 'There is no user matching the given user_id');
    else if (user.kind === 'agent' || policy === 'accept') userId = user.record.id;
    else if (policy === 'reject') check.add('user_id', 'invalid_value', 'It should be the id of an agent');
  }
  check.done();
  checkAttachmentCap(context, ticket, input.files);
  const notify = (f['notify_emails'] as string[] | undefined) ?? [];
  const conversation = add(context, ticket, {
    body: String(f['body']),
    incoming: f['incoming'] === true,
    private: f['private'] !== false,
    source: CONVERSATION_SOURCE.note,
    user_id: userId,
    support_email: null,
    from_email: null,
    to_emails: notify.length > 0 ? notify : null,
    cc_emails: [],
    bcc_emails: [],
  }, input.files);
  if (notify.length > 0) context.store.sentEmails.push({ ticket_id: ticket.id, conversation_id: conversation.id, to: notify, kind: 'note_notification' });
  return created(renderConversation(context, conversation));
}

async function reply(request: RouteRequest, context: SimContext) {
  const ticket = liveTicket(context, request.params['id']);
  if (!ticket) return notFound();
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  refuseJsonAttachments(input);
  const f = input.fields;
  const check = new Checker(f)
    .only(['body', 'from_email', 'user_id', 'cc_emails', 'bcc_emails', 'attachments'])
    .required('body')
    .kinds({ body: 'string', from_email: 'string', user_id: 'integer', cc_emails: 'string[]', bcc_emails: 'string[]' })
    .email('from_email');
  if (Number.isInteger(f['user_id']) && !context.store.agents.has(f['user_id'] as number)) check.add('user_id', 'invalid_value', 'There is no agent matching the given user_id');
  check.done();
  checkAttachmentCap(context, ticket, input.files);
  const requester = context.store.user(ticket.requester_id)?.record;
  const to = requester?.email ? [requester.email] : [];
  const conversation = add(context, ticket, {
    body: String(f['body']),
    incoming: false,
    private: false,
    source: CONVERSATION_SOURCE.reply,
    user_id: (f['user_id'] as number | undefined) ?? context.store.currentAgentId,
    support_email: SUPPORT_EMAIL,
    from_email: (f['from_email'] as string | undefined) ?? SUPPORT_EMAIL,
    to_emails: to,
    cc_emails: (f['cc_emails'] as string[] | undefined) ?? [],
    bcc_emails: (f['bcc_emails'] as string[] | undefined) ?? [],
  }, input.files);
  ticket.first_responded_at ??= conversation.created_at;
  context.store.sentEmails.push({ ticket_id: ticket.id, conversation_id: conversation.id, to: [...to, ...conversation.cc_emails, ...conversation.bcc_emails], kind: 'reply' });
  return created(renderConversation(context, conversation));
}

type NewConversation = Omit<ConversationRecord, 'id' | 'ticket_id' | 'body_text' | 'attachments' | 'created_at' | 'updated_at'>;

function add(context: SimContext, ticket: TicketRecord, fields: NewConversation, files: Parameters<typeof storeAttachments>[1]): ConversationRecord {
  const time = context.now();
  const conversation: ConversationRecord = {
    ...fields,
    id: context.store.id(),
    ticket_id: ticket.id,
    body_text: htmlToText(fields.body),
    attachments: storeAttachments(context, files),
    created_at: time,
    updated_at: time,
  };
  ticket.conversations.push(conversation);
  ticket.updated_at = time;
  context.store.ticketVersion++;
  return conversation;
}
