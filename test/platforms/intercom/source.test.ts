/**
 * The Intercom source beyond a full read: deltas (`since`) through the searches, the contact
 * search's calendar-day matching in the workspace's timezone, resumable cursors, counts, and
 * attachment downloads that never carry the token.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { EntityName } from '../../../src/model/entities.js';
import type { Page } from '../../../src/platforms/contracts.js';
import { intercomConnection } from '../../../src/platforms/intercom/connection.js';
import { IntercomSource } from '../../../src/platforms/intercom/source.js';
import { silentLogger } from '../../../src/log/logger.js';
import { generateIntercomWorkspace, startIntercomSim, type IntercomSim, type IntercomWorkspaceSeed } from '../../sim/intercom/index.js';
import { TOKEN, TUNING } from './harness.js';

let sim: IntercomSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const DAY = 86_400;
const NOON = 1_717_243_200; // 2024-06-01T12:00:00Z

function source(s: IntercomSim, tuning = TUNING): IntercomSource {
  return new IntercomSource(intercomConnection.parse({ platform: 'intercom', token: TOKEN, base_url: s.url, requests_per_minute: 600_000 }), silentLogger, tuning);
}

async function readAll(src: IntercomSource, entity: EntityName, options = {}): Promise<{ ids: string[]; pages: Page<{ id: string }>[] }> {
  const pages: Page<{ id: string }>[] = [];
  for await (const page of src.streams[entity]!.read(options)) pages.push(page as Page<{ id: string }>);
  return { ids: pages.flatMap((p) => p.records.map((r) => r.id)), pages };
}

describe('delta reads', () => {
  test('contacts: the day-granular search is widened and what did not change since is left out', async () => {
    const contacts = [-3, -1, -0.25, 0, 0.25, 1].map((days, i) => ({ id: `6762f00000000000000000a${i}`, email: `c${i}@x.test`, created_at: NOON - 10 * DAY, updated_at: Math.round(NOON + days * DAY) }));
    // A timezone far from UTC: the search matches by calendar day there.
    sim = await startIntercomSim({ timezone: 'Pacific/Kiritimati', seed: { admins: [{ name: 'A', email: 'a@x.test' }], contacts } });
    const since = new Date(NOON * 1000).toISOString();
    const { ids } = await readAll(source(sim), 'contacts', { since });
    expect(ids.sort()).toEqual(contacts.filter((c) => c.updated_at >= NOON).map((c) => c.id).sort());
    const query = sim.requests.find((r) => r.route === 'POST /contacts/search')?.body as { query: { field: string; operator: string; value: number } };
    expect(query.query).toEqual({ field: 'updated_at', operator: '>', value: NOON - 2 * DAY });
  });

  test('conversations and tickets: searched on updated_at', async () => {
    const { workspace } = generateIntercomWorkspace({ seed: 4, longThreadParts: 3, longTicketParts: 3 });
    sim = await startIntercomSim({ seed: workspace });
    const all = [...sim.store.conversations.values(), ...sim.store.tickets.values()].map((t) => t.updated_at).sort((a, b) => a - b);
    const cut = all[Math.floor(all.length / 2)] as number;
    const { ids } = await readAll(source(sim), 'tickets', { since: new Date(cut * 1000).toISOString() });
    const expected = [
      ...[...sim.store.conversations.values()].filter((c) => c.updated_at >= cut).map((c) => c.id),
      ...[...sim.store.tickets.values()].filter((t) => t.updated_at >= cut).map((t) => `ticket-${t.id}`),
    ];
    expect(ids.sort()).toEqual(expected.sort());
    expect(ids.length).toBeLessThan(all.length);
  });
});

describe('cursors', () => {
  test('a read resumed from any page cursor goes on where it stopped, conversations then tickets', async () => {
    const { workspace } = generateIntercomWorkspace({ seed: 4, conversations: 160, longThreadParts: 3, longTicketParts: 3 });
    sim = await startIntercomSim({ seed: workspace });
    const full = await readAll(source(sim), 'tickets');
    expect(full.pages.length).toBeGreaterThan(2);
    for (const [i, page] of full.pages.entries()) {
      if (!page.cursor) continue;
      const resumed = await readAll(source(sim), 'tickets', { cursor: page.cursor });
      expect(resumed.ids).toEqual(full.pages.slice(i + 1).flatMap((p) => p.records.map((r) => r.id)));
    }
    expect(full.pages.at(-1)?.cursor).toBeUndefined();
    await expect(readAll(source(sim), 'tickets', { cursor: 'not json' })).rejects.toThrow(/was not written by this connector/);
  });
});

describe('counts and attachments', () => {
  test('counts what a read yields, cheaply', async () => {
    const { workspace } = generateIntercomWorkspace({ seed: 4 });
    sim = await startIntercomSim({ seed: workspace });
    const src = source(sim);
    for (const entity of ['agents', 'teams', 'tags', 'companies', 'contacts', 'tickets', 'kb_categories', 'kb_folders', 'articles'] as const) {
      const mark = sim.requests.length;
      const counted = await src.streams[entity]!.count!({});
      const costly = sim.requests.length - mark;
      expect(counted, entity).toBe((await readAll(source(sim), entity)).ids.length);
      expect(costly, entity).toBeLessThanOrEqual(2);
    }
    expect(await src.streams.contacts!.count!({ since: '2024-01-01T00:00:00Z' })).toBeUndefined();
  });

  test('downloads attachments without sending the token', async () => {
    const seed: IntercomWorkspaceSeed = generateIntercomWorkspace({ seed: 4 }).workspace;
    sim = await startIntercomSim({ seed });
    const seen: { url: string; authorization: string | null }[] = [];
    const spy: typeof fetch = async (input, init) => {
      seen.push({ url: String(input), authorization: new Headers(init?.headers).get('authorization') });
      return fetch(input, init);
    };
    const src = source(sim, { ...TUNING, http: { ...TUNING.http, fetch: spy } });
    const file = [...sim.store.files.values()][0];
    const bytes = await src.openAttachment({ id: 'x', fileName: file?.name ?? '', contentType: file?.content_type ?? '', url: `${sim.url}/_files/${file?.id}/${file?.name}` });
    expect(Buffer.from(bytes)).toEqual(file?.data);
    await src.streams.agents!.count!({});
    expect(seen.map((r) => [new URL(r.url).pathname.startsWith('/_files/'), r.authorization])).toEqual([
      [true, null],
      [false, `Bearer ${TOKEN}`],
    ]);
  });
});
