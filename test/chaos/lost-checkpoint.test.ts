/**
 * The checkpoint is lost (the Actions cache evicts it after 7 days) after a full Intercom → Zendesk
 * migration: the next full run finds in Zendesk what the first one wrote — tickets by external id,
 * users and organizations by external id, fields, groups and Help Center items by name — and creates
 * nothing twice; the run after it has a complete ledger again and writes nothing.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../support/workspace.js';
import { withChaosSims } from './chaos-sims.js';
import { chaosMapping, chaosWorkspace, duplicatesIn, normalizedStore, recorder, runInProcess, startZendesk } from './harness.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('a migration after its checkpoint was deleted', () => {
  const generated = chaosWorkspace(63);
  const sims = withChaosSims(generated, { zendesk: startZendesk });

  test('creates nothing twice, and says how it rebuilt the ledger', async () => {
    const { intercom, zendesk } = sims;
    const work = tempDir();
    const m = chaosMapping(intercom.url, zendesk.url, 5);
    const first = await runInProcess(work, m, 'full');
    expect(first.summary.totals.failed).toBe(0);
    const before = normalizedStore(zendesk.store, zendesk.url);

    rmSync(join(work, 'state'), { recursive: true });
    const log = recorder();
    const mark = zendesk.server.log.length;
    const again = await runInProcess(work, m, 'full', { log, reports: 'reports-again' });
    expect(again.summary.totals).toEqual(first.summary.totals);
    expect(log.lines).toContain(
      `info: No checkpoint in ${join(work, 'state')}: before writing, each record is looked up in zendesk (by the source id stored with it, or by email or name where zendesk keeps none), so records an earlier run wrote are kept, not duplicated.`,
    );
    expect(log.lines.filter((l) => l.startsWith('warn'))).toEqual([]);

    expect(duplicatesIn(zendesk.store)).toEqual([]);
    expect(normalizedStore(zendesk.store, zendesk.url)).toEqual(before);
    // What it wrote is safe to repeat. Contacts and companies that carry their own external id are not
    // found by source id and are upserted again (create_or_update matches them); translations of the
    // Help Center items matched by name are sent again, refused as existing (400), then updated.
    const writes = zendesk.server.log.slice(mark).filter((r) => WRITES.has(r.method));
    const repeatable = (r: { method: string; path: string; status: number | 'dropped' }) =>
      /\/(users|organizations)\/create_or_update(_many)?$/.test(r.path) ||
      (/\/translations(\/[\w-]+)?$/.test(r.path) && (r.method === 'PUT' || r.status === 400));
    expect(writes.filter((r) => !repeatable(r)).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([]);

    // The ledger is whole again: one more run writes nothing at all.
    const settled = zendesk.server.log.length;
    const third = await runInProcess(work, m, 'full', { reports: 'reports-third' });
    expect(third.summary.totals.migrated).toBe(0);
    expect(zendesk.server.log.slice(settled).filter((r) => WRITES.has(r.method))).toEqual([]);
  }, 30_000);
});
