/**
 * Creates are never sent twice blindly. An answer lost on the way back (the write happened, the
 * connection dropped) is followed by a lookup, not a retry; a run that dies in the middle of a
 * conversation is completed by the next one, not duplicated; and a whole migration under random lost
 * answers ends with the same workspace as a clean one.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { generateIntercomWorkspace, startIntercomSim, type IntercomSim, type IntercomWorkspaceSeed } from '../../sim/intercom/index.js';
import { tempDir } from '../../support/workspace.js';
import { archiveBlock, archiveToIntercom, intercomBlock, intercomTarget, intercomToArchive, mappingFor, reportRows, run, TUNING } from './harness.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';

const T0 = Date.parse('2024-03-01T10:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

const TARGET_SEED: IntercomWorkspaceSeed = {
  admins: [{ id: '991200001', name: 'Ana', email: 'ana@sim.test' }],
  helpCenters: [{ default: true, locales: ['en', 'fr'] }],
};

const SMALL_ARCHIVE: Record<string, unknown[]> = {
  agents: [{ id: 'a1', email: 'ana@sim.test', name: 'Ana' }],
  fields: [{ id: 'f1', on: 'contacts', key: 'plan', label: 'Plan', type: 'string' }],
  companies: [{ id: 'co1', name: 'Acme', createdAt: at(0), updatedAt: at(0), custom: {}, tags: ['vip'] }],
  contacts: [{ id: 'c1', role: 'user', email: 'c1@example.test', companyIds: ['co1'], createdAt: at(0), updatedAt: at(0), custom: { plan: 'pro' }, tags: ['vip'] }],
  tickets: [
    {
      id: 't1',
      kind: 'conversation',
      status: 'closed',
      requesterId: 'c1',
      assigneeId: 'a1',
      tags: ['vip'],
      custom: {},
      createdAt: at(1),
      updatedAt: at(9),
      comments: [
        { id: 'm1', authorType: 'contact', authorId: 'c1', body: '<p>It broke.</p>', public: true, createdAt: at(1), attachments: [] },
        { id: 'm2', authorType: 'agent', authorId: 'a1', body: '<p>Looking.</p>', public: true, createdAt: at(2), attachments: [] },
        { id: 'm3', authorType: 'agent', authorId: 'a1', body: '<p>Internal.</p>', public: false, createdAt: at(3), attachments: [] },
        { id: 'm4', authorType: 'contact', authorId: 'c1', body: '<p>Thanks!</p>', public: true, createdAt: at(4), attachments: [] },
        { id: 'm5', authorType: 'agent', authorId: 'a1', body: '<p>Fixed.</p>', public: true, createdAt: at(5), attachments: [] },
      ],
    },
    {
      id: 't2',
      kind: 'ticket',
      type: 'Bug',
      subject: 'Crash',
      status: 'solved',
      requesterId: 'c1',
      tags: [],
      custom: {},
      createdAt: at(10),
      updatedAt: at(12),
      comments: [
        { id: 'd', authorType: 'contact', authorId: 'c1', body: '<p>Crashes on start.</p>', public: true, createdAt: at(10), attachments: [] },
        { id: 'r1', authorType: 'agent', authorId: 'a1', body: '<p>Reproduced.</p>', public: true, createdAt: at(11), attachments: [] },
      ],
    },
  ],
  kb_categories: [{ id: 'k1', name: 'Guides', locale: 'en', translations: { fr: { name: 'Guides (fr)' } } }],
  kb_folders: [{ id: 'kf1', categoryId: 'k1', name: 'Setup', locale: 'en', translations: {} }],
  articles: [
    {
      id: 'ar1',
      folderId: 'kf1',
      title: 'Install',
      body: '<p>Run it.</p>',
      status: 'published',
      locale: 'en',
      authorId: 'a1',
      tags: [],
      createdAt: at(0),
      updatedAt: at(0),
      translations: [{ locale: 'fr', title: 'Installer', body: '<p>Lancez-le.</p>', status: 'published' }],
      attachments: [],
    },
  ],
};

function writeArchive(dir: string, records: Record<string, unknown[]>): void {
  mkdirSync(dir, { recursive: true });
  for (const [entity, rows] of Object.entries(records)) writeFileSync(join(dir, `${entity}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

/** The request goes through and is applied; its answer is lost (connection reset), as many times as asked. */
function losingAnswers(rules: Array<{ method: string; path: RegExp; times: number }>): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(String(input));
    const rule = rules.find((r) => r.times > 0 && r.method === (init?.method ?? 'GET') && r.path.test(url.pathname));
    if (!rule) return response;
    rule.times--;
    await response.arrayBuffer();
    throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });
  };
}

let sim: IntercomSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const routeCount = (s: IntercomSim, route: string) => s.requests.filter((r) => r.route === route).length;

describe('answers lost on the way back', () => {
  test('every create whose answer was lost is looked up, found, and not sent again', async () => {
    sim = await startIntercomSim({ seed: TARGET_SEED });
    const work = tempDir();
    writeArchive(join(work, 'archive'), SMALL_ARCHIVE);
    const lost = [
      { method: 'POST', path: /^\/contacts$/, times: 1 },
      { method: 'POST', path: /^\/data_attributes$/, times: 1 },
      { method: 'POST', path: /^\/conversations$/, times: 1 },
      { method: 'POST', path: /^\/conversations\/\d+\/reply$/, times: 2 },
      { method: 'POST', path: /^\/conversations\/\d+\/parts$/, times: 1 },
      { method: 'POST', path: /^\/tickets$/, times: 1 },
      { method: 'POST', path: /^\/tickets\/\d+\/reply$/, times: 1 },
      { method: 'POST', path: /^\/ticket_types$/, times: 1 },
      { method: 'POST', path: /^\/help_center\/collections$/, times: 2 },
      { method: 'POST', path: /^\/articles$/, times: 1 },
    ];
    const summary = await archiveToIntercom(work, join(work, 'archive'), sim, '', { ...TUNING, http: { ...TUNING.http, fetch: losingAnswers(lost) } });

    expect(lost.map((r) => r.times)).toEqual(lost.map(() => 0));
    expect(summary.totals).toMatchObject({ failed: 0, skipped: 0 });
    const store = sim.store;
    expect(store.contacts.size).toBe(1);
    expect(store.conversations.size).toBe(1);
    expect(store.tickets.size).toBe(1);
    expect(store.collections.size).toBe(2);
    expect(store.articles.size).toBe(1);
    expect([...store.ticketTypes.values()].map((t) => t.name)).toEqual(['Bug']);
    expect([...store.dataAttributes.values()].filter((a) => a.custom).map((a) => a.name)).toEqual(['plan']);
    const conversation = [...store.conversations.values()][0];
    expect(conversation?.parts.filter((p) => p.body).map((p) => p.body)).toEqual(['<p>Looking.</p>', '<p>Internal.</p>', '<p>Thanks!</p>', '<p>Fixed.</p>']);
    expect(conversation?.parts.map((p) => p.part_type).filter((t) => t === 'assignment' || t === 'close')).toEqual(['assignment', 'close']);
    expect([...store.tickets.values()][0]?.parts.filter((p) => p.body).map((p) => p.body)).toEqual(['<p>Reproduced.</p>']);
    // Each create went out once: the lost answer was followed by a lookup, which found it.
    expect(routeCount(sim, 'POST /contacts')).toBe(1);
    expect(routeCount(sim, 'POST /conversations')).toBe(1);
    expect(routeCount(sim, 'POST /conversations/{conversation_id}/reply')).toBe(4);
    expect(routeCount(sim, 'POST /tickets')).toBe(1);
    expect(routeCount(sim, 'POST /articles')).toBe(1);
    expect(routeCount(sim, 'POST /help_center/collections')).toBe(2);
    const rows = reportRows(work);
    expect(rows.migrated.get('tickets:t1')).toBe(conversation?.id);
  });

  test('a run that dies in the middle of a conversation is completed by the next run, not duplicated', async () => {
    sim = await startIntercomSim({ seed: TARGET_SEED });
    const work = tempDir();
    writeArchive(join(work, 'archive'), SMALL_ARCHIVE);
    const mapping = mappingFor(archiveBlock(join(work, 'archive')), intercomBlock(sim));
    let replies = 0;
    let frozen = false;
    // After two replies of the conversation the process "dies": nothing answers any more.
    const dying: typeof fetch = async (input, init) => {
      if (/\/reply$/.test(new URL(String(input)).pathname) && ++replies > 2) {
        frozen = true;
        return new Promise<Response>(() => {});
      }
      return fetch(input, init);
    };
    void run(join(work, 'first'), mapping, new ArchiveSource(join(work, 'archive')), intercomTarget(mapping, { ...TUNING, http: { ...TUNING.http, fetch: dying } }));
    await expect.poll(() => frozen, { timeout: 10_000 }).toBe(true);
    expect(sim.store.conversations.size).toBe(1);
    // The state as the dead process left it, picked up by a new process.
    cpSync(join(work, 'first', 'state'), join(work, 'second', 'state'), { recursive: true });
    const summary = await run(join(work, 'second'), mapping, new ArchiveSource(join(work, 'archive')), intercomTarget(mapping));

    expect(summary.totals).toMatchObject({ failed: 0 });
    expect(sim.store.conversations.size).toBe(1);
    const conversation = [...sim.store.conversations.values()][0];
    expect(conversation?.parts.filter((p) => p.body).map((p) => p.body)).toEqual(['<p>Looking.</p>', '<p>Internal.</p>', '<p>Thanks!</p>', '<p>Fixed.</p>']);
    expect(conversation?.state).toBe('closed');
    expect(reportRows(join(work, 'second')).migrated.get('tickets:t1')).toBe(conversation?.id);
  });
});

describe('a whole migration under random lost answers', () => {
  let work: string;
  let archive: string;
  let clean: IntercomSim;
  let chaotic: IntercomSim;
  const target = (): IntercomWorkspaceSeed => ({
    admins: generated.workspace.admins!.map((a) => ({ name: a.name, email: a.email })),
    teams: generated.workspace.teams!.map((t) => ({ name: t.name })),
    helpCenters: [{ default: true, locales: ['en', 'fr', 'de'] }],
  });
  const generated = generateIntercomWorkspace({ seed: 3, longThreadParts: 503, longTicketParts: 501 });

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'desk-migrate-intercom-chaos-'));
    archive = join(work, 'archive');
    const source = await startIntercomSim({ seed: generated.workspace });
    await intercomToArchive(join(work, 'read'), source, archive);
    await source.close();
    clean = await startIntercomSim({ seed: target() });
    chaotic = await startIntercomSim({ seed: target(), faults: { dropAfterRate: 0.08, seed: 11 } });
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await clean?.close();
    await chaotic?.close();
  });

  test('ends with the same workspace as a clean run: nothing duplicated, nothing missing', async () => {
    const first = await archiveToIntercom(join(work, 'clean'), archive, clean);
    const second = await archiveToIntercom(join(work, 'chaos'), archive, chaotic);
    const dropped = chaotic.server.log.filter((e) => e.status === 'dropped' && e.method === 'POST').length;
    expect(dropped).toBeGreaterThan(30);
    expect(second.totals).toEqual(first.totals);
    const shape = (s: IntercomSim) => ({
      contacts: s.store.contacts.size,
      companies: s.store.companies.size,
      tags: s.store.tags.size,
      attributes: s.store.dataAttributes.size + s.store.conversationAttributes.size,
      ticketTypes: [...s.store.ticketTypes.values()].map((t) => [t.name, t.attributes.length]),
      conversations: [...s.store.conversations.values()].map((c) => [c.created_at, c.parts.filter((p) => p.body || p.attachments.length).length, c.state]).sort(),
      tickets: [...s.store.tickets.values()].map((t) => [t.created_at, t.parts.filter((p) => p.body).length]).sort(),
      collections: s.store.collections.size,
      articles: s.store.articles.size,
    });
    expect(shape(chaotic)).toEqual(shape(clean));
  });
});
