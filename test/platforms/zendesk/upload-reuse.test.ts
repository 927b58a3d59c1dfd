/**
 * Upload tokens across a resume (issue 13 item 8), and what Zendesk may do with a token it will not
 * take (the docs are silent: the simulator's `policies.invalidUploadToken`, run all three ways).
 *
 * A run stopped after the uploads of a batch and before its import keeps the tokens in its state; the
 * resumed run imports with them instead of uploading the files again. A kept token Zendesk refuses
 * (expired on its clock) is replaced; one it drops silently is a loss that only `verify` can see, and
 * it does: the ticket's attachments are a mismatch.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../../bench/generate-archive.mjs';
import type { Ticket } from '../../../src/model/records.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import type { ZendeskSim, ZendeskSimOptions } from '../../sim/zendesk/index.js';
import { readCsv, readJsonl, tempDir } from '../../support/workspace.js';
import { archiveYaml, mapping, run, seedAgents, withSim, zendeskTarget, zendeskYaml, verifyArchiveInZendesk } from './harness.js';

const UPLOADS = '/api/v2/uploads';

/** The first ticket import answered 401: an access error, which stops the run after its uploads (a new rule each time: the simulator counts `times` down on it). */
const stopAtFirstImport = () => ({ rules: [{ method: 'POST', path: /\/imports\/tickets\/create_many$/, times: 1, fault: { status: 401, body: { error: 'Couldn\u2019t authenticate you' } } }] });

async function setUp(work: string) {
  const source = join(work, 'source');
  await generateArchive(source, { tickets: 12, contacts: 6, companies: 2, articles: 0 });
  const tickets = readJsonl<Ticket>(join(source, 'tickets.jsonl'));
  const files = tickets.flatMap((t) => t.comments.flatMap((c) => c.attachments));
  return { source, tickets, files };
}

/** Stops at the first import, then resumes; the resumed run's result. */
async function stopThenResume(sim: ZendeskSim, source: string, work: string, between: () => void = () => {}) {
  const m = mapping(archiveYaml(source), zendeskYaml(sim), 'options:\n  batch_size: 100\n');
  sim.setFaults(stopAtFirstImport());
  await expect(run(m, new ArchiveSource(source), zendeskTarget(m), work)).rejects.toThrow(/401|authenticate|credential|token/i);
  sim.setFaults({});
  const uploadsBefore = sim.server.log.filter((r) => r.path === UPLOADS).length;
  between();
  const resumed = await run(m, new ArchiveSource(source), zendeskTarget(m), work);
  return { m, resumed, uploadsBefore, uploadsAfter: sim.server.log.filter((r) => r.path === UPLOADS).length - uploadsBefore };
}

function filesIn(sim: ZendeskSim, ticket: Ticket): string[] | undefined {
  const zd = [...sim.store.tickets.values()].find((z) => z.external_id === ticket.id);
  return zd?.comments.flatMap((c) => c.attachments.map((a) => a.file_name));
}

describe('upload tokens kept across a resume', () => {
  test('a run stopped between the uploads and the import: the resumed run imports with the kept tokens and uploads nothing again', async () => {
    await withSim({}, async (sim) => {
      seedAgents(sim, 4);
      const work = tempDir();
      const { source, tickets, files } = await setUp(work);
      expect(files.length).toBeGreaterThan(3);
      const { resumed, uploadsBefore, uploadsAfter } = await stopThenResume(sim, source, work);
      expect(uploadsBefore).toBe(files.length);
      expect(uploadsAfter).toBe(0);
      expect(resumed.summary.entities.tickets).toMatchObject({ migrated: tickets.length, failed: 0 });
      for (const t of tickets) expect(filesIn(sim, t), `ticket ${t.id}`).toEqual(t.comments.flatMap((c) => c.attachments.map((a) => a.fileName)));
    });
  });
});

const POLICIES: NonNullable<NonNullable<ZendeskSimOptions['policies']>['invalidUploadToken']>[] = ['reject', 'accept', 'drop'];

describe.each(POLICIES)('kept tokens Zendesk no longer takes (invalidUploadToken: %s)', (policy) => {
  test('the resumed run ends with every file in Zendesk, or verify names each one lost', async () => {
    let offsetMs = 0;
    await withSim({ clock: () => Date.now() + offsetMs, policies: { invalidUploadToken: policy } }, async (sim) => {
      seedAgents(sim, 4);
      const work = tempDir();
      const { source, tickets, files } = await setUp(work);
      // Zendesk's hour passes between the two runs (the connector's own clock does not move, so it
      // still holds the tokens for young enough): every kept token is expired on Zendesk's side.
      const { m, resumed, uploadsAfter } = await stopThenResume(sim, source, work, () => (offsetMs += 61 * 60_000));
      expect(resumed.summary.entities.tickets).toMatchObject({ migrated: tickets.length, failed: 0 });
      const withFiles = tickets.filter((t) => t.comments.some((c) => c.attachments.length > 0));
      const expected = (t: Ticket) => t.comments.flatMap((c) => c.attachments.map((a) => a.fileName));

      if (policy === 'reject') {
        // Refused as expired: uploaded again and imported once more, with every file.
        expect(uploadsAfter).toBe(files.length);
        for (const t of tickets) expect(filesIn(sim, t), `ticket ${t.id}`).toEqual(expected(t));
      } else if (policy === 'accept') {
        expect(uploadsAfter).toBe(0);
        for (const t of tickets) expect(filesIn(sim, t), `ticket ${t.id}`).toEqual(expected(t));
      } else {
        for (const t of withFiles) expect(filesIn(sim, t), `ticket ${t.id}`).toEqual([]);
      }

      offsetMs += 2 * 60_000; // the ticket export never shows the last minute
      const summary = await verifyArchiveInZendesk(m, sim, source, work, 'verify');
      const lost = readCsv(join(work, 'verify', 'mismatches.csv'))
        .filter((r) => r[0] === 'tickets' && r[3] === 'attachments')
        .map((r) => r[1]);
      expect(lost.sort()).toEqual(policy === 'drop' ? withFiles.map((t) => t.id).sort() : []);
      expect(summary.verify?.mismatchedFields['tickets.attachments'] ?? 0).toBe(policy === 'drop' ? withFiles.length : 0);
    });
  });
});
