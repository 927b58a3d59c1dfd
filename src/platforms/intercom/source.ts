/**
 * Reads an Intercom workspace into canonical records, entity by entity, page by page, with cursors a
 * later run can resume from. Attachments are downloaded on demand while their signed URLs are valid.
 */
import type { Article, Attachment } from '../../model/records.js';
import type { Logger } from '../../log/logger.js';
import type { Page, ReadOptions, Source, Streams } from '../contracts.js';
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

  /**
   * Contacts, companies, conversations and Help Center items honour `since` (a search on updated_at,
   * or the scroll and the lists filtered); admins, teams, tags and fields are small lists read whole.
   * Companies no contact belongs to are left out of every list, their count included.
   */
  readonly streams: Streams = {
    agents: { since: false, read: () => onePage(() => readAgents(this.directory)), count: whole(async () => (await this.directory.admins()).length) },
    teams: { since: false, read: () => onePage(() => readTeams(this.directory)), count: whole(async () => (await this.directory.teams()).length) },
    tags: { since: false, read: () => onePage(() => readTags(this.directory)), count: whole(async () => (await this.directory.tags()).length) },
    fields: { since: false, read: () => onePage(() => readFields(this.client, this.directory, this.log)) },
    companies: { since: true, read: (o) => readCompanies(this.client, this.directory, o, this.tuning), count: this.total('/companies') },
    contacts: { since: true, resumesAtCursor: true, read: (o) => readContacts(this.client, this.directory, o), count: this.total('/contacts') },
    tickets: { since: true, resumesAtCursor: true, read: (o) => readThreads(this.client, o), count: whole(() => countThreads(this.client)) },
    kb_categories: {
      since: true,
      read: (o) => onePage(async () => categories(await this.collections(), o)),
      count: whole(async () => (await this.collections()).topLevel().length),
    },
    kb_folders: {
      since: true,
      read: (o) => onePage(async () => folders(await this.collections(), o)),
      count: whole(async () => (await this.collections()).nested().length),
    },
    articles: { since: true, read: (o) => this.articlePages(o), count: this.total('/articles') },
  };

  async openAttachment(attachment: Attachment): Promise<Uint8Array> {
    return this.client.download(attachment.url);
  }

  async close(): Promise<void> {}

  private async *articlePages(options: ReadOptions): AsyncGenerator<Page<Article>> {
    yield* readArticles(this.client, await this.collections(), options);
  }

  /** The `total_count` of a list, asked with one record per page. */
  private total(path: string): (options: ReadOptions) => Promise<number | undefined> {
    return whole(async () => (await this.client.get<{ total_count?: number }>(path, { per_page: 1 })).total_count);
  }

  private collections(): Promise<CollectionTree> {
    this.tree ??= collectionTree(this.client);
    return this.tree;
  }
}

/** A small list read in one go, as one page with no cursor. */
async function* onePage<R>(list: () => Promise<R[]>): AsyncGenerator<Page<R>> {
  yield { records: await list() };
}

/** A count of the whole stream: none for a delta read, which reads only what changed. */
function whole(count: () => Promise<number | undefined>): (options: ReadOptions) => Promise<number | undefined> {
  return (options) => (options.since ? Promise.resolve(undefined) : count());
}
