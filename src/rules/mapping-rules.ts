/**
 * The mapping file's rules that hold whatever the platforms: how agents, teams, fields and values map,
 * defaults, options, the knowledge base, demo sizes and filters. Platforms may import this module (their
 * options are typed by it); it imports no platform, so the registry is not reached from here. The full
 * schema, with each platform's connection block, is composed in schema.ts.
 */
import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';
import { ENTITY_ORDER } from '../model/entities.js';
import { parseCalendarDate } from './calendar-date.js';
import { VALUE_PLACEHOLDER } from './value-placeholder.js';

const TICKET_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

/** Extensions help desks refuse as attachments (Intercom's and Zendesk's published lists). */
const DEFAULT_BLOCKED_EXTENSIONS = [
  'ade', 'adp', 'apk', 'appx', 'bat', 'cab', 'chm', 'cmd', 'com', 'cpl', 'dll', 'dmg', 'exe', 'hta', 'ins', 'isp',
  'iso', 'jar', 'js', 'jse', 'lib', 'lnk', 'mde', 'msc', 'msi', 'msp', 'mst', 'nsh', 'pif', 'ps1', 'scr', 'sct',
  'shb', 'sys', 'vb', 'vbe', 'vbs', 'vxd', 'wsc', 'wsf', 'wsh',
];

/** A date filter: YYYY-MM-DD or a full ISO-8601 instant, read strictly (no 30 February). */
const instant = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    const parsed = value instanceof Date ? { ok: true as const, date: value } : parseCalendarDate(value.trim());
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: `${VALUE_PLACEHOLDER} ${parsed.why}` });
      return z.NEVER;
    }
    return parsed.date.toISOString();
  })
  .meta({ type: 'string', format: 'date-time' } as Record<string, unknown>);

const email = z.string().email();
/** Source value → target value. */
const table = z.record(z.string(), z.string());

const agents = z
  .object({
    table: table.default({}).describe('Source agent email → target agent email, for agents whose email changes.'),
    default: email.optional().describe('Target agent that takes over records of source agents with no match.'),
  })
  .strict()
  .describe('How source agents are matched to target agents: by email, then the table, then the default.');

const teams = z
  .object({
    table: table.default({}).describe('Source team name → target team name.'),
    default: z.string().optional().describe('Target team for source teams with no match.'),
  })
  .strict()
  .describe('How source teams/groups are matched to target teams/groups: by name, then the table, then the default.');

/** Source attribute key → target attribute key; `null` drops the attribute. */
const fieldMap = z.record(z.string(), z.string().nullable());

const fields = z
  .object({ companies: fieldMap, contacts: fieldMap, tickets: fieldMap, articles: fieldMap })
  .partial()
  .strict()
  .describe('Custom attribute mapping per entity: source key → target key (null drops it).');

const values = z
  .object({
    status: z.partialRecord(z.enum(TICKET_STATUSES), z.enum(TICKET_STATUSES)),
    priority: z.partialRecord(z.enum(TICKET_PRIORITIES), z.enum(TICKET_PRIORITIES)),
    type: table,
  })
  .partial()
  .strict()
  .describe('Value maps applied to tickets: source value → target value.');

const defaults = z
  .object({
    tickets: z
      .object({
        status: z.enum(TICKET_STATUSES),
        priority: z.enum(TICKET_PRIORITIES),
        type: z.string(),
        subject: z.string(),
        assignee: email.describe('Target agent for tickets that have no assignee.'),
      })
      .partial()
      .strict(),
    contacts: z.object({ role: z.enum(['user', 'lead']) }).partial().strict(),
  })
  .partial()
  .strict()
  .describe('Values for fields the target requires when the source has none.');

const options = z
  .object({
    attachments: z.boolean().default(true).describe('Migrate attachments of comments and articles.'),
    unsupported_attachments: z
      .enum(['skip', 'fail'])
      .default('skip')
      .describe('An attachment the target refuses: skip it (the record migrates, with a warning) or fail the record.'),
    blocked_extensions: z.array(z.string()).default(DEFAULT_BLOCKED_EXTENSIONS),
    max_attachment_mb: z.number().positive().optional(),
    invalid_phone: z
      .enum(['drop', 'fail', 'keep'])
      .default('drop')
      .describe('A phone number that is not valid: drop it (the contact migrates, with a warning), fail the contact, or send it as is.'),
    default_country: z
      .string()
      .superRefine((code, ctx) => {
        const wanted = `must be a two-letter country code such as US or FR, not ${VALUE_PLACEHOLDER}`;
        // The codes phone numbers can be read for: ISO 3166-1 alpha-2, as libphonenumber knows them.
        if (!/^[A-Z]{2}$/.test(code)) ctx.addIssue({ code: 'custom', message: wanted });
        else if (!isSupportedCountry(code)) ctx.addIssue({ code: 'custom', message: `${wanted}: no country has that code (ISO 3166-1 alpha-2)` });
      })
      .meta({ pattern: '^[A-Z]{2}$' })
      .optional()
      .describe('Country used to read phone numbers written without an international prefix.'),
    translations: z.boolean().default(true).describe('Migrate content translations of articles and KB sections.'),
    tag: z.string().min(1).optional().describe('A tag added to every migrated record, to find them later.'),
    skip_notifications: z.boolean().default(true).describe('Ask the target not to notify customers and agents.'),
    shared_email: z
      .enum(['merge', 'keep_second_without_email'])
      .default('merge')
      .describe(
        'Contacts the target must hold as one (Zendesk keeps one user per email, case-insensitively): merge them (users win over leads, else the earliest; tags and organizations united), or write the second without its email.',
      ),
    closed_tickets: z
      .enum(['closed', 'solved'])
      .default('closed')
      .describe(
        'Status closed history is written with in a target whose closed tickets refuse updates (Zendesk): closed (a later reply goes to a follow-up ticket) or solved (stays updatable).',
      ),
    merge_conversations_into_tickets: z
      .boolean()
      .default(false)
      .describe('Write Intercom conversations and tickets as one ticket entity in the target.'),
    batch_size: z.number().int().min(1).max(1000).optional().describe('Records per write; the platform limit applies.'),
    truncated_threads: z
      .enum(['migrate', 'fail'])
      .default('migrate')
      .describe('A thread the source returns only in part (Intercom keeps the 500 latest parts readable): migrate what can be read, with a warning, or fail it.'),
    request_timeout_seconds: z
      .number()
      .positive()
      .max(600)
      .default(30)
      .describe(
        'A request gives up after this many seconds without an answer (connecting, first byte, or a pause in the body), and after 2.5 times as long in all, retries included; a host that stalls that long stops the run, checkpoint kept.',
      ),
    delta_overlap_minutes: z
      .number()
      .min(0)
      .default(60)
      .describe('A delta run rereads records changed this long before the last run started: APIs index changes late.'),
  })
  .strict();

const knowledgeBase = z
  .object({
    default_category: z.string().min(1).default('Source Default Category'),
    default_folder: z.string().min(1).default('Source Default Folder'),
    category_articles: z
      .enum(['default_category', 'default_folder_in_category'])
      .default('default_category')
      .describe(
        'An article directly in a category (no folder), where the target needs one: to default_category > default_folder, or to a default_folder in its own category.',
      ),
  })
  .strict()
  .describe('Where articles outside a Category > Folder > Article tree go.');

/** A sample of none migrates none of the entity: to leave an entity out, `entities:` says so. */
const sampleSize = z
  .number()
  .int()
  .refine((n) => n >= 1, { message: `must be at least 1, not ${VALUE_PLACEHOLDER}; to leave the entity out, list the entities to migrate under entities:` })
  .meta({ minimum: 1 });

const demo = z
  .object({
    tickets: sampleSize.default(20),
    articles: sampleSize.default(20),
    seed: z.union([z.number().int(), z.string()]).default(1),
  })
  .strict()
  .describe('Sample sizes of the demo migration; the same seed picks the same records.');

const filters = z
  .object({ created_after: instant, created_before: instant, updated_after: instant })
  .partial()
  .strict()
  .superRefine((f, ctx) => {
    // Bounds that no record can meet would skip everything as filtered_out and call it a success.
    if (f.created_after && f.created_before && f.created_before <= f.created_after) {
      ctx.addIssue({
        code: 'custom',
        path: ['created_before'],
        message: 'is not later than filters.created_after, so no record can match and every record would be skipped as filtered_out; swap the two dates or remove one',
      });
    }
  })
  .describe('Only records created or updated in these bounds.');

/** The rule keys of the mapping file, in the order the schema (and its JSON Schema) lists them. */
export const mappingRuleShape = {
  entities: z.array(z.enum(ENTITY_ORDER)).min(1).optional().describe('Entities to migrate; all by default.'),
  agents: agents.prefault({}),
  teams: teams.prefault({}),
  fields: fields.prefault({}),
  values: values.prefault({}),
  defaults: defaults.prefault({}),
  options: options.prefault({}),
  knowledge_base: knowledgeBase.prefault({}),
  demo: demo.prefault({}),
  filters: filters.prefault({}),
};

const mappingRules = z.object(mappingRuleShape);

/** The validated rules, with defaults filled in: a mapping file without its connection blocks. */
export type MappingRules = z.output<typeof mappingRules>;

/** What a target needs to know of the mapping besides its own connection. */
export type MigrationOptions = Pick<MappingRules, 'options' | 'knowledge_base' | 'agents' | 'teams' | 'defaults'>;
