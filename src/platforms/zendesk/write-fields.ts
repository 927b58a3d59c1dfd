/**
 * Field definitions → ticket, user or organization fields: an existing field with the same key (or
 * title) is used, with any option it lacks added (ticket dropdowns); otherwise the field is created.
 * A field written before keeps its Zendesk field; only options it lacks are added.
 * Option tags are `<field>_<option>`, since Zendesk wants tags unique across all fields.
 */
import { HttpError, isOutcomeUnknown } from '../../http/index.js';
import { migrated, type Outcome, warning, WARNINGS } from '../../model/outcomes.js';
import type { FieldDef } from '../../model/records.js';
import type { WriteItem } from '../contracts.js';
import type { ZdFieldDefinition } from './api-types.js';
import type { ZendeskClient } from './client.js';
import { FIELD_API, findDefinition, optionTag, zendeskFieldKey, zendeskFieldType, type FieldCatalogue } from './custom-fields.js';
import { failureOf } from './failures.js';
import { createOnce } from '../create-once.js';

export class FieldWriter {
  constructor(
    private readonly client: ZendeskClient,
    private readonly catalogue: FieldCatalogue,
  ) {}

  async write(items: readonly WriteItem<FieldDef>[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const { record: field, previous } of items) {
      try {
        outcomes.push(await this.writeOne(field, previous?.targetId));
      } catch (error) {
        outcomes.push(failureOf(error, `${field.on} field ${field.key}`));
      }
    }
    return outcomes;
  }

  private async writeOne(field: FieldDef, written: string | undefined): Promise<Outcome> {
    const owner = field.on;
    const defs = await this.catalogue.definitions(owner);
    const same = written ? defs.find((d) => `${owner}:${d.id}` === written) : undefined;
    if (same && written) {
      if (owner === 'tickets') await this.addMissingOptions(same, field.options ?? []);
      return migrated(written);
    }
    const existing = findDefinition(owner, defs, field.key, field.label);
    if (existing) {
      const added = owner === 'tickets' ? await this.addMissingOptions(existing, field.options ?? []) : 0;
      return migrated(`${owner}:${existing.id}`, { warnings: [warning(WARNINGS.matchedExisting, `matched the existing Zendesk field "${existing.title}"${added ? `, ${added} option(s) added` : ''}`)] });
    }
    const type = zendeskFieldType(owner, field.type);
    const definition: Record<string, unknown> = { type, title: field.label || field.key };
    if (owner !== 'tickets') definition['key'] = zendeskFieldKey(field.key);
    if (field.description) definition['description'] = field.description;
    if ((type === 'tagger' || type === 'dropdown' || type === 'multiselect') && field.options?.length) {
      definition['custom_field_options'] = field.options.map((name) => ({ name, value: optionTag({ title: field.label || field.key }, name) }));
    }
    const { path, one } = FIELD_API[owner];
    const created = await createOnce(
      async () => (await this.client.support.post<Record<string, ZdFieldDefinition>>(path, { [one]: definition }))[one] as ZdFieldDefinition,
      async () => {
        this.catalogue.forget(owner);
        return findDefinition(owner, await this.catalogue.definitions(owner), field.key, field.label);
      },
    );
    await this.catalogue.remember(owner, created);
    return migrated(`${owner}:${created.id}`);
  }

  private async addMissingOptions(def: ZdFieldDefinition, names: readonly string[]): Promise<number> {
    if (def.type !== 'tagger' && def.type !== 'multiselect') return 0;
    let added = 0;
    for (const name of names) {
      const lower = name.toLowerCase();
      if (def.custom_field_options?.some((o) => o.name.toLowerCase() === lower || o.value.toLowerCase() === lower)) continue;
      try {
        const body = await this.client.support.post<{ custom_field_option: { id: number; name: string; value: string } }>(`/api/v2/ticket_fields/${def.id}/options`, {
          custom_field_option: { name, value: optionTag(def, name) },
        });
        def.custom_field_options = [...(def.custom_field_options ?? []), body.custom_field_option];
        added++;
      } catch (error) {
        // A lost answer, or 422 because its tag is taken (by this very option): a ticket that needs the
        // option reads the field again and adds it if it is still missing.
        if (!isOutcomeUnknown(error) && !(error instanceof HttpError && error.status === 422)) throw error;
      }
    }
    return added;
  }
}
