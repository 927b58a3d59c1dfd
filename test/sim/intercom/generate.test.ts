/** The deterministic workspace generator and its edge cases, served by the simulator. */
// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateIntercomWorkspace, type GeneratedWorkspace } from './generate.js';
import { isE164 } from './phone.js';
import { startIntercomSim, type IntercomSim } from './server.js';
import { clientFor, type Call } from './test-client.js';

describe('generateIntercomWorkspace', () => {
  it('is deterministic per seed', () => {
    const strip = (g: GeneratedWorkspace): string => JSON.stringify(g, (_k, v: unknown) => (v && typeof v === 'object' && 'type' in v && (v as { type: unknown }).type === 'Buffer' ? '<bytes>' : v));
    expect(strip(generateIntercomWorkspace({ seed: 3 }))).toBe(strip(generateIntercomWorkspace({ seed: 3 })));
    expect(strip(generateIntercomWorkspace({ seed: 3 }))).not.toBe(strip(generateIntercomWorkspace({ seed: 4 })));
  });

  it('sizes follow the options', () => {
    const { workspace } = generateIntercomWorkspace({ contacts: 20, conversations: 9, tickets: 5, companies: 4 });
    // Edge-case records come on top: 2 invalid phones + a lead without email; long, attachment and agent-first threads; a back-office and a long ticket; a company without contacts.
    expect(workspace.contacts).toHaveLength(23);
    expect(workspace.conversations).toHaveLength(12);
    expect(workspace.tickets).toHaveLength(7);
    expect(workspace.companies).toHaveLength(5);
  });
});

describe('a generated workspace in the simulator', () => {
  let sim: IntercomSim;
  let call: Call;
  let generated: GeneratedWorkspace;

  beforeAll(async () => {
    generated = generateIntercomWorkspace({ seed: 11 });
    sim = await startIntercomSim({ checkRequests: false, seed: generated.workspace });
    call = clientFor(sim);
  });
  afterAll(() => sim.close());

  it('has a conversation and a ticket past the 500-part cap', async () => {
    const { edges } = generated;
    expect(edges.longConversationParts).toBeGreaterThan(500);
    const conversation = await call<{ conversation_parts: { total_count: number; conversation_parts: unknown[] } }>('GET', `/conversations/${edges.longConversationId}`);
    expect(conversation.body.conversation_parts.conversation_parts).toHaveLength(500);
    expect(conversation.body.conversation_parts.total_count).toBe(edges.longConversationParts);
    const ticket = await call<{ ticket_parts: { total_count: number; ticket_parts: unknown[] } }>('GET', `/tickets/${edges.longTicketId}`);
    expect(ticket.body.ticket_parts.ticket_parts).toHaveLength(500);
    expect(ticket.body.ticket_parts.total_count).toBe(edges.longTicketParts);
  });

  it('has downloadable attachments, with more than 10 on one part', async () => {
    const { edges } = generated;
    const body = (await call<{ source: { attachments: Array<{ url: string }> }; conversation_parts: { conversation_parts: Array<{ id: string; attachments: Array<{ url: string; filesize: number }> }> } }>(
      'GET',
      `/conversations/${edges.attachmentConversationId}`,
    )).body;
    const many = body.conversation_parts.conversation_parts.find((p) => p.id === edges.manyAttachmentsPartId)!;
    expect(many.attachments.length).toBeGreaterThan(10);
    const res = await fetch(many.attachments[0]!.url);
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBe(many.attachments[0]!.filesize);
    expect(body.source.attachments.length).toBeGreaterThan(0);
  });

  it('has invalid phones, a lead without email, unassigned and agent-first conversations', async () => {
    const { edges } = generated;
    for (const id of edges.invalidPhoneContactIds) expect(isE164(sim.store.contacts.get(id)!.phone!)).toBe(false);
    const lead = (await call<{ role: string; email: string; name: string | null }>('GET', `/contacts/${edges.leadWithoutEmailId}`)).body;
    expect(lead).toMatchObject({ role: 'lead', email: '', name: null });
    for (const id of edges.unassignedConversationIds) {
      expect((await call<{ admin_assignee_id: number; team_assignee_id: number }>('GET', `/conversations/${id}`)).body).toMatchObject({ admin_assignee_id: 0, team_assignee_id: 0 });
    }
    const agentFirst = (await call<{ source: { author: { type: string }; delivered_as: string } }>('GET', `/conversations/${edges.agentFirstConversationId}`)).body;
    expect(agentFirst.source).toMatchObject({ author: { type: 'admin' }, delivered_as: 'admin_initiated' });
    const states = new Set([...sim.store.conversations.values()].map((c) => c.state));
    expect(states).toEqual(new Set(['open', 'closed', 'snoozed']));
  });

  it('hides the company without contacts from the scroll', async () => {
    const page = await call<{ data: Array<{ id: string }> }>('GET', '/companies/scroll');
    expect(page.body.data.map((c) => c.id)).not.toContain(generated.edges.companyWithoutContactsId);
    expect(page.body.data.length).toBe(sim.store.companies.size - 1);
  });

  it('has three nested, translated collection levels and articles inside, outside and in draft', async () => {
    const { edges } = generated;
    const [top, mid, leaf] = edges.nestedCollectionIds;
    const leafBody = (await call<{ parent_id: string; translated_content: Record<string, unknown> }>('GET', `/help_center/collections/${leaf}`)).body;
    expect(leafBody.parent_id).toBe(mid);
    expect(sim.store.collections.get(mid)?.parent_id).toBe(top);
    expect(Object.keys(leafBody.translated_content)).toEqual(['type', 'en', 'fr', 'de']);
    for (const id of edges.translatedArticleIds) {
      const article = (await call<{ translated_content: Record<string, { title: string }> }>('GET', `/articles/${id}`)).body;
      expect(Object.keys(article.translated_content)).toEqual(['type', 'en', 'fr', 'de']);
    }
    expect((await call<{ parent_ids: number[] }>('GET', `/articles/${edges.articleOutsideCollectionsId}`)).body.parent_ids).toEqual([]);
    expect((await call<{ state: string }>('GET', `/articles/${edges.draftArticleId}`)).body.state).toBe('draft');
    const leafArticles = [...sim.store.articles.values()].filter((a) => a.parent_id === leaf);
    expect(leafArticles.length).toBeGreaterThan(0);
  });
});
