/**
 * Ticket fields: the default ones every account has (requester, subject, ticket_type, source, status,
 * priority, group, agent, company, description) and custom ones created through
 * `POST /admin/ticket_fields`, whose API `name` is generated: `cf_` + the label in snake case + `_` +
 * the account number (e.g. `cf_issue_type_297457`; a non-Latin label becomes `cf_field`, a clash
 * adds a counter — both assumptions). Statuses are the `status` field's choices: 2–5 built in,
 * custom ones above 5.
 */
import { iso, type SimContext } from './context.js';
import { invalidBody } from './common-input.js';
import { created, duplicate, idParam, notFound, ok } from './http.js';
import { readWriteInput } from './request-input.js';
import type { RouteRequest, Router } from './router.js';
import type { CustomFieldType, TicketFieldRecord } from './types.js';
import { Checker } from './validate.js';

export const SOURCES: Record<string, number> = { Email: 1, Portal: 2, Phone: 3, Chat: 7, 'Feedback Widget': 9, 'Outbound Email': 10 };
export const PRIORITIES: Record<string, number> = { Low: 1, Medium: 2, High: 3, Urgent: 4 };
export const BUILT_IN_STATUSES: [number, [string, string]][] = [
  [2, ['Open', 'Being Processed']],
  [3, ['Pending', 'Awaiting your Reply']],
  [4, ['Resolved', 'This ticket has been Resolved']],
  [5, ['Closed', 'This ticket has been Closed']],
];
export const CUSTOM_FIELD_TYPES: CustomFieldType[] = ['custom_text', 'custom_paragraph', 'custom_checkbox', 'custom_number', 'custom_decimal', 'custom_date', 'custom_dropdown'];

export function registerTicketFields(router: Router): void {
  router.add('GET', '/api/v2/ticket_fields', list);
  router.add('GET', '/api/v2/admin/ticket_fields', list);
  router.add('POST', '/api/v2/admin/ticket_fields', create);
  router.add('GET', '/api/v2/admin/ticket_fields/{id}', view);
}

/** The default fields and statuses of a new account. */
export function addDefaultTicketFields(context: SimContext): void {
  const time = context.now();
  const defaults: [string, string, string, boolean][] = [
    ['requester', 'Search a requester', 'default_requester', true],
    ['subject', 'Subject', 'default_subject', true],
    ['ticket_type', 'Type', 'default_ticket_type', false],
    ['source', 'Source', 'default_source', true],
    ['status', 'Status', 'default_status', true],
    ['priority', 'Priority', 'default_priority', true],
    ['group', 'Group', 'default_group', false],
    ['agent', 'Agent', 'default_agent', false],
    ['company', 'Company', 'default_company', false],
    ['description', 'Description', 'default_description', true],
  ];
  defaults.forEach(([name, label, type, required], i) => {
    const field = newField(context.store.id(), name, label, type, i + 1, time);
    field.default = true;
    field.required_for_agents = required;
    if (name === 'ticket_type') field.choices = ['Question', 'Incident', 'Problem', 'Feature Request'].map((value, p) => ({ id: context.store.id(), value, position: p + 1 }));
    context.store.ticketFields.set(field.id, field);
  });
  for (const [id, labels] of BUILT_IN_STATUSES) context.store.statuses.set(id, labels);
}

export function newField(id: number, name: string, label: string, type: string, position: number, time: number): TicketFieldRecord {
  return {
    id, name, label, label_for_customers: label, description: null, type, default: false, position,
    required_for_closure: false, required_for_agents: false, required_for_customers: false,
    customers_can_edit: false, displayed_to_customers: false, choices: [], created_at: time, updated_at: time,
  };
}

export function generatedName(context: SimContext, label: string): string {
  const snake = label.normalize('NFKD').replace(/[^\w\s]/g, '').trim().toLowerCase().replace(/\s+/g, '_').replace(/[^a-z0-9_]/g, '') || 'field';
  const base = `cf_${snake}_${context.options.accountNumber}`;
  let name = base;
  for (let n = 1; context.store.ticketField(name); n++) name = `${base}${n}`;
  return name;
}

export function renderTicketField(context: SimContext, f: TicketFieldRecord): Record<string, unknown> {
  let choices: unknown = f.choices;
  if (f.type === 'default_status') choices = Object.fromEntries([...context.store.statuses].map(([id, labels]) => [String(id), labels]));
  else if (f.type === 'default_priority') choices = PRIORITIES;
  else if (f.type === 'default_source') choices = SOURCES;
  else if (f.type === 'default_ticket_type') choices = f.choices.map((c) => c.value);
  const { created_at, updated_at, choices: _choices, ...rest } = f;
  return { ...rest, ...(choices !== undefined && (Array.isArray(choices) ? choices.length > 0 : true) ? { choices } : {}), created_at: iso(created_at), updated_at: iso(updated_at) };
}

function list(_request: RouteRequest, context: SimContext) {
  return ok([...context.store.ticketFields.values()].sort((a, b) => a.position - b.position).map((f) => renderTicketField(context, f)));
}

function view(request: RouteRequest, context: SimContext) {
  const field = context.store.ticketFields.get(idParam(request.params['id']) ?? -1);
  return field ? ok(renderTicketField(context, field)) : notFound();
}

async function create(request: RouteRequest, context: SimContext) {
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  const f = input.fields;
  const check = new Checker(f)
    .only(['label', 'label_for_customers', 'type', 'description', 'position', 'required_for_closure', 'required_for_agents', 'required_for_customers', 'customers_can_edit', 'displayed_to_customers', 'choices'])
    .required('label')
    .required('label_for_customers')
    .required('type')
    .kinds({ label: 'string', label_for_customers: 'string', type: 'string', description: 'string', position: 'integer', required_for_closure: 'boolean', required_for_agents: 'boolean', required_for_customers: 'boolean', customers_can_edit: 'boolean', displayed_to_customers: 'boolean' })
    .oneOf('type', CUSTOM_FIELD_TYPES);
  const choices = f['choices'];
  if (f['type'] === 'custom_dropdown') {
    if (!Array.isArray(choices) || choices.length === 0) check.add('choices', 'missing_field', 'It should be a/an Array');
    else if (!choices.every((c) => typeof c === 'object' && c !== null && typeof (c as { value?: unknown }).value === 'string')) check.add('choices', 'datatype_mismatch', 'It should contain elements of type key/value pair with a String value');
  } else if (choices !== undefined) {
    check.add('choices', 'invalid_field', 'Unexpected/invalid field in request');
  }
  check.done();
  const label = String(f['label']);
  if ([...context.store.ticketFields.values()].some((x) => x.label.toLowerCase() === label.toLowerCase())) return duplicate('label');
  const position = typeof f['position'] === 'number' ? f['position'] : context.store.ticketFields.size + 1;
  const field = newField(context.store.id(), generatedName(context, label), label, String(f['type']), position, context.now());
  field.label_for_customers = String(f['label_for_customers']);
  for (const key of ['required_for_closure', 'required_for_agents', 'required_for_customers', 'customers_can_edit', 'displayed_to_customers'] as const) {
    if (typeof f[key] === 'boolean') field[key] = f[key];
  }
  if (typeof f['description'] === 'string') field.description = f['description'];
  if (Array.isArray(choices)) {
    field.choices = (choices as { value: string; position?: number }[]).map((c, i) => ({ id: context.store.id(), value: c.value, position: c.position ?? i + 1 }));
  }
  context.store.ticketFields.set(field.id, field);
  return created(renderTicketField(context, field), `${context.baseUrl()}/api/v2/admin/ticket_fields/${field.id}`);
}

/** Checks `custom_fields` against field definitions (ticket fields unless `lookup` says otherwise); returns the values to store. */
export function checkCustomValues(
  context: SimContext,
  values: Record<string, unknown>,
  check: Checker,
  lookup: (name: string) => TicketFieldRecord | undefined = (name) => context.store.ticketField(name),
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const field = lookup(name);
    const where = `custom_fields.${name}`;
    if (!field || field.default) {
      check.add(name, 'invalid_field', 'Unexpected/invalid field in request');
      continue;
    }
    if (value === null) {
      out[name] = null;
      continue;
    }
    const stored = customValue(context, field, value, where, check);
    if (stored !== undefined) out[name] = stored;
  }
  return out;
}

function customValue(context: SimContext, field: TicketFieldRecord, value: unknown, where: string, check: Checker): unknown {
  const mismatch = (kind: string) => {
    check.add(where, 'datatype_mismatch', `It should be a/an ${kind}`);
    return undefined;
  };
  switch (field.type) {
    case 'custom_text':
    case 'custom_paragraph':
      return typeof value === 'string' ? value : mismatch('String');
    case 'custom_checkbox':
      if (value === 'true' || value === 'false') return value === 'true';
      return typeof value === 'boolean' ? value : mismatch('Boolean');
    case 'custom_number':
      if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
      return Number.isInteger(value) ? value : mismatch('Integer');
    case 'custom_decimal':
      if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
      return typeof value === 'number' ? value : mismatch('Number');
    case 'custom_date': {
      if (typeof value !== 'string') return mismatch('Date');
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
      if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))) {
        const policy = context.options.policies.customDateTime;
        if (policy === 'accept') return value;
        if (policy === 'drop') return value.slice(0, 10);
      }
      check.add(where, 'invalid_value', "It should be in the 'yyyy-mm-dd' format");
      return undefined;
    }
    case 'custom_dropdown':
      if (typeof value !== 'string') return mismatch('String');
      if (!field.choices.some((c) => c.value === value)) {
        check.add(where, 'invalid_value', `It should be one of these values: '${field.choices.map((c) => c.value).join(',')}'`);
        return undefined;
      }
      return value;
    default:
      return value;
  }
}
