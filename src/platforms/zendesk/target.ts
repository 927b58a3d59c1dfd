/**
 * Zendesk as a target. Each entity goes to the module that knows its API; every item gets exactly one
 * outcome, in order. Agents are matched by email, never created; tickets are only ever imported
 * (ticket-import.ts) or, once imported, appended to (ticket-delta.ts).
 *
 * Finding a record after a lost answer (`findWritten`): tickets by the source id stored as their
 * external id; contacts and companies by the external id they were written with; groups, fields and
 * Help Center items by their name (title) within their parent. The last ones are only known for the
 * batch in progress — after a restart the write path itself matches them by name before creating.
 */
import type { EntityName } from '../../model/entities.js';
import type { Outcome } from '../../model/outcomes.js';
import type { Agent, Article, Company, Contact, FieldDef, KbCategory, KbFolder, RecordOf, Team, Ticket } from '../../model/records.js';
import type { Sink, Sinks, Target, WriteContext, WriteItem, Written } from '../contracts.js';
import type { Preflight } from '../preflight.js';
import { AgentDirectory } from './agent-directory.js';
import { ZendeskClient } from './client.js';
import { FieldCatalogue, findDefinition } from './custom-fields.js';
import { CustomValueWriter } from './custom-values.js';
import { failureOf } from './failures.js';
import { ArticleWriter } from './hc-articles.js';
import { HelpCenterLocales } from './hc-locales.js';
import { HelpCenterStructure } from './hc-structure.js';
import { contactExternalId } from './map-user.js';
import { companyExternalId } from './map-organization.js';
import { zendeskPreflight } from './preflight.js';
import { DEFAULT_TUNING, type Tuning, type ZendeskSettings } from './settings.js';
import { expectedInZendesk } from './target-expectations.js';
import { updateTicket } from './ticket-delta.js';
import { importTickets } from './ticket-import.js';
import type { TicketDeps } from './ticket-deps.js';
import { TicketLookup } from './ticket-lookup.js';
import { Uploader } from './uploads.js';
import { matchAgents } from './write-agents.js';
import { FieldWriter } from './write-fields.js';
import { OrganizationWriter } from './write-organizations.js';
import { GroupWriter } from './write-teams.js';
import { UserWriter } from './write-users.js';

/** Zendesk's bulk endpoints take 100 records (Ticket Import create_many, users create_or_update_many). */
const BATCH = 100;
/** Ticket import jobs one run keeps queued at once: enough to hide the wait for each, far below the 30 Zendesk allows (a customer's own jobs count too). */
const TICKET_JOBS_IN_FLIGHT = 3;

type Finder = () => Promise<Written | undefined>;

export class ZendeskTarget implements Target {
  readonly platform = 'zendesk';
  readonly preflight: Preflight;
  readonly client: ZendeskClient;
  private readonly catalogue: FieldCatalogue;
  private readonly agents: AgentDirectory;
  private readonly tickets: TicketDeps;
  private readonly groups: GroupWriter;
  private readonly fields: FieldWriter;
  private readonly organizations: OrganizationWriter;
  private readonly users: UserWriter;
  private readonly structure: HelpCenterStructure;
  private readonly articles: ArticleWriter;
  /** How to find each record of the batch in progress, by `entity:sourceId`. */
  /** Finders of the batches in flight and a few before them (a Map keeps insertion order: oldest first). */
  private readonly finders = new Map<string, Finder>();

  /** Keeps the finders of the last batches, so a batch still in flight, or just failed, can be looked up. */
  private forgetOldFinders(incoming: number): void {
    const keep = BATCH * (TICKET_JOBS_IN_FLIGHT + 1) - incoming;
    for (const key of this.finders.keys()) {
      if (this.finders.size <= keep) break;
      this.finders.delete(key);
    }
  }

  constructor(settings: ZendeskSettings, tuning: Tuning = DEFAULT_TUNING) {
    this.client = new ZendeskClient(settings, tuning);
    this.catalogue = new FieldCatalogue(this.client);
    this.agents = new AgentDirectory(this.client);
    const customValues = new CustomValueWriter(this.client, this.catalogue);
    this.tickets = { client: this.client, uploader: new Uploader(this.client), customValues, agents: this.agents, lookup: new TicketLookup(this.client) };
    this.groups = new GroupWriter(this.client);
    this.fields = new FieldWriter(this.client, this.catalogue);
    this.organizations = new OrganizationWriter(this.client, customValues);
    this.users = new UserWriter(this.client, customValues);
    const locales = new HelpCenterLocales(this.client, settings.locale);
    this.structure = new HelpCenterStructure(this.client, locales);
    this.articles = new ArticleWriter(this.client, locales);
    this.preflight = zendeskPreflight(this.client, this.agents, 'target');
  }

  /**
   * Every entity but tags: Zendesk has no tag list to write to; tags travel on tickets, users and
   * organizations. Agents are seats: matched by email, never created. Every Zendesk article sits in
   * a section: the engine places the others in the mapping's default.
   */
  readonly sinks: Sinks = {
    agents: {
      ...this.sink('agents', (items) => matchAgents(items.map((i) => i.record), this.agents)),
      matchOnly: (records) => matchAgents(records, this.agents),
    },
    teams: this.sink('teams', (items) => this.groups.write(items)),
    fields: this.sink('fields', (items) => this.fields.write(items)),
    companies: {
      ...this.sink('companies', (items) => this.organizations.write(items.map((i) => i.record)), (id) => this.organizations.findByExternalId(id)),
      findWrittenMany: (ids) => this.byExternalIds(ids, this.organizations.showMany(ids)),
    },
    contacts: {
      ...this.sink('contacts', (items, context) => this.users.write(items.map((i) => i.record), context), (id) => this.users.findByExternalId(id)),
      findWrittenMany: (ids) => this.byExternalIds(ids, this.users.showMany(ids)),
    },
    tickets: {
      ...this.sink('tickets', (items, context) => this.writeTickets(items, context), (id) => this.findTicket(id)),
      // Each batch is one import job, mostly waited on: the next batches upload and queue their jobs
      // meanwhile (Zendesk runs up to 30 per account).
      batchesInFlight: TICKET_JOBS_IN_FLIGHT,
      findWrittenMany: async (ids) => new Map([...(await this.tickets.lookup.find(ids))].map(([id, ticket]) => [id, { targetId: String(ticket) }])),
    },
    kb_categories: this.sink('kb_categories', (items) => this.each(items, (i) => this.structure.writeCategory(i), (r) => `kb category ${r.name}`)),
    kb_folders: this.sink('kb_folders', (items) => this.each(items, (i) => this.structure.writeFolder(i), (r) => `kb folder ${r.name}`)),
    articles: {
      ...this.sink('articles', (items, context) => this.each(items, (i) => this.articles.write(i, context), (r) => `article ${r.title}`)),
      needsFolder: true,
    },
  };

  /**
   * A sink whose writes remember how to find each record of the batch in progress, and whose lookup
   * falls back to `findSaved` (by external id) for a record of an earlier batch or run.
   */
  private sink<E extends EntityName>(
    entity: E,
    write: (items: WriteItem<RecordOf[E]>[], context: WriteContext) => Promise<Outcome[]>,
    findSaved?: (sourceId: string) => Promise<Written | { id: number } | number | undefined>,
  ): Sink<RecordOf[E]> {
    return {
      batchSize: BATCH,
      write: (items, context) => {
        this.forgetOldFinders(items.length);
        for (const item of items) this.rememberFinder(entity, item.record);
        return write(items, context);
      },
      findWritten: async (sourceId) => {
        const finder = this.finders.get(`${entity}:${sourceId}`);
        if (finder) return finder();
        const found = await findSaved?.(sourceId);
        return found !== undefined && typeof found === 'object' && 'targetId' in found ? found : written(found);
      },
      expectedInTarget: (comparable, record) => expectedInZendesk(entity, comparable, record),
    };
  }

  /** One lookup per batch (users and organizations by external ids). */
  private async byExternalIds(sourceIds: string[], lookup: Promise<Map<string, number>>): Promise<Map<string, Written>> {
    const byExternalId = await lookup;
    const found = new Map<string, Written>();
    for (const id of sourceIds) {
      const targetId = byExternalId.get(id.toLowerCase());
      if (targetId !== undefined) found.set(id, { targetId: String(targetId) });
    }
    return found;
  }

  async matchAgent(email: string): Promise<string | undefined> {
    const agent = await this.agents.byEmail(email);
    return agent ? String(agent.id) : undefined;
  }

  async close(): Promise<void> {}

  private async writeTickets(items: WriteItem<Ticket>[], context: WriteContext): Promise<Outcome[]> {
    const outcomes: Outcome[] = new Array(items.length);
    const fresh = items.map((item, at) => ({ item, at })).filter(({ item }) => !item.previous);
    const imported = await importTickets(fresh.map(({ item }) => item.record), this.tickets, context);
    fresh.forEach(({ at }, i) => (outcomes[at] = imported[i] as Outcome));
    for (const [at, item] of items.entries()) {
      if (item.previous) outcomes[at] = await updateTicket(item.record, item.previous, this.tickets, context);
    }
    return outcomes;
  }

  private async each<R>(items: WriteItem<R>[], write: (item: WriteItem<R>) => Promise<Outcome>, label: (record: R) => string): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const item of items) {
      try {
        outcomes.push(await write(item));
      } catch (error) {
        outcomes.push(failureOf(error, label(item.record)));
      }
    }
    return outcomes;
  }

  private async findTicket(sourceId: string): Promise<Written | undefined> {
    const id = (await this.tickets.lookup.find([sourceId])).get(sourceId);
    return id === undefined ? undefined : { targetId: String(id) };
  }

  private rememberFinder(entity: EntityName, record: RecordOf[EntityName]): void {
    const key = `${entity}:${record.id}`;
    const set = (finder: Finder) => this.finders.set(key, finder);
    switch (entity) {
      case 'agents':
        return void set(async () => written(await this.agents.byEmail((record as Agent).email)));
      case 'teams':
        return void set(async () => written(await this.groups.find((record as Team).name, true)));
      case 'fields': {
        const field = record as FieldDef;
        return void set(async () => {
          this.catalogue.forget(field.on);
          const def = findDefinition(field.on, await this.catalogue.definitions(field.on), field.key, field.label);
          return def ? { targetId: `${field.on}:${def.id}` } : undefined;
        });
      }
      case 'contacts':
        return void set(async () => written(await this.users.findByExternalId(contactExternalId(record as Contact))));
      case 'companies':
        return void set(async () => written(await this.organizations.findByExternalId(companyExternalId(record as Company))));
      case 'kb_categories':
        return void set(async () => written(await this.structure.findCategory((record as KbCategory).name, true)));
      case 'kb_folders': {
        const folder = record as KbFolder;
        const parent = folder.parentFolderId ? Number(folder.parentFolderId) : undefined;
        return void set(async () => written(await this.structure.findSection(Number(folder.categoryId), parent, folder.name, true)));
      }
      case 'articles': {
        const article = record as Article;
        if (article.folderId) set(async () => written(await this.articles.findArticle(Number(article.folderId), article.title, true)));
        return;
      }
      default:
        return;
    }
  }
}

function written(found: { id: number } | number | undefined): Written | undefined {
  if (found === undefined) return undefined;
  return { targetId: String(typeof found === 'number' ? found : found.id) };
}
