/**
 * Companies → organizations, upserted one by one with `create_or_update`, which matches on
 * `external_id` (never on name) and is safe to repeat. An organization of the same name that has another
 * or no external id makes Zendesk answer 422 (names are unique): it is then looked up by name and
 * updated, keeping its own external id if it has one.
 */
import type { Outcome } from '../../model/outcomes.js';
import { migrated, warning, WARNINGS } from '../../model/outcomes.js';
import type { Company } from '../../model/records.js';
import type { ZdOrganization } from './api-types.js';
import type { ZendeskClient } from './client.js';
import { findByExternalId, showManyByExternalId } from './external-ids.js';
import type { CustomValueWriter } from './custom-values.js';
import { failureOf, isDuplicateValue } from './failures.js';
import { companyExternalId, organizationPayload } from './map-organization.js';

export class OrganizationWriter {
  constructor(
    private readonly client: ZendeskClient,
    private readonly customValues: CustomValueWriter,
  ) {}

  async write(companies: readonly Company[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const company of companies) {
      try {
        outcomes.push(await this.writeOne(company));
      } catch (error) {
        outcomes.push(failureOf(error, `company ${company.name}`));
      }
    }
    return outcomes;
  }

  /** Lower-cased external id → Zendesk id, for up to 100 external ids a request. */
  showMany(externalIds: readonly string[]): Promise<Map<string, number>> {
    return showManyByExternalId(this.client, 'organizations', externalIds);
  }

  findByExternalId(externalId: string): Promise<ZdOrganization | undefined> {
    return findByExternalId<ZdOrganization>(this.client, 'organizations', externalId);
  }

  private async writeOne(company: Company): Promise<Outcome> {
    const custom = await this.customValues.keyedFields('companies', company.custom);
    const organization = organizationPayload(company, custom.values);
    const warnings = [...custom.warnings];
    let org: ZdOrganization;
    try {
      org = (await this.client.support.post<{ organization: ZdOrganization }>('/api/v2/organizations/create_or_update', { organization }, { idempotent: true })).organization;
    } catch (error) {
      if (!isDuplicateValue(error)) throw error;
      const byName = await this.findByName(company.name);
      if (!byName) throw error;
      const update = byName.external_id ? { ...organization, external_id: byName.external_id } : organization;
      org = (await this.client.support.put<{ organization: ZdOrganization }>(`/api/v2/organizations/${byName.id}`, { organization: update })).organization;
      warnings.push(
        warning(
          WARNINGS.matchedExisting,
          byName.external_id && byName.external_id !== companyExternalId(company)
            ? `matched the existing organization "${byName.name}" by name; it keeps its external id ${byName.external_id}`
            : `matched the existing organization "${byName.name}" by name`,
        ),
      );
    }
    return migrated(String(org.id), warnings.length ? { warnings } : {});
  }

  private async findByName(name: string): Promise<ZdOrganization | undefined> {
    const body = await this.client.support.get<{ organizations?: ZdOrganization[] }>('/api/v2/organizations/search', { name });
    return body.organizations?.find((o) => o.name.toLowerCase() === name.trim().toLowerCase());
  }
}
