/**
 * API calls per migrated ticket, Intercom → Freshdesk on the simulators: every request the Freshdesk
 * simulator served while the engine wrote tickets, counted by endpoint, against the minimum the
 * Freshdesk API allows for the same tickets. Prints one JSON object; asserts nothing.
 *
 * The minimum: Freshdesk v2 has no bulk ticket create and no bulk note create, and takes neither the
 * thread nor its dates in one call. A ticket therefore costs at least one `POST /api/v2/tickets` (the
 * first message as description, its files as multipart, status, fields and the source id in the same
 * body) plus one `POST /api/v2/tickets/{id}/notes` per further message. Nothing else is required.
 *
 * Usage: npx tsx bench/freshdesk-api-calls.ts [seed]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMapping } from '../src/config/load-mapping.js';
import { migrate } from '../src/engine/migrate.js';
import type { ProgressSink } from '../src/engine/progress.js';
import type { Ticket } from '../src/model/records.js';
import { silentLogger } from '../src/log/logger.js';
import { freshdeskSettings, type FreshdeskConnection } from '../src/platforms/freshdesk/index.js';
import { DEFAULT_TUNING } from '../src/platforms/freshdesk/settings.js';
import { FreshdeskTarget } from '../src/platforms/freshdesk/target.js';
import type { IntercomConnection } from '../src/platforms/intercom/connection.js';
import { IntercomSource } from '../src/platforms/intercom/source.js';
import { startFreshdeskSim } from '../test/sim/freshdesk/index.js';
import { generateIntercomWorkspace, startIntercomSim } from '../test/sim/intercom/index.js';

const seed = Number(process.argv[2] ?? 3);
const generated = generateIntercomWorkspace({ seed, longThreadParts: 40, longTicketParts: 30 });
const intercom = await startIntercomSim({ seed: generated.workspace });
const freshdesk = await startFreshdeskSim({ plan: '2000', features: { multilingual: true, flexibleHierarchy: true }, rateLimit: { perMinute: 100_000, ticketsList: 100_000, contactsList: 100_000, ticketCreate: 100_000, ticketUpdate: 100_000 } });
freshdesk.seed({ agents: generated.workspace.admins!.map((a) => ({ name: a.name, email: a.email })) });

/** The Freshdesk requests made while tickets were written (the log's slice between start and finish). */
let from = 0;
let to = 0;
const progress: ProgressSink = {
  entityStarted: (entity) => void (entity === 'tickets' && (from = freshdesk.server.log.length)),
  recordsSettled: () => {},
  entityFinished: (entity) => void (entity === 'tickets' && (to = freshdesk.server.log.length)),
};

const work = mkdtempSync(join(tmpdir(), 'desk-migrate-bench-freshdesk-'));
const yaml = [
  'source:',
  '  platform: intercom',
  `  base_url: ${intercom.url}`,
  '  token: ${INTERCOM_TOKEN}',
  '  requests_per_minute: 600000',
  'target:',
  '  platform: freshdesk',
  `  base_url: ${freshdesk.url}`,
  '  api_key: ${FD_KEY}',
  "  plan: '2000'",
  '  requests_per_minute: 100000',
  '',
].join('\n');
const m = parseMapping(yaml, 'migration.yml', { INTERCOM_TOKEN: 'test-token', FD_KEY: freshdesk.options.apiKey }).mapping;
const intercomSource = () => new IntercomSource(m.source as IntercomConnection, silentLogger, { http: { baseDelayMs: 5, maxDelayMs: 40 }, scrollPollMs: 20, scrollWaitMs: 3_000 });
const tuning = { ...DEFAULT_TUNING, http: { baseDelayMs: 2, maxDelayMs: 10, timeoutMs: 5_000 } };
const summary = await migrate({ mode: 'full', mapping: m, source: intercomSource(), target: new FreshdeskTarget(freshdeskSettings(m.target as unknown as FreshdeskConnection), tuning), stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log: silentLogger, progress });

const endpoint = (method: string, path: string) => `${method} ${path.split('?')[0]?.replace(/\/\d+(?=\/|$)/g, '/{id}')}`;
const byEndpoint: Record<string, number> = {};
for (const r of freshdesk.server.log.slice(from, to)) byEndpoint[endpoint(r.method, r.path)] = (byEndpoint[endpoint(r.method, r.path)] ?? 0) + 1;

// The minimum for the tickets as read: one create each, one note per message after the first.
const canonical: Ticket[] = [];
for await (const page of intercomSource().streams.tickets!.read({})) canonical.push(...page.records);
const migrated = summary.entities.tickets?.migrated ?? 0;
const messages = canonical.reduce((n, t) => n + t.comments.length, 0);
const minimum = canonical.length + (messages - canonical.length);
const actual = to - from;
const round = (n: number) => Math.round(n * 100) / 100;
console.log(
  JSON.stringify(
    {
      bench: 'freshdesk-api-calls-per-ticket',
      seed,
      tickets: { read: canonical.length, migrated, messages },
      calls: { total: actual, per_ticket: round(actual / migrated), by_endpoint: Object.fromEntries(Object.entries(byEndpoint).sort((a, b) => b[1] - a[1])) },
      minimum: { total: minimum, per_ticket: round(minimum / canonical.length), bound_by: ['POST /api/v2/tickets (one per ticket: no bulk create)', 'POST /api/v2/tickets/{id}/notes (one per further message: no bulk notes)'] },
      overhead_per_ticket: round((actual - minimum) / migrated),
    },
    null,
    2,
  ),
);
await Promise.all([intercom.close(), freshdesk.close()]);
rmSync(work, { recursive: true, force: true });
