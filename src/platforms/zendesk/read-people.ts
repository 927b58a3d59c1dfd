/**
 * Reading users and organizations: agents, end users (contacts) and organizations (companies).
 * A full read walks the cursor-paginated lists; a read with `since` walks the incremental exports
 * (users by cursor, organizations by time), which also resume a delta where the last one stopped.
 * Contacts carry every organization they belong to, the default one (`organization_id`) first: a
 * user with a default organization may have more memberships, read with one request per such user.
 */
import type { Page, ReadOptions } from '../contracts.js';
import type { Agent, Company, Contact } from '../../model/records.js';
import type { ZdOrganization, ZdUser } from './api-types.js';
import { AGENTS_PATH } from './agent-directory.js';
import type { ZendeskClient } from './client.js';
import { decodePosition, encodePosition } from './cursor.js';
import type { FieldCatalogue } from './custom-fields.js';
import { cursorExport, startTimeFor, timeExport } from './incremental.js';
import { agentFromZendesk, contactFromZendesk, isAgentRole } from './map-user.js';
import { companyFromZendesk } from './map-organization.js';
import { eachPage, listAll } from './pagination.js';

export async function* readAgents(client: ZendeskClient, options: ReadOptions): AsyncGenerator<Page<Agent>> {
  const start = decodePosition(options.cursor, 'agents');
  for await (const page of eachPage<ZdUser>(client.support, AGENTS_PATH, 'users', {}, start && 'after' in start ? start.after : undefined)) {
    yield { records: page.items.map(agentFromZendesk), ...(page.after ? { cursor: encodePosition({ list: 'agents', after: page.after }) } : {}) };
  }
}

export async function* readContacts(client: ZendeskClient, catalogue: FieldCatalogue, options: ReadOptions): AsyncGenerator<Page<Contact>> {
  const userFields = await catalogue.definitions('contacts');
  const toContacts = (users: ZdUser[]) => withMemberships(client, users.filter((u) => !isAgentRole(u.role)).map((u) => contactFromZendesk(u, userFields)));
  const start = decodePosition(options.cursor, 'contacts');
  if (options.since || (start && 'cursor' in start)) {
    let position: { cursor: string } | { startTime: number } = start && 'cursor' in start ? { cursor: start.cursor } : { startTime: startTimeFor(options.since) };
    for (;;) {
      const page = await cursorExport<ZdUser>(client, 'users', position);
      const cursor = page.afterCursor ? encodePosition({ export: 'contacts', cursor: page.afterCursor }) : undefined;
      yield { records: await toContacts(page.items), ...(cursor ? { cursor } : {}) };
      if (page.endOfStream || !page.afterCursor) return;
      position = { cursor: page.afterCursor };
    }
  }
  const after = start && 'after' in start ? start.after : undefined;
  for await (const page of eachPage<ZdUser>(client.support, '/api/v2/users', 'users', { role: 'end-user' }, after)) {
    yield { records: await toContacts(page.items), ...(page.after ? { cursor: encodePosition({ list: 'contacts', after: page.after }) } : {}) };
  }
}

export async function* readCompanies(client: ZendeskClient, catalogue: FieldCatalogue, options: ReadOptions): AsyncGenerator<Page<Company>> {
  const fields = await catalogue.definitions('companies');
  const start = decodePosition(options.cursor, 'companies');
  if (options.since || (start && 'startTime' in start)) {
    let startTime = start && 'startTime' in start ? start.startTime : startTimeFor(options.since);
    for (;;) {
      const page = await timeExport<ZdOrganization>(client, 'organizations', startTime);
      yield { records: page.items.map((o) => companyFromZendesk(o, fields)), cursor: encodePosition({ export: 'companies', startTime: page.endTime }) };
      if (page.endOfStream) return;
      startTime = page.endTime;
    }
  }
  const after = start && 'after' in start ? start.after : undefined;
  for await (const page of eachPage<ZdOrganization>(client.support, '/api/v2/organizations', 'organizations', {}, after)) {
    yield { records: page.items.map((o) => companyFromZendesk(o, fields)), ...(page.after ? { cursor: encodePosition({ list: 'companies', after: page.after }) } : {}) };
  }
}

interface ZdMembership {
  organization_id: number;
  default?: boolean | null;
}

/** A user without a default organization has none (Zendesk makes the first membership the default). */
async function withMemberships(client: ZendeskClient, contacts: Contact[]): Promise<Contact[]> {
  for (const contact of contacts) {
    if (contact.companyIds.length === 0) continue;
    const all = await listAll<ZdMembership>(client.support, `/api/v2/users/${contact.id}/organization_memberships`, 'organization_memberships');
    const ids = all.sort((a, b) => Number(b.default === true) - Number(a.default === true)).map((m) => String(m.organization_id));
    contact.companyIds = [...new Set([...contact.companyIds, ...ids])];
  }
  return contacts;
}
