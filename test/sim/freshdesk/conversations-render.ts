/** The JSON of a conversation (reply or note), as lists and create answers show it. */
import { renderAttachment } from './attachments.js';
import { iso, type SimContext } from './context.js';
import type { ConversationRecord } from './types.js';

export function renderConversation(context: SimContext, c: ConversationRecord): Record<string, unknown> {
  return {
    id: c.id,
    body: c.body,
    body_text: c.body_text,
    incoming: c.incoming,
    private: c.private,
    source: c.source,
    user_id: c.user_id,
    ticket_id: c.ticket_id,
    support_email: c.support_email,
    from_email: c.from_email,
    to_emails: c.to_emails,
    cc_emails: c.cc_emails,
    bcc_emails: c.bcc_emails,
    attachments: c.attachments.map((a) => renderAttachment(context, a)),
    created_at: iso(c.created_at),
    updated_at: iso(c.updated_at),
  };
}
