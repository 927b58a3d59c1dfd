/** Ticket, user and organization field definitions → canonical field definitions; one short page. */
import type { Page } from '../contracts.js';
import type { FieldDef } from '../../model/records.js';
import { fieldDefFromZendesk, type FieldCatalogue, type FieldOwner } from './custom-fields.js';

const OWNERS: readonly FieldOwner[] = ['tickets', 'contacts', 'companies'];

export async function* readFields(catalogue: FieldCatalogue): AsyncGenerator<Page<FieldDef>> {
  const records: FieldDef[] = [];
  for (const owner of OWNERS) for (const def of await catalogue.definitions(owner)) records.push(fieldDefFromZendesk(owner, def));
  yield { records };
}
