/**
 * Attribute definitions ↔ canonical field definitions. Contact and company data attributes map to
 * fields on contacts and companies; conversation attributes and ticket type attributes both map to
 * fields on tickets (Intercom keeps ticket custom data per ticket type, the canonical model per entity).
 */
import type { FieldDef, FieldType } from '../../model/records.js';
import type { IcConversationAttribute, IcDataAttribute, IcTicketType, IcTicketTypeAttribute } from './api-types.js';
import { listData } from './api-types.js';

/** Field ids name the kind of attribute: the same ids whichever side reads or writes them. */
export const dataAttributeId = (id: number | string) => `data_attribute-${id}`;
export const conversationAttributeId = (id: number | string) => `conversation_attribute-${id}`;

const DATA_TYPES: Record<string, FieldType> = { string: 'string', integer: 'number', float: 'decimal', boolean: 'boolean', date: 'date', datetime: 'date' };

/** Custom contact/company attributes; standard ones (name, email, …) are record fields, not custom fields. */
export function fieldFromDataAttribute(a: IcDataAttribute): FieldDef {
  const options = a.options ?? [];
  return {
    id: dataAttributeId(a.id),
    on: a.model === 'company' ? 'companies' : 'contacts',
    key: a.name,
    label: a.label || a.name,
    type: options.length > 0 ? 'list' : (DATA_TYPES[a.data_type] ?? 'string'),
    ...(options.length > 0 ? { options } : {}),
    ...(a.description ? { description: a.description } : {}),
  };
}

/** Undefined for relationship and file attributes, which have no canonical type. */
export function fieldFromConversationAttribute(a: IcConversationAttribute): FieldDef | undefined {
  const type = ticketFieldType(a.data_type, a.multiline ?? false, false);
  if (!type) return undefined;
  const options = (a.options ?? []).filter((o) => !o.archived).map((o) => o.label);
  return {
    id: conversationAttributeId(a.id),
    on: 'tickets',
    key: a.name,
    label: a.name,
    type,
    ...(type === 'list' ? { options } : {}),
    ...(a.description ? { description: a.description } : {}),
  };
}

export function fieldsFromTicketType(type: IcTicketType): FieldDef[] {
  const fields: FieldDef[] = [];
  for (const a of ticketTypeAttributes(type)) {
    if (a.default || a.archived) continue;
    const input = a.input_options ?? {};
    const fieldType = ticketFieldType(a.data_type, input.multiline ?? false, input.allow_multiple_values ?? false);
    if (!fieldType) continue;
    const options = (input.list_options ?? []).filter((o) => !o.archived).map((o) => o.label);
    fields.push({
      id: `ticket_attribute-${a.id}`,
      on: 'tickets',
      key: a.name,
      label: a.name,
      type: fieldType,
      ...(fieldType === 'list' || fieldType === 'multi_list' ? { options } : {}),
      ...(a.description ? { description: a.description } : {}),
    });
  }
  return fields;
}

export function ticketTypeAttributes(type: IcTicketType | null | undefined): IcTicketTypeAttribute[] {
  return listData(type?.ticket_type_attributes);
}

function ticketFieldType(dataType: string, multiline: boolean, multiple: boolean): FieldType | undefined {
  switch (dataType) {
    case 'string':
      return multiline ? 'text' : 'string';
    case 'integer':
      return 'number';
    case 'decimal':
      return 'decimal';
    case 'boolean':
      return 'boolean';
    case 'datetime':
      return 'date';
    case 'list':
      return multiple ? 'multi_list' : 'list';
    default:
      return undefined;
  }
}
