/**
 * Threads that may already be in the workspace (the engine's look before the first write of a run,
 * a restart) cannot be searched by their source id. What a create sets and search can find is the
 * contact and the creation second: one search per batch fetches every conversation or ticket of the
 * batch's contacts created at the batch's times, and each writer picks its own among them.
 */
import type { Ticket } from '../../model/records.js';
import type { IcConversation, IcTicket } from './api-types.js';
import type { IntercomClient } from './client.js';
import { unixFromIso } from './timestamps.js';

export interface ThreadCandidates {
  conversations: IcConversation[];
  tickets: IcTicket[];
}

export async function threadCandidates(client: IntercomClient, records: Ticket[]): Promise<ThreadCandidates> {
  const search = async <T>(kind: 'conversations' | 'tickets', list: Ticket[]): Promise<T[]> => {
    if (list.length === 0) return [];
    const contacts = new Set<string>();
    const times = new Set<number>();
    for (const r of list) {
      contacts.add(r.requesterId);
      const first = r.comments[0];
      if (first?.authorType === 'contact' && first.authorId) contacts.add(first.authorId);
      for (const at of [r.createdAt, first?.createdAt]) {
        const t = unixFromIso(at);
        if (t !== undefined) times.add(t);
      }
    }
    return client.searchAll<T>(
      `/${kind}/search`,
      kind,
      {
        operator: 'AND',
        value: [
          { field: 'contact_ids', operator: 'IN', value: [...contacts] },
          { field: 'created_at', operator: 'IN', value: [...times] },
        ],
      },
      150,
    );
  };
  return {
    conversations: await search<IcConversation>('conversations', records.filter((r) => r.kind !== 'ticket')),
    tickets: await search<IcTicket>('tickets', records.filter((r) => r.kind === 'ticket')),
  };
}
