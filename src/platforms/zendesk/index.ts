/**
 * `platform: zendesk` — Zendesk Support and Help Center (Guide), as a source and as a target.
 *
 * ```yaml
 * target:
 *   platform: zendesk
 *   subdomain: acme            # or base_url: https://acme.zendesk.com
 *   email: admin@acme.com
 *   token: ${ZENDESK_API_TOKEN}  # or oauth_token: ${ZENDESK_OAUTH_TOKEN}
 * ```
 */
import { z } from 'zod';
import { tuningOf, type PlatformContext, type PlatformDescriptor } from '../descriptor.js';
import { DEFAULT_TUNING, type ZendeskSettings } from './settings.js';
import { ZendeskSource } from './source.js';
import { ZendeskTarget } from './target.js';

const share = z.number().gt(0).max(1);

const connection = z
  .object({
    platform: z.literal('zendesk'),
    subdomain: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/i, 'must be the account name only, e.g. acme for acme.zendesk.com')
      .optional()
      .describe('Account subdomain: acme for https://acme.zendesk.com.'),
    base_url: z.url().optional().describe('Full base URL; overrides the subdomain (a sandbox, a proxy, a test server).'),
    email: z.email().optional().describe('Email of the admin the API token belongs to.'),
    token: z.string().min(1).optional().describe('API token (Admin Center > Apps and integrations > Zendesk API), from ${ENV}.'),
    oauth_token: z.string().min(1).optional().describe('OAuth access token, instead of email + token, from ${ENV}.'),
    requests_per_minute: z
      .number()
      .int()
      .positive()
      .default(400)
      .describe("The account's API limit per minute (Team 200, Growth/Professional 400, Enterprise 700, High Volume 2500)."),
    budget_share: share.default(1).describe('Upper bound on the share of the Support API budget this migration may use. Without it the migration takes what the rate-limit headers show is unused, keeping free for your other integrations 10 % of the budget for the part of each window still ahead (all 10 % at its start, none at its end), and more when they use more; set it lower to cap the migration further.'),
    help_center_budget_share: share.default(1).describe('Upper bound on the share of the separate Help Center API budget this migration may use (10 % of each window is left to others in any case).'),
    archive_immediately: z.boolean().default(false).describe('Import closed tickets straight into the archive (suggested above 750,000 tickets).'),
    brand_id: z.number().int().positive().optional().describe('Brand of imported tickets; the default brand when absent.'),
    permission_group_id: z.number().int().positive().optional().describe("Guide permission group of created articles; the account's first when absent."),
    user_segment_id: z.number().int().positive().nullable().default(null).describe('User segment of created articles; null makes them visible to everyone.'),
    locale: z.string().min(2).optional().describe('Help Center locale for content whose locale is not enabled; the Help Center default when absent.'),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!c.subdomain && !c.base_url) ctx.addIssue({ code: 'custom', path: ['subdomain'], message: 'set subdomain (acme for acme.zendesk.com) or base_url' });
    const token = c.email !== undefined || c.token !== undefined;
    if (token && c.oauth_token) ctx.addIssue({ code: 'custom', path: ['oauth_token'], message: 'use email + token or oauth_token, not both' });
    else if (!c.oauth_token && (!c.email || !c.token)) {
      ctx.addIssue({ code: 'custom', path: [c.email ? 'token' : 'email'], message: 'set email and token (an API token), or oauth_token' });
    }
  });

export type ZendeskConnection = z.output<typeof connection>;

export function zendeskSettings(c: ZendeskConnection): ZendeskSettings {
  const baseUrl = (c.base_url ?? `https://${c.subdomain}.zendesk.com`).replace(/\/+$/, '');
  const authorization = c.oauth_token
    ? `Bearer ${c.oauth_token}`
    : `Basic ${Buffer.from(`${c.email}/token:${c.token}`).toString('base64')}`;
  const settings: ZendeskSettings = {
    baseUrl,
    authorization,
    secrets: [c.token, c.oauth_token].filter((s): s is string => !!s),
    requestsPerMinute: c.requests_per_minute,
    budgetShare: c.budget_share,
    helpCenterBudgetShare: c.help_center_budget_share,
    archiveImmediately: c.archive_immediately,
    userSegmentId: c.user_segment_id,
  };
  if (c.brand_id !== undefined) settings.brandId = c.brand_id;
  if (c.permission_group_id !== undefined) settings.permissionGroupId = c.permission_group_id;
  if (c.locale !== undefined) settings.locale = c.locale.toLowerCase();
  return settings;
}

/** Settings, with the derived Basic credential reported so the runtime masks it like the token. */
function settingsFor(c: ZendeskConnection, context: PlatformContext): ZendeskSettings {
  const settings = zendeskSettings(c);
  const credential = settings.authorization.replace(/^\w+\s+/, '');
  for (const secret of [settings.authorization, credential]) context.secret?.(secret);
  return settings;
}

export const zendeskPlatform: PlatformDescriptor<ZendeskConnection> = {
  name: 'zendesk',
  title: 'Zendesk (Support and Help Center)',
  connection,
  secretKeys: ['token', 'oauth_token'],
  createSource: (c, context) => new ZendeskSource(settingsFor(c, context), tuningOf('zendesk', DEFAULT_TUNING, context)),
  createTarget: (c, context) => new ZendeskTarget(settingsFor(c, context), tuningOf('zendesk', DEFAULT_TUNING, context)),
  identity: (c) => zendeskSettings(c).baseUrl,
};
