/**
 * Freshdesk → archive → Freshdesk: a generated account archived, then written into a second account
 * that has only what the API cannot create (agents, languages), then `verify`: the second account read
 * back and compared with the archive field by field, plus direct checks against the first account's
 * store. Every difference is one the API forces (docs/platforms/freshdesk.md).
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { verify } from '../../../src/engine/verify.js';
import { silentLogger } from '../../../src/log/logger.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../../src/platforms/archive/target.js';
import { generateFreshdeskAccount } from '../../sim/freshdesk/index.js';
import { readCsv, tempDir } from '../../support/workspace.js';
import { archiveYaml, freshdeskSource, freshdeskTarget, freshdeskYaml, mapping, run, TEST_TUNING, text, UNUSED, withSim } from './harness.js';

const GENERATED_FIRST_TICKET = 10_000;
const CLOCK = { clock: () => Date.parse('2026-01-01T00:00:00Z') };

describe('Freshdesk → archive → Freshdesk', () => {
  test('every record arrives in the second account, compared field by field', async () => {
    const { account } = generateFreshdeskAccount({ seed: 11, longTicketConversations: 30, translations: ['de'] });
    await withSim({ ...CLOCK, features: { multilingual: true }, languages: { primary: 'en', supported: ['de'] } }, async (first) => {
      first.seed(account);
      await withSim({ ...CLOCK, features: { multilingual: true }, languages: { primary: 'en', supported: ['de'] } }, async (second) => {
        // The second account has the agents (paid seats) and, like a new real account, a "Waiting on customer" status.
        const own = new Set([...second.store.agents.values()].map((a) => a.email));
        second.seed({ agents: [...first.store.agents.values()].filter((a) => !own.has(a.email)).map((a) => ({ name: a.name, email: a.email })), statuses: [{ id: 6, label: 'Waiting on customer', customer_label: 'Awaiting your reply' }] });
        const work = tempDir();
        const archive = join(work, 'archive');
        const m1 = mapping(freshdeskYaml(first), archiveYaml(archive), 'options:\n  invalid_phone: keep\n');
        const leg1 = await run(m1, freshdeskSource(m1, 'source', { ...TEST_TUNING, firstTicketId: GENERATED_FIRST_TICKET }), new ArchiveTarget(archive), join(work, 'leg1'));
        expect(leg1.summary.totals.failed).toBe(0);

        const m2 = mapping(archiveYaml(archive), freshdeskYaml(second));
        const leg2 = await run(m2, new ArchiveSource(archive), freshdeskTarget(m2), join(work, 'leg2'));
        expect(readCsv(join(work, 'leg2', 'reports', 'failed.csv')).slice(0, 6)).toEqual([]);
        expect(leg2.summary.totals.failed).toBe(0);
        expect(second.store.sentEmails).toEqual([]);

        // Direct checks against the first account: companies, contacts with their custom fields, tickets with every conversation.
        const rows2 = readCsv(join(work, 'leg2', 'reports', 'migrated.csv'));
        const targetOf = (entity: string, id: number) => Number(rows2.find((r) => r[0] === entity && r[1] === String(id))?.[2]);
        for (const c1 of first.store.companies.values()) {
          const c2 = second.store.companies.get(targetOf('companies', c1.id));
          expect({ name: c2?.name, custom: c2?.custom_fields }, String(c1.id)).toEqual({ name: c1.name, custom: c1.custom_fields });
        }
        const live = [...first.store.contacts.values()].filter((c) => !c.deleted);
        for (const c1 of live) {
          const c2 = second.store.contacts.get(targetOf('contacts', c1.id));
          expect({ name: c2?.name, email: c2?.email, tags: c2?.tags, custom: c2?.custom_fields }, String(c1.id)).toEqual({ name: c1.name, email: c1.email, tags: c1.tags, custom: c1.custom_fields });
        }
        expect(live.some((c) => Object.keys(c.custom_fields).length > 0)).toBe(true);
        const migrated = rows2.filter((r) => r[0] === 'tickets');
        expect(migrated.length).toBe(leg1.summary.entities.tickets?.migrated);
        for (const [, sourceId, targetId] of migrated) {
          const t1 = first.store.tickets.get(Number(sourceId));
          const t2 = second.store.tickets.get(Number(targetId));
          expect({ subject: t2?.subject, priority: t2?.priority, tags: t2?.tags }, String(sourceId)).toEqual({ subject: t1?.subject, priority: t1?.priority, tags: t1?.tags });
          // Every conversation of the first account is a note (or the description) in the second, same words.
          const words = (t: typeof t1) => (t?.conversations ?? []).map((c) => text(c.body)).filter((w) => w !== '');
          // Messages are written oldest first, so the oldest customer message may be the description.
          const written = [text(t2?.description ?? ''), ...words(t2)];
          for (const w of [text(t1?.description ?? ''), ...words(t1)]) expect(written.some((x) => x.endsWith(w)), `${sourceId}: ${w}`).toBe(true);
          expect(written.length, String(sourceId)).toBe(words(t1).length + 1);
        }

        const checked = await verify({
          mapping: m2,
          source: new ArchiveSource(archive),
          target: freshdeskTarget(m2),
          targetReader: freshdeskSource(mapping(freshdeskYaml(second), UNUSED)),
          stateDir: join(work, 'leg2', 'state'),
          reportsDir: join(work, 'verify'),
          log: silentLogger,
        });
        expect(checked.verify?.compared).toBeGreaterThan(40);
        const rows = readCsv(join(work, 'verify', 'mismatches.csv'));
        expect(checked.verify?.mismatchedFields, rows.map((r) => r.join(' | ')).join('\n')).toEqual({});
      });
    });
  });
});
