/**
 * Writes whose answer is lost must not create duplicates, reruns must write nothing, and upload tokens
 * that expire before the import uses them are replaced.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../../bench/generate-archive.mjs';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import type { Ticket } from '../../../src/model/records.js';
import { readCsv, readJsonl, tempDir } from '../../support/workspace.js';
import type { ZendeskSim } from '../../sim/zendesk/index.js';
import { archiveYaml, mapping, REQUESTS_PER_MINUTE, run, seedAgents, TEST_TUNING, WRITE_METHODS, withSim, zendeskTarget, zendeskYaml, type Run } from './harness.js';

/** An answer lost on the way back: the request was sent, the caller sees a dropped connection. */
function lostAnswer(): TypeError {
  return Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });
}

async function archive(work: string, tickets = 30) {
  const source = join(work, 'source');
  await generateArchive(source, { tickets, contacts: 15, companies: 4, articles: 6 });
  return source;
}

async function migrateArchive(sim: ZendeskSim, source: string, work: string, fetchImpl?: typeof fetch): Promise<Run> {
  const m = mapping(archiveYaml(source), zendeskYaml(sim));
  const tuning = fetchImpl ? { ...TEST_TUNING, http: { ...TEST_TUNING.http, fetch: fetchImpl } } : TEST_TUNING;
  return run(m, new ArchiveSource(source), zendeskTarget(m, tuning), work);
}

function expectNoDuplicates(sim: ZendeskSim, source: string): void {
  const tickets = readJsonl<Ticket>(join(source, 'tickets.jsonl'));
  const store = sim.store;
  const external = [...store.tickets.values()].map((t) => t.external_id);
  expect(external.sort()).toEqual(tickets.map((t) => t.id).sort());
  for (const zd of store.tickets.values()) expect(zd.comments.length, `ticket ${zd.external_id}`).toBe(tickets.find((t) => t.id === zd.external_id)?.comments.length);
  const endUsers = [...store.users.values()].filter((u) => u.role === 'end-user');
  expect(endUsers).toHaveLength(readJsonl(join(source, 'contacts.jsonl')).length);
  expect(store.organizations.size).toBe(readJsonl(join(source, 'companies.jsonl')).length);
  expect([...store.groups.values()].map((g) => g.name).sort()).toEqual(['Billing', 'Support']);
  expect(store.hc.categories.size).toBe(readJsonl(join(source, 'kb_categories.jsonl')).length + 1); // + the default category
  expect(store.hc.sections.size).toBe(readJsonl(join(source, 'kb_folders.jsonl')).length + 1);
  expect(store.hc.articles.size).toBe(readJsonl(join(source, 'articles.jsonl')).length);
  const files = [...store.hc.articleAttachments.values()].map((a) => `${a.article_id}/${a.file_name}`);
  expect(new Set(files).size).toBe(files.length);
}

describe('reruns and lost answers', () => {
  test('a rerun of a finished migration sends no write', async () => {
    await withSim({}, async (sim) => {
      seedAgents(sim, 4);
      const work = tempDir();
      const source = await archive(work);
      const first = await migrateArchive(sim, source, work);
      expect(first.summary.totals.failed).toBe(0);
      const before = sim.server.log.length;
      const again = await migrateArchive(sim, source, work);
      expect(again.summary.totals.migrated).toBe(0);
      expect(again.summary.totals.skipped).toBe(again.summary.totals.read);
      expect(sim.server.log.slice(before).filter((r) => WRITE_METHODS.has(r.method))).toEqual([]);
    });
  });

  test('the answer of a ticket import is lost after Zendesk queued it: the job is found, nothing is imported twice', async () => {
    await withSim({}, async (sim) => {
      seedAgents(sim, 4);
      const work = tempDir();
      const source = await archive(work);
      let dropped = 0;
      const dropFirstImportAnswer: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        if (dropped === 0 && String(input).includes('/imports/tickets/create_many')) {
          dropped++;
          await response.arrayBuffer();
          throw lostAnswer();
        }
        return response;
      };
      const { summary } = await migrateArchive(sim, source, work, dropFirstImportAnswer);
      expect(dropped).toBe(1);
      expect(summary.entities.tickets).toMatchObject({ migrated: 30, failed: 0 });
      expect(sim.server.log.filter((r) => r.path === '/api/v2/imports/tickets/create_many')).toHaveLength(1);
      expect(sim.server.log.some((r) => r.method === 'GET' && r.path === '/api/v2/job_statuses')).toBe(true);
      expectNoDuplicates(sim, source);
    });
  });

  test('an import that never reached Zendesk is looked up, then sent once more', async () => {
    await withSim({}, async (sim) => {
      seedAgents(sim, 4);
      const work = tempDir();
      const source = await archive(work, 12);
      let refused = 0;
      const loseFirstImport: typeof fetch = async (input, init) => {
        if (refused === 0 && String(input).includes('/imports/tickets/create_many')) {
          refused++;
          throw lostAnswer();
        }
        return fetch(input, init);
      };
      const { summary } = await migrateArchive(sim, source, work, loseFirstImport);
      expect(refused).toBe(1);
      expect(summary.entities.tickets).toMatchObject({ migrated: 12, failed: 0 });
      // The recent import jobs were read (no job of it there) before the import was sent again.
      const log = sim.server.log.map((r) => `${r.method} ${r.path}`);
      const sent = log.indexOf('POST /api/v2/imports/tickets/create_many');
      expect(log.slice(0, sent).filter((l) => l === 'GET /api/v2/job_statuses')).toHaveLength(2); // the first-run reconcile, then the recovery
      expect(log.filter((l) => l === 'POST /api/v2/imports/tickets/create_many')).toHaveLength(1);
      expectNoDuplicates(sim, source);
    });
  });

  test('connections dropped after Zendesk acted, all through a migration: a rerun completes it without one duplicate', async () => {
    await withSim({}, async (sim) => {
      seedAgents(sim, 4);
      const work = tempDir();
      const source = await archive(work);
      sim.setFaults({ dropAfterRate: 0.12, seed: 11 });
      await migrateArchive(sim, source, work);
      const dropped = sim.server.log.filter((r) => r.status === 'dropped');
      expect(dropped.filter((r) => r.method === 'POST').length).toBeGreaterThan(5);
      sim.setFaults({});
      const second = await migrateArchive(sim, source, work);
      expect(second.summary.totals.failed).toBe(0);
      for (const [entity, counts] of Object.entries(second.summary.entities)) {
        if (entity === 'tags') continue; // not written to Zendesk
        expect(counts.migrated + (counts.skippedBy['already_migrated'] ?? 0), entity).toBe(counts.read);
      }
      expectNoDuplicates(sim, source);
    });
  });

  test('upload tokens that expired before the import used them are replaced', async () => {
    let offsetMs = 0;
    await withSim({ clock: () => Date.now() + offsetMs }, async (sim) => {
      seedAgents(sim, 4);
      const work = tempDir();
      const source = await archive(work, 20);
      let jumped = false;
      // The hour passes between the uploads and the import job.
      const slowImport: typeof fetch = async (input, init) => {
        if (!jumped && String(input).includes('/imports/tickets/create_many')) {
          jumped = true;
          offsetMs += 61 * 60_000;
        }
        return fetch(input, init);
      };
      const { summary } = await migrateArchive(sim, source, work, slowImport);
      expect(summary.entities.tickets).toMatchObject({ migrated: 20, failed: 0 });
      const withFiles = readJsonl<Ticket>(join(source, 'tickets.jsonl')).filter((t) => t.comments.some((c) => c.attachments.length > 0));
      expect(withFiles.length).toBeGreaterThan(2);
      expect(sim.server.log.filter((r) => r.path === '/api/v2/imports/tickets/create_many')).toHaveLength(2);
      for (const t of withFiles) {
        const zd = [...sim.store.tickets.values()].find((z) => z.external_id === t.id);
        expect(zd?.comments.flatMap((c) => c.attachments.map((a) => a.file_name))).toEqual(t.comments.flatMap((c) => c.attachments.map((a) => a.fileName)));
      }
      expectNoDuplicates(sim, source);
    });
  });

  test('paced within the Support and Help Center budgets, a migration meets no 429', async () => {
    // Per-second windows here; Zendesk's are a minute long.
    await withSim({ rateLimit: { supportPerMinute: 60, helpCenterPerMinute: 60, windowMs: 1_000 } }, async (sim) => {
      seedAgents(sim, 4);
      const work = tempDir();
      const source = join(work, 'source');
      await generateArchive(source, { tickets: 30, contacts: 60, companies: 3, articles: 4 });
      const m = mapping(archiveYaml(source), zendeskYaml(sim).replace(REQUESTS_PER_MINUTE, 'requests_per_minute: 60'));
      const { summary } = await run(m, new ArchiveSource(source), zendeskTarget(m), work);
      expect(summary.totals.failed).toBe(0);
      const helpCenter = sim.server.log.filter((r) => r.path.startsWith('/api/v2/help_center') || r.path.startsWith('/api/v2/guide'));
      expect(helpCenter.length).toBeGreaterThan(10);
      expect(sim.server.log.length - helpCenter.length).toBeGreaterThan(96); // more than two windows of this tool's 48-request share
      expect(sim.server.log.filter((r) => r.status === 429)).toEqual([]);
    });
  });

  test('an import job that never finishes: its tickets fail as unknown and are not sent again', async () => {
    await withSim({ jobs: { pollsBeforeComplete: 1_000_000 } }, async (sim) => {
      seedAgents(sim, 4);
      const work = tempDir();
      const source = await archive(work, 5);
      const m = mapping(archiveYaml(source), zendeskYaml(sim));
      const { summary } = await run(m, new ArchiveSource(source), zendeskTarget(m, { ...TEST_TUNING, maxJobWaitMs: 50 }), work);
      expect(summary.entities.tickets).toMatchObject({ failed: 5, failedBy: { ambiguous_write: 5 } });
      expect(sim.server.log.filter((r) => r.path === '/api/v2/imports/tickets/create_many')).toHaveLength(1);
      const [row] = readCsv(join(work, 'reports', 'failed.csv')).filter((r) => r[0] === 'tickets');
      expect(row?.[4]).toMatch(/was still working after .*it may still be created by that job, so it was not sent again\. Look for external id t\d+ in Zendesk/);
    });
  });
});
