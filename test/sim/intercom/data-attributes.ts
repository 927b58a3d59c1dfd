/**
 * Data attributes. `GET /data_attributes?model=contact|company` lists standard and custom attributes
 * (a connector must keep `custom: true` ones); 2.16 refuses `model=conversation` with a 422 and moves
 * conversation attributes to `/conversations/attributes`. `POST /data_attributes` creates a custom
 * attribute; a name already used on the model is a 400, as are names with punctuation.
 */
import { IntercomApiError, invalid, missing } from './errors.js';
import { bodyObject, isObject, optArray, optBoolean, optString, reqString } from './request-input.js';
import type { ConversationAttributeRecord, ConversationAttributeType, CustomValue, DataAttributeRecord, DataAttributeType } from './records.js';
import type { Router } from './router.js';
import type { IntercomStore } from './store.js';

const STANDARD: Record<'contact' | 'company', Array<[string, string, DataAttributeType]>> = {
  contact: [
    ['name', 'Name', 'string'],
    ['email', 'Email', 'string'],
    ['phone', 'Phone', 'string'],
    ['external_id', 'User ID', 'string'],
    ['signed_up_at', 'Signed up', 'date'],
    ['last_seen_at', 'Last seen', 'date'],
    ['owner_id', 'Owner', 'integer'],
    ['unsubscribed_from_emails', 'Unsubscribed from Emails', 'boolean'],
  ],
  company: [
    ['name', 'Company name', 'string'],
    ['company_id', 'Company ID', 'string'],
    ['plan', 'Plan', 'string'],
    ['size', 'Company size', 'integer'],
    ['website', 'Company website', 'string'],
    ['industry', 'Company industry', 'string'],
    ['monthly_spend', 'Monthly Spend', 'float'],
    ['remote_created_at', 'Company created at', 'date'],
  ],
};

/** Standard (non-custom) attributes every workspace has. */
export function installStandardAttributes(store: IntercomStore): void {
  for (const model of ['contact', 'company'] as const) {
    for (const [name, label, dataType] of STANDARD[model]) {
      const id = Number(store.nextNumericId('data_attribute', 1_000));
      store.dataAttributes.set(id, {
        id,
        model,
        name,
        full_name: name,
        label,
        description: '',
        data_type: dataType,
        options: [],
        api_writable: name !== 'owner_id',
        messenger_writable: false,
        ui_writable: true,
        custom: false,
        archived: false,
        created_at: store.app.created_at,
        updated_at: store.app.created_at,
        admin_id: null,
      });
    }
  }
}

export function renderDataAttribute(attr: DataAttributeRecord): Record<string, unknown> {
  return {
    type: 'data_attribute',
    id: attr.id,
    model: attr.model,
    name: attr.name,
    full_name: attr.full_name,
    label: attr.label,
    description: attr.description,
    data_type: attr.data_type,
    options: attr.options,
    api_writable: attr.api_writable,
    messenger_writable: attr.messenger_writable,
    ui_writable: attr.ui_writable,
    custom: attr.custom,
    archived: attr.archived,
    created_at: attr.created_at,
    updated_at: attr.updated_at,
    ...(attr.admin_id ? { admin_id: attr.admin_id } : {}),
  };
}

const DATA_TYPES: Record<string, DataAttributeType> = {
  string: 'string',
  integer: 'integer',
  float: 'float',
  boolean: 'boolean',
  date: 'date',
  datetime: 'date',
  options: 'string',
};

const NAME_PATTERN = /^[\p{L}\p{N}\p{Sc}\- _]+$/u;

export function createDataAttribute(
  store: IntercomStore,
  input: { model: 'contact' | 'company'; name: string; data_type: string; description?: string; options?: string[]; messenger_writable?: boolean; label?: string },
): DataAttributeRecord {
  if (!NAME_PATTERN.test(input.name)) {
    throw invalid('Your name for this attribute must only contain alphanumeric characters, currency symbols, and hyphens', 'name');
  }
  const dataType = DATA_TYPES[input.data_type];
  if (!dataType) throw invalid("Data Type isn't an option", 'data_type');
  if (input.data_type === 'options' && (input.options?.length ?? 0) < 2) throw invalid('A list attribute needs at least two options', 'options');
  for (const existing of store.dataAttributes.values()) {
    if (existing.name.toLowerCase() !== input.name.toLowerCase()) continue;
    // Custom names clash across models (the spec's example); standard ones only within their model.
    if (!existing.custom && existing.model !== input.model) continue;
    const where = existing.model === 'company' ? 'company' : 'people';
    const wanted = input.model === 'company' ? 'company' : 'people';
    throw invalid(`You already have '${input.name}' in your ${where} data. To save this as new ${wanted} data, use a different name.`, 'name');
  }
  const now = store.now();
  const id = Number(store.nextNumericId('data_attribute', 1_000));
  const attr: DataAttributeRecord = {
    id,
    model: input.model,
    name: input.name,
    full_name: `custom_attributes.${input.name}`,
    label: input.label ?? input.name,
    description: input.description ?? '',
    data_type: dataType,
    options: input.options ?? [],
    api_writable: true,
    messenger_writable: input.messenger_writable ?? false,
    ui_writable: true,
    custom: true,
    archived: false,
    created_at: now,
    updated_at: now,
    admin_id: store.meId,
  };
  store.dataAttributes.set(id, attr);
  return attr;
}

/**
 * Checks custom attribute values against the model's custom data attributes. Writing an attribute that
 * does not exist is refused with 400 `parameter_not_found`: the spec is silent on it; this follows what
 * integrators report from the real API, and can be turned off with `strictCustomAttributes: false`.
 */
export function checkCustomAttributes(store: IntercomStore, model: 'contact' | 'company', values: Record<string, unknown>, strict: boolean): Record<string, CustomValue> {
  const out: Record<string, CustomValue> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
      throw invalid(`Custom attribute '${name}' must be a string, number, boolean or null`, 'custom_attributes');
    }
    const attr = [...store.dataAttributes.values()].find((a) => a.model === model && a.custom && !a.archived && a.name === name);
    if (!attr && strict) throw missing(`Custom attribute '${name}' does not exist`, 'custom_attributes');
    if (attr && value !== null) {
      const ok =
        (attr.data_type === 'string' && typeof value === 'string') ||
        ((attr.data_type === 'integer' || attr.data_type === 'date') && typeof value === 'number' && Number.isInteger(value)) ||
        (attr.data_type === 'float' && typeof value === 'number') ||
        (attr.data_type === 'boolean' && typeof value === 'boolean');
      if (!ok) throw invalid(`Custom attribute '${name}' expects a ${attr.data_type} value`, 'custom_attributes');
    }
    out[name] = value as CustomValue;
  }
  return out;
}

function renderConversationAttribute(attr: ConversationAttributeRecord): Record<string, unknown> {
  const base: Record<string, unknown> = {
    type: 'conversation_attribute',
    id: attr.id,
    name: attr.name,
    description: attr.description,
    data_type: attr.data_type,
    required: attr.required,
    visible_to_team_ids: attr.visible_to_team_ids,
    archived: attr.archived,
    created_at: attr.created_at,
    updated_at: attr.updated_at,
    admin_id: attr.admin_id ?? '',
  };
  if (attr.data_type === 'string') base['multiline'] = attr.multiline;
  if (attr.data_type === 'list') base['options'] = attr.options;
  return base;
}

const CONVERSATION_TYPES: ConversationAttributeType[] = ['string', 'integer', 'list', 'decimal', 'boolean', 'datetime', 'relationship', 'files'];

export function registerDataAttributeRoutes(router: Router): void {
  router.on('GET', '/data_attributes', ({ store, query }) => {
    const model = query.get('model');
    if (model === 'conversation') {
      throw new IntercomApiError(422, 'parameter_invalid', 'model=conversation is no longer supported. Use GET /conversations/attributes instead');
    }
    if (model !== null && model !== 'contact' && model !== 'company') {
      throw invalid('The Data Attribute model field must be either contact or company', 'model');
    }
    const includeArchived = query.get('include_archived') === 'true';
    const data = [...store.dataAttributes.values()]
      .filter((a) => (model === null || a.model === model) && (includeArchived || !a.archived))
      .map(renderDataAttribute);
    return { type: 'list', data };
  });

  router.on('POST', '/data_attributes', ({ store, request }) => {
    const body = bodyObject(request.body);
    const name = reqString(body, 'name');
    const model = reqString(body, 'model');
    if (model !== 'contact' && model !== 'company') throw invalid('The Data Attribute model field must be either contact or company', 'model');
    const dataType = reqString(body, 'data_type');
    const options = optArray(body, 'options')?.map((o) => {
      if (!isObject(o) || typeof o['value'] !== 'string') throw invalid('options must be a list of {value}', 'options');
      return o['value'];
    });
    const attr = createDataAttribute(store, {
      model,
      name,
      data_type: dataType,
      description: optString(body, 'description'),
      options,
      messenger_writable: optBoolean(body, 'messenger_writable'),
    });
    return renderDataAttribute(attr);
  });

  router.on('GET', '/conversations/attributes', ({ store, query }) => {
    const includeArchived = query.get('include_archived') === 'true';
    const data = [...store.conversationAttributes.values()].filter((a) => includeArchived || !a.archived).map(renderConversationAttribute);
    return { type: 'list', data };
  });

  router.on('POST', '/conversations/attributes', ({ store, request }) => {
    const body = bodyObject(request.body);
    const name = reqString(body, 'name');
    const dataType = reqString(body, 'data_type') as ConversationAttributeType;
    if (!CONVERSATION_TYPES.includes(dataType)) throw new IntercomApiError(422, 'parameter_invalid', "Data Type isn't an option");
    for (const existing of store.conversationAttributes.values()) {
      if (existing.name.toLowerCase() === name.toLowerCase()) {
        throw new IntercomApiError(422, 'parameter_invalid', `You already have '${name}' in your conversation data. Use a different name.`);
      }
    }
    const now = store.now();
    const id = Number(store.nextNumericId('conversation_attribute', 2_000));
    const options = (optArray(body, 'options') ?? []).map((o, i) => {
      if (!isObject(o) || typeof o['label'] !== 'string') throw new IntercomApiError(422, 'parameter_invalid', 'options must be a list of {label}');
      return { id: `${id}-${i + 1}`, label: o['label'], archived: false };
    });
    const attr: ConversationAttributeRecord = {
      id,
      name,
      description: optString(body, 'description') ?? '',
      data_type: dataType,
      required: optBoolean(body, 'required') ?? false,
      multiline: optBoolean(body, 'multiline') ?? false,
      options,
      visible_to_team_ids: [],
      archived: false,
      created_at: now,
      updated_at: now,
      admin_id: store.meId,
    };
    store.conversationAttributes.set(id, attr);
    return renderConversationAttribute(attr);
  });
}
