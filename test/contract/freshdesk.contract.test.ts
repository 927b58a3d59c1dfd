/**
 * Contract test of the Freshdesk simulator against specs/freshdesk/freshdesk-v2.yaml — a description
 * written by hand from Freshdesk's public API v2 reference (Freshdesk publishes no OpenAPI file).
 * Every route the simulator serves is called; each answer's body is validated against the schema of
 * that operation and status, and each request body this test sent against the operation's request
 * schema (so the spec's request side accepts what the simulator accepts). The last tests prove the
 * checks can fail: bodies that break the spec are reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec, listOperations, validateComponent, validateRequestBody, validateResponse, type HttpMethod, type OpenApiSpec } from './openapi-validator.js';
import { generateFreshdeskAccount, startFreshdeskSim, type FreshdeskSim, type GeneratedIds } from '../sim/freshdesk/index.js';
import { FRESHDESK_SPEC_FILE, requestContractErrors } from '../sim/freshdesk/request-contract.js';
import { client, type Client, type Reply } from '../sim/freshdesk/test-client.js';

const END = '2026-01-01T00:00:00Z';
let sim: FreshdeskSim;
let api: Client;
let spec: OpenApiSpec;
let ids: GeneratedIds;
const checked = new Set<string>();

function check(method: HttpMethod, template: string, reply: Reply, status: number): Reply {
  expect(reply.status, `${method.toUpperCase()} ${template}: ${JSON.stringify(reply.body)}`).toBe(status);
  expect(validateResponse(spec, method, template, status, reply.body), `${method.toUpperCase()} ${template} ${status}`).toEqual([]);
  checked.add(`${method.toUpperCase()} ${template}`);
  return reply;
}

beforeAll(async () => {
  spec = loadSpec(FRESHDESK_SPEC_FILE);
  sim = await startFreshdeskSim({
    plan: '2000',
    features: { multilingual: true, flexibleHierarchy: true },
    languages: { primary: 'en', supported: ['fr', 'de'] },
    clock: () => Date.parse(END),
  });
  const generated = generateFreshdeskAccount({ seed: 11, endTime: END, tickets: 10, translations: ['fr'], subfolders: true, longTicketConversations: 12 });
  ids = generated.ids;
  sim.seed(generated.account);
  api = client(sim);
});
afterAll(() => sim.close());

const GET = 'get' as const;
const POST = 'post' as const;
const PUT = 'put' as const;

describe('people', () => {
  it('contacts', async () => {
    check(GET, '/api/v2/contacts', await api.get('/api/v2/contacts?per_page=5'), 200);
    const created = check(POST, '/api/v2/contacts', await api.post('/api/v2/contacts', { name: 'Spec Person', email: 'spec@x.example', unique_external_id: 'spec-1', tags: ['t'] }), 201);
    check(GET, '/api/v2/contacts/{id}', await api.get(`/api/v2/contacts/${created.body.id}`), 200);
    check(PUT, '/api/v2/contacts/{id}', await api.put(`/api/v2/contacts/${created.body.id}`, { job_title: 'Tester' }), 200);
    check(POST, '/api/v2/contacts', await api.post('/api/v2/contacts', { name: 'Again', email: 'spec@x.example' }), 409);
    check(POST, '/api/v2/contacts', await api.post('/api/v2/contacts', { name: 'x' }), 400);
    check(GET, '/api/v2/contacts/{id}', await api.get('/api/v2/contacts/1'), 404);
    check(GET, '/api/v2/search/contacts', await api.get(`/api/v2/search/contacts?query=${encodeURIComponent(`"unique_external_id:'spec-1'"`)}`), 200);
  });

  it('companies, agents, groups', async () => {
    check(GET, '/api/v2/companies', await api.get('/api/v2/companies'), 200);
    const company = check(POST, '/api/v2/companies', await api.post('/api/v2/companies', { name: 'Spec Co', domains: ['spec.example'] }), 201);
    check(GET, '/api/v2/companies/{id}', await api.get(`/api/v2/companies/${company.body.id}`), 200);
    check(PUT, '/api/v2/companies/{id}', await api.put(`/api/v2/companies/${company.body.id}`, { industry: 'Software' }), 200);
    check(POST, '/api/v2/companies', await api.post('/api/v2/companies', { name: 'Spec Co' }), 409);
    check(GET, '/api/v2/companies/autocomplete', await api.get('/api/v2/companies/autocomplete?name=Spec'), 200);
    check(GET, '/api/v2/agents', await api.get('/api/v2/agents'), 200);
    check(GET, '/api/v2/agents/me', await api.get('/api/v2/agents/me'), 200);
    check(GET, '/api/v2/agents/{id}', await api.get(`/api/v2/agents/${ids.agents[0]}`), 200);
    check(POST, '/api/v2/agents', await api.post('/api/v2/agents', { email: 'new.agent@support.example', ticket_scope: 2 }), 201);
    check(GET, '/api/v2/groups', await api.get('/api/v2/groups'), 200);
    const group = check(POST, '/api/v2/groups', await api.post('/api/v2/groups', { name: 'Spec group', agent_ids: [ids.agents[0]] }), 201);
    check(GET, '/api/v2/groups/{id}', await api.get(`/api/v2/groups/${group.body.id}`), 200);
    check(PUT, '/api/v2/groups/{id}', await api.put(`/api/v2/groups/${group.body.id}`, { description: 'Updated', agent_ids: [ids.agents[0]] }), 200);
    check(PUT, '/api/v2/groups/{id}', await api.put(`/api/v2/groups/${group.body.id}`, {}), 400);
  });

  it('the seat cap answers 403 max_agents_reached in the error envelope', async () => {
    const capped = await startFreshdeskSim({ maxAgents: 1 });
    try {
      const reply = await client(capped).post('/api/v2/agents', { email: 'x@support.example', ticket_scope: 1 });
      expect(reply.status).toBe(403);
      expect(validateResponse(spec, POST, '/api/v2/agents', 403, reply.body)).toEqual([]);
    } finally {
      await capped.close();
    }
  });
});

describe('tickets', () => {
  it('ticket fields', async () => {
    check(GET, '/api/v2/ticket_fields', await api.get('/api/v2/ticket_fields'), 200);
    check(GET, '/api/v2/admin/ticket_fields', await api.get('/api/v2/admin/ticket_fields'), 200);
    const field = check(POST, '/api/v2/admin/ticket_fields', await api.post('/api/v2/admin/ticket_fields', { label: 'Spec choice', label_for_customers: 'Choice', type: 'custom_dropdown', choices: [{ value: 'A', position: 1 }, { value: 'B', position: 2 }] }), 201);
    check(GET, '/api/v2/admin/ticket_fields/{id}', await api.get(`/api/v2/admin/ticket_fields/${field.body.id}`), 200);
    check(GET, '/api/v2/contact_fields', await api.get('/api/v2/contact_fields'), 200);
    check(POST, '/api/v2/contact_fields', await api.post('/api/v2/contact_fields', { label: 'Spec level', label_for_customers: 'Level', type: 'custom_dropdown', choices: ['low', 'high'] }), 201);
    check(GET, '/api/v2/company_fields', await api.get('/api/v2/company_fields'), 200);
    check(POST, '/api/v2/company_fields', await api.post('/api/v2/company_fields', { label: 'Spec region', label_for_customers: 'Region', type: 'custom_text' }), 201);
    check(POST, '/api/v2/company_fields', await api.post('/api/v2/company_fields', { label: 'Spec region', label_for_customers: 'Region', type: 'custom_text' }), 409);
  });

  it('tickets and conversations', async () => {
    check(GET, '/api/v2/tickets', await api.get('/api/v2/tickets?updated_since=2000-01-01T00:00:00Z&include=description,requester,stats,company&per_page=100'), 200);
    check(GET, '/api/v2/tickets', await api.get('/api/v2/tickets?per_page=101'), 400);
    const created = check(POST, '/api/v2/tickets', await api.post('/api/v2/tickets', { email: 'spec.requester@x.example', subject: 'Spec', description: '<p>d</p>', status: 3, priority: 2, source: 2, tags: ['spec'], custom_fields: { [ids.fields.custom_text]: 'v' } }), 201);
    const id = created.body.id;
    check(GET, '/api/v2/tickets/{id}', await api.get(`/api/v2/tickets/${id}?include=conversations,requester,stats`), 200);
    check(PUT, '/api/v2/tickets/{id}', await api.put(`/api/v2/tickets/${id}`, { status: 4 }), 200);
    check(PUT, '/api/v2/tickets/{id}', await api.put(`/api/v2/tickets/${ids.spamTicket}`, { status: 4 }), 405);
    check(POST, '/api/v2/tickets', await api.post('/api/v2/tickets', { email: 'a@b.example', subject: 's', description: 'd', created_at: END }), 400);
    check(POST, '/api/v2/tickets', await api.multipart('POST', '/api/v2/tickets', { email: 'm@x.example', subject: 'File', description: 'd', priority: '2' }, [{ name: 'a.txt', bytes: Buffer.from('abc') }]), 201);
    check(POST, '/api/v2/tickets/{id}/notes', await api.post(`/api/v2/tickets/${id}/notes`, { body: 'customer', incoming: true, private: false, user_id: ids.contacts[0] }), 201);
    check(POST, '/api/v2/tickets/{id}/notes', await api.multipart('POST', `/api/v2/tickets/${id}/notes`, { body: 'with file' }, [{ name: 'b.txt', bytes: Buffer.from('b') }]), 201);
    check(POST, '/api/v2/tickets/{id}/reply', await api.post(`/api/v2/tickets/${id}/reply`, { body: 'answer', cc_emails: ['cc@x.example'] }), 201);
    check(GET, '/api/v2/tickets/{id}/conversations', await api.get(`/api/v2/tickets/${ids.longTicket}/conversations?per_page=100`), 200);
    check(GET, '/api/v2/tickets/{id}', await api.get(`/api/v2/tickets/${ids.archivedTicket}`), 404);
    check(GET, '/api/v2/tickets/archived/{id}', await api.get(`/api/v2/tickets/archived/${ids.archivedTicket}`), 200);
    check(GET, '/api/v2/tickets/archived/{id}/conversations', await api.get(`/api/v2/tickets/archived/${ids.archivedTicket}/conversations`), 200);
  });
});

describe('solutions and settings', () => {
  it('categories, folders, sub-folders, articles and their translations', async () => {
    check(GET, '/api/v2/settings/helpdesk', await api.get('/api/v2/settings/helpdesk'), 200);
    check(GET, '/api/v2/solutions/categories', await api.get('/api/v2/solutions/categories'), 200);
    const category = check(POST, '/api/v2/solutions/categories', await api.post('/api/v2/solutions/categories', { name: 'Spec category', description: 'd' }), 201).body.id;
    check(GET, '/api/v2/solutions/categories/{id}', await api.get(`/api/v2/solutions/categories/${category}`), 200);
    check(PUT, '/api/v2/solutions/categories/{id}', await api.put(`/api/v2/solutions/categories/${category}`, { description: 'e' }), 200);
    check(POST, '/api/v2/solutions/categories/{id}/{language_code}', await api.post(`/api/v2/solutions/categories/${category}/de`, { name: 'Spez' }), 201);
    check(GET, '/api/v2/solutions/categories/{id}/{language_code}', await api.get(`/api/v2/solutions/categories/${category}/de`), 200);
    check(PUT, '/api/v2/solutions/categories/{id}/{language_code}', await api.put(`/api/v2/solutions/categories/${category}/de`, { description: 'x' }), 200);
    const folder = check(POST, '/api/v2/solutions/categories/{id}/folders', await api.post(`/api/v2/solutions/categories/${category}/folders`, { name: 'Spec folder', visibility: 2 }), 201).body.id;
    check(GET, '/api/v2/solutions/categories/{id}/folders', await api.get(`/api/v2/solutions/categories/${category}/folders`), 200);
    check(GET, '/api/v2/solutions/folders/{id}', await api.get(`/api/v2/solutions/folders/${folder}`), 200);
    check(PUT, '/api/v2/solutions/folders/{id}', await api.put(`/api/v2/solutions/folders/${folder}`, { description: 'f' }), 200);
    check(POST, '/api/v2/solutions/folders/{id}/subfolders', await api.post(`/api/v2/solutions/folders/${folder}/subfolders`, { name: 'Spec sub' }), 201);
    check(GET, '/api/v2/solutions/folders/{id}/subfolders', await api.get(`/api/v2/solutions/folders/${folder}/subfolders`), 200);
    check(POST, '/api/v2/solutions/folders/{id}/{language_code}', await api.post(`/api/v2/solutions/folders/${folder}/de`, { name: 'Spez-Ordner' }), 201);
    check(GET, '/api/v2/solutions/folders/{id}/{language_code}', await api.get(`/api/v2/solutions/folders/${folder}/de`), 200);
    check(PUT, '/api/v2/solutions/folders/{id}/{language_code}', await api.put(`/api/v2/solutions/folders/${folder}/de`, { name: 'Ordner' }), 200);
    const article = check(POST, '/api/v2/solutions/folders/{id}/articles', await api.post(`/api/v2/solutions/folders/${folder}/articles`, { title: 'Spec', description: '<p>x</p>', status: 1, tags: ['a'], seo_data: { meta_title: 'm' } }), 201).body.id;
    check(GET, '/api/v2/solutions/folders/{id}/articles', await api.get(`/api/v2/solutions/folders/${folder}/articles`), 200);
    check(GET, '/api/v2/solutions/articles/{id}', await api.get(`/api/v2/solutions/articles/${article}`), 200);
    check(PUT, '/api/v2/solutions/articles/{id}', await api.put(`/api/v2/solutions/articles/${article}`, { status: 2 }), 200);
    check(POST, '/api/v2/solutions/articles/{id}/{language_code}', await api.post(`/api/v2/solutions/articles/${article}/de`, { title: 'Spez', description: '<p>y</p>', status: 2 }), 201);
    check(GET, '/api/v2/solutions/articles/{id}/{language_code}', await api.get(`/api/v2/solutions/articles/${article}/de`), 200);
    check(PUT, '/api/v2/solutions/articles/{id}/{language_code}', await api.put(`/api/v2/solutions/articles/${article}/de`, { title: 'Neu' }), 200);
    check(POST, '/api/v2/solutions/articles/{id}/{language_code}', await api.post(`/api/v2/solutions/articles/${article}/es`, { title: 'x', description: 'y', status: 2 }), 400);
  });
});

describe('errors', () => {
  it('401 and 429 come in the {code, message} envelope', async () => {
    const unauthorized = await client(sim, null).get('/api/v2/tickets');
    expect(unauthorized.status).toBe(401);
    expect(validateComponent(spec, 'ErrorEnvelope', unauthorized.body)).toEqual([]);
    const limited = await startFreshdeskSim({ rateLimit: { perMinute: 1 } });
    try {
      const c = client(limited);
      await c.get('/api/v2/groups');
      const reply = await c.get('/api/v2/groups');
      expect(reply.status).toBe(429);
      expect(validateResponse(spec, GET, '/api/v2/groups', 429, reply.body)).toEqual([]);
    } finally {
      await limited.close();
    }
  });
});

describe('coverage and strength', () => {
  it('validated every route the simulator serves, and every one is a path of the spec', () => {
    const served = sim.routes.map((r) => `${r.method} ${r.template}`);
    expect(served.filter((route) => !checked.has(route))).toEqual([]);
    const documented = new Set(listOperations(spec).map((o) => `${o.method.toUpperCase()} ${o.path}`));
    expect(served.filter((route) => !documented.has(route))).toEqual([]);
  });

  it('the request bodies this test sent (successful ones) match the spec request schemas', () => {
    expect(sim.writes.filter((w) => w.status < 300).length).toBeGreaterThan(20);
    expect(requestContractErrors(sim, (w) => w.status < 300)).toEqual([]);
    // The refused ones the test sent on purpose break the spec too.
    expect(requestContractErrors(sim, (w) => w.status === 400).length).toBeGreaterThan(0);
  });

  it('reports bodies that break the spec', () => {
    expect(validateRequestBody(spec, POST, '/api/v2/tickets', { email: 'a@b.example', subject: 's', created_at: END }).length).toBeGreaterThan(0);
    expect(validateRequestBody(spec, POST, '/api/v2/tickets/{id}/notes', { private: true }).length).toBeGreaterThan(0);
    expect(validateResponse(spec, GET, '/api/v2/tickets/{id}', 200, { id: 1, subject: 's' }).length).toBeGreaterThan(0);
    expect(validateResponse(spec, GET, '/api/v2/tickets/{id}', 404, { code: 'x' }).length).toBeGreaterThan(0);
    expect(validateComponent(spec, 'ValidationErrors', { description: 'Validation failed', errors: [{ field: 'email', message: 'm', code: 'not_a_code' }] }).length).toBeGreaterThan(0);
  });
});
