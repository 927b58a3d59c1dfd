/**
 * Reads an Intercom workspace into canonical records, entity by entity, page by page, with cursors a
 * later run can resume from. Attachments are downloaded on demand while their signed URLs are valid.
 */
import { ENTITY_ORDER, type EntityName } from '../../model/entities.js';
import type { Attachment, RecordOf } from '../../model/records.js';
import type { Logger } from '../../log/logger.js';
import type { Page, ReadOptions, Source } from '../contracts.js';
import { IntercomClient } from './client.js';
import type { IntercomConnection, IntercomTuning } from './connection.js';
import type { CollectionTree } from './map-help-center.js';
import { readAgents, readFields, readTags, readTeams } from './read-directory.js';
import { categories, collectionTree, folders, readArticles } from './read-help-center.js';
import { readCompanies, readContacts } from './read-people.js';
import { countThreads, readThreads } from './read-threads.js';
import { WorkspaceDirectory } from './workspace-directory.js';
import { intercomPreflight } from './preflight.js';
import type { Preflight } from '../preflight.js';

export class IntercomSource implements Source {
  readonly platform = 'intercom';
  readonly entities = ENTITY_ORDER;
  readonly client: IntercomClient;
  private readonly directory: WorkspaceDirectory;
  private tree: Promise<CollectionTree> | undefined;
  readonly preflight: Preflight;

  constructor(
    connection: IntercomConnection,
    private readonly log: Logger,
    private readonly tuning: IntercomTuning = {},
  ) {
    this.client = new IntercomClient(connection, tuning);
    this.directory = new WorkspaceDirectory(this.client);
    this.preflight = intercomPreflight(this.client, this.directory, 'source');
  }

  read<E extends EntityName>(entity: E, options: ReadOptions): AsyncIterable<Page<RecordOf[E]>> {
    return this.stream(entity, options) as AsyncIterable<Page<RecordOf[E]>>;
  }

  private async *stream(entity: EntityName, options: ReadOptions): AsyncGenerator<Page<RecordOf[EntityName]>> {
    switch (entity) {
      case 'agents':
        return yield { records: await readAgents(this.directory) };
      case 'teams':
        return yield { records: await readTeams(this.directory) };
      case 'tags':
        return yield { records: await readTags(this.directory) };
      case 'fields':
        return yield { records: await readFields(this.client, this.directory, this.log) };
      case 'companies':
        return yield* readCompanies(this.client, this.directory, options, this.tuning);
      case 'contacts':
        return yield* readContacts(this.client, this.directory, options);
      case 'tickets':
        return yield* readThreads(this.client, options);
      case 'kb_categories':
        return yield { records: categories(await this.collections(), options) };
      case 'kb_folders':
        return yield { records: folders(await this.collections(), options) };
      case 'articles':
        return yield* readArticles(this.client, await this.collections(), options);
    }
  }

  async count(entity: EntityName, options: ReadOptions): Promise<number | undefined> {
    if (options.since) return undefined;
    const total = async (path: string) => (await this.client.get<{ total_count?: number }>(path, { per_page: 1 })).total_count;
    switch (entity) {
      case 'agents':
        return (await this.directory.admins()).length;
      case 'teams':
        return (await this.directory.teams()).length;
      case 'tags':
        return (await this.directory.tags()).length;
      case 'contacts':
        return total('/contacts');
      case 'companies':
        // Companies no contact belongs to are left out of every list, this count included.
        return total('/companies');
      case 'tickets':
        return countThreads(this.client);
      case 'kb_categories':
        return (await this.collections()).topLevel().length;
      case 'kb_folders':
        return (await this.collections()).nested().length;
      case 'articles':
        return total('/articles');
      default:
        return undefined;
    }
  }

  async openAttachment(attachment: Attachment): Promise<Uint8Array> {
    return this.client.download(attachment.url);
  }

  async close(): Promise<void> {}

  private collections(): Promise<CollectionTree> {
    this.tree ??= collectionTree(this.client);
    return this.tree;
  }
}
