/**
 * The `source:`/`target:` block for Intercom, and the settings resolved from it. Knobs only tests
 * change (backoff, transport) live in `IntercomTuning`, not in the mapping file.
 */
import { z } from 'zod';
import type { HttpClientOptions } from '../../http/index.js';

/** API hosts per data-hosting region (the workspace's region decides; a wrong one answers 401). */
export const REGION_BASE_URLS = {
  us: 'https://api.intercom.io',
  eu: 'https://api.eu.intercom.io',
  au: 'https://api.au.intercom.io',
} as const;

export const DEFAULT_PLACEHOLDER =
  'This conversation was started by our support team; their first message follows. (Imported history.)';

export const intercomConnection = z
  .object({
    platform: z.literal('intercom'),
    token: z.string().min(1).describe('Access token of an Intercom app (Developer Hub → your app → Configure → Authentication).'),
    region: z.enum(['us', 'eu', 'au']).default('us').describe('Where the workspace is hosted: us, eu or au.'),
    base_url: z.string().url().optional().describe('Overrides the regional API host (proxies, tests).'),
    version: z.string().min(1).default('2.16').describe('Intercom-Version header sent with every request.'),
    budget_share: z
      .number()
      .gt(0)
      .max(1)
      .default(1)
      .describe("Upper bound on the share of the workspace's API rate limit this migration may use. Without it the migration takes what the rate-limit headers show is unused, keeping free for your other integrations 10 % of the budget for the part of each window still ahead (all 10 % at its start, none at its end), and more when they use more; set it lower to cap the migration further."),
    requests_per_minute: z
      .number()
      .int()
      .min(60)
      .default(10_000)
      .describe("The app's rate limit (Intercom's default for private apps is 10,000 per minute, enforced per 10 seconds)."),
    concurrency: z.number().int().min(1).max(16).default(4).describe('Records written at the same time within a batch.'),
    first_message_placeholder: z
      .string()
      .min(1)
      .default(DEFAULT_PLACEHOLDER)
      .describe('Opening customer message of a conversation whose history starts with an agent (Intercom conversations must start from a contact).'),
  })
  .strict();

export type IntercomConnection = z.output<typeof intercomConnection>;

/** Test-only knobs: transport and retry timing. */
export interface IntercomTuning {
  http?: Pick<HttpClientOptions, 'fetch' | 'sleep' | 'baseDelayMs' | 'maxDelayMs' | 'maxAttempts' | 'timeoutMs' | 'deadlineMs' | 'signal' | 'random'>;
  /** How long to wait for another company scroll to expire before giving up (Intercom: 1 minute idle). */
  scrollWaitMs?: number;
  scrollPollMs?: number;
}

export function baseUrlOf(connection: IntercomConnection): string {
  return (connection.base_url ?? REGION_BASE_URLS[connection.region]).replace(/\/+$/, '');
}
