/**
 * bench/api-throughput: a full Intercom → Zendesk migration, simulator to simulator, at realistic
 * latency and rate limits (issue 14). Real time: the simulators' windows are the platforms' own
 * (Intercom 10 s, Zendesk one minute), so the figures are what a user would see. Prints, per setting
 * and per API budget: requests, 429s, busy share (requests ÷ (limit × wall)), and the run's wall time
 * against its lower bound (the busiest budget's calls ÷ its permitted rate), and against the bound
 * at the pace the run keeps alone on a budget (sustainedShare).
 * With BENCH_TIMELINE=1, the Intercom and Support requests of each 20-second slice (BENCH_SLICE_S sets
 * another length). Asserts nothing.
 *
 * Usage: npx tsx bench/api-throughput.ts [setting,… | all] [contacts] [conversations]
 * Settings: base-40, base-150 (Intercom 1,000/10 s, Zendesk 400/min), intercom-binds (166/10 s,
 * Zendesk 2,500/min), zendesk-binds (Intercom 1,000/10 s, Zendesk 200/min); suffix +bulk turns on the
 * account's bulk user import, +bg30 adds a background consumer at 30 % of the Zendesk limit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMapping } from '../src/config/load-mapping.js';
import { sustainedShare } from '../src/http/index.js';
import { migrate } from '../src/engine/migrate.js';
import { silentLogger } from '../src/log/logger.js';
import type { IntercomConnection } from '../src/platforms/intercom/connection.js';
import { IntercomSource } from '../src/platforms/intercom/source.js';
import { zendeskSettings, type ZendeskConnection } from '../src/platforms/zendesk/index.js';
import { DEFAULT_TUNING } from '../src/platforms/zendesk/settings.js';
import { ZendeskTarget } from '../src/platforms/zendesk/target.js';
import { generateIntercomWorkspace, startIntercomSim } from '../test/sim/intercom/index.js';
import { startZendeskSim } from '../test/sim/zendesk/index.js';

interface Setting {
  name: string;
  latencyMs: number;
  intercomPer10s: number;
  zendeskPerMinute: number;
}

const SETTINGS: Setting[] = [
  { name: 'base-40', latencyMs: 40, intercomPer10s: 1000, zendeskPerMinute: 400 },
  { name: 'base-150', latencyMs: 150, intercomPer10s: 1000, zendeskPerMinute: 400 },
  { name: 'intercom-binds', latencyMs: 40, intercomPer10s: 166, zendeskPerMinute: 2500 },
  { name: 'zendesk-binds', latencyMs: 40, intercomPer10s: 1000, zendeskPerMinute: 200 },
];

/** Timeline slice (BENCH_SLICE_S seconds, default 20). */
const SLICE_MS = Number(process.env.BENCH_SLICE_S ?? 20) * 1000;

const [which = 'base-40', contactsArg = '120', conversationsArg = '120'] = process.argv.slice(2);
const contacts = Number(contactsArg);
const conversations = Number(conversationsArg);
const wanted = which === 'all' ? SETTINGS.map((s) => s.name) : which.split(',');

for (const spec of wanted) {
  const [name, ...flags] = spec.split('+');
  const setting = SETTINGS.find((s) => s.name === name);
  if (!setting) throw new Error(`unknown setting ${spec}; one of ${SETTINGS.map((s) => s.name).join(', ')}`);
  await bench(setting, { bulk: flags.includes('bulk'), background: flags.includes('bg30') ? 0.3 : 0 }, spec);
}

async function bench(setting: Setting, knobs: { bulk: boolean; background: number }, label: string): Promise<void> {
  const generated = generateIntercomWorkspace({ seed: 7, contacts, conversations, tickets: 10, companies: 5, longThreadParts: 8, longTicketParts: 8 });
  const intercom = await startIntercomSim({ seed: generated.workspace, rateLimit: { limit: setting.intercomPer10s, windowMs: 10_000 }, faults: { latencyMs: setting.latencyMs } });
  const zendesk = await startZendeskSim({
    rateLimit: { supportPerMinute: setting.zendeskPerMinute, helpCenterPerMinute: setting.zendeskPerMinute, ...(knobs.background ? { backgroundShare: knobs.background } : {}) },
    bulkUserImport: knobs.bulk,
    faults: { latencyMs: setting.latencyMs },
  });
  const work = mkdtempSync(join(tmpdir(), 'api-throughput-'));
  try {
    zendesk.seed({
      locales: { enabled: ['en-us', 'fr', 'de'], default: 'en-us' },
      users: generated.workspace.admins!.map((a) => ({ name: a.name, email: a.email, role: 'agent' as const })),
    });
    const yaml =
      `source:\n  platform: intercom\n  token: \${INTERCOM_TOKEN}\n  base_url: ${intercom.url}\n  requests_per_minute: ${setting.intercomPer10s * 6}\n` +
      `target:\n  platform: zendesk\n  base_url: ${zendesk.url}\n  email: ${zendesk.options.email}\n  token: \${ZD_TOKEN}\n  requests_per_minute: ${setting.zendeskPerMinute}\n` +
      'options:\n  tag: from_intercom\n';
    const m = parseMapping(yaml, 'bench.yml', { INTERCOM_TOKEN: 'test-token', ZD_TOKEN: 'sim-api-token' }).mapping;
    const source = new IntercomSource(m.source as IntercomConnection, silentLogger, {});
    const target = new ZendeskTarget(zendeskSettings(m.target as unknown as ZendeskConnection), DEFAULT_TUNING);
    const started = Date.now();
    let summary;
    try {
      summary = await migrate({ mode: 'full', mapping: m, source, target, stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log: silentLogger });
    } finally {
      await Promise.all([source.close(), target.close()]);
    }
    const wallS = (Date.now() - started) / 1000;
    const budgets = [
      { budget: 'intercom', log: intercom.server.log, perSecond: setting.intercomPer10s / 10 },
      { budget: 'zendesk-support', log: zendesk.server.log.filter((r) => !r.path.includes('/help_center/')), perSecond: setting.zendeskPerMinute / 60 },
      { budget: 'zendesk-help-center', log: zendesk.server.log.filter((r) => r.path.includes('/help_center/')), perSecond: setting.zendeskPerMinute / 60 },
    ].map(({ budget, log, perSecond }) => ({
      budget,
      requests: log.length,
      '429s': log.filter((r) => r.status === 429).length,
      busyShare: round(log.length / (perSecond * wallS)),
      lowerBoundS: round(log.length / perSecond),
      // What the run may use when nothing else calls: the pace the limiter keeps alone on the budget.
      lowerBoundAtPaceS: round(log.length / (perSecond * sustainedShare(1, budget !== 'zendesk-help-center'))),
    }));
    const binding = budgets.reduce((a, b) => (b.lowerBoundS > a.lowerBoundS ? b : a));
    // Zendesk Support requests in each slice of the run, and what they were: where the
    // binding budget sat idle, and which phase it was.
    const slices: { at: number; support: number; intercom: number; kinds: Record<string, number> }[] = [];
    const sliceAt = (arrival: number | undefined) => {
      const slice = Math.floor(((arrival ?? started) - started) / SLICE_MS);
      while (slices.length <= slice) slices.push({ at: (slices.length * SLICE_MS) / 1000, support: 0, intercom: 0, kinds: {} });
      return slice;
    };
    intercom.server.arrivals.forEach((arrival) => slices[sliceAt(arrival)]!.intercom++);
    zendesk.server.log.forEach((r, i) => {
      if (r.path.includes('/help_center/')) return;
      const slice = sliceAt(zendesk.server.arrivals[i]);
      const entry = slices[slice]!;
      entry.support++;
      const kind = `${r.method} ${r.path.split('/').slice(3, 5).join('/')}`;
      entry.kinds[kind] = (entry.kinds[kind] ?? 0) + 1;
    });
    const totals = summary.totals;
    console.log(
      JSON.stringify({
        bench: 'api-throughput',
        setting: label,
        latencyMs: setting.latencyMs,
        dataset: { contacts: summary.entities.contacts?.read, conversations: summary.entities.tickets?.read, articles: summary.entities.articles?.read },
        records: { migrated: totals.migrated, failed: totals.failed, skipped: totals.skipped },
        wallS: round(wallS),
        lowerBoundS: binding.lowerBoundS,
        wallOverLowerBound: round(wallS / binding.lowerBoundS),
        wallOverPaceBound: round(wallS / binding.lowerBoundAtPaceS),
        binding: binding.budget,
        budgets,
      }),
    );
    if (process.env.BENCH_TIMELINE) for (const slice of slices) console.log(JSON.stringify(slice));
  } finally {
    await Promise.all([intercom.close(), zendesk.close()]);
    rmSync(work, { recursive: true, force: true });
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
