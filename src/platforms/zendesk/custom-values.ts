/**
 * Custom field values between Zendesk and canonical records.
 *
 * Reading: dropdown and multiselect values are option tags in Zendesk; canonical records carry the
 * option names (what agents see, and what another help desk can show). Integers and decimals come
 * back as strings and become numbers; an unchecked checkbox reads as `false` for every ticket and is
 * left out, like any unset value.
 * Writing: the reverse, with values coerced to the field's type. A value that cannot be written (not
 * a number for an integer field, a dropdown choice the field lacks on a user field) is left out with a
 * warning rather than failing the whole record; a ticket dropdown gets the missing option added.
 */
import { HttpError, isOutcomeUnknown } from '../../http/index.js';
import type { CustomValues } from '../../model/records.js';
import type { ZdFieldDefinition, ZdFieldOption } from './api-types.js';
import type { ZendeskClient } from './client.js';
import { canonicalKey, findDefinition, optionTag, type FieldCatalogue, type FieldOwner } from './custom-fields.js';
import { warning, WARNINGS, type Warning } from '../../model/outcomes.js';

type Value = CustomValues[string];

function optionName(def: ZdFieldDefinition, value: string): string {
  return def.custom_field_options?.find((o) => o.value === value)?.name ?? value;
}

export function readValue(def: ZdFieldDefinition, value: unknown): Value | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  switch (def.type) {
    case 'integer':
    case 'decimal': {
      const n = Number(value);
      return Number.isFinite(n) ? n : String(value);
    }
    case 'checkbox':
      return value === true || value === 'true' ? true : undefined;
    case 'tagger':
    case 'dropdown':
      return optionName(def, String(value));
    case 'multiselect':
      return Array.isArray(value) && value.length > 0 ? value.map((v) => optionName(def, String(v))) : undefined;
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

/** Ticket `custom_fields: [{id, value}]` → canonical values keyed by field key. */
export function readTicketCustom(defs: readonly ZdFieldDefinition[], fields: readonly { id: number; value: unknown }[] = []): CustomValues {
  const out: CustomValues = {};
  for (const { id, value } of fields) {
    const def = defs.find((d) => d.id === id);
    const read = def ? readValue(def, value) : undefined;
    if (def && read !== undefined) out[canonicalKey('tickets', def)] = read;
  }
  return out;
}

/** `user_fields` / `organization_fields` `{key: value}` → canonical values. */
export function readKeyedCustom(owner: FieldOwner, defs: readonly ZdFieldDefinition[], values: Record<string, unknown> = {}): CustomValues {
  const out: CustomValues = {};
  for (const [key, value] of Object.entries(values)) {
    const def = defs.find((d) => d.key === key);
    const read = def ? readValue(def, value) : value === null || value === undefined ? undefined : (value as Value);
    if (read !== undefined) out[def ? canonicalKey(owner, def) : key] = read;
  }
  return out;
}

/** Tags Zendesk adds to a ticket for its dropdown, multiselect and checkbox values. */
export function tagsImpliedByFields(defs: readonly ZdFieldDefinition[], fields: readonly { id: number; value: unknown }[] = []): Set<string> {
  const tags = new Set<string>();
  for (const { id, value } of fields) {
    const def = defs.find((d) => d.id === id);
    if (!def || value === null || value === undefined) continue;
    if ((def.type === 'tagger' || def.type === 'dropdown') && typeof value === 'string') tags.add(value);
    if (def.type === 'multiselect' && Array.isArray(value)) for (const v of value) tags.add(String(v));
    if (def.type === 'checkbox' && value === true && def.tag) tags.add(def.tag);
  }
  return tags;
}

function findOption(def: ZdFieldDefinition, wanted: string): ZdFieldOption | undefined {
  const lower = wanted.toLowerCase();
  return def.custom_field_options?.find((o) => o.name.toLowerCase() === lower || o.value.toLowerCase() === lower);
}

/** A canonical value in the shape the field takes, or why it cannot be written. */
export function writeValue(def: ZdFieldDefinition, value: Value): { value: unknown } | { problem: string } {
  if (value === null) return { value: null };
  switch (def.type) {
    case 'integer':
    case 'decimal': {
      const n = typeof value === 'number' ? value : Number(String(value).trim());
      if (!Number.isFinite(n) || String(value).trim() === '') return { problem: `"${String(value)}" is not a number` };
      if (def.type === 'integer' && !Number.isInteger(n)) return { problem: `${n} is not a whole number` };
      return { value: n };
    }
    case 'checkbox': {
      if (typeof value === 'boolean') return { value };
      const text = String(value).trim().toLowerCase();
      if (['true', '1', 'yes'].includes(text)) return { value: true };
      if (['false', '0', 'no', ''].includes(text)) return { value: false };
      return { problem: `"${String(value)}" is not true or false` };
    }
    case 'date': {
      const text = typeof value === 'number' ? new Date(value * 1000).toISOString() : String(value);
      return /^\d{4}-\d{2}-\d{2}/.test(text) && !Number.isNaN(Date.parse(text.slice(0, 10))) ? { value: text.slice(0, 10) } : { problem: `"${text}" is not a date` };
    }
    case 'tagger':
    case 'dropdown': {
      const option = findOption(def, String(Array.isArray(value) ? value[0] : value));
      return option ? { value: option.value } : { problem: `"${String(value)}" is not one of its options` };
    }
    case 'multiselect': {
      const wanted = Array.isArray(value) ? value : [String(value)];
      const options = wanted.map((w) => findOption(def, w));
      const missing = wanted.filter((_, i) => !options[i]);
      return missing.length === 0 ? { value: options.map((o) => o?.value) } : { problem: `${missing.map((m) => `"${m}"`).join(', ')} not among its options` };
    }
    case 'lookup':
      return typeof value === 'number' || /^\d+$/.test(String(value)) ? { value: Number(value) } : { problem: `"${String(value)}" is not a record id` };
    default:
      return { value: Array.isArray(value) ? value.join(', ') : String(value) };
  }
}

/** Option names a value needs that a dropdown/multiselect field lacks. */
function missingOptions(def: ZdFieldDefinition, value: Value): string[] {
  if (value === null || (def.type !== 'tagger' && def.type !== 'multiselect')) return [];
  const wanted = Array.isArray(value) ? value : [String(value)];
  return [...new Set(wanted.filter((w) => !findOption(def, w)))];
}

export interface WrittenCustom<T> {
  values: T;
  warnings: Warning[];
}

/** Maps canonical custom values onto a connection's fields, adding ticket dropdown options on the way. */
export class CustomValueWriter {
  constructor(
    private readonly client: ZendeskClient,
    private readonly catalogue: FieldCatalogue,
  ) {}

  async ticketFields(custom: CustomValues): Promise<WrittenCustom<{ id: number; value: unknown }[]>> {
    const defs = await this.catalogue.definitions('tickets');
    const values: { id: number; value: unknown }[] = [];
    const warnings: Warning[] = [];
    for (const [key, value] of Object.entries(custom)) {
      const def = findDefinition('tickets', defs, key);
      if (!def) {
        warnings.push(warning(WARNINGS.customFieldLeftOut, `custom field ${key}: no ticket field in Zendesk, left out (migrate fields first or map it under fields.tickets)`, [`custom.${key}`]));
        continue;
      }
      for (const name of missingOptions(def, value)) await this.addTicketOption(def, name);
      const written = writeValue(def, value);
      if ('problem' in written) warnings.push(warning(WARNINGS.customFieldLeftOut, `custom field ${key}: ${written.problem}, left out`, [`custom.${key}`]));
      else values.push({ id: def.id, value: written.value });
    }
    return { values, warnings };
  }

  async keyedFields(owner: 'contacts' | 'companies', custom: CustomValues): Promise<WrittenCustom<Record<string, unknown>>> {
    const defs = await this.catalogue.definitions(owner);
    const values: Record<string, unknown> = {};
    const warnings: Warning[] = [];
    const what = owner === 'contacts' ? 'user' : 'organization';
    for (const [key, value] of Object.entries(custom)) {
      const def = findDefinition(owner, defs, key);
      if (!def?.key) {
        warnings.push(warning(WARNINGS.customFieldLeftOut, `custom field ${key}: no ${what} field in Zendesk, left out (migrate fields first or map it under fields.${owner})`, [`custom.${key}`]));
        continue;
      }
      const written = writeValue(def, value);
      if ('problem' in written) warnings.push(warning(WARNINGS.customFieldLeftOut, `custom field ${key}: ${written.problem}, left out`, [`custom.${key}`]));
      else values[def.key] = written.value;
    }
    return { values, warnings };
  }

  private async addTicketOption(def: ZdFieldDefinition, name: string): Promise<void> {
    try {
      const body = await this.client.support.post<{ custom_field_option: ZdFieldOption }>(`/api/v2/ticket_fields/${def.id}/options`, {
        custom_field_option: { name, value: optionTag(def, name) },
      });
      def.custom_field_options = [...(def.custom_field_options ?? []), body.custom_field_option];
    } catch (error) {
      // A lost answer, or a 422 because the option (its tag) exists already: read the field to know.
      if (!isOutcomeUnknown(error) && !(error instanceof HttpError && error.status === 422)) throw error;
      const fresh = await this.client.support.get<{ ticket_field: ZdFieldDefinition }>(`/api/v2/ticket_fields/${def.id}`);
      def.custom_field_options = fresh.ticket_field.custom_field_options ?? [];
      if (!findOption(def, name)) throw error;
    }
  }
}
