/**
 * Agents: list (filter `email`), view, `me` (the API-key agent) and create. Every agent takes a paid
 * seat: past `maxAgents` → 403 `max_agents_reached` (occasional agents count too: assumption).
 * An email already held by an agent or a contact → 409 `duplicate_value` (assumption).
 */
import { iso, type SimContext } from './context.js';
import { invalidBody } from './common-input.js';
import { created, duplicate, idParam, notFound, ok, simpleError } from './http.js';
import { paginate, readPage } from './pagination.js';
import { readWriteInput } from './request-input.js';
import type { RouteRequest, Router } from './router.js';
import type { AgentRecord } from './types.js';
import { Checker } from './validate.js';

export function registerAgents(router: Router): void {
  router.add('GET', '/api/v2/agents', list);
  router.add('POST', '/api/v2/agents', create);
  router.add('GET', '/api/v2/agents/me', me);
  router.add('GET', '/api/v2/agents/{id}', view);
}

export function renderAgent(a: AgentRecord): Record<string, unknown> {
  return {
    id: a.id,
    available: a.available,
    occasional: a.occasional,
    ticket_scope: a.ticket_scope,
    agent_type: a.agent_type,
    signature: a.signature,
    group_ids: a.group_ids,
    role_ids: a.role_ids,
    skill_ids: a.skill_ids,
    contact: {
      name: a.name,
      email: a.email,
      active: true,
      job_title: null,
      language: a.language,
      mobile: null,
      phone: null,
      time_zone: a.time_zone,
      last_login_at: null,
      created_at: iso(a.created_at),
      updated_at: iso(a.updated_at),
    },
    created_at: iso(a.created_at),
    updated_at: iso(a.updated_at),
  };
}

export function newAgent(id: number, name: string, email: string, time: number): AgentRecord {
  return { id, name, email, ticket_scope: 1, occasional: false, available: true, agent_type: 1, signature: null, group_ids: [], role_ids: [1], skill_ids: [], language: 'en', time_zone: null, created_at: time, updated_at: time };
}

function list(request: RouteRequest, context: SimContext) {
  const page = readPage(request.query);
  const email = request.query.get('email')?.toLowerCase();
  const state = request.query.get('state');
  const all = [...context.store.agents.values()]
    .filter((a) => !email || a.email.toLowerCase() === email)
    .filter((a) => !state || (state === 'occasional') === a.occasional)
    .sort((a, b) => a.id - b.id)
    .map(renderAgent);
  return paginate(all, context.baseUrl(), request.path, request.query, page);
}

function me(_request: RouteRequest, context: SimContext) {
  const agent = context.store.agents.get(context.store.currentAgentId);
  return agent ? ok(renderAgent(agent)) : notFound();
}

function view(request: RouteRequest, context: SimContext) {
  const agent = context.store.agents.get(idParam(request.params['id']) ?? -1);
  return agent ? ok(renderAgent(agent)) : notFound();
}

async function create(request: RouteRequest, context: SimContext) {
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  const f = input.fields;
  new Checker(f)
    .only(['email', 'name', 'ticket_scope', 'occasional', 'signature', 'skill_ids', 'group_ids', 'role_ids', 'agent_type', 'language', 'time_zone'])
    .required('email')
    .required('ticket_scope')
    .kinds({ email: 'string', name: 'string', ticket_scope: 'integer', occasional: 'boolean', signature: 'string', skill_ids: 'integer[]', group_ids: 'integer[]', role_ids: 'integer[]', agent_type: 'integer', language: 'string', time_zone: 'string' })
    .email('email')
    .oneOf('ticket_scope', [1, 2, 3])
    .oneOf('agent_type', [1, 2, 3])
    .done();
  const email = String(f['email']).toLowerCase();
  const store = context.store;
  if ([...store.agents.values()].some((a) => a.email.toLowerCase() === email) || [...store.contacts.values()].some((c) => c.email?.toLowerCase() === email)) return duplicate('email');
  if (store.agents.size >= context.options.maxAgents) {
    return simpleError(403, 'max_agents_reached', 'You have reached the maximum number of agents your subscription allows. You need to delete an existing agent or contact your account administrator to purchase additional agents.');
  }
  const agent = newAgent(store.id(), typeof f['name'] === 'string' ? f['name'] : email.split('@')[0] ?? email, String(f['email']), context.now());
  agent.ticket_scope = f['ticket_scope'] as 1 | 2 | 3;
  if (typeof f['occasional'] === 'boolean') agent.occasional = f['occasional'];
  if (Array.isArray(f['group_ids'])) agent.group_ids = f['group_ids'] as number[];
  if (Array.isArray(f['role_ids'])) agent.role_ids = f['role_ids'] as number[];
  if (typeof f['signature'] === 'string') agent.signature = f['signature'];
  store.agents.set(agent.id, agent);
  return created(renderAgent(agent), `${context.baseUrl()}/api/v2/agents/${agent.id}`);
}
