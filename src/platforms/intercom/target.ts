/**
 * Writes canonical records into an Intercom workspace. Each entity has its writer; a batch is written
 * a few records at a time, and every record ends in exactly one outcome: what Intercom refuses fails
 * that record with the reason, the rest goes on. Only auth and permission errors fail the batch.
 */
import { entityLabel, type EntityName } from '../../model/entities.js';
import type { Outcome } from '../../model/outcomes.js';
import type { AnyRecord, Company, Contact, RecordOf, Ticket } from '../../model/records.js';
import type { Logger } from '../../log/logger.js';
import type { Sink, Sinks, Target, WriteContext, WriteItem, Written } from '../contracts.js';
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

  /** Every entity. Teammates and teams are matched, never created; tickets without a requester are refused. */
  readonly sinks: Sinks = {
    agents: {
      ...this.sink('agents', (items) => this.each('agents', items, 1, (item) => matchAgent(this.directory, item.record))),
      matchOnly: (records) => this.each('agents', records.map((record) => ({ record })), 1, (item) => matchAgent(this.directory, item.record)),
    },
    teams: {
      ...this.sink('teams', (items, context) => this.each('teams', items, 1, (item) => matchTeam(this.directory, item.record, context))),
      matchOnly: (records, context) => this.each('teams', records.map((record) => ({ record })), 1, (item) => matchTeam(this.directory, item.record, context)),
    },
    tags: this.sink('tags', (items) => this.each('tags', items, 1, (item) => writeTag(this.directory, item.record))),
    // One at a time: two definitions of the same name must find, not race, each other.
    fields: this.sink('fields', (items) => this.each('fields', items, 1, (item) => writeField(this.client, this.directory, item.record))),
    companies: {
      ...this.sink('companies', (items) => this.people('companies', items, 'companies', (item) => upsertCompany(this.peopleEnv(), item))),
      findWritten: async (sourceId) => {
        const company = await findCompany(this.client, sourceId);
        return company && { targetId: company.id };
      },
    },
    contacts: {
      ...this.sink('contacts', (items) => this.people('contacts', items, 'users', (item) => upsertContact(this.peopleEnv(), item))),
      findWritten: async (sourceId) => {
        const contact = await findContact(this.client, sourceId);
        return contact && { targetId: contact.id };
      },
      // The engine's look before the first write of a run: one search per batch.
      findWrittenMany: async (sourceIds) => {
        const found = new Map<string, Written>();
        const contacts = await this.client.searchAll<IcContact>('/contacts/search', 'data', { field: 'external_id', operator: 'IN', value: sourceIds }, 150);
        for (const c of contacts) if (c.external_id && sourceIds.includes(c.external_id)) found.set(c.external_id, { targetId: c.id });
        return found;
      },
    },
    tickets: { ...this.sink('tickets', (items, context) => this.writeThreads(items, context)), refuses: (ticket) => ticketRefusal(ticket) },
    kb_categories: this.sink('kb_categories', (items) => this.each('kb_categories', items, 1, (item) => writeCollection(this.helpCenterEnv(), 'kb_categories', item))),
    kb_folders: this.sink('kb_folders', (items) => this.each('kb_folders', items, 1, (item) => writeCollection(this.helpCenterEnv(), 'kb_folders', item))),
    articles: this.sink('articles', (items) => this.each('articles', items, this.connection.concurrency, (item) => writeArticle(this.helpCenterEnv(), item))),
  };

  /**
   * A sink whose records are found again through the write memo: companies, tags, fields, teammates
   * and teams are upserts or matches, so writing them again finds them; threads and Help Center
   * records are looked up by their writers, which know what to look for.
   */
  private sink<E extends EntityName>(entity: E, write: (items: WriteItem<RecordOf[E]>[], context: WriteContext) => Promise<Outcome[]>): Sink<RecordOf[E]> {
    return {
      batchSize: BATCH_SIZES[entity] ?? 100,
      write: (items, context) => {
        this.memo.startBatch(entity);
        return write(items, context);
      },
      findWritten: (sourceId) => this.fromMemo(entity, sourceId),
      findWrittenMany: async (sourceIds) => {
        const found = new Map<string, Written>();
        for (const id of sourceIds) {
          const written = await this.fromMemo(entity, id, true);
          if (written) found.set(id, written);
        }
        return found;
      },
      expectedInTarget: (comparable) => expectedInIntercom(entity, comparable),
    };
  }

  /**
   * Asked about a record this process has not tried to write (a restart, a lost checkpoint): it
   * cannot be searched by its source id, so it is marked suspect and its write looks it up first.
   * The batch-wide look (`findWrittenMany`) also marks those its memo did not find.
   */
  private async fromMemo(entity: EntityName, sourceId: string, suspectWhenNotFound = false): Promise<Written | undefined> {
    const lookup = this.memo.lookup(entity, sourceId);
    const written = lookup ? await lookup() : undefined;
    if (!written && (!lookup || suspectWhenNotFound) && THREAD_AND_KB.includes(entity)) this.memo.suspect(entity, sourceId);
    return written;
  }

  async matchAgent(email: string): Promise<string | undefined> {
    const admin = await this.directory.adminByEmail(email);
    return admin && String(admin.id);
  }

  async close(): Promise<void> {}

  /** Conversations and tickets share the entity; the target keeps them apart unless the mapping merges them. */
  private async writeThreads(items: WriteItem<Ticket>[], context: WriteContext): Promise<Outcome[]> {
    const unsure = items.filter((i) => !i.previous && this.memo.takeSuspect('tickets', i.record.id));
    const candidates = unsure.length > 0 ? await threadCandidates(this.client, unsure.map((i) => i.record)) : undefined;
    const env = { ...this.env(), types: this.types };
    return this.each('tickets', items, this.connection.concurrency, (item) => {
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

  private each<R extends AnyRecord>(entity: EntityName, items: WriteItem<R>[], concurrency: number, write: (item: WriteItem<R>) => Promise<Outcome>): Promise<Outcome[]> {
    return mapLimit(items, concurrency, async (item) => {
      try {
        return await write(item);
      } catch (error) {
        return failureOf(error, `${entityLabel(entity)} ${item.record.id}`);
      }
    });
  }

  /** Upserts, then the batch's missing tags in bulk; a tag that could not be applied is a warning. */
  private async people<R extends Company | Contact>(entity: EntityName, items: WriteItem<R>[], kind: 'users' | 'companies', upsert: (item: WriteItem<R>) => Promise<Upserted>): Promise<Outcome[]> {
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
