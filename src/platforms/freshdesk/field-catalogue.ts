/**
 * The account's field definitions, read once per connection and per entity: ticket fields
 * (`/api/v2/ticket_fields`, whose `status` and `ticket_type` fields also hold the custom statuses and
 * the ticket types), contact fields and company fields. Custom fields have generated names
 * (`cf_order_number`, sometimes with a numeric suffix), so values are written by the name found here.
 */
import type { FdChoice, FdField } from './api-types.js';
import type { FreshdeskClient } from './client.js';
import { listAll } from './pagination.js';

export type FieldOwner = 'tickets' | 'contacts' | 'companies';

/** The `ticket_type` choices a new Freshdesk account starts with. */
export const DEFAULT_TICKET_TYPES = ['Question', 'Incident', 'Problem', 'Feature Request', 'Refund'];

const PATHS: Record<FieldOwner, string> = { tickets: '/api/v2/ticket_fields', contacts: '/api/v2/contact_fields', companies: '/api/v2/company_fields' };

export function choiceValues(field: FdField): string[] {
  const choices = field.choices;
  if (!Array.isArray(choices)) return [];
  return choices.map((c) => (typeof c === 'string' ? c : ((c as FdChoice).value ?? (c as FdChoice).label ?? ''))).filter((v) => v !== '');
}

export const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');

/**
 * The canonical key of a custom field: its label in snake case. Not its name: Freshdesk suffixes
 * the names it generates with the account number (`cf_order_number_297457`), which would change the
 * key from one account to the next.
 */
export function keyOf(field: FdField): string {
  return squash(field.label) || field.name.replace(/^cf_/, '');
}

/** The custom field a canonical key (or label) names: by name, by `cf_` name, by label. */
export function findField(fields: readonly FdField[], key: string, label?: string): FdField | undefined {
  const wanted = squash(key);
  return (
    fields.find((f) => f.name === key || f.name === `cf_${key}`) ??
    fields.find((f) => squash(keyOf(f)) === wanted) ??
    fields.find((f) => squash(f.label) === wanted || (label !== undefined && squash(f.label) === squash(label)))
  );
}

export class FieldCatalogue {
  private readonly cache = new Map<FieldOwner, Promise<FdField[]>>();
  /** The ticket types once read, for what `verify` expects (a sync question). */
  private knownTypes: string[] | undefined;

  constructor(private readonly client: FreshdeskClient) {}

  /** Every field of the entity, default ones included. */
  all(on: FieldOwner): Promise<FdField[]> {
    let fields = this.cache.get(on);
    if (!fields) {
      fields = listAll<FdField>(this.client, PATHS[on]);
      fields.catch(() => this.cache.delete(on));
      this.cache.set(on, fields);
    }
    return fields;
  }

  /** The custom fields of the entity (ticket fields named `cf_…`; contact and company fields not `default`). */
  async custom(on: FieldOwner): Promise<FdField[]> {
    return (await this.all(on)).filter((f) => (on === 'tickets' ? f.name.startsWith('cf_') : f.default !== true));
  }

  forget(on: FieldOwner): void {
    this.cache.delete(on);
  }

  /** Custom status codes (6 and above), in their order: where on-hold tickets go. */
  async customStatuses(): Promise<number[]> {
    const status = (await this.all('tickets')).find((f) => f.name === 'status');
    const choices = status?.choices;
    if (!choices || Array.isArray(choices)) return [];
    return Object.keys(choices).map(Number).filter((code) => code >= 6).sort((a, b) => a - b);
  }

  /** The account's ticket types (choices of the `ticket_type` field). */
  async ticketTypes(): Promise<string[]> {
    const type = (await this.all('tickets')).find((f) => f.name === 'ticket_type');
    this.knownTypes = type ? choiceValues(type) : [];
    return this.knownTypes;
  }

  /** The ticket types if already read, else Freshdesk's defaults for a new account. */
  ticketTypesSeen(): readonly string[] {
    return this.knownTypes ?? DEFAULT_TICKET_TYPES;
  }
}
