/**
 * Per-record rejections end as failed or skipped rows with a reason and a message that says what to
 * do, while the rest of the migration goes on: invalid phones refused by the API, teammates and
 * teams Intercom does not have, attribute names it refuses, a ticket without a type, a fourth level
 * of collections.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { startIntercomSim, type IntercomSim } from '../../sim/intercom/index.js';
import { tempDir } from '../../support/workspace.js';
import { archiveToIntercom, reportRows } from './harness.js';

const T0 = '2024-03-01T10:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

function writeArchive(dir: string, records: Record<string, unknown[]>): void {
  mkdirSync(dir, { recursive: true });
  for (const [entity, rows] of Object.entries(records)) writeFileSync(join(dir, `${entity}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

const contact = (id: string, phone: string) => ({ id, role: 'user', name: `Contact ${id}`, email: `${id}@example.test`, phone, companyIds: [], createdAt: T0, updatedAt: T0, custom: {}, tags: [] });
const conversation = (id: string, requesterId: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'conversation',
  status: 'open',
  requesterId,
  tags: [],
  custom: {},
  createdAt: at(1),
  updatedAt: at(2),
  comments: [{ id: `${id}-1`, authorType: 'contact', authorId: requesterId, body: '<p>Help!</p>', public: true, createdAt: at(1), attachments: [] }],
  ...extra,
});

const ARCHIVE = {
  agents: [
    { id: 'a1', email: 'ana@sim.test', name: 'Ana' },
    { id: 'a2', email: 'nobody@elsewhere.test', name: 'Not in Intercom' },
  ],
  teams: [
    { id: 'g1', name: 'tier 1', memberIds: ['a1'] },
    { id: 'g2', name: 'Ghosts', memberIds: [] },
  ],
  fields: [
    { id: 'f1', on: 'contacts', key: 'plan', label: 'Plan', type: 'string' },
    { id: 'f2', on: 'contacts', key: 'order.number', label: 'Order number', type: 'string' },
    { id: 'f3', on: 'contacts', key: 'email', label: 'E-mail', type: 'string' },
  ],
  contacts: [contact('c1', '+33612345678'), contact('c2', '12345'), contact('c3', '+1 (555) 0100')],
  tickets: [
    conversation('t1', 'c1', { assigneeId: 'a2', teamId: 'g2' }),
    conversation('t2', 'c2'),
    { ...conversation('t3', 'c1'), kind: 'ticket', subject: 'No type' },
    conversation('t4', 'c3'),
  ],
  kb_categories: [{ id: 'k1', name: 'Top', locale: 'en', translations: {} }],
  kb_folders: [
    { id: 'f-a', categoryId: 'k1', name: 'Level 2', locale: 'en', translations: {} },
    { id: 'f-b', categoryId: 'k1', parentFolderId: 'f-a', name: 'Level 3', locale: 'en', translations: {} },
    { id: 'f-c', categoryId: 'k1', parentFolderId: 'f-b', name: 'Level 4', locale: 'en', translations: {} },
  ],
  articles: [
    { id: 'ar1', folderId: 'f-b', title: 'Fine', body: '<p>ok</p>', status: 'published', locale: 'en', tags: [], createdAt: T0, updatedAt: T0, translations: [], attachments: [] },
    { id: 'ar2', folderId: 'f-c', title: 'Too deep', body: '<p>x</p>', status: 'published', locale: 'en', tags: [], createdAt: T0, updatedAt: T0, translations: [], attachments: [] },
  ],
};

let sim: IntercomSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function migrateInto(extra: string) {
  sim = await startIntercomSim({
    seed: { admins: [{ id: '991200001', name: 'Ana', email: 'ana@sim.test' }], teams: [{ id: '5017001', name: 'Tier 1' }] },
  });
  const work = tempDir();
  writeArchive(join(work, 'archive'), ARCHIVE);
  const summary = await archiveToIntercom(work, join(work, 'archive'), sim, extra);
  const rows = reportRows(work);
  const row = (list: string[][], entity: string, id: string) => list.find((r) => r[0] === entity && r[1] === id);
  return { summary, rows, failed: (e: string, id: string) => row(rows.failed, e, id), skipped: (e: string, id: string) => row(rows.skipped, e, id) };
}

describe('per-record rejections', () => {
  test('each refused record fails or is skipped with its reason; everything else migrates', async () => {
    const { summary, rows, failed, skipped } = await migrateInto('options:\n  invalid_phone: keep\n');

    // Phones the mapping lets through as they are: Intercom refuses them, record by record.
    expect(failed('contacts', 'c2')?.slice(3, 5)).toEqual(['invalid_phone', expect.stringMatching(/Intercom refused the phone number of contact c2 \(.*Invalid phone number\); fix it in the source, or set options.invalid_phone: drop/)]);
    expect(failed('contacts', 'c3')?.[3]).toBe('invalid_phone');
    expect(skipped('tickets', 't2')?.slice(3, 5)).toEqual(['dependency_failed', 'ticket t2 needs contact c2 (requesterId), which was not migrated (invalid_phone)']);
    expect(skipped('tickets', 't4')?.[3]).toBe('dependency_failed');

    // Teammates and teams cannot be created: the message says what to provision.
    expect(failed('agents', 'a2')?.slice(3, 5)).toEqual([
      'unmatched_agent',
      expect.stringMatching(/^No Intercom teammate has the email nobody@elsewhere\.test .*invite nobody@elsewhere\.test in Intercom .* or map it with agents\.table or agents\.default\.$/),
    ]);
    expect(failed('teams', 'g2')?.slice(3, 5)).toEqual(['unmatched_team', expect.stringMatching(/^No Intercom team is named "Ghosts" .*create it in Intercom .* or map it with teams.table or teams.default\.$/)]);
    // Matching is case-insensitive; t1 migrates without the assignee and team that did not.
    expect(rows.migrated.get('teams:g1')).toBe('5017001');
    const t1 = sim?.store.conversations.get(rows.migrated.get('tickets:t1') ?? '');
    expect(t1).toMatchObject({ admin_assignee_id: '0', team_assignee_id: '0' });

    // Attribute names Intercom refuses, or that clash with a built-in attribute.
    expect(failed('fields', 'f2')?.slice(3, 5)).toEqual(['rejected_by_target', expect.stringContaining('must only contain alphanumeric characters')]);
    expect(failed('fields', 'f3')?.slice(3, 5)).toEqual(['rejected_by_target', 'Intercom has a built-in contact attribute "email"; map this field to another key under fields.contacts']);
    expect(rows.migrated.has('fields:f1')).toBe(true);

    // A ticket needs a type; a fourth level of collections is one too many.
    expect(failed('tickets', 't3')?.slice(3, 5)).toEqual(['invalid_record', expect.stringContaining('set defaults.tickets.type')]);
    expect(failed('kb_folders', 'f-c')?.slice(3, 5)).toEqual(['rejected_by_target', expect.stringContaining('nested at most 3 levels')]);
    expect(skipped('articles', 'ar2')?.[3]).toBe('dependency_failed');

    expect(summary.totals).toMatchObject({ failed: 8, skipped: 3 });
    expect([...rows.migrated.keys()].sort()).toEqual(
      ['agents:a1', 'teams:g1', 'fields:f1', 'contacts:c1', 'tickets:t1', 'kb_categories:k1', 'kb_folders:f-a', 'kb_folders:f-b', 'articles:ar1'].sort(),
    );
  });

  test("the mapping's default agent, default team and default ticket type take over", async () => {
    const { rows, failed } = await migrateInto(
      'agents:\n  default: ana@sim.test\nteams:\n  default: Tier 1\ndefaults:\n  tickets:\n    type: Question\noptions:\n  invalid_phone: drop\n',
    );
    expect(rows.migrated.get('agents:a2')).toBe('991200001');
    expect(rows.migrated.get('teams:g2')).toBe('5017001');
    expect(failed('tickets', 't3')).toBeUndefined();
    const t1 = sim?.store.conversations.get(rows.migrated.get('tickets:t1') ?? '');
    expect(t1).toMatchObject({ admin_assignee_id: '991200001', team_assignee_id: '5017001' });
    const t3 = sim?.store.tickets.get((rows.migrated.get('tickets:t3') ?? '').replace('ticket-', ''));
    expect(sim?.store.ticketTypes.get(t3?.ticket_type_id ?? '')?.name).toBe('Question');
    // Dropped phones: the contacts migrate without them, with a warning.
    expect(sim?.store.contacts.get(rows.migrated.get('contacts:c2') ?? '')?.phone).toBeNull();
  });
});
