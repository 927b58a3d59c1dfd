/**
 * Custom values between canonical records (keyed by attribute key) and Freshdesk's `custom_fields`
 * (keyed by generated field name). Freshdesk refuses an unknown field name with 400 `invalid_field`
 * and a dropdown value outside its choices with `invalid_value`: such values are left out with a
 * warning rather than failing the record.
 */
import type { CustomValues } from '../../model/records.js';
import type { FdField } from './api-types.js';
import { choiceValues, findField, keyOf, type FieldCatalogue, type FieldOwner } from './field-catalogue.js';

export interface WrittenValues {
  values: Record<string, unknown>;
  warnings: string[];
}

function convert(field: FdField, value: CustomValues[string]): { value: unknown } | { problem: string } {
  if (value === null) return { value: null };
  const type = field.type.replace(/^custom_/, '');
  switch (type) {
    case 'checkbox':
      return { value: value === true || value === 'true' || value === 1 };
    case 'number':
    case 'decimal': {
      const n = Number(value);
      return Number.isFinite(n) ? { value: type === 'number' ? Math.trunc(n) : n } : { problem: `"${String(value)}" is not a number` };
    }
    case 'date': {
      const ms = Date.parse(String(value));
      return Number.isFinite(ms) ? { value: new Date(ms).toISOString().slice(0, 10) } : { problem: `"${String(value)}" is not a date` };
    }
    case 'dropdown': {
      const choices = choiceValues(field);
      const wanted = String(Array.isArray(value) ? value[0] : value);
      const choice = choices.find((c) => c.toLowerCase() === wanted.toLowerCase());
      return choice !== undefined ? { value: choice } : { problem: `"${wanted}" is not one of its choices (${choices.join(', ')})` };
    }
    default:
      return { value: Array.isArray(value) ? value.join(', ') : String(value) };
  }
}

/** Freshdesk's `custom_fields` for canonical values; `skip` names fields the connector manages itself. */
export async function customFieldsFor(catalogue: FieldCatalogue, on: FieldOwner, custom: CustomValues, skip: readonly string[] = []): Promise<WrittenValues> {
  const entries = Object.entries(custom);
  if (entries.length === 0) return { values: {}, warnings: [] };
  const fields = (await catalogue.custom(on)).filter((f) => !skip.includes(f.name));
  const values: Record<string, unknown> = {};
  const warnings: string[] = [];
  for (const [key, value] of entries) {
    const field = findField(fields, key);
    if (!field) {
      warnings.push(`custom attribute ${key} left out: Freshdesk has no ${on === 'tickets' ? 'ticket' : on === 'contacts' ? 'contact' : 'company'} field for it (migrate fields first, or map it in fields.${on})`);
      continue;
    }
    const converted = convert(field, value);
    if ('problem' in converted) warnings.push(`custom attribute ${key} left out: ${converted.problem}`);
    else values[field.name] = converted.value;
  }
  return { values, warnings };
}

/** Canonical values of a Freshdesk record: set values of its custom fields, by canonical key. */
export function readCustom(fields: readonly FdField[], raw: Record<string, unknown> | undefined, skip: readonly string[] = []): CustomValues {
  const custom: CustomValues = {};
  for (const [name, value] of Object.entries(raw ?? {})) {
    if (value === null || value === undefined || value === '' || skip.includes(name)) continue;
    const field = fields.find((f) => f.name === name);
    const key = field ? keyOf(field) : name.replace(/^cf_/, '');
    custom[key] = typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
  }
  return custom;
}
