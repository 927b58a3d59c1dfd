/**
 * Custom field definitions: ticket fields, user fields (contacts) and organization fields (companies).
 * Each list is read once per connection and kept: they are short, and every record of their entity
 * needs them to map values. Zendesk's built-in ticket fields (subject, status, …, `removable: false`)
 * are not custom fields and are left out.
 *
 * Keys: user and organization fields have a `key`; ticket fields have only a title, so their key is
 * the title in snake case ("Order number" → `order_number`), which is also how a canonical key finds
 * its ticket field when writing.
 */
import type { FieldDef, FieldType } from '../../model/records.js';
import type { ZdFieldDefinition } from './api-types.js';
import type { ZendeskClient } from './client.js';
import { listAll } from './pagination.js';
import { slug } from './tags.js';

export type FieldOwner = FieldDef['on'];

export const FIELD_API: Record<FieldOwner, { path: string; list: string; one: string }> = {
  tickets: { path: '/api/v2/ticket_fields', list: 'ticket_fields', one: 'ticket_field' },
  contacts: { path: '/api/v2/user_fields', list: 'user_fields', one: 'user_field' },
  companies: { path: '/api/v2/organization_fields', list: 'organization_fields', one: 'organization_field' },
};

const TO_CANONICAL: Record<string, FieldType> = {
  text: 'string',
  regexp: 'string',
  partialcreditcard: 'string',
  lookup: 'string',
  textarea: 'text',
  integer: 'number',
  decimal: 'decimal',
  checkbox: 'boolean',
  date: 'date',
  tagger: 'list',
  dropdown: 'list',
  multiselect: 'multi_list',
};

/** Zendesk type for a canonical one; dropdowns are `tagger` on tickets and `dropdown` on users/organizations. */
export function zendeskFieldType(owner: FieldOwner, type: FieldType): string {
  const types: Record<FieldType, string> = {
    string: 'text',
    text: 'textarea',
    number: 'integer',
    decimal: 'decimal',
    boolean: 'checkbox',
    date: 'date',
    list: owner === 'tickets' ? 'tagger' : 'dropdown',
    multi_list: 'multiselect',
  };
  return types[type];
}

export function isCustomField(def: ZdFieldDefinition): boolean {
  return def.removable !== false && def.active !== false;
}

export function canonicalKey(owner: FieldOwner, def: ZdFieldDefinition): string {
  return owner === 'tickets' || !def.key ? slug(def.title) : def.key;
}

/** A user/organization field key Zendesk accepts: letters, digits and underscores. */
export function zendeskFieldKey(key: string): string {
  return key.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'field';
}

/** The definition a canonical key (or label) writes to. */
export function findDefinition(owner: FieldOwner, defs: readonly ZdFieldDefinition[], key: string, label?: string): ZdFieldDefinition | undefined {
  const wanted = [key, label].filter((k): k is string => !!k);
  const byKey = owner === 'tickets' ? undefined : defs.find((d) => d.key !== undefined && wanted.some((k) => d.key?.toLowerCase() === zendeskFieldKey(k).toLowerCase()));
  return byKey ?? defs.find((d) => wanted.some((k) => d.title.toLowerCase() === k.toLowerCase() || slug(d.title) === slug(k)));
}

/** The option tag for a new option: unique across fields, as Zendesk requires of tags. */
export function optionTag(def: { title: string }, name: string): string {
  return `${slug(def.title)}_${slug(name) || 'option'}`.slice(0, 80);
}

export function fieldDefFromZendesk(owner: FieldOwner, def: ZdFieldDefinition): FieldDef {
  const field: FieldDef = {
    id: `${owner}:${def.id}`,
    on: owner,
    key: canonicalKey(owner, def),
    label: def.title,
    type: TO_CANONICAL[def.type] ?? 'string',
  };
  if (def.custom_field_options?.length) field.options = def.custom_field_options.map((o) => o.name);
  if (def.description) field.description = def.description;
  return field;
}

/** The custom field definitions of one connection, read once each. */
export class FieldCatalogue {
  private readonly loaded = new Map<FieldOwner, Promise<ZdFieldDefinition[]>>();

  constructor(private readonly client: ZendeskClient) {}

  definitions(owner: FieldOwner): Promise<ZdFieldDefinition[]> {
    let defs = this.loaded.get(owner);
    if (!defs) {
      const { path, list } = FIELD_API[owner];
      defs = listAll<ZdFieldDefinition>(this.client.support, path, list).then((all) => all.filter(isCustomField));
      // A failed read is not cached: the next record tries again.
      defs.catch(() => this.loaded.delete(owner));
      this.loaded.set(owner, defs);
    }
    return defs;
  }

  /** Adds a definition this connection just created, so later records find it without a reload. */
  async remember(owner: FieldOwner, def: ZdFieldDefinition): Promise<void> {
    const defs = await this.definitions(owner);
    const at = defs.findIndex((d) => d.id === def.id);
    if (at >= 0) defs[at] = def;
    else defs.push(def);
  }

  /** Reads the list again (after a create whose answer was lost). */
  forget(owner: FieldOwner): void {
    this.loaded.delete(owner);
  }
}
