/**
 * A team that changed since it was migrated (a delta) updates its group in place: `PUT
 * /api/v2/groups/{id}` with the members and description the source now has. One found by name after
 * a lost answer that already matches is left as it is (no request).
 */
import { describe, expect, test } from 'vitest';
import { silentLogger } from '../../../src/log/logger.js';
import type { Team } from '../../../src/model/records.js';
import type { Sink, WriteContext } from '../../../src/platforms/contracts.js';
import { MemoryMemo } from '../../../src/platforms/memory-memo.js';
import { freshdeskTarget, freshdeskYaml, mapping, UNUSED, withSim } from './harness.js';

describe('teams into Freshdesk groups', () => {
  test('a changed team updates its group: members replaced, description changed, nothing created', async () => {
    await withSim({}, async (sim) => {
      const { agents } = sim.seed({ agents: [{ name: 'Ann', email: 'ann@x.test' }, { name: 'Bob', email: 'bob@x.test' }] });
      const [ann, bob] = agents as [number, number];
      const m = mapping(UNUSED, freshdeskYaml(sim));
      const target = freshdeskTarget(m);
      const context: WriteContext = { resolve: () => undefined, fetchAttachment: async () => new Uint8Array(), options: m, log: silentLogger, memo: new MemoryMemo() };
      const teams = target.sinks.teams as Sink<Team>;
      try {
        const team: Team = { id: 't1', name: 'Billing', description: 'Money', memberIds: [String(ann)] };
        const [first] = await teams.write([{ record: team }], context);
        expect(first).toMatchObject({ status: 'migrated' });
        const groupId = Number((first as { targetId: string }).targetId);

        const before = sim.server.log.length;
        const again = await teams.write([{ record: team }], context);
        expect(again[0]).toMatchObject({ status: 'migrated', targetId: String(groupId) });
        expect(sim.server.log.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);

        const changed: Team = { ...team, description: 'Invoices and refunds', memberIds: [String(bob)] };
        const [updated] = await teams.write([{ record: changed, previous: { targetId: String(groupId), hash: 'old' } }], context);
        expect(updated).toMatchObject({ status: 'migrated', targetId: String(groupId) });
        const group = sim.store.groups.get(groupId);
        expect(group).toMatchObject({ name: 'Billing', description: 'Invoices and refunds', agent_ids: [bob] });
        expect(sim.store.groups.size).toBe(1);
      } finally {
        await target.close();
      }
    });
  });
});
