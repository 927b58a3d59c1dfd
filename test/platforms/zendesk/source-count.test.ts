/**
 * The Zendesk source's `count()` (what `check` shows as the size of each entity) from the `…/count`
 * endpoints: equal to what a full read yields on an account the simulator holds exactly.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ENTITY_ORDER } from '../../../src/model/entities.js';
import { generateZendeskAccount } from '../../sim/zendesk/index.js';
import { tempDir } from '../../support/workspace.js';
import { archiveYaml, mapping, withSim, zendeskSource, zendeskYaml } from './harness.js';

test('count() of agents, contacts, companies and tickets equals the records a full read yields', async () => {
  await withSim({ clock: () => Date.parse('2024-06-01T00:00:00Z') }, async (sim) => {
    sim.seed(generateZendeskAccount({ seed: 42 }).account);
    const source = zendeskSource(mapping(zendeskYaml(sim), archiveYaml(join(tempDir(), 'unused'))));
    const counted: Record<string, number | undefined> = {};
    const read: Record<string, number> = {};
    for (const entity of ENTITY_ORDER) {
      counted[entity] = await source.streams[entity]?.count?.({});
      if (counted[entity] === undefined) continue;
      read[entity] = 0;
      for await (const page of source.streams[entity]!.read({})) read[entity] += page.records.length;
    }
    expect(Object.keys(read).sort()).toEqual(['agents', 'companies', 'contacts', 'tickets']);
    for (const entity of Object.keys(read)) expect([entity, counted[entity]]).toEqual([entity, read[entity]]);
    expect(read['tickets']).toBeGreaterThan(0);
    expect(await source.streams.tickets!.count!({ since: '2024-01-01T00:00:00Z' })).toBeUndefined();
    await source.close();
  });
});
