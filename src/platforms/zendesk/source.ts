/**
 * Zendesk as a source: every entity, streamed page by page with resumable positions (see cursor.ts),
 * never more than one page (100 tickets with their comments) in memory.
 */
import { ENTITY_ORDER, type EntityName } from '../../model/entities.js';
import type { Attachment, RecordOf } from '../../model/records.js';
import type { Page, ReadOptions, Source } from '../contracts.js';
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
  readonly entities = ENTITY_ORDER;
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
        return readFields(this.catalogue);
      case 'companies':
        return readCompanies(this.client, this.catalogue, options);
      case 'contacts':
        return readContacts(this.client, this.catalogue, options);
      case 'tags':
        return readTags(this.client, options);
      case 'tickets':
        return readTickets(this.client, this.catalogue, this.agents, options);
      case 'kb_categories':
        return readCategories(this.client, options);
      case 'kb_folders':
        return readFolders(this.client, options);
      case 'articles':
        return readArticles(this.client, options);
    }
  }

  /**
   * How many records a full read will meet, for `check`'s estimate: the `…/count` endpoints (approximate
   * above 100,000, refreshed daily). Undefined where Zendesk has no count or for a delta read.
   */
  async count(entity: EntityName, options: ReadOptions): Promise<number | undefined> {
    if (options.since) return undefined;
    const count = async (path: string) => (await this.client.support.get<{ count?: { value?: number } }>(path)).count?.value;
    switch (entity) {
      case 'agents':
        return count('/api/v2/users/count?role[]=agent&role[]=admin');
      case 'contacts':
        return count('/api/v2/users/count?role=end-user');
      case 'companies':
        return count('/api/v2/organizations/count');
      case 'tickets':
        return count('/api/v2/tickets/count');
      default:
        return undefined;
    }
  }

  /** Zendesk-hosted files get the credentials; files on other hosts never do (see client.ts). */
  openAttachment(attachment: Attachment): Promise<Uint8Array> {
    return this.client.download(attachment.url);
  }

  readByIds<E extends EntityName>(entity: E, ids: readonly string[]): AsyncIterable<RecordOf[E][]> | undefined {
    if (entity !== 'tickets') return undefined;
    return readTicketsByIds(this.client, this.catalogue, this.agents, ids) as AsyncIterable<RecordOf[E][]>;
  }

  async close(): Promise<void> {}
}
