/**
 * Agents, groups, companies and contacts, page by page (resumable at the page number). Companies and
 * contacts take `updated_since` for deltas; contacts lists draw on the Contacts List sub-limit.
 */
import type { Page, ReadOptions } from '../contracts.js';
import type { Agent, Company, Contact, Team } from '../../model/records.js';
import type { FdAgent, FdCompany, FdContact, FdField, FdGroup } from './api-types.js';
import type { FreshdeskClient, SubLimit } from './client.js';
import { decodePosition, encodePosition } from './cursor.js';
import type { FieldCatalogue } from './field-catalogue.js';
import { agentFromFreshdesk, companyFromFreshdesk, contactFromFreshdesk, teamFromFreshdesk } from './map-people.js';
import { eachPage } from './pagination.js';
import type { QueryValue } from '../../http/index.js';

async function* pages<T, R>(
  client: FreshdeskClient,
  stream: string,
  path: string,
  options: ReadOptions,
  map: (item: T) => R,
  query: Record<string, QueryValue> = {},
  subLimit?: SubLimit,
): AsyncGenerator<Page<R>> {
  const start = decodePosition<{ list: string; page: number }>(options.cursor, stream);
  for await (const page of eachPage<T>(client, path, query, { first: start?.page ?? 1, ...(subLimit ? { subLimit } : {}) })) {
    yield { records: page.items.map(map), ...(page.hasMore ? { cursor: encodePosition({ list: stream, page: page.page + 1 }) } : {}) };
  }
}

export function readAgents(client: FreshdeskClient, options: ReadOptions): AsyncGenerator<Page<Agent>> {
  return pages<FdAgent, Agent>(client, 'agents', '/api/v2/agents', options, agentFromFreshdesk);
}

export function readTeams(client: FreshdeskClient, options: ReadOptions): AsyncGenerator<Page<Team>> {
  return pages<FdGroup, Team>(client, 'teams', '/api/v2/groups', options, teamFromFreshdesk);
}

/** Field definitions are read only once a record has custom values: most accounts never need them. */
async function withFields<T extends { custom_fields?: Record<string, unknown> }, R>(
  catalogue: FieldCatalogue,
  on: 'contacts' | 'companies',
  page: Page<T>,
  map: (item: T, fields: FdField[]) => R,
): Promise<Page<R>> {
  const needed = page.records.some((r) => Object.values(r.custom_fields ?? {}).some((v) => v !== null && v !== undefined && v !== ''));
  const fields = needed ? await catalogue.custom(on) : [];
  return { records: page.records.map((r) => map(r, fields)), ...(page.cursor ? { cursor: page.cursor } : {}) };
}

export async function* readCompanies(client: FreshdeskClient, catalogue: FieldCatalogue, options: ReadOptions): AsyncGenerator<Page<Company>> {
  for await (const page of pages<FdCompany, FdCompany>(client, 'companies', '/api/v2/companies', options, (c) => c, { updated_since: options.since })) {
    yield withFields(catalogue, 'companies', page, companyFromFreshdesk);
  }
}

export async function* readContacts(client: FreshdeskClient, catalogue: FieldCatalogue, options: ReadOptions): AsyncGenerator<Page<Contact>> {
  for await (const page of pages<FdContact, FdContact>(client, 'contacts', '/api/v2/contacts', options, (c) => c, { updated_since: options.since }, 'contactsList')) {
    yield withFields(catalogue, 'contacts', page, contactFromFreshdesk);
  }
}
