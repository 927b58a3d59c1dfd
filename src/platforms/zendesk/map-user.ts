/**
 * Zendesk users are agents (role agent or admin) or end users (contacts).
 * Writing a contact upserts a user by `external_id`: the contact's own external id when the source has
 * one (Zendesk single sign-on matches users on it), else the source id, so that the record can be found
 * again without the ledger. `role` is never sent: create_or_update also matches by email, and sending
 * `end-user` would demote an agent who shares a contact's email.
 */
import type { Agent, Contact } from '../../model/records.js';
import type { ZdFieldDefinition, ZdUser } from './api-types.js';
import { readKeyedCustom } from './custom-values.js';
import { zendeskTags } from './tags.js';

export function isAgentRole(role: string | undefined): boolean {
  return role === 'agent' || role === 'admin';
}

export function agentFromZendesk(user: ZdUser): Agent {
  return {
    id: String(user.id),
    email: user.email ?? '',
    name: user.name,
    role: user.role === 'admin' ? 'admin' : 'agent',
    active: user.active !== false && user.suspended !== true,
  };
}

export function contactFromZendesk(user: ZdUser, userFields: readonly ZdFieldDefinition[]): Contact {
  const contact: Contact = {
    id: String(user.id),
    role: 'user',
    name: user.name,
    companyIds: user.organization_id ? [String(user.organization_id)] : [],
    createdAt: user.created_at,
    updatedAt: user.updated_at,
    custom: readKeyedCustom('contacts', userFields, user.user_fields),
    tags: user.tags ?? [],
  };
  if (user.email) contact.email = user.email;
  if (user.phone) contact.phone = user.phone;
  if (user.external_id) contact.externalId = user.external_id;
  if (user.locale) contact.locale = user.locale;
  return contact;
}

export function contactExternalId(contact: Contact): string {
  return contact.externalId ?? contact.id;
}

export function contactName(contact: Contact): string {
  return contact.name?.trim() || contact.email?.split('@')[0] || contact.phone || `Contact ${contact.id}`;
}

export function userPayload(contact: Contact, userFields: Record<string, unknown>, skipNotifications: boolean): Record<string, unknown> {
  const user: Record<string, unknown> = {
    name: contactName(contact),
    external_id: contactExternalId(contact),
    tags: zendeskTags(contact.tags),
    user_fields: userFields,
  };
  if (contact.email) user['email'] = contact.email;
  if (contact.phone) user['phone'] = contact.phone;
  if (contact.locale) user['locale'] = contact.locale;
  const [defaultOrganization] = contact.companyIds;
  if (defaultOrganization) user['organization_id'] = Number(defaultOrganization);
  if (skipNotifications) user['skip_verify_email'] = true;
  return user;
}
