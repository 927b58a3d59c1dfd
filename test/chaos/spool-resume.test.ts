/**
 * Killed while writing tickets, with the conversations read ahead into the spool: the resumed
 * process takes them from the spool instead of asking Intercom again, and ends identical to an
 * uninterrupted run. The kill comes at the first ticket import, when every conversation is read
 * (the read runs ahead of the contacts' writes), so nothing of the thread reads is left to do.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SPOOL_FOLDER } from '../../src/engine/page-spool.js';
import { tempDir } from '../support/workspace.js';
import { withChaosSims } from './chaos-sims.js';
import { CHAOS_ENV, chaosWorkspace, duplicatesIn, normalizedStore, startZendesk } from './harness.js';
import { KillSwitch, type SeenRequest } from './kill-switch.js';

/** Intercom requests that read conversations: the list and each thread. */
const threadReads = (requests: SeenRequest[]) => requests.filter((r) => r.side === 'intercom' && /^\/(conversations|tickets)\b/.test(r.path)).length;

describe('a run killed while writing tickets', () => {
  const generated = chaosWorkspace();
  const sims = withChaosSims(generated, { killed: startZendesk, clean: startZendesk });

  test('resumes with the conversations read ahead taken from the spool, not read again', async () => {
    const { intercom, killed, clean } = sims;
    const work = tempDir();
    const env = (name: string) => ({ ...CHAOS_ENV, CHAOS_WORK: join(work, name), CHAOS_BATCH_SIZE: '2' });

    const uninterrupted = await KillSwitch.uninterrupted({ intercom: { url: intercom.url }, zendesk: { url: clean.url } }, env('clean'));

    const proxies = await KillSwitch.start({ intercom: { url: intercom.url }, zendesk: { url: killed.url } });
    try {
      const first = await proxies.attempt({
        env: env('killed'),
        decide: (r) => (r.side === 'zendesk' && r.method === 'POST' && r.path.startsWith('/api/v2/imports/tickets/create_many') ? 'kill-before' : 'pass'),
      });
      expect(first.killed, first.stderr).toBe(true);
      expect(threadReads(first.requests), 'the conversations were read before the first import').toBe(threadReads(uninterrupted.requests));
      expect(existsSync(join(work, 'killed', 'state', SPOOL_FOLDER, 'tickets.jsonl'))).toBe(true);

      const last = await proxies.attempt({ env: env('killed') });
      expect(last.code, last.stderr).toBe(0);
      expect(last.stderr).toMatch(/tickets: \d+ pages read by the stopped process are taken from the read-ahead spool/);
      // Only the two searches that count conversations and tickets for the progress figures.
      expect(threadReads(last.requests)).toBe(2);
      expect(threadReads(uninterrupted.requests)).toBeGreaterThan(20);
      expect(JSON.parse(last.stdout)).toMatchObject({ complete: true, totals: JSON.parse(uninterrupted.stdout).totals });
      // A finished run leaves no customer record on disk outside the target.
      expect(existsSync(join(work, 'killed', 'state', SPOOL_FOLDER))).toBe(false);
    } finally {
      await proxies.close();
    }
    expect(duplicatesIn(killed.store)).toEqual([]);
    expect(normalizedStore(killed.store, killed.url)).toEqual(normalizedStore(clean.store, clean.url));
  }, 60_000);
});
