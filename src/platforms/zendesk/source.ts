/**
 * Zendesk as a source: every entity, streamed page by page with resumable positions (see cursor.ts),
 * never more than one page (100 tickets with their comments) in memory.
 */
import type { Attachment } from '../../model/records.js';
import type { ReadOptions, Source, Streams } from '../contracts.js';
import type { Preflight } from '../preflight.js';
import { AgentDirectory } from './agent-directory.js';
import { ZendeskClient } from './client.js';
import { FieldCatalogue } from './custom-fields.js';
import { readArticles, readCategories, readFolders } from './read-help-center.js';
import { readAgents, readCompanies, readContacts } from './read-people.js';
import { readFields } from './read-fields.js';
import { readTags } from './read-tags.js';
import { readTeams } from './read-teams.js';
import { readTickets, readTicketsByIds } from './read-tickets.js';
import { zendeskPreflight } from './preflight.js';
import { DEFAULT_TUNING, type Tuning, type ZendeskSettings } from './settings.js';

export class ZendeskSource implements Source {
  readonly platform = 'zendesk';
  readonly preflight: Preflight;
  readonly client: ZendeskClient;
  private readonly catalogue: FieldCatalogue;
  private readonly agents: AgentDirectory;

  constructor(settings: ZendeskSettings, tuning: Tuning = DEFAULT_TUNING) {
    this.client = new ZendeskClient(settings, tuning);
    this.catalogue = new FieldCatalogue(this.client);
    this.agents = new AgentDirectory(this.client);
    this.preflight = zendeskPreflight(this.client, this.agents, 'source');
  }

  /**
   * People, tickets and articles read with `since` come from the incremental exports; the other lists
   * are small and read whole. Counts come from the `…/count` endpoints (approximate above 100,000,
   * refreshed daily), none for a delta read.
   */
  readonly streams: Streams = {
    agents: { since: false, read: (o) => readAgents(this.client, o), count: this.counter('/api/v2/users/count?role[]=agent&role[]=admin') },
    teams: { since: false, read: (o) => readTeams(this.client, o) },
    fields: { since: false, read: () => readFields(this.catalogue) },
    companies: { since: true, read: (o) => readCompanies(this.client, this.catalogue, o), count: this.counter('/api/v2/organizations/count') },
    contacts: { since: true, read: (o) => readContacts(this.client, this.catalogue, o), count: this.counter('/api/v2/users/count?role=end-user') },
    tags: { since: false, read: (o) => readTags(this.client, o) },
    tickets: {
      since: true,
      read: (o) => readTickets(this.client, this.catalogue, this.agents, o),
      count: this.counter('/api/v2/tickets/count'),
      readByIds: (ids) => readTicketsByIds(this.client, this.catalogue, this.agents, ids),
    },
    kb_categories: { since: false, read: (o) => readCategories(this.client, o) },
    kb_folders: { since: false, read: (o) => readFolders(this.client, o) },
    articles: { since: true, read: (o) => readArticles(this.client, o) },
  };

  private counter(path: string): (options: ReadOptions) => Promise<number | undefined> {
    return async (options) => (options.since ? undefined : (await this.client.support.get<{ count?: { value?: number } }>(path)).count?.value);
  }

  /** Zendesk-hosted files get the credentials; files on other hosts never do (see client.ts). */
  openAttachment(attachment: Attachment): Promise<Uint8Array> {
    return this.client.download(attachment.url);
  }

  async close(): Promise<void> {}
}
