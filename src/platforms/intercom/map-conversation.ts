/** An Intercom conversation (with its parts) → a canonical ticket of kind `conversation`. */
import type { Comment, Ticket, TicketPriority, TicketStatus } from '../../model/records.js';
import { assigneeOf, type IcConversation } from './api-types.js';
import { customFromIntercom } from './custom-values.js';
import { attachmentsOf, authorOf, commentFromPart } from './map-parts.js';
import { isoFromUnix } from './timestamps.js';

const STATUS: Record<IcConversation['state'], TicketStatus> = { open: 'open', snoozed: 'pending', closed: 'closed' };
const PRIORITY: Record<string, TicketPriority> = { low: 'low', medium: 'normal', high: 'high', urgent: 'urgent', priority: 'high' };
const CHANNEL: Record<string, string> = { conversation: 'chat', email: 'email', phone_call: 'phone', phone_switch: 'phone', sms: 'sms', whatsapp: 'whatsapp', push: 'push' };

export function ticketFromConversation(c: IcConversation): Ticket {
  const opening: Comment = {
    id: c.source.id,
    ...authorOf(c.source.author),
    body: c.source.body ?? '',
    public: true,
    createdAt: isoFromUnix(c.created_at),
    attachments: attachmentsOf(c.source.id, c.source.attachments),
  };
  const parts = c.conversation_parts?.conversation_parts ?? [];
  const comments = [opening, ...parts.map(commentFromPart).filter((x): x is Comment => x !== undefined)];
  const total = c.conversation_parts?.total_count ?? parts.length;
  const subject = c.title || stripTags(c.source.subject ?? '');
  const priority = c.priority ? PRIORITY[c.priority] : undefined;
  const assigneeId = assigneeOf(c.admin_assignee_id);
  const teamId = assigneeOf(c.team_assignee_id);
  return {
    id: c.id,
    kind: 'conversation',
    ...(subject ? { subject } : {}),
    status: STATUS[c.state] ?? 'open',
    ...(priority ? { priority } : {}),
    channel: CHANNEL[c.source.type] ?? c.source.type,
    requesterId: c.contacts?.contacts[0]?.id ?? (opening.authorType === 'contact' ? (opening.authorId ?? '') : ''),
    ...(assigneeId ? { assigneeId } : {}),
    ...(teamId ? { teamId } : {}),
    ...(c.company?.id ? { companyId: c.company.id } : {}),
    tags: (c.tags?.tags ?? []).map((t) => t.name),
    custom: customFromIntercom(c.custom_attributes, new Set()),
    createdAt: isoFromUnix(c.created_at),
    updatedAt: isoFromUnix(c.updated_at),
    comments,
    // Intercom returns only the 500 most recent parts; total_count says how many there are.
    ...(total > parts.length ? { truncatedFrom: total } : {}),
  };
}

function stripTags(html: string): string {
  return html.replace(/<[^>]+>/g, '').trim();
}
