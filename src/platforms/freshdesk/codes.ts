/**
 * Freshdesk's numeric codes for ticket status, priority and source (research §2.4), both ways.
 * Freshdesk has no "new" and no "on hold": new tickets are Open (2); on-hold ones go to the first
 * custom status when the account has one (accounts start with "Waiting on Customer" and "Waiting on
 * Third Party"), else Pending (3); custom statuses read back as hold.
 */
import type { TicketPriority, TicketStatus } from '../../model/records.js';

export const STATUS = { open: 2, pending: 3, resolved: 4, closed: 5 } as const;

export function statusToFreshdesk(status: TicketStatus, customStatuses: readonly number[]): number {
  switch (status) {
    case 'new':
    case 'open':
      return STATUS.open;
    case 'pending':
      return STATUS.pending;
    case 'hold':
      return customStatuses[0] ?? STATUS.pending;
    case 'solved':
      return STATUS.resolved;
    case 'closed':
      return STATUS.closed;
  }
}

export function statusFromFreshdesk(code: number): TicketStatus {
  if (code === STATUS.open) return 'open';
  if (code === STATUS.pending) return 'pending';
  if (code === STATUS.resolved) return 'solved';
  if (code === STATUS.closed) return 'closed';
  return 'hold';
}

const PRIORITIES: readonly TicketPriority[] = ['low', 'normal', 'high', 'urgent'];

/** 1 Low, 2 Medium, 3 High, 4 Urgent. */
export function priorityToFreshdesk(priority: TicketPriority | undefined): number {
  return priority ? PRIORITIES.indexOf(priority) + 1 : 1;
}

export function priorityFromFreshdesk(code: number): TicketPriority | undefined {
  return PRIORITIES[code - 1];
}

/** Ticket `source`: the channel a ticket came in by. */
const SOURCES: Record<number, string> = { 1: 'email', 2: 'portal', 3: 'phone', 7: 'chat', 9: 'feedback_widget', 10: 'outbound_email' };

/** Other platforms' channel names → the nearest Freshdesk source; anything else is Portal (2), Freshdesk's default. */
const CHANNEL_SOURCES: Record<string, number> = {
  email: 1, mail: 1, portal: 2, web: 2, web_form: 2, api: 2, phone: 3, voice: 3, call: 3, chat: 7, messenger: 7, conversation: 7,
  messaging: 7, native_messaging: 7, sms: 7, whatsapp: 7, feedback_widget: 9, widget: 9, outbound_email: 10,
};

export function sourceToFreshdesk(channel: string | undefined): number {
  return (channel && CHANNEL_SOURCES[channel.toLowerCase()]) || 2;
}

export function sourceFromFreshdesk(code: number): string | undefined {
  return SOURCES[code];
}
