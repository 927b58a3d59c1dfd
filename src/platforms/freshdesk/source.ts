/**
 * Freshdesk as a source: every entity but tags (Freshdesk has no tag list; tags travel on tickets and
 * contacts), streamed page by page with resumable positions, never more than a page of tickets with
 * their conversations in memory.
 */
import type { Attachment } from '../../model/records.js';
import type { Source, Streams } from '../contracts.js';
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


export class FreshdeskSource implements Source {
  readonly platform = 'freshdesk';
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

  /** Companies, contacts and tickets are listed by `updated_since`; articles are filtered by it. No tags. */
  readonly streams: Streams = {
    agents: { since: false, read: (o) => readAgents(this.client, o) },
    teams: { since: false, read: (o) => readTeams(this.client, o) },
    fields: { since: false, read: () => readFields(this.catalogue, this.tickets.helpers) },
    companies: { since: true, read: (o) => readCompanies(this.client, this.catalogue, o) },
    contacts: { since: true, read: (o) => readContacts(this.client, this.catalogue, o) },
    tickets: { since: true, read: (o) => readTickets(this.tickets, o), readByIds: (ids) => readTicketsByIds(this.tickets, ids) },
    kb_categories: { since: false, read: () => readCategories(this.solutions) },
    kb_folders: { since: false, read: () => readFolders(this.solutions) },
    articles: { since: true, read: (o) => readArticles(this.client, this.solutions, o) },
  };

  /** Attachment URLs are CDN links: the API key never goes with them (see client.ts). */
  openAttachment(attachment: Attachment): Promise<Uint8Array> {
    return this.client.download(attachment.url);
  }

  async close(): Promise<void> {}
}
