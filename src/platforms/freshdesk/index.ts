/**
 * `platform: freshdesk` — Freshdesk (API v2) tickets, contacts, companies, groups and Solutions, as a
 * source and as a target.
 *
 * ```yaml
 * target:
 *   platform: freshdesk
 *   domain: acme                     # or base_url: https://acme.freshdesk.com
 *   api_key: ${FRESHDESK_API_KEY}
 *   plan: growth                     # trial | growth | pro | enterprise | 1000 | 2000
 *   original_dates:                  # Freshdesk sets every date itself: where the originals go
 *     note_first_line: true
 *     ticket_field: Original created at
 * ```
 */
import { z } from 'zod';
import { tuningOf, type PlatformContext, type PlatformDescriptor } from '../descriptor.js';
import { DEFAULT_TUNING, PLAN_BUDGETS, type FreshdeskSettings, type Plan } from './settings.js';
import { FreshdeskSource } from './source.js';
import { FreshdeskTarget } from './target.js';

const PLANS = Object.keys(PLAN_BUDGETS) as [Plan, ...Plan[]];

const connection = z
  .object({
    platform: z.literal('freshdesk'),
    domain: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/i, 'must be the account name only, e.g. acme for acme.freshdesk.com')
      .optional()
      .describe('Account domain: acme for https://acme.freshdesk.com (custom CNAMEs do not serve the API).'),
    base_url: z.url().optional().describe('Full base URL; overrides the domain (a test server, a proxy).'),
    api_key: z.string().min(1).describe("API key of an admin agent (Profile settings > Your API key), from ${ENV}."),
    plan: z.enum(PLANS).default('growth').describe('The account plan, for its per-minute API budget and sub-limits (trial 50, growth 200, pro 400, enterprise 700, or a purchased 1000/2000).'),
    requests_per_minute: z.number().int().positive().optional().describe("The account's calls per minute, when it differs from the plan's."),
    budget_share: z.number().gt(0).max(1).default(1).describe('Upper bound on the share of the API budget this migration may use. Without it the migration takes what the rate-limit headers show is unused, leaving 10 % of each window to your other integrations (and less when they use more); set it lower to cap the migration further.'),
    original_dates: z
      .object({
        note_first_line: z.boolean().default(true).describe('Start each migrated message with "Originally written <date>".'),
        ticket_field: z.string().min(1).nullable().default('Original created at').describe('Label of a ticket date field for the original creation date; null for none.'),
      })
      .strict()
      .prefault({})
      .describe('Freshdesk sets the date of every ticket and note it is given: where the original dates go.'),
    source_id_field: z.string().min(1).default('Desk migrate source id').describe('Label of the ticket text field holding the source id, by which written tickets are found again.'),
    create_helper_fields: z.boolean().default(true).describe('Create the source-id and original-date ticket fields when the account lacks them.'),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!c.domain && !c.base_url) ctx.addIssue({ code: 'custom', path: ['domain'], message: 'set domain (acme for acme.freshdesk.com) or base_url' });
  });

export type FreshdeskConnection = z.output<typeof connection>;

export function freshdeskSettings(c: FreshdeskConnection): FreshdeskSettings {
  const budgets = { ...PLAN_BUDGETS[c.plan] };
  if (c.requests_per_minute !== undefined) budgets.total = c.requests_per_minute;
  return {
    baseUrl: (c.base_url ?? `https://${c.domain}.freshdesk.com`).replace(/\/+$/, ''),
    authorization: `Basic ${Buffer.from(`${c.api_key}:X`).toString('base64')}`,
    secrets: [c.api_key],
    budgets,
    budgetShare: c.budget_share,
    originalDates: { noteFirstLine: c.original_dates.note_first_line, ticketField: c.original_dates.ticket_field },
    sourceIdField: c.source_id_field,
    createHelperFields: c.create_helper_fields,
  };
}

/** Settings, with the derived Basic credential reported so the runtime masks it like the key. */
function settingsFor(c: FreshdeskConnection, context: PlatformContext): FreshdeskSettings {
  const settings = freshdeskSettings(c);
  const credential = settings.authorization.replace(/^\w+\s+/, '');
  for (const secret of [settings.authorization, credential]) context.secret?.(secret);
  return settings;
}

export const freshdeskPlatform: PlatformDescriptor<FreshdeskConnection> = {
  name: 'freshdesk',
  title: 'Freshdesk (tickets and Solutions)',
  connection,
  secretKeys: ['api_key'],
  createSource: (c, context) => new FreshdeskSource(settingsFor(c, context), tuningOf('freshdesk', DEFAULT_TUNING, context)),
  createTarget: (c, context) => new FreshdeskTarget(settingsFor(c, context), tuningOf('freshdesk', DEFAULT_TUNING, context)),
  // The account is its API base URL: the domain and base_url forms of one account are one identity.
  identity: (c) => freshdeskSettings(c).baseUrl,
};
