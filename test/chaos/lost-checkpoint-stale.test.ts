/**
 * Issue 10 §10: the checkpoint is lost (the Actions cache evicts it after 7 days) while the source
 * changed since the target was written. The records the next full run finds in the target hold older
 * versions: it must bring them up to date, not adopt them "as they are" with the new hash (which no
 * later run would ever question). After one full run the target equals a fresh migration of the
 * current source, and the run after it writes nothing.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import type { Contact, Ticket } from '../../src/model/records.js';
import { ArchiveSource } from '../../src/platforms/archive/source.js';
import { runArchive } from '../support/run-archive.js';
import { readArchive, readJsonl, tempDir } from '../support/workspace.js';
import { archiveYaml, mapping, run, seedAgents, withSim, WRITE_METHODS, zendeskTarget, zendeskYaml } from '../platforms/zendesk/harness.js';
import { duplicatesIn, normalizedStore } from './harness.js';

const OPTIONS = 'options:\n  invalid_phone: keep\n  batch_size: 7\n';

function edit<T>(sourceDir: string, entity: string, change: (rows: T[]) => T[]): void {
  const file = join(sourceDir, `${entity}.jsonl`);
  writeFileSync(file, change(readJsonl<T>(file)).map((r) => JSON.stringify(r)).join('\n') + '\n');
}

const later = () => new Date(Date.now() + 1000).toISOString();

/** Changes a target must take: a ticket's fields, a pending ticket reopened and tagged, a contact renamed (closed tickets refuse updates in Zendesk). */
function changeSource(source: string, options: { comment: boolean }): void {
  edit<Ticket>(source, 'tickets', (tickets) =>
    tickets.map((t) => {
      if (t.id === 't3') return { ...t, subject: 'Edited after the first run', priority: 'urgent', updatedAt: later() };
      if (t.id === 't2') return { ...t, status: 'open', tags: [...t.tags, 'vip'], updatedAt: later() };
      if (t.id === 't5' && options.comment) {
        const reply = { id: 't5-reply', authorType: 'agent' as const, authorId: 'a1', body: '<p>Following up</p>', public: true, createdAt: later(), attachments: [] };
        return { ...t, comments: [...t.comments, reply], updatedAt: later() };
      }
      return t;
    }),
  );
  edit<Contact>(source, 'contacts', (contacts) => contacts.map((c) => (c.id === 'c2' ? { ...c, name: 'Renamed Customer', updatedAt: later() } : c)));
}

/** Records by id: an updated record sits at the end of its file. */
const byId = (dir: string) =>
  Object.fromEntries(Object.entries(readArchive(dir)).map(([e, rows]) => [e, [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)))]));

describe('a lost checkpoint over a source that changed since', () => {
  test('archive → archive: one full run brings the target to a fresh migration of the current source', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 20 });
    await runArchive(work, source, 'full', OPTIONS);
    changeSource(source, { comment: true });
    rmSync(join(work, 'state'), { recursive: true });

    const again = await runArchive(work, source, 'full', OPTIONS);
    expect(again.totals.failed).toBe(0);
    const fresh = tempDir();
    await runArchive(fresh, source, 'full', OPTIONS);
    expect(byId(join(work, 'target'))).toEqual(byId(join(fresh, 'target')));

    // The ledger now holds the current content: nothing is left to write.
    const third = await runArchive(work, source, 'full', OPTIONS);
    expect(third.totals.skipped).toBe(third.totals.read);
  });

  test('archive → Zendesk: changed tickets and contacts are updated, unchanged ones left alone, nothing twice', async () => {
    await withSim({}, async (sim) => {
      await withSim({}, async (clean) => {
        for (const s of [sim, clean]) {
          s.seed({ locales: { enabled: ['en-us', 'fr'], default: 'en-us' } });
          seedAgents(s, 4);
        }
        const work = tempDir();
        const source = join(work, 'source');
        await generateArchive(source, { tickets: 12, contacts: 8, companies: 3, articles: 4 });
        const m = mapping(archiveYaml(source), zendeskYaml(sim), OPTIONS);
        expect((await run(m, new ArchiveSource(source), zendeskTarget(m), work)).summary.totals.failed).toBe(0);
        // Comments appended to an existing Zendesk ticket take today's date: only field changes here.
        changeSource(source, { comment: false });
        rmSync(join(work, 'state'), { recursive: true });

        const again = await run(m, new ArchiveSource(source), zendeskTarget(m), work);
        expect(again.summary.totals.failed, JSON.stringify(again.summary.entities)).toBe(0);
        const reference = mapping(archiveYaml(source), zendeskYaml(clean), OPTIONS);
        await run(reference, new ArchiveSource(source), zendeskTarget(reference));
        expect(duplicatesIn(sim.store)).toEqual([]);
        // A ticket updated through the API gets new write-time stamps; everything else must match.
        const comparable = (s: typeof sim) => {
          const store = normalizedStore(s.store, s.url);
          for (const t of Object.values(store['tickets'] as Record<string, Record<string, unknown>>)) {
            delete t['updated_at'];
            delete t['solved_at'];
          }
          return store;
        };
        expect(comparable(sim)).toEqual(comparable(clean));

        const settled = sim.server.log.length;
        const third = await run(m, new ArchiveSource(source), zendeskTarget(m), work);
        expect(third.summary.totals.migrated).toBe(0);
        expect(sim.server.log.slice(settled).filter((r) => WRITE_METHODS.has(r.method))).toEqual([]);
      });
    });
  }, 60_000);
});
