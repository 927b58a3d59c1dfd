/**
 * Contacts and companies, upserted by their natural keys: a contact by `unique_external_id` (and its
 * email, also unique), a company by its unique name. A create that meets 409 `duplicate_value` is the
 * record already there: it is found and updated instead. A create whose answer was lost is looked up
 * the same way before it is sent again (create-once.ts).
 */
import type { QueryValue } from '../../http/index.js';
import { migrated, type Outcome, warning, WARNINGS } from '../../model/outcomes.js';
import type { Company, Contact } from '../../model/records.js';
import type { LedgerEntry, WriteItem } from '../contracts.js';
import type { FdCompany, FdContact, FdHelpdeskSettings } from './api-types.js';
import type { FreshdeskClient } from './client.js';
import { customFieldsFor } from './custom-values.js';
import type { FieldCatalogue } from './field-catalogue.js';
import { createOnce } from '../create-once.js';
import { failureOf, isDuplicateValue } from './failures.js';
import { companyPayload, contactExternalId, contactPayload } from './map-people.js';

async function upsert<T extends { id: number }>(
  client: FreshdeskClient,
  collection: string,
  body: Record<string, unknown>,
  previous: LedgerEntry | undefined,
  find: () => Promise<T | undefined>,
): Promise<T> {
  if (previous) return client.request<T>('PUT', `/api/v2/${collection}/${previous.targetId}`, { body });
  try {
    return await createOnce(() => client.request<T>('POST', `/api/v2/${collection}`, { body, idempotent: false }), find);
  } catch (error) {
    if (!isDuplicateValue(error)) throw error;
    const existing = await find();
    if (!existing) throw error;
    return client.request<T>('PUT', `/api/v2/${collection}/${existing.id}`, { body });
  }
}

export class ContactWriter {
  private languages: Promise<Set<string>> | undefined;

  constructor(
    private readonly client: FreshdeskClient,
    private readonly catalogue: FieldCatalogue,
  ) {}

  /** The contact holding this unique_external_id (or, failing that, this email). */
  async find(externalId: string, email?: string): Promise<FdContact | undefined> {
    const query = async (q: Record<string, QueryValue>) => (await this.client.get<FdContact[]>('/api/v2/contacts', q, 'contactsList'))[0];
    return (await query({ unique_external_id: externalId })) ?? (email ? await query({ email }) : undefined);
  }

  async write(items: readonly WriteItem<Contact>[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const { record: contact, previous } of items) {
      try {
        const custom = await customFieldsFor(this.catalogue, 'contacts', contact.custom);
        const warnings = [...custom.warnings];
        if (contact.companyIds.length > 1) warnings.push(`companies ${contact.companyIds.slice(1).join(', ')} left out: only the first company is written (more need Freshdesk's Multiple Companies feature)`);
        const body = contactPayload(contact, custom.values, await this.accountLanguages());
        if (contact.locale && body['language'] === undefined) warnings.push(`language ${contact.locale} left out: the Freshdesk account does not have it`);
        const written = await upsert<FdContact>(this.client, 'contacts', body, previous, () => this.find(contactExternalId(contact), contact.email));
        outcomes.push(migrated(String(written.id), warnings.length ? { warnings: warnings.map((m) => warning(WARNINGS.leftOutByTarget, m)) } : {}));
      } catch (error) {
        outcomes.push(failureOf(error, `contact ${contact.id} (${contact.email ?? 'no email'})`));
      }
    }
    return outcomes;
  }

  private accountLanguages(): Promise<Set<string>> {
    if (!this.languages) {
      this.languages = this.client.get<FdHelpdeskSettings>('/api/v2/settings/helpdesk').then((s) => new Set([s.primary_language, ...(s.supported_languages ?? [])]));
      this.languages.catch(() => (this.languages = undefined));
    }
    return this.languages;
  }
}

export class CompanyWriter {
  constructor(
    private readonly client: FreshdeskClient,
    private readonly catalogue: FieldCatalogue,
  ) {}

  /** The company with exactly this name (names are unique, compared without case). */
  async find(name: string): Promise<FdCompany | undefined> {
    const body = await this.client.get<{ companies?: { id: number; name: string }[] }>('/api/v2/companies/autocomplete', { name });
    const match = (body.companies ?? []).find((c) => c.name.toLowerCase() === name.toLowerCase());
    return match ? ({ ...match } as FdCompany) : undefined;
  }

  async write(items: readonly WriteItem<Company>[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const { record: company, previous } of items) {
      try {
        const custom = await customFieldsFor(this.catalogue, 'companies', company.custom);
        const warnings = [...custom.warnings];
        if (company.tags.length > 0) warnings.push(`tags ${company.tags.join(', ')} left out: Freshdesk companies have no tags`);
        const written = await upsert<FdCompany>(this.client, 'companies', companyPayload(company, custom.values), previous, () => this.find(company.name));
        outcomes.push(migrated(String(written.id), warnings.length ? { warnings: warnings.map((m) => warning(WARNINGS.leftOutByTarget, m)) } : {}));
      } catch (error) {
        outcomes.push(failureOf(error, `company ${company.id} (${company.name})`));
      }
    }
    return outcomes;
  }
}

