/**
 * Agents, groups, contacts and companies ↔ canonical records.
 * Contacts are upserted by `unique_external_id`: the contact's own external id when the source has
 * one, else the source id, so that a record can be found again without the ledger. Freshdesk has no
 * leads: every contact is a user. A phone is sent as `phone`; a contact needs a name and one of email,
 * phone or unique_external_id (always present here). Companies have no external id; their natural
 * key is their unique name.
 */
import type { Agent, Company, Contact, Team } from '../../model/records.js';
import type { FdAgent, FdCompany, FdContact, FdField, FdGroup } from './api-types.js';
import { readCustom } from './custom-values.js';

/** Freshdesk's admin role is one of the account's roles; the agent record does not say which, so every agent reads as agent. */
export function agentFromFreshdesk(agent: FdAgent): Agent {
  return { id: String(agent.id), email: agent.contact.email, name: agent.contact.name, role: 'agent', active: agent.contact.active !== false };
}

export function teamFromFreshdesk(group: FdGroup): Team {
  const team: Team = { id: String(group.id), name: group.name, memberIds: (group.agent_ids ?? []).map(String) };
  if (group.description) team.description = group.description;
  return team;
}

function companyIdsOf(contact: FdContact): string[] {
  const others = (contact.other_companies ?? []).map((c) => (typeof c === 'number' ? c : c.company_id));
  return [...new Set([contact.company_id, ...others].filter((id): id is number => typeof id === 'number').map(String))];
}

export function contactFromFreshdesk(c: FdContact, fields: readonly FdField[]): Contact {
  const contact: Contact = {
    id: String(c.id),
    role: 'user',
    name: c.name,
    companyIds: companyIdsOf(c),
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    custom: readCustom(fields, c.custom_fields),
    tags: c.tags ?? [],
  };
  if (c.email) contact.email = c.email;
  const phone = c.phone ?? c.mobile;
  if (phone) contact.phone = phone;
  if (c.unique_external_id) contact.externalId = c.unique_external_id;
  if (c.language) contact.locale = c.language;
  return contact;
}

export function companyFromFreshdesk(c: FdCompany, fields: readonly FdField[]): Company {
  const company: Company = { id: String(c.id), name: c.name, createdAt: c.created_at, updatedAt: c.updated_at, custom: readCustom(fields, c.custom_fields), tags: [] };
  if (c.domains?.length) company.domains = c.domains;
  if (c.note) company.notes = c.note;
  if (c.account_tier) company.plan = c.account_tier;
  return company;
}

export function contactExternalId(contact: Contact): string {
  return contact.externalId ?? contact.id;
}

export function contactName(contact: Contact): string {
  return contact.name?.trim() || contact.email?.split('@')[0] || contact.phone || `Contact ${contact.id}`;
}

export function contactPayload(contact: Contact, customFields: Record<string, unknown>, languages: ReadonlySet<string>): Record<string, unknown> {
  const body: Record<string, unknown> = { name: contactName(contact), unique_external_id: contactExternalId(contact), tags: contact.tags, custom_fields: customFields };
  if (contact.email) body['email'] = contact.email;
  if (contact.phone) body['phone'] = contact.phone;
  // Freshdesk refuses a language it does not know: only the account's languages are sent.
  const language = contact.locale ? matchLanguage(contact.locale, languages) : undefined;
  if (language) body['language'] = language;
  // Further companies need the Multiple Companies feature (Estate and up); the writer reports them.
  const [primary] = contact.companyIds;
  if (primary) body['company_id'] = Number(primary);
  return body;
}

export function companyPayload(company: Company, customFields: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = { name: company.name, custom_fields: customFields };
  if (company.domains?.length) body['domains'] = company.domains;
  if (company.notes !== undefined) body['note'] = company.notes;
  return body;
}

/** `fr-FR` → `fr-FR`, `fr` or the first `fr-*` the account has. */
export function matchLanguage(locale: string, languages: ReadonlySet<string>): string | undefined {
  const lower = [...languages].map((l) => [l.toLowerCase(), l] as const);
  const wanted = locale.toLowerCase();
  const base = wanted.split(/[-_]/)[0] ?? wanted;
  return (lower.find(([l]) => l === wanted) ?? lower.find(([l]) => l === base) ?? lower.find(([l]) => l.startsWith(`${base}-`)))?.[1];
}
