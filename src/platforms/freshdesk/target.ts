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
import type { Agent, AnyRecord, Article, Company, Contact, FieldDef, KbCategory, KbFolder, RecordOf, Team, Ticket } from '../../model/records.js';
import type { Target, WriteContext, WriteItem, Written } from '../contracts.js';
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

export const FRESHDESK_TARGET_ENTITIES: readonly EntityName[] = ['agents', 'teams', 'fields', 'companies', 'contacts', 'tickets', 'kb_categories', 'kb_folders', 'articles'];

/** Freshdesk has no bulk create: one request per record, so a batch is only a checkpoint step. */
const BATCH = 20;

export class FreshdeskTarget implements Target {
  readonly platform = 'freshdesk';
  /** Every entity but tags: Freshdesk has no tag list; tags travel on tickets and contacts. */
  readonly entities = FRESHDESK_TARGET_ENTITIES;
  readonly createsAgents = false;
  /** Every Freshdesk article sits in a folder: the engine places the others in the mapping's default. */
  readonly articlesNeedFolder = true;
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

  /** Agents are paid seats, matched by email and never created: `check` matches them the same way. */
  async matchOnly(entity: EntityName, records: AnyRecord[]): Promise<Outcome[] | undefined> {
    return entity === 'agents' ? matchAgents(records as Agent[], this.agents) : undefined;
  }

  batchSize(): number {
    return BATCH;
  }

  async write<E extends EntityName>(entity: E, items: WriteItem<RecordOf[E]>[], context: WriteContext): Promise<Outcome[]> {
    const translations = context.options.options.translations;
    switch (entity) {
      case 'agents':
        return matchAgents(items.map((i) => i.record as Agent), this.agents);
      case 'teams':
        return this.groups.write(items as WriteItem<Team>[]);
      case 'fields':
        return this.fields.write(items as WriteItem<FieldDef>[]);
      case 'companies':
        return this.companies.write(items as WriteItem<Company>[]);
      case 'contacts':
        return this.contacts.write(items as WriteItem<Contact>[]);
      case 'tickets': {
        const outcomes: Outcome[] = [];
        for (const item of items as WriteItem<Ticket>[]) outcomes.push(await this.tickets.write(item.record, item.previous, context));
        return outcomes;
      }
      case 'kb_categories':
        return this.each(items as WriteItem<KbCategory>[], (i) => this.solutions.writeCategory(i, translations));
      case 'kb_folders':
        return this.each(items as WriteItem<KbFolder>[], (i) => this.solutions.writeFolder(i, translations));
      case 'articles':
        return this.each(items as WriteItem<Article>[], (i) => this.solutions.writeArticle(i, translations));
      default:
        throw new Error(`the Freshdesk target cannot write ${entity}`);
    }
  }

  async findWritten(entity: EntityName, sourceId: string): Promise<Written | undefined> {
    return (await this.findWrittenMany(entity, [sourceId])).get(sourceId);
  }

  /** Tickets from one pass over the ticket list; contacts one query each. */
  async findWrittenMany(entity: EntityName, sourceIds: string[]): Promise<Map<string, Written>> {
    const found = new Map<string, Written>();
    if (entity === 'tickets') {
      for (const [id, ticket] of await this.lookup.find(sourceIds)) if (ticket.complete) found.set(id, { targetId: String(ticket.id) });
    } else if (entity === 'contacts') {
      for (const id of sourceIds) {
        const contact = await this.contacts.find(id);
        if (contact) found.set(id, { targetId: String(contact.id) });
      }
    }
    return found;
  }

  expectedInTarget(entity: EntityName, comparable: Record<string, unknown>, record: AnyRecord): Record<string, unknown> {
    return expectedInFreshdesk(entity, comparable, record, this.catalogue.ticketTypesSeen());
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
