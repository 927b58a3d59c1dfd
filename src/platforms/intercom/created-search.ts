/**
 * Finding a conversation or ticket this tool created, after a lost answer: Intercom has no external
 * id on them, so the search asks for the two things the create set and search can match (the
 * contact, the creation second); the caller then tells its own record among the candidates.
 */
import type { IntercomClient } from './client.js';

export function createdBy<T>(client: IntercomClient, kind: 'conversations' | 'tickets', contactId: string, createdAt: number): Promise<T[]> {
  return client.searchAll<T>(`/${kind}/search`, kind, {
    operator: 'AND',
    value: [
      { field: 'contact_ids', operator: '=', value: contactId },
      { field: 'created_at', operator: '=', value: createdAt },
    ],
  });
}
