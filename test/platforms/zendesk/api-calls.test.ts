/**
 * API calls per migrated ticket on the simulator, in both directions, against the minimum Zendesk's
 * bulk endpoints allow. Each test prints one JSON line (the numbers quoted in the README (The Zendesk platform)) and
 * fails when the connector spends more than the minimum plus what it is known to add.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../../bench/generate-archive.mjs';
import { migrate } from '../../../src/engine/migrate.js';
import type { EntityName } from '../../../src/model/entities.js';
import type { Ticket } from '../../../src/model/records.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../../src/platforms/archive/target.js';
import type { ProgressSink } from '../../../src/engine/progress.js';
import { silentLogger } from '../../../src/log/logger.js';
import { generateZendeskAccount, type ZendeskSim } from '../../sim/zendesk/index.js';
import { readJsonl, tempDir } from '../../support/workspace.js';
import { archiveYaml, mapping, seedAgents, withSim, zendeskSource, zendeskTarget, zendeskYaml } from './harness.js';

/** Requests the simulator saw while the engine moved tickets. */
function ticketPhase(sim: ZendeskSim): { progress: ProgressSink; requests: () => { method: string; path: string }[] } {
  let from = 0;
  let to = 0;
  const progress: ProgressSink = {
    entityStarted: (entity: EntityName) => void (entity === 'tickets' && (from = sim.server.log.length)),
    recordsSettled: () => {},
    entityFinished: (entity: EntityName) => void (entity === 'tickets' && (to = sim.server.log.length)),
  };
  return { progress, requests: () => sim.server.log.slice(from, to) };
}

function byKind(requests: { method: string; path: string }[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const r of requests) {
    const kind = `${r.method} ${r.path.replace(/\/\d+(?=\/|$)/g, '/{id}').replace(/job_statuses\/\w+/, 'job_statuses/{id}').replace(/attachments\/token\/.*/, 'attachments/token/{token}')}`;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return kinds;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

describe('API calls per migrated ticket', () => {
  test('archive → Zendesk', async () => {
    await withSim({}, async (sim) => {
      seedAgents(sim, 4);
      const work = tempDir();
      const source = join(work, 'source');
      await generateArchive(source, { tickets: 300, contacts: 40, companies: 5, articles: 0, attachmentEvery: 10 });
      const m = mapping(archiveYaml(source), zendeskYaml(sim));
      const phase = ticketPhase(sim);
      const target = zendeskTarget(m);
      const summary = await migrate({ mode: 'full', mapping: m, source: new ArchiveSource(source), target, stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log: silentLogger, progress: phase.progress });
      const tickets = readJsonl<Ticket>(join(source, 'tickets.jsonl'));
      const attachments = tickets.reduce((n, t) => n + t.comments.reduce((k, c) => k + c.attachments.length, 0), 0);
      expect(summary.entities.tickets).toMatchObject({ migrated: 300, failed: 0 });
      const calls = phase.requests().filter((r) => r.path.startsWith('/api/v2/'));
      const kinds = byKind(calls);
      const jobs = Math.ceil(tickets.length / 100);
      // One create_many per 100 tickets, the simulator's two polls per job, one upload per file.
      const minimum = jobs * (1 + 2) + attachments;
      // What the connector adds: on a first run, one look for tickets an earlier run imported (jobs
      // list + export). It does not read new tickets' comments back (a delta matches them when needed).
      const commentIdReads = kinds['GET /api/v2/tickets/{id}/comments'] ?? 0;
      const line = {
        bench: 'zendesk-api-calls',
        direction: 'archive→zendesk',
        tickets: tickets.length,
        attachments,
        calls: calls.length,
        byKind: kinds,
        callsPerTicket: round(calls.length / tickets.length),
        minimumPerTicket: round(minimum / tickets.length),
      };
      console.log(JSON.stringify(line));
      expect(kinds['POST /api/v2/imports/tickets/create_many']).toBe(jobs);
      expect(kinds['POST /api/v2/uploads']).toBe(attachments);
      expect(commentIdReads).toBe(0);
      expect(calls.length).toBeLessThanOrEqual(minimum + 2);
    });
  });

  test('Zendesk → archive', async () => {
    await withSim({}, async (sim) => {
      const { account } = generateZendeskAccount({ seed: 5, tickets: 300, maxCommentsPerTicket: 6, longTicketComments: 150, articles: 0 });
      sim.seed(account);
      const work = tempDir();
      const out = join(work, 'archive');
      const m = mapping(zendeskYaml(sim), archiveYaml(out), 'options:\n  invalid_phone: keep\n');
      const phase = ticketPhase(sim);
      const target = new ArchiveTarget(out);
      const summary = await migrate({ mode: 'full', mapping: m, source: zendeskSource(m), target, stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log: silentLogger, progress: phase.progress });
      await target.close();
      expect(summary.entities.tickets).toMatchObject({ migrated: 300, failed: 0 });
      const requests = phase.requests();
      const calls = requests.filter((r) => r.path.startsWith('/api/v2/'));
      const downloads = requests.length - calls.length;
      const tickets = account.tickets!;
      const attachments = tickets.reduce((n, t) => n + t.comments.reduce((k, c) => k + (c.attachments?.length ?? 0), 0), 0);
      // The export at its largest page (1,000 tickets) and every ticket's comments in pages of 100.
      const minimum = Math.ceil(tickets.length / 1000) + tickets.reduce((n, t) => n + Math.ceil(t.comments.length / 100), 0);
      const line = {
        bench: 'zendesk-api-calls',
        direction: 'zendesk→archive',
        tickets: tickets.length,
        attachments,
        calls: calls.length,
        attachmentDownloads: downloads,
        byKind: byKind(calls),
        callsPerTicket: round(calls.length / tickets.length),
        minimumPerTicket: round(minimum / tickets.length),
      };
      console.log(JSON.stringify(line));
      expect(downloads).toBe(attachments);
      // Export pages of 100 instead of 1,000 (2 more here), the ticket fields and the agents, read once.
      expect(calls.length).toBeLessThanOrEqual(minimum + 2 + 2);
    });
  });
});
