/**
 * Round trips under each simulator policy for what Zendesk's and Intercom's documentation are silent
 * on (docs/platforms/zendesk.md and intercom.md, "Assumed behaviours"): a custom field key or ticket
 * field id the target does not know, a phone that is not E.164. Each runs under `reject`, `accept` and
 * `drop`, and asserts that no value goes missing unnoticed: a refused record fails with a reason code,
 * an accepted value arrives, and every value a `drop` lost is named by `verify` (lost-values.csv);
 * what the connector left out itself, knowing beforehand, is named as left out with its warning.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { migrate } from '../../../src/engine/migrate.js';
import { verify } from '../../../src/engine/verify.js';
import type { EntityName } from '../../../src/model/entities.js';
import { silentLogger } from '../../../src/log/logger.js';
import { startIntercomSim, type SimPolicy } from '../../sim/intercom/index.js';
import { readCsv, tempDir } from '../../support/workspace.js';
import { intercomBlock, intercomSource, intercomTarget, TOKEN } from '../intercom/harness.js';
import { mapping, withSim, zendeskSource, zendeskTarget, zendeskYaml } from './harness.js';

const ENV = { INTERCOM_TOKEN: TOKEN };
const UNUSED = '  platform: archive\n  path: /tmp/desk-migrate-unused\n';
const POLICIES: SimPolicy[] = ['reject', 'accept', 'drop'];
const T0 = 1_700_000_000;

/** Rows of a report CSV of `dir` (migrated.csv, failed.csv, lost-values.csv …). */
const rows = (work: string, dir: string, file: string) => readCsv(join(work, dir, file));

/** Deletes a Zendesk field once the connector has read the field list: the field is gone mid-run. */
function deleteWhenStarted(entity: EntityName, remove: () => void) {
  return { entityStarted: (e: EntityName) => void (e === entity ? remove() : undefined), recordsSettled() {}, entityFinished() {} };
}

describe.each(POLICIES)('Intercom → Zendesk, unknownUserField and unknownTicketField: %s', (policy) => {
  test('a field the connector knows is missing is left out with a warning; one deleted mid-run is refused, arrives, or is named lost by verify', async () => {
    const intercom = await startIntercomSim({
      seed: {
        admins: [{ id: '991600001', name: 'Ann Agent', email: 'ann@helpdesk.test' }],
        dataAttributes: [
          { model: 'contact', name: 'plan', data_type: 'string' },
          { model: 'contact', name: 'legacy', data_type: 'string' },
        ],
        conversationAttributes: [{ name: 'order_ref', data_type: 'string' }],
        contacts: [
          // `tier` has no data attribute in this Intercom (seeds keep what the API would refuse): no
          // field is migrated for it, so Zendesk has none, and the connector knows it.
          { id: 'c1', role: 'user', external_id: 'e1', email: 'one@example.test', name: 'One', created_at: T0, custom_attributes: { plan: 'pro', legacy: 'L-1', tier: 'gold' } },
          { id: 'c2', role: 'user', external_id: 'e2', email: 'two@example.test', name: 'Two', created_at: T0, custom_attributes: { plan: 'free' } },
        ],
        conversations: [
          {
            id: '1001',
            created_at: T0 + 60,
            contacts: ['c2'],
            source: { author: { type: 'user', id: 'c2' }, body: '<p>Where is my order?</p>', subject: 'Order' },
            custom_attributes: { order_ref: 'R-77' },
          },
        ],
      },
    });
    try {
      await withSim({ policies: { unknownUserField: policy, unknownTicketField: policy } }, async (zendesk) => {
        zendesk.seed({ users: [{ name: 'Ann Agent', email: 'ann@helpdesk.test', role: 'agent' }] });
        const work = tempDir();
        const m = mapping(intercomBlock(intercom), zendeskYaml(zendesk), 'entities: [agents, fields, contacts, tickets]\n', ENV);
        // The fields entity creates `plan`, `legacy` and the ticket field `Order ref`; then someone deletes
        // `legacy` and `Order ref` in Zendesk while the migration runs: the connector's field list is stale.
        const dropLegacy = () => {
          for (const [id, f] of zendesk.store.userFields) if (f.key === 'legacy') zendesk.store.userFields.delete(id);
          for (const [id, f] of zendesk.store.ticketFields) if (f.title === 'order_ref' || f.title === 'Order ref') zendesk.store.ticketFields.delete(id);
        };
        const summary = await migrate({
          mode: 'full', mapping: m, source: intercomSource(m), target: zendeskTarget(m), stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log: silentLogger,
          progress: deleteWhenStarted('contacts', dropLegacy),
        });
        const migrated = rows(work, 'reports', 'migrated.csv');
        const failed = rows(work, 'reports', 'failed.csv');
        // Contacts are upserted on their own external id (e1), tickets on the source id.
        const user = (externalId: string) => [...zendesk.store.users.values()].find((u) => u.external_id === externalId);
        const ticket = [...zendesk.store.tickets.values()].find((t) => t.external_id === '1001');

        // Known beforehand: c1's `tier` has no user field; the connector leaves it out and says so.
        const c1 = migrated.find((r) => r[0] === 'contacts' && r[1] === 'c1');
        if (policy === 'reject') {
          // The deleted field is refused with the whole record: failed, with a reason code, never lost unseen.
          expect(failed.filter((r) => r[0] === 'contacts').map((r) => [r[1], r[3]])).toEqual([['c1', 'rejected_by_target']]);
          expect(failed.find((r) => r[1] === 'c1')?.[4]).toContain('legacy');
          expect(failed.filter((r) => r[0] === 'tickets').map((r) => [r[1], r[3]])).toEqual([['1001', 'rejected_by_target']]);
          expect(user('e1')).toBeUndefined();
        } else {
          expect(summary.totals.failed).toBe(0);
          expect(c1?.join(' ')).toContain('custom_field_left_out');
          expect(user('e1')?.user_fields).not.toHaveProperty('tier');
        }
        if (policy === 'accept') {
          expect(user('e1')?.user_fields).toMatchObject({ plan: 'pro', legacy: 'L-1' });
          expect(Object.values(ticket?.custom_field_values ?? {})).toContain('R-77');
        }
        if (policy === 'drop') {
          expect(user('e1')?.user_fields).toEqual({ plan: 'pro' });
          expect(Object.values(ticket?.custom_field_values ?? {})).not.toContain('R-77');
        }

        const checked = await verify({
          mapping: m, source: intercomSource(m), target: zendeskTarget(m),
          targetReader: zendeskSource(mapping(zendeskYaml(zendesk), UNUSED)),
          stateDir: join(work, 'state'), reportsDir: join(work, 'verify'), log: silentLogger,
        });
        const values = rows(work, 'verify', 'lost-values.csv').map((r) => [r[0], r[1], '<id>', ...r.slice(3, 7)].join(' | '));
        if (policy === 'drop') {
          // Every value the target dropped, by record, field and source value; the known one as left out.
          expect(values.sort()).toEqual([
            'contacts | c1 | <id> | custom.legacy | L-1 | lost | ',
            'contacts | c1 | <id> | custom.tier | gold | left_out | custom_field_left_out',
            'tickets | 1001 | <id> | custom.order_ref | R-77 | lost | ',
          ]);
          expect(checked.verify?.lostValues).toEqual({ 'contacts.custom.legacy': 1, 'tickets.custom.order_ref': 1 });
        } else if (policy === 'accept') {
          // The ticket field is gone, so the reader cannot name the value it holds under that id: lost to a
          // reader, although stored. The user's unknown key is shown as given, so it matches.
          expect(values.sort()).toEqual([
            'contacts | c1 | <id> | custom.tier | gold | left_out | custom_field_left_out',
            'tickets | 1001 | <id> | custom.order_ref | R-77 | lost | ',
          ]);
        } else {
          // Failed records are not in the ledger: nothing to compare, nothing lost.
          expect(values).toEqual([]);
          expect(checked.verify?.lostValues).toEqual({});
        }
      });
    } finally {
      await intercom.close();
    }
  });
});

describe.each(POLICIES)('Zendesk → Intercom, invalidPhone: %s', (policy) => {
  test.each(['drop', 'keep'] as const)('options.invalid_phone: %s', async (invalidPhone) => {
    const intercom = await startIntercomSim({ policies: { invalidPhone: policy }, seed: { admins: [{ id: '991600001', name: 'Sim Admin', email: 'admin@example.com' }] } });
    try {
      await withSim({}, async (zendesk) => {
        zendesk.seed({
          users: [
            // Normalised to E.164 (+14155552671) before it is sent, whatever the policy.
            { name: 'Formatted', email: 'formatted@example.test', phone: '+1 (415) 555-2671' },
            // No phone number at all: left out with a warning (drop), or sent as is (keep).
            { name: 'Words', email: 'words@example.test', phone: 'call me maybe' },
          ],
        });
        const work = tempDir();
        const m = mapping(zendeskYaml(zendesk), intercomBlock(intercom), `entities: [contacts]\noptions:\n  invalid_phone: ${invalidPhone}\n`, ENV);
        await migrate({ mode: 'full', mapping: m, source: zendeskSource(m), target: intercomTarget(m), stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log: silentLogger });
        const contact = (email: string) => [...intercom.store.contacts.values()].find((c) => c.email === email);
        const failed = rows(work, 'reports', 'failed.csv');
        expect(contact('formatted@example.test')?.phone).toBe('+14155552671');

        const sentAsIs = invalidPhone === 'keep';
        if (!sentAsIs) expect(rows(work, 'reports', 'migrated.csv').find((r) => r[0] === 'contacts' && r[2] === contact('words@example.test')?.id)?.[5]).toBe('phone_dropped');
        if (sentAsIs && policy === 'reject') {
          expect(failed.map((r) => r[3])).toEqual(['invalid_phone']);
          expect(contact('words@example.test')).toBeUndefined();
        } else expect(failed).toEqual([]);
        if (sentAsIs && policy === 'accept') expect(contact('words@example.test')?.phone).toBe('call me maybe');
        if (!sentAsIs || policy === 'drop') expect(contact('words@example.test')?.phone ?? null).toBeNull();

        const checked = await verify({
          mapping: m, source: zendeskSource(m), target: intercomTarget(m),
          targetReader: intercomSource(mapping(intercomBlock(intercom), UNUSED, '', ENV)),
          stateDir: join(work, 'state'), reportsDir: join(work, 'verify'), log: silentLogger,
        });
        const values = rows(work, 'verify', 'lost-values.csv').map((r) => [r[0], r[3], r[4], r[5], r[6]].join(' | '));
        if (!sentAsIs) {
          // Left out knowingly, with its warning: no silent loss, and the record matches.
          expect(values).toEqual(['contacts | phone | call me maybe | left_out | phone_dropped']);
          expect(checked.verify?.matched).toBe(checked.verify?.compared);
        } else if (policy === 'drop') {
          // Intercom answered 200 and kept no phone: verify names the value it lost.
          expect(values).toEqual(['contacts | phone | call me maybe | lost | ']);
          expect(checked.verify?.lostValues).toEqual({ 'contacts.phone': 1 });
          expect(checked.verify?.mismatchedFields).toEqual({ 'contacts.phone': 1 });
        } else {
          expect(values).toEqual([]);
          expect(checked.verify?.mismatchedFields).toEqual({});
        }
      });
    } finally {
      await intercom.close();
    }
  });
});
