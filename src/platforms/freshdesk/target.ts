/**
 * Freshdesk as a target. Each entity goes to the module that knows its API; every item gets exactly
 * one outcome, in order. Agents are matched by email, never created (paid seats); contacts and
 * companies are upserted by their natural keys; tickets are created once (ticket-writer.ts).
 *
 * Finding a record after a lost answer or a lost checkpoint (`findWritten`): tickets by the source
 * id in the connector's ticket field (only whole ones: a half-written ticket is completed by the next
 * write instead), contacts by `unique_external_id`, teams, categories and folders by name (the write
 * path takes an existing one of that name over in any case).
 */
import type { EntityName } from '../../model/entities.js';
import type { Outcome } from '../../model/outcomes.js';
import type { RecordOf } from '../../model/records.js';
import type { Sink, Sinks, Target, WriteContext, WriteItem, Written } from '../contracts.js';
import type { Preflight } from '../preflight.js';
import { AgentDirectory } from './agent-directory.js';
import { FreshdeskClient } from './client.js';
import { FieldCatalogue } from './field-catalogue.js';
import { FieldWriter } from './fields.js';
import { HelperFields } from './helper-fields.js';
import { freshdeskPreflight } from './preflight.js';
import { SolutionsReader } from './read-solutions.js';
import { DEFAULT_TUNING, type FreshdeskSettings, type Tuning } from './settings.js';
import { expectedInFreshdesk } from './target-expectations.js';
import { TicketLookup } from './ticket-lookup.js';
import { TicketWriter } from './ticket-writer.js';
import { CompanyWriter, ContactWriter } from './write-people.js';
import { SolutionsWriter } from './write-solutions.js';
import { GroupWriter, matchAgents } from './write-teams.js';


/** Freshdesk has no bulk create: one request per record, so a batch is only a checkpoint step. */
const BATCH = 20;

export class FreshdeskTarget implements Target {
  readonly platform = 'freshdesk';
  readonly preflight: Preflight;
  readonly client: FreshdeskClient;
  private readonly catalogue: FieldCatalogue;
  private readonly agents: AgentDirectory;
  private readonly lookup: TicketLookup;
  private readonly tickets: TicketWriter;
  private readonly groups: GroupWriter;
  private readonly fields: FieldWriter;
  private readonly contacts: ContactWriter;
  private readonly companies: CompanyWriter;
  private readonly solutionsReader: SolutionsReader;
  private readonly solutions: SolutionsWriter;

  constructor(settings: FreshdeskSettings, tuning: Tuning = DEFAULT_TUNING) {
    this.client = new FreshdeskClient(settings, tuning);
    this.catalogue = new FieldCatalogue(this.client);
    this.agents = new AgentDirectory(this.client);
    const helpers = new HelperFields(this.client, this.catalogue);
    this.lookup = new TicketLookup(this.client, helpers);
    this.tickets = new TicketWriter({ client: this.client, catalogue: this.catalogue, helpers, lookup: this.lookup });
    this.groups = new GroupWriter(this.client);
    this.fields = new FieldWriter(this.client, this.catalogue);
    this.contacts = new ContactWriter(this.client, this.catalogue);
    this.companies = new CompanyWriter(this.client, this.catalogue);
    this.solutionsReader = new SolutionsReader(this.client);
    this.solutions = new SolutionsWriter(this.client, this.solutionsReader);
    this.preflight = freshdeskPreflight(this.client, this.agents, helpers, 'target');
  }

  /**
   * Every entity but tags: Freshdesk has no tag list; tags travel on tickets and contacts. Agents are
   * paid seats, matched by email and never created (`check` matches them the same way). Every article
   * sits in a folder: the engine places the others in the mapping's default.
   */
  readonly sinks: Sinks = {
    agents: { ...this.sink('agents', (items) => matchAgents(items.map((i) => i.record), this.agents)), matchOnly: (records) => matchAgents(records, this.agents) },
    teams: this.sink('teams', (items) => this.groups.write(items)),
    fields: this.sink('fields', (items) => this.fields.write(items)),
    companies: this.sink('companies', (items) => this.companies.write(items)),
    contacts: this.sink('contacts', (items) => this.contacts.write(items), (ids) => this.findContacts(ids)),
    tickets: this.sink('tickets', (items, context) => this.each(items, (item) => this.tickets.write(item.record, item.previous, context)), (ids) => this.findTickets(ids)),
    kb_categories: this.sink('kb_categories', (items, context) => this.each(items, (i) => this.solutions.writeCategory(i, context.options.options.translations))),
    kb_folders: this.sink('kb_folders', (items, context) => this.each(items, (i) => this.solutions.writeFolder(i, context.options.options.translations))),
    articles: {
      ...this.sink('articles', (items, context) => this.each(items, (i) => this.solutions.writeArticle(i, context.options.options.translations))),
      needsFolder: true,
    },
  };

  /** A sink of one-request-per-record writes; `findMany` where Freshdesk can find what this tool wrote. */
  private sink<E extends EntityName>(
    entity: E,
    write: (items: WriteItem<RecordOf[E]>[], context: WriteContext) => Promise<Outcome[]>,
    findMany: (sourceIds: string[]) => Promise<Map<string, Written>> = async () => new Map(),
  ): Sink<RecordOf[E]> {
    return {
      batchSize: BATCH,
      write,
      findWritten: async (sourceId) => (await findMany([sourceId])).get(sourceId),
      findWrittenMany: findMany,
      expectedInTarget: (comparable, record) => expectedInFreshdesk(entity, comparable, record, this.catalogue.ticketTypesSeen()),
    };
  }

  /** Tickets from one pass over the ticket list. */
  private async findTickets(sourceIds: string[]): Promise<Map<string, Written>> {
    const found = new Map<string, Written>();
    for (const [id, ticket] of await this.lookup.find(sourceIds)) if (ticket.complete) found.set(id, { targetId: String(ticket.id) });
    return found;
  }

  /** Contacts one query each. */
  private async findContacts(sourceIds: string[]): Promise<Map<string, Written>> {
    const found = new Map<string, Written>();
    for (const id of sourceIds) {
      const contact = await this.contacts.find(id);
      if (contact) found.set(id, { targetId: String(contact.id) });
    }
    return found;
  }

  async matchAgent(email: string): Promise<string | undefined> {
    const agent = await this.agents.byEmail(email);
    return agent ? String(agent.id) : undefined;
  }

  async close(): Promise<void> {}

  private async each<R>(items: WriteItem<R>[], write: (item: WriteItem<R>) => Promise<Outcome>): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const item of items) outcomes.push(await write(item));
    return outcomes;
  }
}
