/** Intercom contacts and companies → canonical records. */
import type { Company, Contact } from '../../model/records.js';
import type { IcCompany, IcContact } from './api-types.js';
import { customFromIntercom } from './custom-values.js';
import { isoFromUnix } from './timestamps.js';

export interface ContactExtras {
  /** Every tag id and company id of the contact (the inline lists stop at 10). */
  tagIds: string[];
  companyIds: string[];
  tagNames: ReadonlyMap<string, string>;
  dateKeys: ReadonlySet<string>;
}

export function contactFromIntercom(c: IcContact, extras: ContactExtras): Contact {
  return {
    id: c.id,
    role: c.role === 'lead' ? 'lead' : 'user',
    ...(c.name ? { name: c.name } : {}),
    // Contacts without an email come back with email "".
    ...(c.email ? { email: c.email } : {}),
    ...(c.phone ? { phone: c.phone } : {}),
    ...(c.external_id ? { externalId: c.external_id } : {}),
    ...(c.language_override ? { locale: c.language_override } : {}),
    companyIds: extras.companyIds,
    createdAt: isoFromUnix(c.created_at),
    updatedAt: isoFromUnix(c.updated_at),
    custom: customFromIntercom(c.custom_attributes, extras.dateKeys),
    tags: extras.tagIds.map((id) => extras.tagNames.get(id)).filter((n): n is string => n !== undefined),
  };
}

/**
 * `remote_created_at` is the company's creation date in the customer's own system, and the only one
 * Intercom lets a migration write back; `created_at` is when Intercom first saw the company.
 */
export function companyFromIntercom(c: IcCompany, dateKeys: ReadonlySet<string>): Company {
  const plan = c.plan && 'name' in c.plan ? c.plan.name : undefined;
  return {
    id: c.id,
    name: c.name,
    ...(c.company_id ? { externalId: c.company_id } : {}),
    ...(plan ? { plan } : {}),
    createdAt: isoFromUnix(c.remote_created_at || c.created_at),
    updatedAt: isoFromUnix(c.updated_at),
    custom: customFromIntercom(c.custom_attributes, dateKeys),
    tags: (c.tags?.tags ?? []).map((t) => t.name),
  };
}
