/**
 * Freshdesk → Intercom, simulator to simulator, then `verify`: Intercom read back through its own
 * connector and compared with Freshdesk field by field. Every field that still differs is one an API
 * forces, asserted here one by one (the Freshdesk ones are in docs/platforms/freshdesk.md).
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { migrate } from '../../../src/engine/migrate.js';
import { verify } from '../../../src/engine/verify.js';
import { silentLogger } from '../../../src/log/logger.js';
import { startIntercomSim } from '../../sim/intercom/index.js';
import { generateFreshdeskAccount } from '../../sim/freshdesk/index.js';
import { readCsv, tempDir } from '../../support/workspace.js';
import { intercomBlock, intercomSource, intercomTarget, TOKEN } from '../intercom/harness.js';
import { freshdeskSource, freshdeskYaml, mapping, TEST_TUNING, UNUSED, withSim } from './harness.js';

const ENV = { INTERCOM_TOKEN: TOKEN };
const GENERATED_FIRST_TICKET = 10_000;

describe('Freshdesk → Intercom', () => {
  test('every record, compared field by field', async () => {
    const { account } = generateFreshdeskAccount({ seed: 5, longTicketConversations: 30, translations: ['de'] });
    // Intercom has what its API cannot create: teammates (same emails), teams, the help center's languages.
    const intercom = await startIntercomSim({
      seed: {
        admins: [...account.agents!.map((a, i) => ({ name: a.name, email: a.email, id: String(991_700_001 + i) })), { name: 'Freshdesk API agent', email: 'admin@sim.freshdesk.com', id: '991700999' }],
        teams: account.groups!.map((g, i) => ({ name: g.name, id: String(5_039_001 + i) })),
        helpCenters: [{ default: true, locales: ['en', 'de'] }],
      },
    });
    try {
      await withSim({ clock: () => Date.parse('2026-01-01T00:00:00Z'), features: { multilingual: true }, languages: { primary: 'en', supported: ['de'] } }, async (freshdesk) => {
        freshdesk.seed(account);
        const work = tempDir();
        const m = mapping(freshdeskYaml(freshdesk), intercomBlock(intercom), 'defaults:\n  tickets:\n    type: Question\n', ENV);
        const summary = await migrate({ mode: 'full', mapping: m, source: freshdeskSource(m, 'source', { ...TEST_TUNING, firstTicketId: GENERATED_FIRST_TICKET }), target: intercomTarget(m), stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log: silentLogger });
        const failures = readCsv(join(work, 'reports', 'failed.csv'));
        expect(failures.slice(0, 6)).toEqual([]);
        expect(summary.totals.failed).toBe(0);
        expect(summary.entities.tickets?.migrated).toBeGreaterThan(5);

        const checked = await verify({
          mapping: m,
          source: freshdeskSource(m, 'source', { ...TEST_TUNING, firstTicketId: GENERATED_FIRST_TICKET }),
          target: intercomTarget(m),
          targetReader: intercomSource(mapping(intercomBlock(intercom), UNUSED, '', ENV)),
          stateDir: join(work, 'state'),
          reportsDir: join(work, 'verify'),
          log: silentLogger,
        });
        expect(checked.verify?.compared).toBeGreaterThan(30);
        const rows = readCsv(join(work, 'verify', 'mismatches.csv'));
        const migrated = new Set(summary.entities.tickets ? readCsv(join(work, 'reports', 'migrated.csv')).filter((r) => r[0] === 'tickets').map((r) => r[1]) : []);
        const tickets = account.tickets!.filter((t) => migrated.has(String(t.id)));
        const withContacts = new Set(account.contacts!.map((c) => c.company_id).filter((id) => id !== undefined && id !== null));
        // Known differences, all Intercom's: team membership cannot be set through its API; a company
        // no contact belongs to is never listed; date attributes come back as instants; files on a
        // customer's first ticket message are not uploaded.
        expect(checked.verify?.mismatchedFields, rows.map((r) => r.join(' | ')).join('\n')).toEqual({
          'teams.memberIds': account.groups!.filter((g) => (g.agent_ids ?? []).length > 0).length,
          'companies.(record)': account.companies!.filter((c) => !withContacts.has(c.id as number)).length,
          'tickets.custom': tickets.filter((t) => Object.entries(t.custom_fields ?? {}).some(([k, v]) => k.startsWith('cf_date') && v)).length,
          'tickets.attachments': tickets.filter((t) => (t.attachments ?? []).length > 0).length,
        });
        for (const row of rows.filter((r) => r[3] === 'custom')) expect(row[5]).toMatch(/T00:00:00\.000Z/);
        for (const row of rows.filter((r) => r[3] === 'attachments')) expect(row[5]).toBe('[]');
        // Contact and company custom fields arrive as Intercom data attributes.
        expect(rows.filter((r) => (r[0] === 'contacts' || r[0] === 'companies') && r[3] === 'custom')).toEqual([]);
        expect(account.contacts!.some((c) => Object.keys(c.custom_fields ?? {}).length > 0)).toBe(true);
      });
    } finally {
      await intercom.close();
    }
  });
});
