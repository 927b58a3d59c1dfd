/**
 * Organizations ↔ companies. Like users, organizations are upserted by `external_id`: the company's
 * own external id when it has one, else the source id. Zendesk's `details` has no canonical field and
 * is not read; `plan` has no Zendesk field and is not written.
 */
import type { Company } from '../../model/records.js';
import type { ZdFieldDefinition, ZdOrganization } from './api-types.js';
import { readKeyedCustom } from './custom-values.js';
import { zendeskTags } from './tags.js';

export function companyFromZendesk(org: ZdOrganization, organizationFields: readonly ZdFieldDefinition[]): Company {
  const company: Company = {
    id: String(org.id),
    name: org.name,
    createdAt: org.created_at,
    updatedAt: org.updated_at,
    custom: readKeyedCustom('companies', organizationFields, org.organization_fields),
    tags: org.tags ?? [],
  };
  if (org.external_id) company.externalId = org.external_id;
  if (org.domain_names?.length) company.domains = org.domain_names;
  if (org.notes) company.notes = org.notes;
  return company;
}

export function companyExternalId(company: Company): string {
  return company.externalId ?? company.id;
}

export function organizationPayload(company: Company, organizationFields: Record<string, unknown>): Record<string, unknown> {
  const org: Record<string, unknown> = {
    name: company.name,
    external_id: companyExternalId(company),
    tags: zendeskTags(company.tags),
    organization_fields: organizationFields,
  };
  if (company.domains) org['domain_names'] = company.domains;
  if (company.notes !== undefined) org['notes'] = company.notes;
  return org;
}
