/**
 * Intercom → Zendesk killed with SIGKILL at 20 seeded points and resumed each time ends with the same
 * Zendesk account as an uninterrupted run, and never holds a record twice on the way. The migration
 * runs in a child process (`run-migration.ts`, the registry and `run()` as the CLI uses them); the
 * simulators run here, behind proxies that kill the child at an exact request (see kill-switch.ts).
 *
 * Kill points are drawn per phase, in the order a run meets them: start-up (before the first or second
 * request of the run, whatever it is), people and fields written to Zendesk, source reads, ticket imports (uploads, the import
 * job and its status polls) and Help Center writes. Each is "the n-th request of that phase in this
 * attempt", killed before the request leaves, after Zendesk acted on it but before the answer arrives
 * (a lost answer to a write), or a few milliseconds after the answer (mid-batch, mid-journal-append).
 * The Zendesk accounts run their import jobs in the background, as Zendesk does: a job whose client
 * died still writes its tickets, which only the checkpoint's write intents can tell the next run about.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../support/workspace.js';
import { withChaosSims } from './chaos-sims.js';
import { CHAOS_ENV, chaosWorkspace, duplicatesIn, normalizedStore, startZendesk } from './harness.js';
import { decider, killPoints, type KillPlan, type Phases } from './kill-points.js';
import { KillSwitch, type SeenRequest } from './kill-switch.js';

type Phase = 'startup' | 'people' | 'reads' | 'tickets' | 'help_center';
const PHASES: Phase[] = ['startup', 'people', 'reads', 'tickets', 'help_center'];
/** Source reads go on while people are written: both give way to tickets, and tickets to the Help Center. */
const RANK: Record<Phase, number> = { startup: 0, people: 1, reads: 1, tickets: 2, help_center: 3 };

/** The phase a request belongs to; undefined for lookups that belong to none (lists, searches). */
function phaseOf(r: SeenRequest): Phase | undefined {
  if (r.side === 'intercom') return 'reads';
  if (/\/help_center\//.test(r.path)) return r.method === 'GET' ? undefined : 'help_center';
  if (r.method === 'POST' && /\/api\/v2\/(uploads|imports\/tickets\/create_many)/.test(r.path)) return 'tickets';
  if (r.method === 'GET' && (/\/api\/v2\/job_statuses\/[^/]+$/.test(r.path) || /\/api\/v2\/tickets\/\d+\/comments/.test(r.path))) return 'tickets';
  if (r.method !== 'GET' && /\/api\/v2\/(users|organizations|organization_memberships|groups|group_memberships|ticket_fields|user_fields|organization_fields)\b/.test(r.path)) {
    return 'people';
  }
  return undefined;
}

/** 20 points: how many per phase, and the largest n drawn (kept below what an attempt always has left). */
const PLAN: KillPlan<Phase> = [
  ['startup', 2, 2],
  ['people', 4, 6],
  ['reads', 3, 25],
  ['tickets', 7, 5],
  ['help_center', 4, 3],
];

/**
 * A ticket with many files makes as many uploads before every attempt at its batch: counting them
 * would put kill after kill in the same uploads.
 */
const PHASE_RULES: Phases<Phase> = { phaseOf, rank: RANK, counted: (r) => !(r.method === 'POST' && r.path === '/api/v2/uploads') };

describe('SIGKILL at 20 seeded points, Intercom → Zendesk', () => {
  const generated = chaosWorkspace();
  const sims = withChaosSims(generated, { killed: startZendesk, clean: startZendesk });

  test('resumed each time, it ends identical to an uninterrupted run, with no duplicate at any point', async () => {
    const { intercom, killed, clean } = sims;
    const work = tempDir();
    const env = (name: string) => ({ ...CHAOS_ENV, CHAOS_WORK: join(work, name), CHAOS_BATCH_SIZE: '2' });

    // The uninterrupted run, into its own Zendesk account.
    const uninterrupted = await KillSwitch.uninterrupted({ intercom: { url: intercom.url }, zendesk: { url: clean.url } }, env('clean'));

    const proxies = await KillSwitch.start({ intercom: { url: intercom.url }, zendesk: { url: killed.url } });
    const hits: { phase: Phase; request: string }[] = [];
    try {
      for (const [i, point] of killPoints(PLAN, 20).entries()) {
        const attempt = await proxies.attempt({ env: env('killed'), decide: decider(point, PHASE_RULES) });
        expect(attempt.killed, `kill ${i} (${point.phase} #${point.at}) did not happen: the run ended with ${attempt.code}\n${attempt.stderr}`).toBe(true);
        const landed = point.phase === 'startup' ? 'startup' : attempt.killedAt ? (phaseOf(attempt.killedAt) ?? 'reads') : 'startup';
        hits.push({ phase: landed, request: attempt.killedAt ? `${attempt.killedAt.method} ${attempt.killedAt.path}` : 'before any request' });
        // Between kills Zendesk never holds anything twice.
        expect(duplicatesIn(killed.store), `after kill ${i} at ${hits.at(-1)?.request}`).toEqual([]);
      }
      const last = await proxies.attempt({ env: env('killed') });
      expect(last.code, last.stderr).toBe(0);
      expect(JSON.parse(last.stdout)).toMatchObject({ complete: true, totals: JSON.parse(uninterrupted.stdout).totals });
    } finally {
      await proxies.close();
    }

    // Every phase was hit, the import jobs and the Help Center writes included.
    expect(hits).toHaveLength(20);
    for (const phase of PHASES) expect(hits.filter((h) => h.phase === phase).length, `kills in ${phase}: ${JSON.stringify(hits)}`).toBeGreaterThan(0);
    expect(hits.some((h) => h.request.includes('create_many') || h.request.includes('job_statuses'))).toBe(true);

    expect(duplicatesIn(killed.store)).toEqual([]);
    expect(killed.store.tickets.size).toBeGreaterThan(15);
    expect(normalizedStore(killed.store, killed.url)).toEqual(normalizedStore(clean.store, clean.url));
  }, 150_000);
});
