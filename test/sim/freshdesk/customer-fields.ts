/**
 * Contact and company fields (`/api/v2/contact_fields`, `/api/v2/company_fields`): the default ones
 * and custom ones created by POST. Unlike ticket fields, their generated names carry no `cf_` prefix
 * or account number: the label in snake case (assumption, as the reference shows names like
 * `department`). Values are written under that name in `custom_fields` and checked like ticket
 * custom fields; an unknown name → 400 `invalid_field`.
 */
import type { SimContext } from './context.js';
import { invalidBody } from './common-input.js';
import { created, duplicate, ok } from './http.js';
import { readWriteInput } from './request-input.js';
import type { RouteRequest, Router } from './router.js';
import { checkCustomValues, CUSTOM_FIELD_TYPES, newField, renderTicketField } from './ticket-fields.js';
import type { TicketFieldRecord } from './types.js';
import { Checker } from './validate.js';

export type CustomerFieldOwner = 'contact' | 'company';

const DEFAULTS: Record<CustomerFieldOwner, string[]> = {
  contact: ['name', 'job_title', 'email', 'phone', 'mobile', 'twitter_id', 'company_name', 'address', 'time_zone', 'language', 'tag_names', 'description', 'unique_external_id'],
  company: ['name', 'description', 'note', 'domains', 'health_score', 'account_tier', 'renewal_date', 'industry'],
};

export function registerCustomerFields(router: Router): void {
  for (const owner of ['contact', 'company'] as const) {
    router.add('GET', `/api/v2/${owner}_fields`, (_request, context) => ok(fieldsOf(context, owner).map((f) => renderTicketField(context, f))));
    router.add('POST', `/api/v2/${owner}_fields`, (request, context) => create(owner, request, context));
  }
}

export function fieldsOf(context: SimContext, owner: CustomerFieldOwner): TicketFieldRecord[] {
  return [...(owner === 'contact' ? context.store.contactFields : context.store.companyFields).values()].sort((a, b) => a.position - b.position);
}

export function addDefaultCustomerFields(context: SimContext): void {
  for (const owner of ['contact', 'company'] as const) {
    const map = owner === 'contact' ? context.store.contactFields : context.store.companyFields;
    DEFAULTS[owner].forEach((name, i) => {
      const field = newField(context.store.id(), name, name.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase()), `default_${name}`, i + 1, context.now());
      field.default = true;
      field.required_for_agents = name === 'name';
      map.set(field.id, field);
    });
  }
}

export function customerFieldName(label: string): string {
  return label.normalize('NFKD').replace(/[^\w\s]/g, '').trim().toLowerCase().replace(/\s+/g, '_').replace(/[^a-z0-9_]/g, '') || 'field';
}

/** Adds a custom contact or company field (seeding and POST share it). */
export function addCustomerField(context: SimContext, owner: CustomerFieldOwner, label: string, type: string, choices: string[] = []): TicketFieldRecord {
  const map = owner === 'contact' ? context.store.contactFields : context.store.companyFields;
  let name = customerFieldName(label);
  const taken = (n: string) => [...map.values()].some((f) => f.name === n);
  for (let n = 1; taken(name); n++) name = `${customerFieldName(label)}_${n}`;
  const field = newField(context.store.id(), name, label, type, map.size + 1, context.now());
  field.choices = choices.map((value, i) => ({ id: context.store.id(), value, position: i + 1 }));
  map.set(field.id, field);
  return field;
}

async function create(owner: CustomerFieldOwner, request: RouteRequest, context: SimContext) {
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  const f = input.fields;
  const check = new Checker(f)
    .only(['label', 'label_for_customers', 'type', 'position', 'required_for_agents', 'displayed_for_customers', 'editable_in_signup', 'choices'])
    .required('label')
    .required('label_for_customers')
    .required('type')
    .kinds({ label: 'string', label_for_customers: 'string', type: 'string', position: 'integer', required_for_agents: 'boolean' })
    .oneOf('type', CUSTOM_FIELD_TYPES);
  const choices = f['choices'];
  if (f['type'] === 'custom_dropdown' && !(Array.isArray(choices) && choices.length > 0)) check.add('choices', 'missing_field', 'It should be a/an Array');
  check.done();
  const label = String(f['label']);
  if (fieldsOf(context, owner).some((x) => x.label.toLowerCase() === label.toLowerCase())) return duplicate('label');
  const values = Array.isArray(choices) ? choices.map((c) => (typeof c === 'string' ? c : String((c as { value?: unknown }).value ?? ''))) : [];
  const field = addCustomerField(context, owner, label, String(f['type']), values);
  field.label_for_customers = String(f['label_for_customers']);
  return created(renderTicketField(context, field));
}

/** Checks `custom_fields` of a contact or company write against that owner's field definitions. */
export function checkCustomerValues(context: SimContext, owner: CustomerFieldOwner, values: unknown, check: Checker): Record<string, unknown> {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return {};
  return checkCustomValues(context, values as Record<string, unknown>, check, (name) => fieldsOf(context, owner).find((f) => f.name === name));
}
