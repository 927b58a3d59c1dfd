/**
 * Ticket fields (`/api/v2/ticket_fields`) and the validation of `ticket.custom_fields: [{id, value}]`.
 *
 * - The list starts with Zendesk's built-in system fields (subject, description, status, tickettype,
 *   priority, group, assignee; `removable: false`), as the real endpoint returns them: a reader must
 *   skip them when it maps custom fields.
 * - Dropdown (`tagger`) and `multiselect` values are option **values** (tags), not labels. Setting one
 *   adds that tag to the ticket's `tags` (and drops the tag of the option it replaced); a checked
 *   checkbox adds its `tag`. Zendesk works this way; a comparison of tags must expect it.
 * - A value of the wrong type or an unknown option is refused with 422. An id that is no ticket field
 *   is the `unknownTicketField` policy (Zendesk's documentation is silent on unknown ids): `reject`
 *   (default, the stricter choice) refuses the ticket with 422, `accept` stores and shows the value
 *   under that id, `drop` writes the ticket without it.
 * - Responses list every active custom field, `value: null` when unset; integer and decimal values come
 *   back as strings, checkboxes as booleans, multiselects as arrays.
 */
import type { SimContext } from './context.js';
import { buildOptions, normaliseValue, optionJson } from './custom-fields.js';
import { fieldError, has, isObject, member, notFound, ok, optId, optString, recordInvalid, type ErrorDetails, type Json } from './http.js';
import { paginate } from './pagination.js';
import type { Router } from './router.js';
import { CUSTOM_TICKET_FIELD_TYPES, type ZdFieldOption, type ZdTicketField } from './types.js';

const SYSTEM_FIELDS: Array<{ type: string; title: string; options?: Array<[string, string]> }> = [
  { type: 'subject', title: 'Subject' },
  { type: 'description', title: 'Description' },
  { type: 'status', title: 'Status', options: [['Open', 'open'], ['Pending', 'pending'], ['On-hold', 'hold'], ['Solved', 'solved']] },
  { type: 'tickettype', title: 'Type', options: [['Question', 'question'], ['Incident', 'incident'], ['Problem', 'problem'], ['Task', 'task']] },
  { type: 'priority', title: 'Priority', options: [['Low', 'low'], ['Normal', 'normal'], ['High', 'high'], ['Urgent', 'urgent']] },
  { type: 'group', title: 'Group' },
  { type: 'assignee', title: 'Assignee' },
];

export function isCustomTicketField(field: ZdTicketField): boolean {
  return field.removable;
}

/** Creates the built-in system fields of a new account. */
export function addSystemTicketFields(context: SimContext): void {
  const now = context.store.iso();
  SYSTEM_FIELDS.forEach((def, position) => {
    const id = context.store.id();
    context.store.ticketFields.set(id, {
      ...baseField(id, def.type, def.title, now),
      position,
      required: def.type === 'subject' || def.type === 'description',
      removable: false,
      ...(def.options ? { custom_field_options: def.options.map(([name, value], i) => ({ id: 0, name, value, position: i })) } : {}),
    });
  });
}

function baseField(id: number, type: string, title: string, now: string): ZdTicketField {
  return {
    id,
    type,
    title,
    raw_title: title,
    description: '',
    raw_description: '',
    position: 0,
    active: true,
    required: false,
    collapsed_for_agents: false,
    regexp_for_validation: null,
    title_in_portal: title,
    raw_title_in_portal: title,
    visible_in_portal: false,
    editable_in_portal: false,
    required_in_portal: false,
    tag: null,
    removable: true,
    agent_description: null,
    created_at: now,
    updated_at: now,
  };
}

export function ticketFieldJson(field: ZdTicketField, context: SimContext): Record<string, unknown> {
  const { custom_field_options, agent_description: _unused, ...rest } = field;
  const json: Record<string, unknown> = { url: `${context.baseUrl()}/api/v2/ticket_fields/${field.id}.json`, ...rest };
  if (custom_field_options) {
    if (field.removable) json['custom_field_options'] = custom_field_options.map((o) => optionJson(o, context, 'ticket', field.id));
    else json['system_field_options'] = custom_field_options.map((o) => ({ name: o.name, value: o.value }));
  }
  return json;
}

export function createTicketField(context: SimContext, input: Json): { field: ZdTicketField } | { details: ErrorDetails } {
  const type = optString(input['type']) ?? 'text';
  const title = optString(input['title'])?.trim();
  if (!(CUSTOM_TICKET_FIELD_TYPES as readonly string[]).includes(type)) return { details: { type: [{ description: `Type: ${type} is not valid`, error: 'InvalidValue' }] } };
  if (!title) return { details: { title: [{ description: 'Title: cannot be blank', error: 'BlankValue' }] } };
  let options: ZdFieldOption[] | undefined;
  if (type === 'tagger' || type === 'multiselect') {
    const built = buildOptions(context, input['custom_field_options']);
    if (typeof built === 'string') return { details: { custom_field_options: [{ description: `Field options: ${built}`, error: 'InvalidValue' }] } };
    const taken = takenTags(context, built.map((o) => o.value));
    if (taken) return { details: { custom_field_options: [{ description: `Field options: tag "${taken}" is already used by another field`, error: 'DuplicateValue' }] } };
    options = built;
  }
  const now = context.store.iso();
  const field: ZdTicketField = {
    ...baseField(context.store.id(), type, title, now),
    description: optString(input['description']) ?? '',
    raw_description: optString(input['description']) ?? '',
    position: typeof input['position'] === 'number' ? input['position'] : 9999,
    active: input['active'] !== false,
    required: input['required'] === true,
    visible_in_portal: input['visible_in_portal'] === true,
    editable_in_portal: input['editable_in_portal'] === true,
    regexp_for_validation: type === 'regexp' ? (optString(input['regexp_for_validation']) ?? null) : null,
    tag: type === 'checkbox' ? (optString(input['tag']) ?? null) : null,
    ...(options ? { custom_field_options: options } : {}),
  };
  context.store.ticketFields.set(field.id, field);
  return { field };
}

/** Option tags must be unique across all dropdown/multiselect fields. */
function takenTags(context: SimContext, values: string[], exceptField?: number): string | undefined {
  for (const field of context.store.ticketFields.values()) {
    if (field.id === exceptField || !field.removable) continue;
    const hit = field.custom_field_options?.find((o) => values.includes(o.value));
    if (hit) return hit.value;
  }
  return undefined;
}

/** Validates `custom_fields: [{id, value}]` and merges it into `current` (values by field id). */
export function applyTicketCustomFields(
  context: SimContext,
  current: Record<number, unknown>,
  input: unknown,
): { values: Record<number, unknown> } | { details: ErrorDetails } {
  if (input === undefined) return { values: current };
  const invalid = (description: string): { details: ErrorDetails } => ({ details: { custom_fields: [{ description, error: 'InvalidValue' }] } });
  if (!Array.isArray(input)) return invalid('Custom fields: must be a list of {id, value}');
  const values = { ...current };
  for (const item of input) {
    const id = isObject(item) ? optId(item['id']) : undefined;
    if (!isObject(item) || id === undefined) return invalid('Custom fields: every entry needs an id');
    const field = context.store.ticketFields.get(id);
    if (!field && context.options.policies.unknownTicketField !== 'reject') {
      if (context.options.policies.unknownTicketField === 'accept') values[id] = item['value'] ?? null;
      continue;
    }
    if (!field || !field.removable) return invalid(`Custom fields: ${id} is not a custom ticket field`);
    const result = normaliseValue(field.type === 'partialcreditcard' ? 'text' : field.type, item['value'] ?? null, field.custom_field_options, field.regexp_for_validation);
    if (typeof result === 'string') return invalid(`${field.title}: ${result}`);
    const value = result.value;
    values[id] = typeof value === 'number' ? String(value) : value === '' ? null : value;
  }
  return { values };
}

/** Tags implied by custom field values (dropdown option values, multiselect values, checked checkbox tags). */
export function customFieldTags(context: SimContext, values: Record<number, unknown>): string[] {
  const tags: string[] = [];
  for (const [idText, value] of Object.entries(values)) {
    const field = context.store.ticketFields.get(Number(idText));
    if (!field || value === null || value === undefined) continue;
    if (field.type === 'tagger' && typeof value === 'string') tags.push(value);
    if (field.type === 'multiselect' && Array.isArray(value)) tags.push(...value.filter((v): v is string => typeof v === 'string'));
    if (field.type === 'checkbox' && value === true && field.tag) tags.push(field.tag);
  }
  return tags;
}

/** `custom_fields` as a ticket response shows it: every active custom field, null when unset. */
export function renderTicketCustomFields(context: SimContext, values: Record<number, unknown>): Array<{ id: number; value: unknown }> {
  const out: Array<{ id: number; value: unknown }> = [];
  for (const field of context.store.ticketFields.values()) {
    if (!field.removable || !field.active) continue;
    out.push({ id: field.id, value: values[field.id] ?? (field.type === 'checkbox' ? false : null) });
  }
  // Ids an `accept` policy stored without a ticket field.
  for (const [idText, value] of Object.entries(values)) {
    if (!context.store.ticketFields.has(Number(idText))) out.push({ id: Number(idText), value });
  }
  return out;
}

export function registerTicketFields(router: Router): void {
  router.add('GET', '/api/v2/ticket_fields', (request, context) =>
    paginate(request, context, [...context.store.ticketFields.values()], { key: 'ticket_fields', render: (f) => ticketFieldJson(f, context) }),
  );
  router.add('POST', '/api/v2/ticket_fields', (request, context) => {
    const input = member(request.body, 'ticket_field');
    if (!input) return fieldError('ticket_field', 'ticket_field is required');
    const result = createTicketField(context, input);
    return 'details' in result ? recordInvalid(result.details) : ok({ ticket_field: ticketFieldJson(result.field, context) }, 201);
  });
  router.add('GET', '/api/v2/ticket_fields/{ticket_field_id}', (request, context) => {
    const field = context.store.ticketFields.get(Number(request.params['ticket_field_id']));
    return field ? ok({ ticket_field: ticketFieldJson(field, context) }) : notFound();
  });
  router.add('PUT', '/api/v2/ticket_fields/{ticket_field_id}', (request, context) => {
    const field = context.store.ticketFields.get(Number(request.params['ticket_field_id']));
    if (!field) return notFound();
    const input = member(request.body, 'ticket_field') ?? {};
    if (has(input, 'title')) {
      const title = optString(input['title'])?.trim();
      if (!title) return fieldError('title', 'Title: cannot be blank', 'BlankValue');
      field.title = field.raw_title = field.title_in_portal = field.raw_title_in_portal = title;
    }
    if (has(input, 'description')) field.description = field.raw_description = optString(input['description']) ?? '';
    if (has(input, 'active') && field.removable) field.active = input['active'] !== false;
    if (has(input, 'custom_field_options') && field.custom_field_options && field.removable) {
      const built = buildOptions(context, input['custom_field_options']);
      if (typeof built === 'string') return fieldError('custom_field_options', `Field options: ${built}`);
      const taken = takenTags(context, built.map((o) => o.value), field.id);
      if (taken) return fieldError('custom_field_options', `Field options: tag "${taken}" is already used by another field`, 'DuplicateValue');
      // Options keep their id when their value (tag) is unchanged.
      for (const option of built) option.id = field.custom_field_options.find((o) => o.value === option.value)?.id ?? option.id;
      field.custom_field_options = built;
    }
    field.updated_at = context.store.iso();
    return ok({ ticket_field: ticketFieldJson(field, context) });
  });
  router.add('GET', '/api/v2/ticket_fields/{ticket_field_id}/options', (request, context) => {
    const field = context.store.ticketFields.get(Number(request.params['ticket_field_id']));
    if (!field || !field.removable || !field.custom_field_options) return notFound();
    const options = field.custom_field_options;
    return paginate(request, context, options, { key: 'custom_field_options', render: (o) => optionJson(o, context, 'ticket', field.id) });
  });
  router.add('POST', '/api/v2/ticket_fields/{ticket_field_id}/options', (request, context) => {
    const field = context.store.ticketFields.get(Number(request.params['ticket_field_id']));
    if (!field || !field.removable || !field.custom_field_options) return notFound();
    const input = member(request.body, 'custom_field_option') ?? {};
    const name = optString(input['name']);
    const value = optString(input['value']);
    if (!name || !value || /\s/.test(value)) return fieldError('custom_field_option', 'Field option: needs a name and a value without spaces');
    const id = optId(input['id']);
    const existing = id !== undefined ? field.custom_field_options.find((o) => o.id === id) : undefined;
    if (id !== undefined && !existing) return notFound();
    if (takenTags(context, [value]) && !(existing && existing.value === value)) {
      return fieldError('custom_field_option', `Field option: tag "${value}" is already used`, 'DuplicateValue');
    }
    if (existing) {
      existing.name = name;
      existing.value = value;
      return ok({ custom_field_option: optionJson(existing, context, 'ticket', field.id) });
    }
    const option: ZdFieldOption = { id: context.store.id(), name, value, position: field.custom_field_options.length };
    field.custom_field_options.push(option);
    return ok({ custom_field_option: optionJson(option, context, 'ticket', field.id) }, 201);
  });
}
