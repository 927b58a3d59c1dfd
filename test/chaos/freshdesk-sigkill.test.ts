/**
 * Intercom → Freshdesk killed with SIGKILL at 16 seeded points and resumed each time ends with the
 * same Freshdesk account as an uninterrupted run, and never holds a record twice on the way. The
 * migration runs in a child process (`run-migration.ts` with CHAOS_TARGET=freshdesk: the registry and
 * `run()` as the CLI uses them); the simulators run here, behind the proxies of kill-switch.ts (its
 * second proxy, named for Zendesk, fronts Freshdesk), which kill the child at an exact request.
 *
 * Kill points are drawn per phase, in the order a run meets them: start-up (before the first or second
 * request of the run), people and fields written to Freshdesk, Intercom reads, tickets (creates, their
 * notes and the conversation reads that complete an interrupted one), the final update that gives a
 * ticket its status and marks it whole, and Solutions writes. Each is "the n-th request of that phase
 * in this attempt", killed before the request leaves, after Freshdesk acted on it but before the
 * answer arrives (a lost answer to a write), or a few milliseconds after the answer. Points are
 * counted in requests, never in time, so the test does not depend on how fast a process starts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../support/workspace.js';
import { withChaosSims } from './chaos-sims.js';
import { chaosWorkspace } from './harness.js';
import { duplicatesInFreshdesk, FD_CHAOS_ENV, normalizedFreshdesk, startFreshdesk } from './freshdesk-harness.js';
import { decider, killPoints, type KillPlan, type Phases } from './kill-points.js';
import { KillSwitch, type SeenRequest } from './kill-switch.js';

type Phase = 'startup' | 'people' | 'reads' | 'tickets' | 'ticket_update' | 'solutions';
const PHASES: Phase[] = ['startup', 'people', 'reads', 'tickets', 'ticket_update', 'solutions'];
/** Source reads go on while people are written: both give way to tickets, and tickets to Solutions. */
const RANK: Record<Phase, number> = { startup: 0, people: 1, reads: 1, tickets: 2, ticket_update: 2, solutions: 3 };

/** The phase a request belongs to; undefined for lookups that belong to none (lists, field reads). */
function phaseOf(r: SeenRequest): Phase | undefined {
  if (r.side === 'intercom') return 'reads';
  if (/^\/api\/v2\/solutions\//.test(r.path)) return r.method === 'GET' ? undefined : 'solutions';
  if (r.method === 'PUT' && /^\/api\/v2\/tickets\/\d+$/.test(r.path)) return 'ticket_update';
  if (r.method === 'POST' && /^\/api\/v2\/tickets(\/\d+\/notes)?$/.test(r.path)) return 'tickets';
  if (r.method === 'GET' && /^\/api\/v2\/tickets\/\d+\/conversations$/.test(r.path)) return 'tickets';
  if (r.method !== 'GET' && /^\/api\/v2\/(contacts|companies|groups|contact_fields|company_fields|admin\/ticket_fields)\b/.test(r.path)) return 'people';
  return undefined;
}

/**
 * 16 points: how many per phase, and the largest n drawn (kept below what an attempt has left: a
 * clean run makes 27 people writes, 51 Intercom reads, 112 ticket creates and notes, 17 final
 * updates and 32 Solutions writes).
 */
const PLAN: KillPlan<Phase> = [
  ['startup', 2, 2],
  ['people', 4, 5],
  ['reads', 2, 12],
  ['tickets', 5, 15],
  ['ticket_update', 1, 3],
  ['solutions', 2, 6],
];

const PHASE_RULES: Phases<Phase> = { phaseOf, rank: RANK };

describe('SIGKILL at 16 seeded points, Intercom → Freshdesk', () => {
  const generated = chaosWorkspace();
  const sims = withChaosSims(generated, { killed: startFreshdesk, clean: startFreshdesk });

  test('resumed each time, it ends identical to an uninterrupted run, with no duplicate at any point', async () => {
    const { intercom, killed, clean } = sims;
    const work = tempDir();
    const env = (name: string) => ({ ...FD_CHAOS_ENV, CHAOS_TARGET: 'freshdesk', CHAOS_WORK: join(work, name), CHAOS_BATCH_SIZE: '2' });

    // The uninterrupted run, into its own Freshdesk account.
    const uninterrupted = await KillSwitch.uninterrupted({ intercom: { url: intercom.url }, zendesk: { url: clean.url } }, env('clean'));

    const proxies = await KillSwitch.start({ intercom: { url: intercom.url }, zendesk: { url: killed.url } });
    const hits: { phase: Phase; request: string }[] = [];
    try {
      for (const [i, point] of killPoints(PLAN, 23).entries()) {
        const attempt = await proxies.attempt({ env: env('killed'), decide: decider(point, PHASE_RULES) });
        expect(attempt.killed, `kill ${i} (${point.phase} #${point.at}) did not happen: the run ended with ${attempt.code}\n${attempt.stderr}`).toBe(true);
        const landed = point.phase === 'startup' ? 'startup' : attempt.killedAt ? (phaseOf(attempt.killedAt) ?? 'reads') : 'startup';
        hits.push({ phase: landed, request: attempt.killedAt ? `${attempt.killedAt.method} ${attempt.killedAt.path}` : 'before any request' });
        // Between kills Freshdesk never holds anything twice.
        expect(duplicatesInFreshdesk(killed.store), `after kill ${i} at ${hits.at(-1)?.request}`).toEqual([]);
      }
      const last = await proxies.attempt({ env: env('killed') });
      const failures = () => (existsSync(join(work, 'killed', 'reports', 'failed.csv')) ? readFileSync(join(work, 'killed', 'reports', 'failed.csv'), 'utf8') : '');
      expect(last.code, `${last.stderr}\n${failures()}\nkills: ${JSON.stringify(hits)}`).toBe(0);
      expect(JSON.parse(last.stdout)).toMatchObject({ complete: true, totals: JSON.parse(uninterrupted.stdout).totals });
    } finally {
      await proxies.close();
    }

    // Every phase was hit, a note and a final update among them.
    expect(hits).toHaveLength(16);
    for (const phase of PHASES) expect(hits.filter((h) => h.phase === phase).length, `kills in ${phase}: ${JSON.stringify(hits)}`).toBeGreaterThan(0);
    expect(hits.some((h) => /\/notes$/.test(h.request)), JSON.stringify(hits)).toBe(true);

    expect(duplicatesInFreshdesk(killed.store)).toEqual([]);
    expect(killed.store.tickets.size).toBeGreaterThan(15);
    expect(normalizedFreshdesk(killed.store)).toEqual(normalizedFreshdesk(clean.store));
  }, 120_000);
});
