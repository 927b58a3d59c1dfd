/**
 * The two ticket fields the connector uses for what Freshdesk cannot take: the source id (the marker
 * by which a written ticket is found again after a lost answer or a lost checkpoint) and the original
 * creation date. They are found by label and, when the connection allows it (the default), created
 * on first need with `POST /api/v2/admin/ticket_fields`. The source side only finds them, to read the
 * date back and leave both out of the ticket's custom values.
 */
import type { FdField } from './api-types.js';
import type { FreshdeskClient } from './client.js';
import { findField, type FieldCatalogue } from './field-catalogue.js';
import { isDuplicateValue } from './failures.js';

export interface HelperFieldNames {
  sourceId?: string;
  originalDate?: string;
}

export class HelperFields {
  private names: Promise<HelperFieldNames> | undefined;

  constructor(
    private readonly client: FreshdeskClient,
    private readonly catalogue: FieldCatalogue,
  ) {}

  /** The names the account has, without creating any. */
  async existing(): Promise<HelperFieldNames> {
    const fields = await this.catalogue.custom('tickets');
    return this.lookUp(fields);
  }

  /** The names, creating the missing fields when the connection allows it. */
  ensure(): Promise<HelperFieldNames> {
    if (!this.names) {
      this.names = this.create();
      this.names.catch(() => (this.names = undefined));
    }
    return this.names;
  }

  /** Names to leave out of canonical custom values. */
  async skipped(): Promise<string[]> {
    const names = await this.existing();
    return [names.sourceId, names.originalDate].filter((n): n is string => n !== undefined);
  }

  private lookUp(fields: readonly FdField[]): HelperFieldNames {
    const { sourceIdField, originalDates } = this.client.settings;
    const names: HelperFieldNames = {};
    const sourceId = findField(fields, sourceIdField, sourceIdField);
    if (sourceId) names.sourceId = sourceId.name;
    const date = originalDates.ticketField ? findField(fields, originalDates.ticketField, originalDates.ticketField) : undefined;
    if (date) names.originalDate = date.name;
    return names;
  }

  private async create(): Promise<HelperFieldNames> {
    const { settings } = this.client;
    let names = await this.existing();
    const wanted: [keyof HelperFieldNames, string, string][] = [];
    if (!names.sourceId) wanted.push(['sourceId', settings.sourceIdField, 'custom_text']);
    if (!names.originalDate && settings.originalDates.ticketField) wanted.push(['originalDate', settings.originalDates.ticketField, 'custom_date']);
    if (wanted.length === 0 || !settings.createHelperFields) return names;
    for (const [, label, type] of wanted) {
      try {
        // Idempotent by label: a repeat after a lost answer is refused as a duplicate, found below.
        await this.client.request('POST', '/api/v2/admin/ticket_fields', { body: { label, label_for_customers: label, type, displayed_to_customers: false, customers_can_edit: false }, idempotent: true });
      } catch (error) {
        if (!isDuplicateValue(error)) throw error;
      }
    }
    this.catalogue.forget('tickets');
    names = await this.existing();
    return names;
  }
}
