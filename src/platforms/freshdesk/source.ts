/**
 * Freshdesk as a source: every entity but tags (Freshdesk has no tag list; tags travel on tickets and
 * contacts), streamed page by page with resumable positions, never more than a page of tickets with
 * their conversations in memory.
 */
import type { EntityName } from '../../model/entities.js';
import type { Attachment, RecordOf } from '../../model/records.js';
import type { Page, ReadOptions, Source } from '../contracts.js';
import type { Preflight } from '../preflight.js';
import { AgentDirectory } from './agent-directory.js';
import { FreshdeskClient } from './client.js';
import { FieldCatalogue } from './field-catalogue.js';
import { readFields } from './fields.js';
import { HelperFields } from './helper-fields.js';
import { freshdeskPreflight } from './preflight.js';
import { readAgents, readCompanies, readContacts, readTeams } from './read-people.js';
import { readArticles, readCategories, readFolders, SolutionsReader } from './read-solutions.js';
import { readTickets, readTicketsByIds, type TicketReader } from './read-tickets.js';
import { DEFAULT_TUNING, type FreshdeskSettings, type Tuning } from './settings.js';

export const FRESHDESK_SOURCE_ENTITIES: readonly EntityName[] = ['agents', 'teams', 'fields', 'companies', 'contacts', 'tickets', 'kb_categories', 'kb_folders', 'articles'];

export class FreshdeskSource implements Source {
  readonly platform = 'freshdesk';
  readonly entities = FRESHDESK_SOURCE_ENTITIES;
  readonly preflight: Preflight;
  readonly client: FreshdeskClient;
  private readonly catalogue: FieldCatalogue;
  private readonly tickets: TicketReader;
  private readonly solutions: SolutionsReader;

  constructor(settings: FreshdeskSettings, tuning: Tuning = DEFAULT_TUNING) {
    this.client = new FreshdeskClient(settings, tuning);
    this.catalogue = new FieldCatalogue(this.client);
    const agents = new AgentDirectory(this.client);
    const helpers = new HelperFields(this.client, this.catalogue);
    this.tickets = { client: this.client, catalogue: this.catalogue, agents, helpers };
    this.solutions = new SolutionsReader(this.client);
    this.preflight = freshdeskPreflight(this.client, agents, helpers, 'source');
  }

  read<E extends EntityName>(entity: E, options: ReadOptions): AsyncIterable<Page<RecordOf[E]>> {
    return this.stream(entity, options) as AsyncIterable<Page<RecordOf[E]>>;
  }

  private stream(entity: EntityName, options: ReadOptions): AsyncIterable<Page<RecordOf[EntityName]>> {
    switch (entity) {
      case 'agents':
        return readAgents(this.client, options);
      case 'teams':
        return readTeams(this.client, options);
      case 'fields':
        return readFields(this.catalogue, this.tickets.helpers);
      case 'companies':
        return readCompanies(this.client, this.catalogue, options);
      case 'contacts':
        return readContacts(this.client, this.catalogue, options);
      case 'tickets':
        return readTickets(this.tickets, options);
      case 'kb_categories':
        return readCategories(this.solutions);
      case 'kb_folders':
        return readFolders(this.solutions);
      case 'articles':
        return readArticles(this.client, this.solutions, options);
      case 'tags':
        throw new Error('Freshdesk has no tag list: tags are read with the tickets and contacts that carry them');
    }
  }

  /** Attachment URLs are CDN links: the API key never goes with them (see client.ts). */
  openAttachment(attachment: Attachment): Promise<Uint8Array> {
    return this.client.download(attachment.url);
  }

  readByIds<E extends EntityName>(entity: E, ids: readonly string[]): AsyncIterable<RecordOf[E][]> | undefined {
    if (entity !== 'tickets') return undefined;
    return readTicketsByIds(this.tickets, ids) as AsyncIterable<RecordOf[E][]>;
  }

  async close(): Promise<void> {}
}
