/** Groups: `name` mandatory and unique (case-insensitive, assumption) → 409; `agent_ids` must be agents. */
import { iso, type SimContext } from './context.js';
import { invalidBody } from './common-input.js';
import { created, duplicate, idParam, notFound, ok } from './http.js';
import { paginate, readPage } from './pagination.js';
import { readWriteInput } from './request-input.js';
import type { RouteRequest, Router } from './router.js';
import type { GroupRecord } from './types.js';
import { Checker } from './validate.js';

export function registerGroups(router: Router): void {
  router.add('GET', '/api/v2/groups', list);
  router.add('POST', '/api/v2/groups', create);
  router.add('GET', '/api/v2/groups/{id}', view);
  router.add('PUT', '/api/v2/groups/{id}', update);
}

export function renderGroup(g: GroupRecord): Record<string, unknown> {
  const { created_at, updated_at, ...rest } = g;
  return { ...rest, created_at: iso(created_at), updated_at: iso(updated_at) };
}

export function newGroup(id: number, name: string, time: number): GroupRecord {
  return { id, name, description: null, escalate_to: null, unassigned_for: null, agent_ids: [], auto_ticket_assign: false, created_at: time, updated_at: time };
}

function list(request: RouteRequest, context: SimContext) {
  const page = readPage(request.query);
  const all = [...context.store.groups.values()].sort((a, b) => a.id - b.id).map(renderGroup);
  return paginate(all, context.baseUrl(), request.path, request.query, page);
}

function view(request: RouteRequest, context: SimContext) {
  const group = context.store.groups.get(idParam(request.params['id']) ?? -1);
  return group ? ok(renderGroup(group)) : notFound();
}

/** Update a Group: the fields given replace the group's; `agent_ids` replaces the member list. */
async function update(request: RouteRequest, context: SimContext) {
  const group = context.store.groups.get(idParam(request.params['id']) ?? -1);
  if (!group) return notFound();
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  const f = input.fields;
  const check = new Checker(f)
    .only(GROUP_FIELDS)
    .kinds(GROUP_KINDS)
    .oneOf('unassigned_for', UNASSIGNED_FOR);
  if (Object.keys(f).length === 0) check.add('request', 'missing_field', 'At least one field must be given');
  const agentIds = Array.isArray(f['agent_ids']) ? (f['agent_ids'] as number[]) : undefined;
  if (agentIds?.some((id) => !context.store.agents.has(id))) check.add('agent_ids', 'invalid_value', 'There are no agents matching some of the given agent_ids');
  check.done();
  if (typeof f['name'] === 'string') {
    const name = f['name'];
    if ([...context.store.groups.values()].some((g) => g.id !== group.id && g.name.toLowerCase() === name.toLowerCase())) return duplicate('name');
    group.name = name;
  }
  if (typeof f['description'] === 'string') group.description = f['description'];
  if (agentIds) {
    for (const agent of context.store.agents.values()) agent.group_ids = agent.group_ids.filter((id) => id !== group.id);
    group.agent_ids = [...new Set(agentIds)];
    for (const id of group.agent_ids) context.store.agents.get(id)?.group_ids.push(group.id);
  }
  if (typeof f['escalate_to'] === 'number') group.escalate_to = f['escalate_to'];
  if (typeof f['unassigned_for'] === 'string') group.unassigned_for = f['unassigned_for'];
  if (typeof f['auto_ticket_assign'] === 'boolean') group.auto_ticket_assign = f['auto_ticket_assign'];
  group.updated_at = context.now();
  return ok(renderGroup(group));
}

const GROUP_FIELDS = ['name', 'description', 'agent_ids', 'escalate_to', 'unassigned_for', 'auto_ticket_assign'];
const GROUP_KINDS = { name: 'string', description: 'string', agent_ids: 'integer[]', escalate_to: 'integer', unassigned_for: 'string', auto_ticket_assign: 'boolean' } as const;
const UNASSIGNED_FOR = ['30m', '1h', '2h', '4h', '8h', '12h', '1d', '2d', '3d'];

async function create(request: RouteRequest, context: SimContext) {
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  const f = input.fields;
  const check = new Checker(f)
    .only(GROUP_FIELDS)
    .required('name')
    .kinds(GROUP_KINDS)
    .oneOf('unassigned_for', UNASSIGNED_FOR);
  const agentIds = Array.isArray(f['agent_ids']) ? (f['agent_ids'] as number[]) : [];
  if (agentIds.some((id) => !context.store.agents.has(id))) check.add('agent_ids', 'invalid_value', 'There are no agents matching some of the given agent_ids');
  check.done();
  const name = String(f['name']);
  if ([...context.store.groups.values()].some((g) => g.name.toLowerCase() === name.toLowerCase())) return duplicate('name');
  const group = newGroup(context.store.id(), name, context.now());
  group.description = typeof f['description'] === 'string' ? f['description'] : null;
  group.agent_ids = agentIds;
  group.escalate_to = typeof f['escalate_to'] === 'number' ? f['escalate_to'] : null;
  group.unassigned_for = typeof f['unassigned_for'] === 'string' ? f['unassigned_for'] : null;
  group.auto_ticket_assign = f['auto_ticket_assign'] === true;
  context.store.groups.set(group.id, group);
  for (const id of agentIds) context.store.agents.get(id)?.group_ids.push(group.id);
  return created(renderGroup(group), `${context.baseUrl()}/api/v2/groups/${group.id}`);
}
