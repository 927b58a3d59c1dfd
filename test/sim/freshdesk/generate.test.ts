import { describe, expect, it } from 'vitest';
import { generateFreshdeskAccount } from './index.js';

describe('Freshdesk account generator', () => {
  it('is deterministic: the same options give the same account', () => {
    const a = generateFreshdeskAccount({ seed: 4, translations: ['fr'], subfolders: true });
    const b = generateFreshdeskAccount({ seed: 4, translations: ['fr'], subfolders: true });
    const flat = (x: typeof a) => JSON.stringify(x.account);
    expect(flat(a)).toBe(flat(b));
    expect(flat(generateFreshdeskAccount({ seed: 5 }))).not.toBe(flat(a));
  });

  it('contains the edge cases migrations break on', () => {
    const { account, ids } = generateFreshdeskAccount({ seed: 1 });
    const tickets = account.tickets ?? [];
    const byId = new Map(tickets.map((t) => [t.id, t]));
    expect(byId.get(ids.longTicket)?.conversations).toHaveLength(120);
    expect(byId.get(ids.archivedTicket)).toMatchObject({ status: 5 });
    expect(byId.get(ids.customStatusTicket)?.status).toBe(6);
    const conversations = tickets.flatMap((t) => t.conversations ?? []);
    expect(conversations.some((c) => c.incoming)).toBe(true);
    expect(conversations.some((c) => c.private)).toBe(true);
    expect(conversations.some((c) => c.source === 0)).toBe(true);
    expect(conversations.some((c) => (c.attachments ?? []).length > 0)).toBe(true);
    expect(tickets.some((t) => t.responder_id === null && t.group_id === null)).toBe(true);
    expect(account.contacts?.some((c) => c.email === undefined && c.phone)).toBe(true);
    expect(account.contacts?.some((c) => c.unique_external_id)).toBe(true);
    expect(new Set(account.ticketFields?.map((f) => f.type)).size).toBe(7);
    expect(account.articles?.some((a) => a.status === 1)).toBe(true);
  });

  it('yields bulk tickets lazily with distinct updated_at, none of them archived', () => {
    const { account, ids } = generateFreshdeskAccount({ seed: 1, tickets: 8, bulkTickets: 31_000 });
    let count = 0;
    let ordered = true;
    let resolved = true;
    let previous = '';
    expect(account.tickets).toHaveLength(8);
    for (const t of account.bulkTickets ?? []) {
      count++;
      resolved &&= t.status === 4;
      ordered &&= (t.updated_at ?? '') > previous;
      previous = t.updated_at ?? '';
    }
    expect({ count, ordered, resolved }).toEqual({ count: 31_000, ordered: true, resolved: true });
    expect([...(account.bulkTickets ?? [])][0]?.id).toBe(ids.bulk.first);
  });
});
