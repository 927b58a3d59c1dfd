/**
 * User and organization field definitions (`/api/v2/user_fields`, `/api/v2/organization_fields`) and
 * the validation of `user_fields{key: value}` / `organization_fields{key: value}` against them.
 *
 * Values are checked by type; a value of the wrong type is refused with 422. A key with no definition
 * is the `unknownUserField` policy: Zendesk's documentation does not say whether an unknown key is
 * ignored or refused, so by default (`reject`) it is refused with 422, the stricter choice, which
 * surfaces mapping bugs; `accept` stores it as given, `drop` writes the record without it.
 * Responses list every active key, null when unset, and the unknown keys an `accept` stored.
 */
import type { SimContext } from './context.js';
import { fieldError, isObject, member, notFound, ok, optId, optString, recordInvalid, type ErrorDetails, type Json } from './http.js';
import { paginate } from './pagination.js';
import type { Router } from './router.js';
import type { ZdCustomField, ZdFieldOption } from './types.js';

export const CUSTOM_FIELD_TYPES = ['text', 'textarea', 'checkbox', 'date', 'integer', 'decimal', 'regexp', 'dropdown', 'multiselect', 'lookup'];

type Owner = 'user' | 'organization';

function definitions(context: SimContext, owner: Owner): Map<number, ZdCustomField> {
  return owner === 'user' ? context.store.userFields : context.store.organizationFields;
}

export function customFieldJson(field: ZdCustomField, context: SimContext, owner: Owner): Record<string, unknown> {
  const { custom_field_options, ...rest } = field;
  return {
    url: `${context.baseUrl()}/api/v2/${owner}_fields/${field.id}.json`,
    ...rest,
    ...(custom_field_options ? { custom_field_options: custom_field_options.map((o) => optionJson(o, context, owner, field.id)) } : {}),
  };
}

export function optionJson(option: ZdFieldOption, context: SimContext, owner: Owner | 'ticket', fieldId: number): Record<string, unknown> {
  return {
    id: option.id,
    url: `${context.baseUrl()}/api/v2/${owner}_fields/${fieldId}/options/${option.id}.json`,
    name: option.name,
    raw_name: option.name,
    value: option.value,
    position: option.position,
    default: option.default ?? false,
  };
}

/** Builds options from `[{name, value}]`; returns an error message when one is malformed. */
export function buildOptions(context: SimContext, raw: unknown): ZdFieldOption[] | string {
  if (!Array.isArray(raw) || raw.length === 0) return 'must have at least one option';
  const options: ZdFieldOption[] = [];
  for (const [i, item] of raw.entries()) {
    if (!isObject(item)) return 'options must be objects';
    const name = optString(item['name']);
    const value = optString(item['value']);
    if (!name || !value) return 'every option needs a name and a value';
    if (/\s/.test(value)) return `option value "${value}" must not contain spaces (it is a tag)`;
    if (options.some((o) => o.value === value)) return `option value "${value}" is duplicated`;
    options.push({ id: context.store.id(), name, value, position: typeof item['position'] === 'number' ? item['position'] : i });
  }
  return options;
}

/** Checks and normalises one value against its definition; a string is an error message. */
export function normaliseValue(type: string, value: unknown, options: ZdFieldOption[] | undefined, regexp: string | null): { value: unknown } | string {
  if (value === null) return { value: null };
  switch (type) {
    case 'text':
    case 'textarea':
      return typeof value === 'string' ? { value } : 'must be a string';
    case 'regexp':
      if (typeof value !== 'string') return 'must be a string';
      return !regexp || new RegExp(regexp).test(value) ? { value } : `does not match ${regexp}`;
    case 'checkbox':
      if (typeof value === 'boolean') return { value };
      if (value === 'true' || value === 'false') return { value: value === 'true' };
      return 'must be true or false';
    case 'integer': {
      const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
      return typeof n === 'number' && Number.isInteger(n) ? { value: n } : 'must be an integer';
    }
    case 'decimal': {
      const n = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
      return typeof n === 'number' && Number.isFinite(n) ? { value: n } : 'must be a number';
    }
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? { value } : 'must be a date YYYY-MM-DD';
    case 'dropdown':
    case 'tagger':
      if (typeof value !== 'string') return 'must be the value (tag) of one of the options';
      return options?.some((o) => o.value === value) ? { value } : `"${value}" is not the value (tag) of an option`;
    case 'multiselect': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return 'must be a list of option values';
      const bad = value.find((v) => !options?.some((o) => o.value === v));
      return bad === undefined ? { value: [...new Set(value)] } : `"${String(bad)}" is not the value (tag) of an option`;
    }
    case 'lookup': {
      const id = optId(value);
      return id === undefined ? 'must be a record id' : { value: id };
    }
    default:
      return { value };
  }
}

/** Validates `user_fields` / `organization_fields` of a request; returns merged values or an error. */
export function mergeCustomValues(
  context: SimContext,
  owner: Owner,
  current: Record<string, unknown>,
  input: unknown,
): { values: Record<string, unknown> } | { details: ErrorDetails } {
  if (input === undefined) return { values: current };
  const attribute = `${owner}_fields`;
  if (!isObject(input)) return { details: { [attribute]: [{ description: `${attribute} must be an object`, error: 'InvalidValue' }] } };
  const defs = [...definitions(context, owner).values()];
  const values = { ...current };
  for (const [key, raw] of Object.entries(input)) {
    const def = defs.find((d) => d.key === key);
    if (!def) {
      const policy = context.options.policies.unknownUserField;
      if (policy === 'reject') return { details: { [attribute]: [{ description: `${key}: is not a ${owner} field`, error: 'InvalidValue' }] } };
      if (policy === 'accept') values[key] = raw;
      continue;
    }
    const result = normaliseValue(def.type, raw, def.custom_field_options, def.regexp_for_validation);
    if (typeof result === 'string') return { details: { [attribute]: [{ description: `${def.title}: ${result}`, error: 'InvalidValue' }] } };
    values[key] = result.value;
  }
  return { values };
}

/** Every active key with its value or null, as responses show them. */
export function renderCustomValues(context: SimContext, owner: Owner, values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const defs = [...definitions(context, owner).values()];
  for (const def of defs) if (def.active) out[def.key] = values[def.key] ?? null;
  // Keys an `accept` policy stored without a definition.
  for (const [key, value] of Object.entries(values)) if (!defs.some((d) => d.key === key)) out[key] = value;
  return out;
}

export function createCustomField(context: SimContext, owner: Owner, input: Json): { field: ZdCustomField } | { details: ErrorDetails } {
  const key = optString(input['key']);
  const type = optString(input['type']);
  const title = optString(input['title']);
  if (!key || !/^[A-Za-z0-9_]+$/.test(key)) return { details: { key: [{ description: 'Key: is invalid', error: 'InvalidValue' }] } };
  if ([...definitions(context, owner).values()].some((d) => d.key === key)) {
    return { details: { key: [{ description: 'Key: has already been taken', error: 'DuplicateValue' }] } };
  }
  if (!type || !CUSTOM_FIELD_TYPES.includes(type)) return { details: { type: [{ description: 'Type: is invalid', error: 'InvalidValue' }] } };
  if (!title) return { details: { title: [{ description: 'Title: cannot be blank', error: 'BlankValue' }] } };
  let options: ZdFieldOption[] | undefined;
  if (type === 'dropdown' || type === 'multiselect') {
    const built = buildOptions(context, input['custom_field_options']);
    if (typeof built === 'string') return { details: { custom_field_options: [{ description: `Field options: ${built}`, error: 'InvalidValue' }] } };
    options = built;
  }
  const now = context.store.iso();
  const field: ZdCustomField = {
    id: context.store.id(),
    key,
    type,
    title,
    raw_title: title,
    description: optString(input['description']) ?? '',
    raw_description: optString(input['description']) ?? '',
    position: typeof input['position'] === 'number' ? input['position'] : definitions(context, owner).size,
    active: input['active'] !== false,
    system: false,
    regexp_for_validation: type === 'regexp' ? (optString(input['regexp_for_validation']) ?? null) : null,
    tag: type === 'checkbox' ? (optString(input['tag']) ?? null) : null,
    ...(options ? { custom_field_options: options } : {}),
    created_at: now,
    updated_at: now,
  };
  definitions(context, owner).set(field.id, field);
  return { field };
}

export function registerCustomFields(router: Router): void {
  for (const owner of ['user', 'organization'] as const) {
    const base = `/api/v2/${owner}_fields`;
    const key = `${owner}_field`;
    router.add('GET', base, (request, context) =>
      paginate(request, context, [...definitions(context, owner).values()], {
        key: `${owner}_fields`,
        render: (f) => customFieldJson(f, context, owner),
      }),
    );
    router.add('POST', base, (request, context) => {
      const input = member(request.body, key);
      if (!input) return fieldError(key, `${key} is required`);
      const created = createCustomField(context, owner, input);
      if ('details' in created) return recordInvalid(created.details);
      return ok({ [key]: customFieldJson(created.field, context, owner) }, 201);
    });
    router.add('GET', `${base}/{${owner}_field_id}`, (request, context) => {
      const field = definitions(context, owner).get(Number(request.params[`${owner}_field_id`]));
      return field ? ok({ [key]: customFieldJson(field, context, owner) }) : notFound();
    });
  }
}
