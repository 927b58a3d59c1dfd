/**
 * Contract test of the Zendesk simulator against Zendesk's own Support API description
 * (`specs/zendesk/support-oas.yaml`, OAS 3.0.3): every Support endpoint the simulator serves is
 * called and its response body validated against the OAS schema of that operation and status.
 *
 * Where the OAS disagrees with what Zendesk returns, the disagreement is an explicit entry of
 * OAS_EXCEPTIONS: the spec is patched at exactly that schema (nothing is skipped), and the last tests
 * prove each entry is still needed — some response the simulator produced fails the unpatched OAS there.
 *
 * | #  | OAS location (components.schemas)               | OAS says                   | Zendesk returns                                     |
 * |----|--------------------------------------------------|----------------------------|-----------------------------------------------------|
 * | 1  | TicketObject assignee_id, group_id,              | integer / string / enum,   | null when unset (unassigned ticket, no group, no    |
 * |    | organization_id, external_id, type, priority,   | not nullable               | organization, no type/priority, no problem link,    |
 * |    | problem_id, forum_topic_id, recipient,          |                            | no form, CSAT off; subject: a ticket imported       |
 * |    | ticket_form_id, satisfaction_rating, subject,   |                            | without one — UNVERIFIED, see the entry)            |
 * |    | raw_subject                                     |                            |                                                     |
 * | 2  | TicketObject custom_fields[].value               | string                     | null (unset), boolean (checkbox), array of option   |
 * |    |                                                  |                            | values (multiselect), string otherwise              |
 * | 3  | UserForAdmin last_login_at, email                | string                     | null (never signed in; user without email)          |
 * | 4  | OrganizationObject organization_fields values    | string or number           | also null (unset) and boolean (checkbox fields)     |
 * | 5  | CustomFieldObject tag (user/org field defs)      | string                     | null for every type except checkbox                 |
 * | 6  | JobStatusObject results[]                        | oneOf create {id,index},   | a failed *create* has no id: {index, error,         |
 * |    |                                                  | update, failed {id,action} | details, success: false} (item shapes in the brief  |
 * |    |                                                  |                            | and research §1.4 "Job statuses")                   |
 *
 * Paths Zendesk serves that the OAS folds into another operation (PATH_ALIASES) are validated against
 * that operation: `/users/{id}/organization_memberships` and `/organizations/{id}/organization_memberships`
 * (List Memberships), `/groups/{id}/memberships` and `/users/{id}/group_memberships` (List Group
 * Memberships) — the OAS lists only the account-wide path of each.
 * Error bodies the OAS does not document for these operations (401, 403, 404, 422: Zendesk's classic
 * `{error, description, details}`) are checked against ERROR_SHAPES, written from research §1.1/§1.6
 * and the issues it cites; 429 and pagination 400s use the OAS `Errors` envelope, which the OAS does
 * document (PUT /api/v2/organizations/{organization_id} 429; InvalidPaginationParameter examples).
 * Adapter note: openapi-validator.ts loads specs only from files, so the patched spec is written to a
 * temporary JSON file and loaded from there.
 */
// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec, validateComponent, validateResponse, type HttpMethod, type OpenApiSpec } from './openapi-validator.js';
import { generateZendeskAccount, startZendeskSim, type ZendeskSim } from '../sim/zendesk/index.js';
import { client, type Client, type Reply } from '../sim/zendesk/test-client.js';

const SPEC_FILE = fileURLToPath(new URL('../../specs/zendesk/support-oas.yaml', import.meta.url));

interface OasException {
  /** JSON pointer into the OAS document. */
  at: string;
  /** What the patch does to the schema there. */
  change: { nullable: true } | { schema: Record<string, unknown> };
  oas: string;
  zendesk: string;
  source: string;
  /** Matches an error the unpatched OAS reports for a response the simulator produced. */
  witness: RegExp;
}

const TICKET = '/components/schemas/TicketObject/properties';
const nullableTicket = (property: string, zendesk: string): OasException => ({
  at: `${TICKET}/${property}`,
  change: { nullable: true },
  oas: 'not nullable',
  zendesk,
  source:
    'Zendesk ticket JSON shows unset members as null (the ticket_import doc example has due_at: null); schemas built from real responses declare them ["null", ...] (airbytehq/airbyte#12059 quotes the users one)',
  witness: new RegExp(`^/tickets?(/\\d+)?/${property}: must be`),
});

const OAS_EXCEPTIONS: OasException[] = [
  nullableTicket('assignee_id', 'null for an unassigned ticket'),
  nullableTicket('group_id', 'null for a ticket in no group'),
  nullableTicket('organization_id', 'null when the requester has no organization'),
  nullableTicket('external_id', 'null unless set'),
  nullableTicket('type', 'null when the ticket has no type'),
  nullableTicket('priority', 'null when the ticket has no priority'),
  nullableTicket('problem_id', 'null unless the ticket is an incident linked to a problem'),
  nullableTicket('forum_topic_id', 'null (legacy forums)'),
  nullableTicket('recipient', 'null for tickets not received by email'),
  nullableTicket('ticket_form_id', 'null without ticket forms'),
  nullableTicket('satisfaction_rating', 'null when satisfaction ratings are off'),
  // subject is optional on create and import (OAS TicketImportInput has no required members); a ticket
  // created without one has no subject. Research does not show the JSON of such a ticket: UNVERIFIED.
  nullableTicket('subject', 'null for a ticket created or imported without a subject (UNVERIFIED)'),
  nullableTicket('raw_subject', 'null with subject (UNVERIFIED)'),
  {
    at: `${TICKET}/custom_fields/items/properties/value`,
    change: { schema: { nullable: true, anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }] } },
    oas: 'string',
    zendesk: 'null when unset, boolean for checkboxes, an array of option values for multiselect fields',
    source: 'research §1.4 "Custom fields & tags"; ticket fields doc (checkbox, multiselect types)',
    witness: /custom_fields\/\d+\/value: must be string/,
  },
  {
    at: '/components/schemas/UserForAdmin/properties/last_login_at',
    change: { nullable: true },
    oas: 'string',
    zendesk: 'null for a user who never signed in (every imported user)',
    source: 'Zendesk user JSON; airbytehq/airbyte#12059 users schema ["null","string"]',
    witness: /last_login_at: must be string/,
  },
  {
    at: '/components/schemas/UserForAdmin/properties/email',
    change: { nullable: true },
    oas: 'string',
    zendesk: 'null for a user without an email identity (phone-only end users)',
    source: 'research §1.4 (email optional on users); Zendesk user JSON',
    witness: /\/email: must be string/,
  },
  {
    at: '/components/schemas/OrganizationObject/properties/organization_fields/additionalProperties',
    change: { schema: { nullable: true, anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] } },
    oas: 'oneOf string, number',
    zendesk: 'every defined key, null when unset; booleans for checkbox fields',
    source: 'research §1.4 "Custom fields & tags" (organization_fields{key: value}); organization fields doc types',
    witness: /organization_fields\/\w+: must match exactly one schema in oneOf/,
  },
  {
    at: '/components/schemas/CustomFieldObject/properties/tag',
    change: { nullable: true },
    oas: 'string',
    zendesk: 'null for fields other than checkboxes (only a checkbox has a tag)',
    source: 'user/organization fields doc: tag is "Optional for custom field of type checkbox"',
    witness: /\/tag: must be string/,
  },
  {
    at: '/components/schemas/JobStatusResultObject',
    change: {
      schema: {
        oneOf: [
          { $ref: '#/components/schemas/CreateResourceResult' },
          { $ref: '#/components/schemas/UpdateResourceResult' },
          { $ref: '#/components/schemas/FailedResult' },
          {
            type: 'object',
            description: 'desk-migrate patch: a failed create has an index but no id',
            properties: { index: { type: 'integer' }, error: { type: 'string' }, details: { type: 'string' }, success: { type: 'boolean', enum: [false] } },
            required: ['index', 'error', 'details', 'success'],
          },
        ],
      },
    },
    oas: 'create {id, index} | update {id, action, status, success} | failed {id, action, error, details, success}',
    zendesk: 'failed items of create_many/import jobs: {index, error, details, success: false}, without id or action',
    source: 'research §1.4 "Job statuses"; brief of this simulator (documented item shapes)',
    witness: /results\/\d+: must have required property 'id'/,
  },
];

/** Paths Zendesk serves that the OAS folds into another operation's description. */
const PATH_ALIASES: Record<string, string> = {
  'GET /api/v2/users/{user_id}/organization_memberships': 'GET /api/v2/organization_memberships',
  'GET /api/v2/organizations/{organization_id}/organization_memberships': 'GET /api/v2/organization_memberships',
  'GET /api/v2/groups/{group_id}/memberships': 'GET /api/v2/group_memberships',
  'GET /api/v2/users/{user_id}/group_memberships': 'GET /api/v2/group_memberships',
};

const classicError = {
  type: 'object',
  required: ['error', 'description'],
  additionalProperties: false,
  properties: { error: { type: 'string' }, description: { type: 'string' }, details: { $ref: '#/definitions/details' } },
  definitions: {
    details: {
      type: 'object',
      additionalProperties: {
        type: 'array',
        minItems: 1,
        items: { type: 'object', required: ['description', 'error'], additionalProperties: false, properties: { description: { type: 'string' }, error: { type: 'string' } } },
      },
    },
  },
};

/** Error bodies the OAS leaves undocumented for these operations (research §1.1, §1.6). */
const ERROR_SHAPES = {
  /** 401 for a wrong or missing credential. */
  unauthorized: { type: 'object', required: ['error'], additionalProperties: false, properties: { error: { const: "Couldn't authenticate you" } } },
  /** 403 Forbidden (bulk user import off) and 404 RecordNotFound. */
  classic: classicError,
  /** 422 RecordInvalid with per-field details (cloudbees-oss/zendesk-java-client#91). */
  recordInvalid: { ...classicError, required: ['error', 'description', 'details'], properties: { ...classicError.properties, error: { const: 'RecordInvalid' } } },
};
const ajv = new Ajv({ allErrors: true, strict: false });
function shapeErrors(shape: keyof typeof ERROR_SHAPES, body: unknown): string[] {
  const validate = ajv.compile(ERROR_SHAPES[shape]);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'}: ${e.message ?? ''}`);
}

// ------------------------------------------------------------------------------------------------

interface Recorded {
  method: HttpMethod;
  template: string;
  status: number;
  body: unknown;
}

let sim: ZendeskSim;
let c: Client;
let original: OpenApiSpec;
let patched: OpenApiSpec;
const recorded: Recorded[] = [];
const checked = new Set<string>();

function applyExceptions(document: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(document);
  for (const exception of OAS_EXCEPTIONS) {
    const parts = exception.at.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const key = parts.pop() as string;
    let node = copy as Record<string, unknown>;
    for (const part of parts) {
      const next = node[part];
      if (typeof next !== 'object' || next === null) throw new Error(`OAS exception points nowhere: ${exception.at}`);
      node = next as Record<string, unknown>;
    }
    if (!(key in node)) throw new Error(`OAS exception points nowhere: ${exception.at}`);
    if ('nullable' in exception.change) node[key] = { ...(node[key] as object), nullable: true };
    else node[key] = exception.change.schema;
  }
  return copy;
}

/** Asserts the status and validates the body against the (patched) OAS of `method template`. */
function check(method: HttpMethod, template: string, reply: Reply, status: number): Reply {
  expect(reply.status, `${method.toUpperCase()} ${template}: ${JSON.stringify(reply.body)}`).toBe(status);
  const operation = PATH_ALIASES[`${method.toUpperCase()} ${template}`] ?? `${method.toUpperCase()} ${template}`;
  const [opMethod, opPath] = operation.split(' ') as [string, string];
  if (status === 204) {
    const responses = ((patched.document['paths'] as Record<string, Record<string, { responses: Record<string, unknown> }>>)[opPath]?.[opMethod.toLowerCase()])?.responses;
    expect(responses?.['204'], `${operation} documents 204`).toBeDefined();
    expect(reply.raw.length).toBe(0);
  } else {
    const errors = validateResponse(patched, opMethod.toLowerCase() as HttpMethod, opPath, status, reply.body);
    expect(errors, `${method.toUpperCase()} ${template} ${status}`).toEqual([]);
    recorded.push({ method: opMethod.toLowerCase() as HttpMethod, template: opPath, status, body: reply.body });
  }
  checked.add(`${method.toUpperCase()} ${template}`);
  return reply;
}

beforeAll(async () => {
  original = loadSpec(SPEC_FILE);
  const dir = mkdtempSync(join(tmpdir(), 'zendesk-oas-'));
  const patchedFile = join(dir, 'support-oas.patched.json');
  writeFileSync(patchedFile, JSON.stringify(applyExceptions(original.document)));
  patched = loadSpec(patchedFile);
  sim = await startZendeskSim({ checkRequests: false, bulkUserImport: true, jobs: { pollsBeforeComplete: 1 } });
  sim.seed(generateZendeskAccount({ seed: 5, tickets: 8, endUsers: 6, longTicketComments: 3, articles: 2 }).account);
  c = client(sim);
});
afterAll(() => sim.close());

const GET = 'get' as const;
const POST = 'post' as const;
const PUT = 'put' as const;
const DELETE = 'delete' as const;

describe('users', () => {
  it('users endpoints match the OAS', async () => {
    check(GET, '/api/v2/users/me', await c.get('/api/v2/users/me'), 200);
    check(GET, '/api/v2/users/count', await c.get('/api/v2/users/count?role=end-user'), 200);
    check(GET, '/api/v2/users', await c.get('/api/v2/users?page[size]=5'), 200);
    check(GET, '/api/v2/users', await c.get('/api/v2/users?per_page=5'), 200);
    const created = check(POST, '/api/v2/users', await c.post('/api/v2/users', { user: { name: 'New', email: 'new@example.com', external_id: 'N-1', role: 'end-user' } }), 201);
    const id = created.body.user.id;
    check(GET, '/api/v2/users/{user_id}', await c.get(`/api/v2/users/${id}`), 200);
    check(PUT, '/api/v2/users/{user_id}', await c.put(`/api/v2/users/${id}`, { user: { phone: '+4511111111', email: 'second@example.com' } }), 200);
    check(GET, '/api/v2/users/{user_id}/identities', await c.get(`/api/v2/users/${id}/identities`), 200);
    check(GET, '/api/v2/users/search', await c.get('/api/v2/users/search?external_id=n-1'), 200);
    check(GET, '/api/v2/users/show_many', await c.get(`/api/v2/users/show_many?ids=${id}`), 200);
    check(POST, '/api/v2/users/create_or_update', await c.post('/api/v2/users/create_or_update', { user: { name: 'New again', external_id: 'N-1' } }), 200);
    check(POST, '/api/v2/users/create_or_update', await c.post('/api/v2/users/create_or_update', { user: { name: 'Brand new', external_id: 'N-2' } }), 201);
    const agent = check(POST, '/api/v2/users', await c.post('/api/v2/users', { user: { name: 'Agent X', email: 'agentx@example.com', role: 'agent' } }), 201);
    check(GET, '/api/v2/users/{user_id}', await c.get(`/api/v2/users/${agent.body.user.id}`), 200);
    const job = check(POST, '/api/v2/users/create_many', await c.post('/api/v2/users/create_many', { users: [{ name: 'Bulk 1' }, { name: 'Bulk 2', email: 'new@example.com' }] }), 200);
    await pollJob(job.body.job_status.id);
    const upsert = check(POST, '/api/v2/users/create_or_update_many', await c.post('/api/v2/users/create_or_update_many', { users: [{ name: 'Bulk 3', external_id: 'N-2' }] }), 200);
    await pollJob(upsert.body.job_status.id);
    check(GET, '/api/v2/user_fields', await c.get('/api/v2/user_fields'), 200);
    const field = check(POST, '/api/v2/user_fields', await c.post('/api/v2/user_fields', { user_field: { key: 'shoe_size', type: 'integer', title: 'Shoe size' } }), 201);
    check(GET, '/api/v2/user_fields/{user_field_id}', await c.get(`/api/v2/user_fields/${field.body.user_field.id}`), 200);
  });
});

describe('organizations and groups', () => {
  it('organization endpoints match the OAS', async () => {
    check(GET, '/api/v2/organizations', await c.get('/api/v2/organizations?page[size]=2'), 200);
    check(GET, '/api/v2/organizations/count', await c.get('/api/v2/organizations/count'), 200);
    const org = check(POST, '/api/v2/organizations', await c.post('/api/v2/organizations', { organization: { name: 'Contract Org', external_id: 'CO-1', domain_names: ['co.example'] } }), 201);
    const id = org.body.organization.id;
    check(GET, '/api/v2/organizations/{organization_id}', await c.get(`/api/v2/organizations/${id}`), 200);
    check(PUT, '/api/v2/organizations/{organization_id}', await c.put(`/api/v2/organizations/${id}`, { organization: { notes: 'n' } }), 200);
    check(GET, '/api/v2/organizations/search', await c.get('/api/v2/organizations/search?external_id=co-1'), 200);
    check(GET, '/api/v2/organizations/show_many', await c.get(`/api/v2/organizations/show_many?ids=${id}`), 200);
    check(POST, '/api/v2/organizations/create_or_update', await c.post('/api/v2/organizations/create_or_update', { organization: { name: 'Contract Org 2', external_id: 'CO-1' } }), 200);
    check(POST, '/api/v2/organizations/create_or_update', await c.post('/api/v2/organizations/create_or_update', { organization: { name: 'Contract Org 3', external_id: 'CO-3' } }), 201);
    const job = check(POST, '/api/v2/organizations/create_many', await c.post('/api/v2/organizations/create_many', { organizations: [{ name: 'Bulk Org' }, { name: 'Contract Org 2' }] }), 200);
    await pollJob(job.body.job_status.id);
    check(GET, '/api/v2/organization_fields', await c.get('/api/v2/organization_fields'), 200);
    const field = check(POST, '/api/v2/organization_fields', await c.post('/api/v2/organization_fields', { organization_field: { key: 'tier', type: 'text', title: 'Tier' } }), 201);
    check(GET, '/api/v2/organization_fields/{organization_field_id}', await c.get(`/api/v2/organization_fields/${field.body.organization_field.id}`), 200);

    const user = (await c.post('/api/v2/users', { user: { name: 'Org member' } })).body.user.id;
    const membership = check(POST, '/api/v2/organization_memberships', await c.post('/api/v2/organization_memberships', { organization_membership: { user_id: user, organization_id: id } }), 201);
    check(GET, '/api/v2/organization_memberships/{organization_membership_id}', await c.get(`/api/v2/organization_memberships/${membership.body.organization_membership.id}`), 200);
    check(GET, '/api/v2/organization_memberships', await c.get('/api/v2/organization_memberships?page[size]=3'), 200);
    check(GET, '/api/v2/users/{user_id}/organization_memberships', await c.get(`/api/v2/users/${user}/organization_memberships`), 200);
    check(GET, '/api/v2/organizations/{organization_id}/organization_memberships', await c.get(`/api/v2/organizations/${id}/organization_memberships`), 200);
    const mjob = check(POST, '/api/v2/organization_memberships/create_many', await c.post('/api/v2/organization_memberships/create_many', { organization_memberships: [{ user_id: user, organization_id: id }] }), 200);
    await pollJob(mjob.body.job_status.id);
  });

  it('group endpoints match the OAS', async () => {
    check(GET, '/api/v2/groups', await c.get('/api/v2/groups'), 200);
    const group = check(POST, '/api/v2/groups', await c.post('/api/v2/groups', { group: { name: 'Contract group', description: 'd' } }), 201);
    const id = group.body.group.id;
    check(GET, '/api/v2/groups/{group_id}', await c.get(`/api/v2/groups/${id}`), 200);
    check(PUT, '/api/v2/groups/{group_id}', await c.put(`/api/v2/groups/${id}`, { group: { description: 'e' } }), 200);
    const agent = (await c.post('/api/v2/users', { user: { name: 'Group agent', role: 'agent' } })).body.user.id;
    const membership = check(POST, '/api/v2/group_memberships', await c.post('/api/v2/group_memberships', { group_membership: { user_id: agent, group_id: id } }), 201);
    check(GET, '/api/v2/group_memberships/{group_membership_id}', await c.get(`/api/v2/group_memberships/${membership.body.group_membership.id}`), 200);
    check(GET, '/api/v2/group_memberships', await c.get('/api/v2/group_memberships'), 200);
    check(GET, '/api/v2/groups/{group_id}/memberships', await c.get(`/api/v2/groups/${id}/memberships`), 200);
    check(GET, '/api/v2/users/{user_id}/group_memberships', await c.get(`/api/v2/users/${agent}/group_memberships`), 200);
    const job = check(POST, '/api/v2/group_memberships/create_many', await c.post('/api/v2/group_memberships/create_many', { group_memberships: [{ user_id: agent, group_id: id }] }), 200);
    await pollJob(job.body.job_status.id);
  });
});

async function pollJob(id: string): Promise<void> {
  check(GET, '/api/v2/job_statuses/{job_status_id}', await c.get(`/api/v2/job_statuses/${id}`), 200);
  const done = check(GET, '/api/v2/job_statuses/{job_status_id}', await c.get(`/api/v2/job_statuses/${id}`), 200);
  expect(done.body.job_status.status).toBe('completed');
}

describe('tickets', () => {
  it('ticket fields, tickets, comments, tags, uploads and attachments match the OAS', async () => {
    check(GET, '/api/v2/ticket_fields', await c.get('/api/v2/ticket_fields?page[size]=100'), 200);
    const field = check(
      POST,
      '/api/v2/ticket_fields',
      await c.post('/api/v2/ticket_fields', { ticket_field: { type: 'tagger', title: 'Contract dropdown', custom_field_options: [{ name: 'One', value: 'contract_one' }] } }),
      201,
    );
    const fieldId = field.body.ticket_field.id;
    check(GET, '/api/v2/ticket_fields/{ticket_field_id}', await c.get(`/api/v2/ticket_fields/${fieldId}`), 200);
    check(PUT, '/api/v2/ticket_fields/{ticket_field_id}', await c.put(`/api/v2/ticket_fields/${fieldId}`, { ticket_field: { title: 'Renamed' } }), 200);
    check(GET, '/api/v2/ticket_fields/{ticket_field_id}/options', await c.get(`/api/v2/ticket_fields/${fieldId}/options`), 200);
    check(POST, '/api/v2/ticket_fields/{ticket_field_id}/options', await c.post(`/api/v2/ticket_fields/${fieldId}/options`, { custom_field_option: { name: 'Two', value: 'contract_two' } }), 201);

    const upload = check(POST, '/api/v2/uploads', await c.upload('/api/v2/uploads?filename=c.txt', Buffer.from('contract'), 'text/plain'), 201);
    const requester = (await c.post('/api/v2/users', { user: { name: 'Requester', email: 'req@example.com' } })).body.user.id;
    const imported = check(
      POST,
      '/api/v2/imports/tickets',
      await c.post('/api/v2/imports/tickets', {
        ticket: {
          requester_id: requester,
          subject: 'Contract import',
          status: 'open',
          created_at: '2020-01-01T00:00:00Z',
          custom_fields: [{ id: fieldId, value: 'contract_one' }],
          comments: [
            { author_id: requester, value: 'first', created_at: '2020-01-01T00:00:00Z', uploads: [upload.body.upload.token] },
            { author_id: sim.store.currentUserId, value: 'note', public: false, created_at: '2020-01-01T01:00:00Z' },
          ],
        },
      }),
      201,
    );
    const ticketId = imported.body.ticket.id;
    const bulk = check(
      POST,
      '/api/v2/imports/tickets/create_many',
      await c.post('/api/v2/imports/tickets/create_many', { tickets: [{ requester_id: requester, comments: [{ value: 'ok' }] }, { requester_id: 1, comments: [{ value: 'bad requester' }] }] }),
      200,
    );
    await pollJob(bulk.body.job_status.id);
    check(GET, '/api/v2/job_statuses/show_many', await c.get(`/api/v2/job_statuses/show_many?ids=${bulk.body.job_status.id}`), 200);
    check(GET, '/api/v2/job_statuses', await c.get('/api/v2/job_statuses'), 200);

    check(GET, '/api/v2/tickets/{ticket_id}', await c.get(`/api/v2/tickets/${ticketId}`), 200);
    check(GET, '/api/v2/tickets', await c.get('/api/v2/tickets?page[size]=100'), 200);
    check(GET, '/api/v2/tickets/count', await c.get('/api/v2/tickets/count'), 200);
    check(GET, '/api/v2/tickets/show_many', await c.get(`/api/v2/tickets/show_many?ids=1,2,${ticketId}`), 200);
    const comments = check(GET, '/api/v2/tickets/{ticket_id}/comments', await c.get(`/api/v2/tickets/${ticketId}/comments`), 200);
    check(GET, '/api/v2/attachments/{attachment_id}', await c.get(`/api/v2/attachments/${comments.body.comments[0].attachments[0].id}`), 200);
    check(GET, '/api/v2/tickets/{ticket_id}/comments/count', await c.get(`/api/v2/tickets/${ticketId}/comments/count`), 200);
    check(PUT, '/api/v2/tickets/{ticket_id}', await c.put(`/api/v2/tickets/${ticketId}`, { ticket: { status: 'pending', comment: { body: 'delta', public: true } } }), 200);
    check(POST, '/api/v2/tickets', await c.post('/api/v2/tickets', { ticket: { requester_id: requester, subject: 'Plain', comment: { body: 'plain create' } } }), 201);

    check(GET, '/api/v2/tickets/{ticket_id}/tags', await c.get(`/api/v2/tickets/${ticketId}/tags`), 200);
    check(POST, '/api/v2/tickets/{ticket_id}/tags', await c.post(`/api/v2/tickets/${ticketId}/tags`, { tags: ['a', 'b'] }), 201);
    check(PUT, '/api/v2/tickets/{ticket_id}/tags', await c.put(`/api/v2/tickets/${ticketId}/tags`, { tags: ['c'] }), 200);
    check(DELETE, '/api/v2/tickets/{ticket_id}/tags', await c.del(`/api/v2/tickets/${ticketId}/tags`, { tags: ['a'] }), 204);
    check(GET, '/api/v2/tags', await c.get('/api/v2/tags?page[size]=10'), 200);

    const spare = await c.upload('/api/v2/uploads?filename=spare.txt', Buffer.from('x'), 'text/plain');
    check(DELETE, '/api/v2/uploads/{token}', await c.del(`/api/v2/uploads/${spare.body.upload.token}`), 204);
  });

  it('incremental exports match the OAS', async () => {
    const tickets = check(GET, '/api/v2/incremental/tickets/cursor', await c.get('/api/v2/incremental/tickets/cursor?start_time=0&per_page=3'), 200);
    check(GET, '/api/v2/incremental/tickets/cursor', await c.get(tickets.body.after_url), 200);
    check(GET, '/api/v2/incremental/users/cursor', await c.get('/api/v2/incremental/users/cursor?start_time=0'), 200);
    check(GET, '/api/v2/incremental/organizations', await c.get('/api/v2/incremental/organizations?start_time=0&per_page=2'), 200);
  });
});

describe('error shapes', () => {
  it('401 for bad credentials', async () => {
    for (const auth of [null, 'Bearer wrong', `Basic ${Buffer.from('admin@example.com/token:wrong').toString('base64')}`]) {
      const reply = await client(sim, auth).get('/api/v2/tickets');
      expect(reply.status).toBe(401);
      expect(shapeErrors('unauthorized', reply.body)).toEqual([]);
    }
  });

  it('403 when bulk user import is not enabled, 404 for unknown records', async () => {
    const strict = await startZendeskSim({ checkRequests: false });
    try {
      const reply = await client(strict).post('/api/v2/users/create_many', { users: [{ name: 'x' }] });
      expect(reply.status).toBe(403);
      expect(shapeErrors('classic', reply.body)).toEqual([]);
      expect(reply.body.error).toBe('Forbidden');
    } finally {
      await strict.close();
    }
    const missing = await c.get('/api/v2/tickets/987654');
    expect(missing.status).toBe(404);
    expect(shapeErrors('classic', missing.body)).toEqual([]);
    expect(missing.body).toEqual({ error: 'RecordNotFound', description: 'Not found' });
  });

  it('422 RecordInvalid for a duplicate email, a duplicate organization name and an invalid import', async () => {
    await c.post('/api/v2/users', { user: { name: 'Dup', email: 'dup@example.com' } });
    const dup = await c.post('/api/v2/users', { user: { name: 'Dup 2', email: 'dup@example.com' } });
    expect(dup.status).toBe(422);
    expect(shapeErrors('recordInvalid', dup.body)).toEqual([]);
    expect(dup.body.details.email[0]).toEqual({ description: 'Email: dup@example.com is already being used by another user', error: 'DuplicateValue' });
    const badImport = await c.post('/api/v2/imports/tickets', { ticket: { requester_id: 123, comments: [{ value: 'x' }] } });
    expect(badImport.status).toBe(422);
    expect(shapeErrors('recordInvalid', badImport.body)).toEqual([]);
    await c.post('/api/v2/organizations', { organization: { name: 'Twice' } });
    const org = await c.post('/api/v2/organizations', { organization: { name: 'twice' } });
    expect(org.status).toBe(422);
    expect(shapeErrors('recordInvalid', org.body)).toEqual([]);
  });

  it('429 in the OAS Errors envelope, as documented for PUT /api/v2/organizations/{organization_id}', async () => {
    const limited = await startZendeskSim({ checkRequests: false, rateLimit: { supportPerMinute: 2, windowMs: 60_000 } });
    try {
      const lc = client(limited);
      const org = await lc.post('/api/v2/organizations', { organization: { name: 'RL' } });
      await lc.put(`/api/v2/organizations/${org.body.organization.id}`, { organization: { notes: 'a' } });
      const reply = await lc.put(`/api/v2/organizations/${org.body.organization.id}`, { organization: { notes: 'b' } });
      expect(reply.status).toBe(429);
      expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(validateResponse(original, 'put', '/api/v2/organizations/{organization_id}', 429, reply.body)).toEqual([]);
    } finally {
      await limited.close();
    }
  });

  it('400 for pagination misuse in the OAS Errors envelope', async () => {
    for (const path of ['/api/v2/users?page[size]=500', '/api/v2/users?page[size]=5&page[after]=zzz', '/api/v2/tickets?page=101&per_page=100']) {
      const reply = await c.get(path);
      expect(reply.status, path).toBe(400);
      expect(validateComponent(original, 'Errors', reply.body)).toEqual([]);
      expect(reply.body.errors[0].code).toBe('InvalidPaginationParameter');
    }
  });
});

describe('coverage', () => {
  it('validated every Support endpoint the simulator serves', () => {
    const served = sim.routes.filter((r) => r.api === 'support').map((r) => `${r.method} ${r.template}`);
    expect(served.filter((route) => !checked.has(route))).toEqual([]);
  });

  it('every PATH_ALIASES entry is a path the OAS lacks, aliased to one it has', () => {
    const paths = original.document['paths'] as Record<string, Record<string, unknown>>;
    for (const [alias, target] of Object.entries(PATH_ALIASES)) {
      const [aliasMethod, aliasPath] = alias.split(' ') as [string, string];
      const [targetMethod, targetPath] = target.split(' ') as [string, string];
      expect(paths[aliasPath]?.[aliasMethod.toLowerCase()], alias).toBeUndefined();
      expect(paths[targetPath]?.[targetMethod.toLowerCase()], target).toBeDefined();
    }
  });

  it.each(OAS_EXCEPTIONS.map((e) => [e.at, e] as const))('OAS exception %s is still needed', (_at, exception) => {
    const failures = recorded.flatMap((r) => validateResponse(original, r.method, r.template, r.status, r.body));
    expect(failures.some((f) => exception.witness.test(f)), `no response failed the unpatched OAS at ${exception.at}`).toBe(true);
  });

});
