/**
 * Writes canonical records into an Intercom workspace. Each entity has its writer; a batch is written
 * a few records at a time, and every record ends in exactly one outcome: what Intercom refuses fails
 * that record with the reason, the rest goes on. Only auth and permission errors fail the batch.
 */
import { ENTITY_ORDER, entityLabel, type EntityName } from '../../model/entities.js';
import type { Failed, Outcome } from '../../model/outcomes.js';
import type { AnyRecord, Article, Company, Contact, FieldDef, KbCategory, KbFolder, RecordOf, Tag, Team, Ticket, Agent } from '../../model/records.js';
import type { Logger } from '../../log/logger.js';
import type { Target, WriteContext, WriteItem, Written } from '../contracts.js';
import type { IcContact } from './api-types.js';
import { IntercomClient } from './client.js';
import type { IntercomConnection, IntercomTuning } from './connection.js';
import { writeConversation, type ThreadEnv } from './conversation-writer.js';
import { expectedInIntercom } from './expected-in-target.js';
import { failureOf } from './failures.js';
import { mapLimit } from '../map-limit.js';
import { threadCandidates } from './thread-candidates.js';
import { TicketTypeCatalog } from './ticket-types.js';
import { ticketRefusal, writeTicket } from './ticket-writer.js';
import { matchAgent, matchTeam, writeField, writeTag } from './write-directory.js';
import { ExistingHelpCenter, writeArticle, writeCollection, type HelpCenterEnv } from './write-help-center.js';
import { WriteMemo } from './write-memo.js';
import { applyTagsInBulk, findCompany, findContact, upsertCompany, upsertContact, type PeopleEnv, type Upserted } from './write-people.js';
import { WorkspaceDirectory } from './workspace-directory.js';
import { intercomPreflight } from './preflight.js';
import type { Preflight } from '../preflight.js';
import { warning, WARNINGS } from '../../model/outcomes.js';

const THREAD_AND_KB: readonly EntityName[] = ['tickets', 'kb_categories', 'kb_folders', 'articles'];

const BATCH_SIZES: Partial<Record<EntityName, number>> = {
  companies: 50,
  contacts: 50,
  // A conversation is many requests; small batches keep the work an interruption can leave unsure small.
  tickets: 5,
  kb_categories: 10,
  kb_folders: 10,
  articles: 10,
};

export class IntercomTarget implements Target {
  readonly platform = 'intercom';
  readonly entities = ENTITY_ORDER;
  /** Teammates and teams are matched, never created. */
  readonly createsAgents = false;
  readonly client: IntercomClient;
  private readonly directory: WorkspaceDirectory;
  private readonly memo = new WriteMemo();
  private readonly types: TicketTypeCatalog;
  private readonly existingHelpCenter: ExistingHelpCenter;
  readonly preflight: Preflight;

  constructor(
    private readonly connection: IntercomConnection,
    log: Logger,
    tuning: IntercomTuning = {},
  ) {
    this.client = new IntercomClient(connection, tuning);
    this.directory = new WorkspaceDirectory(this.client);
    this.types = new TicketTypeCatalog(this.client, this.directory, log);
    this.existingHelpCenter = new ExistingHelpCenter(this.client);
    this.preflight = intercomPreflight(this.client, this.directory, 'target');
  }

  refuses(entity: EntityName, record: AnyRecord): Failed | undefined {
    return entity === 'tickets' ? ticketRefusal(record as Ticket) : undefined;
  }

  async matchOnly(entity: EntityName, records: AnyRecord[], context: WriteContext): Promise<Outcome[] | undefined> {
    const items = records.map((record) => ({ record }));
    if (entity === 'agents') return this.each(entity, items, 1, (item) => matchAgent(this.directory, item.record as Agent));
    if (entity === 'teams') return this.each(entity, items, 1, (item) => matchTeam(this.directory, item.record as Team, context));
    return undefined;
  }

  batchSize(entity: EntityName): number {
    return BATCH_SIZES[entity] ?? 100;
  }

  async write<E extends EntityName>(entity: E, items: WriteItem<RecordOf[E]>[], context: WriteContext): Promise<Outcome[]> {
    this.memo.startBatch(entity);
    const list = items as WriteItem<AnyRecord>[];
    switch (entity) {
      case 'agents':
        return this.each(entity, list, 1, (item) => matchAgent(this.directory, item.record as Agent));
      case 'teams':
        return this.each(entity, list, 1, (item) => matchTeam(this.directory, item.record as Team, context));
      case 'tags':
        return this.each(entity, list, 1, (item) => writeTag(this.directory, item.record as Tag));
      case 'fields':
        // One at a time: two definitions of the same name must find, not race, each other.
        return this.each(entity, list, 1, (item) => writeField(this.client, this.directory, item.record as FieldDef));
      case 'companies':
        return this.people(entity, list, 'companies', (item) => upsertCompany(this.peopleEnv(), item as WriteItem<Company>));
      case 'contacts':
        return this.people(entity, list, 'users', (item) => upsertContact(this.peopleEnv(), item as WriteItem<Contact>));
      case 'tickets':
        return this.writeThreads(list as WriteItem<Ticket>[], context);
      case 'kb_categories':
      case 'kb_folders':
        return this.each(entity, list, 1, (item) => writeCollection(this.helpCenterEnv(), entity, item as WriteItem<KbCategory | KbFolder>));
      case 'articles':
        return this.each(entity, list, this.connection.concurrency, (item) => writeArticle(this.helpCenterEnv(), item as WriteItem<Article>));
      default:
        throw new Error(`intercom cannot write ${entity}`);
    }
  }

  async findWritten(entity: EntityName, sourceId: string): Promise<Written | undefined> {
    if (entity === 'contacts') {
      const contact = await findContact(this.client, sourceId);
      return contact && { targetId: contact.id };
    }
    if (entity === 'companies') {
      const company = await findCompany(this.client, sourceId);
      return company && { targetId: company.id };
    }
    const lookup = this.memo.lookup(entity, sourceId);
    if (lookup) return lookup();
    // Asked about a record this process has not tried to write (a restart, a lost checkpoint): it
    // cannot be searched by its source id, so its write looks it up first and completes it.
    if (THREAD_AND_KB.includes(entity)) this.memo.suspect(entity, sourceId);
    return undefined;
  }

  /**
   * The engine's look before the first write of a run: contacts in one search per batch; companies,
   * tags, fields, teammates and teams are upserts or matches, so writing them again finds them; threads
   * and Help Center records are looked up by their writers, which know what to look for.
   */
  async findWrittenMany(entity: EntityName, sourceIds: string[]): Promise<Map<string, Written>> {
    const found = new Map<string, Written>();
    if (entity === 'contacts') {
      const contacts = await this.client.searchAll<IcContact>('/contacts/search', 'data', { field: 'external_id', operator: 'IN', value: sourceIds }, 150);
      for (const c of contacts) if (c.external_id && sourceIds.includes(c.external_id)) found.set(c.external_id, { targetId: c.id });
      return found;
    }
    for (const id of sourceIds) {
      const lookup = this.memo.lookup(entity, id);
      const written = lookup ? await lookup() : undefined;
      if (written) found.set(id, written);
      else if (THREAD_AND_KB.includes(entity)) this.memo.suspect(entity, id);
    }
    return found;
  }

  async matchAgent(email: string): Promise<string | undefined> {
    const admin = await this.directory.adminByEmail(email);
    return admin && String(admin.id);
  }

  expectedInTarget(entity: EntityName, comparable: Record<string, unknown>): Record<string, unknown> {
    return expectedInIntercom(entity, comparable);
  }

  async close(): Promise<void> {}

  /** Conversations and tickets share the entity; the target keeps them apart unless the mapping merges them. */
  private async writeThreads(items: WriteItem<Ticket>[], context: WriteContext): Promise<Outcome[]> {
    const unsure = items.filter((i) => !i.previous && this.memo.takeSuspect('tickets', i.record.id));
    const candidates = unsure.length > 0 ? await threadCandidates(this.client, unsure.map((i) => i.record)) : undefined;
    const env = { ...this.env(), types: this.types };
    return this.each('tickets', items as WriteItem<AnyRecord>[], this.connection.concurrency, (entry) => {
      const item = entry as WriteItem<Ticket>;
      const mine = candidates && unsure.includes(item);
      return item.record.kind === 'ticket'
        ? writeTicket(env, item, context, mine ? candidates.tickets : undefined)
        : writeConversation(env, item, context, mine ? candidates.conversations : undefined);
    });
  }

  private helpCenterEnv(): HelpCenterEnv {
    return { client: this.client, directory: this.directory, memo: this.memo, existing: this.existingHelpCenter };
  }

  private peopleEnv(): PeopleEnv {
    return { client: this.client, directory: this.directory };
  }

  private env(): ThreadEnv {
    return { client: this.client, directory: this.directory, connection: this.connection, memo: this.memo };
  }

  private each(entity: EntityName, items: WriteItem<AnyRecord>[], concurrency: number, write: (item: WriteItem<AnyRecord>) => Promise<Outcome>): Promise<Outcome[]> {
    return mapLimit(items, concurrency, async (item) => {
      try {
        return await write(item);
      } catch (error) {
        return failureOf(error, `${entityLabel(entity)} ${item.record.id}`);
      }
    });
  }

  /** Upserts, then the batch's missing tags in bulk; a tag that could not be applied is a warning. */
  private async people(entity: EntityName, items: WriteItem<AnyRecord>[], kind: 'users' | 'companies', upsert: (item: WriteItem<AnyRecord>) => Promise<Upserted>): Promise<Outcome[]> {
    const results = await mapLimit(items, this.connection.concurrency, async (item): Promise<Upserted> => {
      try {
        return await upsert(item);
      } catch (error) {
        return { outcome: failureOf(error, `${entityLabel(entity)} ${item.record.id}`) };
      }
    });
    const problems = await applyTagsInBulk(this.client, kind, results.flatMap((r) => (r.tags ? [r.tags] : [])));
    return results.map(({ outcome }) => {
      const problem = outcome.status === 'migrated' ? problems.get(outcome.targetId) : undefined;
      if (!problem || outcome.status !== 'migrated') return outcome;
      return { ...outcome, warnings: [...(outcome.warnings ?? []), warning(WARNINGS.tagNotApplied, problem)] };
    });
  }
}
