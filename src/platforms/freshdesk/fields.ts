/**
 * Field definitions ↔ Freshdesk's custom ticket fields. Reading lists the custom ones (not the
 * connector's own helper fields); writing creates a field only when the mapping migrates `fields`, and takes over an existing field of the same name or label (labels are unique: a repeat
 * after a lost answer meets 409 and is found). A multi_list becomes a paragraph field holding the
 * values comma-joined. Contact and company fields (`/api/v2/contact_fields`, `/company_fields`) are read
 * and written the same way (their names carry no `cf_` prefix; the catalogue tells them apart by `default`).
 */
import { migrated, type Outcome, warning, WARNINGS } from '../../model/outcomes.js';
import type { FieldDef, FieldType } from '../../model/records.js';
import type { Page, WriteItem } from '../contracts.js';
import type { FdField } from './api-types.js';
import type { FreshdeskClient } from './client.js';
import { choiceValues, findField, keyOf, type FieldCatalogue, type FieldOwner } from './field-catalogue.js';
import { failureOf, isDuplicateValue } from './failures.js';
import type { HelperFields } from './helper-fields.js';

const TO_FRESHDESK: Record<FieldType, string> = {
  string: 'custom_text',
  text: 'custom_paragraph',
  number: 'custom_number',
  decimal: 'custom_decimal',
  boolean: 'custom_checkbox',
  date: 'custom_date',
  list: 'custom_dropdown',
  multi_list: 'custom_paragraph',
};

const FROM_FRESHDESK: Record<string, FieldType> = {
  text: 'string',
  paragraph: 'text',
  number: 'number',
  decimal: 'decimal',
  checkbox: 'boolean',
  date: 'date',
  dropdown: 'list',
};

const OWNERS: readonly FieldOwner[] = ['tickets', 'contacts', 'companies'];

const CREATE_PATHS: Record<FieldOwner, string> = { tickets: '/api/v2/admin/ticket_fields', contacts: '/api/v2/contact_fields', companies: '/api/v2/company_fields' };

export function fieldFromFreshdesk(on: FieldOwner, f: FdField): FieldDef {
  const field: FieldDef = { id: `${on}:${f.id}`, on, key: keyOf(f), label: f.label, type: FROM_FRESHDESK[f.type.replace(/^custom_/, '')] ?? 'string' };
  const options = choiceValues(f);
  if (field.type === 'list' && options.length) field.options = options;
  if (f.description) field.description = f.description;
  return field;
}

export async function* readFields(catalogue: FieldCatalogue, helpers: HelperFields): AsyncGenerator<Page<FieldDef>> {
  const own = await helpers.skipped();
  const records: FieldDef[] = [];
  for (const on of OWNERS) for (const f of await catalogue.custom(on)) if (!own.includes(f.name)) records.push(fieldFromFreshdesk(on, f));
  yield { records };
}

export class FieldWriter {
  constructor(
    private readonly client: FreshdeskClient,
    private readonly catalogue: FieldCatalogue,
  ) {}

  async write(items: readonly WriteItem<FieldDef>[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const { record } of items) {
      try {
        const existing = findField(await this.catalogue.custom(record.on), record.key, record.label);
        if (existing) {
          outcomes.push(migrated(`${record.on}:${existing.id}`));
          continue;
        }
        const created = await this.create(record);
        this.catalogue.forget(record.on);
        outcomes.push(migrated(`${record.on}:${created.id}`, record.type === 'multi_list' ? { warnings: [warning(WARNINGS.fieldTypeChanged, 'created as a paragraph field: its values are written comma-joined')] } : {}));
      } catch (error) {
        outcomes.push(failureOf(error, `field ${record.on}.${record.key}`));
      }
    }
    return outcomes;
  }

  private async create(record: FieldDef): Promise<FdField> {
    const type = TO_FRESHDESK[record.type];
    const body: Record<string, unknown> = { label: record.label || record.key, type };
    if (record.on === 'tickets') Object.assign(body, { label_for_customers: body['label'], displayed_to_customers: false, customers_can_edit: false });
    else body['label_for_customers'] = body['label'];
    if (type === 'custom_dropdown') body['choices'] = (record.options ?? []).map((value, i) => ({ value, position: i + 1 }));
    // Contact and company fields take no description.
    if (record.description && record.on === 'tickets') body['description'] = record.description;
    try {
      return await this.client.request<FdField>('POST', CREATE_PATHS[record.on], { body, idempotent: true });
    } catch (error) {
      if (!isDuplicateValue(error)) throw error;
      this.catalogue.forget(record.on);
      const found = findField(await this.catalogue.custom(record.on), record.key, record.label);
      if (!found) throw error;
      return found;
    }
  }
}
