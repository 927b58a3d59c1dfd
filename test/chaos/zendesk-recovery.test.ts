/**
 * The Zendesk connector fixes the fault runs led to, each on the smallest case: a create that meets
 * two lost answers in a row, a ticket whose file cannot be fetched during an outage, and an import job
 * whose status polls fail.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { AmbiguousWriteError, HttpError } from '../../src/http/index.js';
import type { Attachment, Ticket } from '../../src/model/records.js';
import { ArchiveSource } from '../../src/platforms/archive/source.js';
import { createOnce } from '../../src/platforms/create-once.js';
import { readCsv, readJsonl, tempDir } from '../support/workspace.js';
import { archiveYaml, mapping, run, seedAgents, TEST_TUNING, withSim, zendeskTarget, zendeskYaml } from '../platforms/zendesk/harness.js';
import { duplicatesIn } from './harness.js';

const lost = () => new AmbiguousWriteError({ method: 'POST', url: '/x', cause: new Error('other side closed') });

describe('createOnce', () => {
  test('looks before every resend, so two lost answers in a row still end in one create', async () => {
    const calls: string[] = [];
    let exists = false;
    const outcomes = [lost, lost, () => 'created'];
    const id = await createOnce(
      async () => {
        calls.push('create');
        const next = outcomes.shift() as () => string | AmbiguousWriteError;
        const result = next();
        if (result instanceof Error) throw result;
        exists = true;
        return result;
      },
      async () => {
        calls.push('find');
        return exists ? 'found' : undefined;
      },
    );
    expect(id).toBe('created');
    expect(calls).toEqual(['create', 'find', 'create', 'find', 'create']);
  });

  test('a create whose answer was lost but which was applied is found, not sent again', async () => {
    const calls: string[] = [];
    const id = await createOnce(
      async () => {
        calls.push('create');
        throw lost();
      },
      async () => {
        calls.push('find');
        return 'found';
      },
    );
    expect(id).toBe('found');
    expect(calls).toEqual(['create', 'find']);
  });
});

describe('Zendesk target under an outage', () => {
  test('a file that cannot be fetched during an outage fails its ticket (retried next run), instead of leaving the file out for good', async () => {
    await withSim({}, async (sim) => {
      seedAgents(sim, 4);
      const work = tempDir();
      const source = join(work, 'source');
      await generateArchive(source, { tickets: 12, contacts: 6, companies: 2, articles: 0 });
      const withFile = readJsonl<Ticket>(join(source, 'tickets.jsonl')).find((t) => t.comments.some((c) => c.attachments.length > 0)) as Ticket;
      const file = withFile.comments.flatMap((c) => c.attachments)[0] as Attachment;
      const m = mapping(archiveYaml(source), zendeskYaml(sim));

      class OutageSource extends ArchiveSource {
        override async openAttachment(attachment: Attachment): Promise<Uint8Array> {
          if (attachment.id === file.id) throw new HttpError({ status: 503, method: 'GET', url: 'https://files.example/1', message: 'GET https://files.example/1 → 503 (gave up after 5 attempts)' });
          return super.openAttachment(attachment);
        }
      }
      const first = await run(m, new OutageSource(source), zendeskTarget(m), work);
      expect(first.summary.entities.tickets?.failedBy).toEqual({ api_error: 1 });
      expect(readCsv(join(work, 'reports', 'failed.csv')).find((r) => r[0] === 'tickets')?.[1]).toBe(withFile.id);

      // The next run, the outage over, migrates the ticket with every file.
      const second = await run(m, new ArchiveSource(source), zendeskTarget(m), work);
      expect(second.summary.entities.tickets?.failed).toBe(0);
      const zd = [...sim.store.tickets.values()].find((t) => t.external_id === withFile.id);
      expect(zd?.comments.flatMap((c) => c.attachments.map((a) => a.file_name))).toEqual(withFile.comments.flatMap((c) => c.attachments.map((a) => a.fileName)));
    });
  });

  test('an import job whose status polls fail is found among the recent jobs, not imported again', async () => {
    await withSim({}, async (sim) => {
      seedAgents(sim, 4);
      const work = tempDir();
      const source = join(work, 'source');
      await generateArchive(source, { tickets: 8, contacts: 6, companies: 2, articles: 0 });
      let failedPolls = 0;
      // Every attempt of the first poll fails (the HTTP client gives up after five).
      const failingPolls: typeof fetch = async (input, init) => {
        if (/\/api\/v2\/job_statuses\/[^/?]+/.test(String(input)) && failedPolls < 5) {
          failedPolls++;
          return new Response('{"error":"simulated"}', { status: 503, headers: { 'content-type': 'application/json' } });
        }
        return fetch(input, init);
      };
      const m = mapping(archiveYaml(source), zendeskYaml(sim));
      const { summary } = await run(m, new ArchiveSource(source), zendeskTarget(m, { ...TEST_TUNING, http: { ...TEST_TUNING.http, fetch: failingPolls } }), work);
      expect(failedPolls).toBe(5);
      expect(summary.entities.tickets).toMatchObject({ migrated: 8, failed: 0 });
      expect(sim.server.log.filter((r) => r.path === '/api/v2/imports/tickets/create_many')).toHaveLength(1);
      expect(duplicatesIn(sim.store)).toEqual([]);
    });
  });
});
