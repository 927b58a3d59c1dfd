/**
 * Property: whatever an archive holds (valid records, records with missing fields, wrong types,
 * huge strings, odd unicode, duplicate ids, dangling references, lines that are not objects), a
 * run ends either with every record read in exactly one outcome, or stopped by a message that
 * names the file and line; never an internal error (TypeError, RangeError, …). A valid archive
 * migrates archive → archive to an identical archive, attachments included.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ENTITY_ORDER } from '../../src/model/entities.js';
import { attachmentPath } from '../../src/platforms/archive/layout.js';
import { runArchive } from '../support/run-archive.js';
import { readArchive, readCsv, tempDir } from '../support/workspace.js';

const KEEP = 'options:\n  invalid_phone: keep\n  batch_size: 4\n';
/** Modest by default (seconds); PROPERTY_RUNS=200 for a deeper local search. */
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 12), endOnFailure: true } as const;

/** Text with everything a real export holds: emoji, RTL, combining marks, NUL, lone surrogates. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\ud800', 'e\u0301', '\u202eabc', '👩‍👩‍👧', '=HYPERLINK("x")', '../../etc/passwd', 'CON'),
);
const huge = fc.integer({ min: 50_000, max: 200_000 }).map((n) => 'x'.repeat(n));
const id = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/), text.filter((s) => s.length > 0));
const iso = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());

interface ValidArchive {
  agents: Record<string, unknown>[];
  contacts: Record<string, unknown>[];
  tags: Record<string, unknown>[];
  tickets: Record<string, unknown>[];
  files: Map<string, string>;
}

/** A consistent archive: unique ids, every reference resolved, every attachment file present. */
const validArchive: fc.Arbitrary<ValidArchive> = fc
  .record({
    agentIds: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
    contactIds: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    tags: fc.uniqueArray(fc.record({ id, name: text }), { selector: (t) => t.id, maxLength: 4 }),
    names: fc.array(text, { minLength: 8, maxLength: 8 }),
    tickets: fc.uniqueArray(
      fc.record({
        id,
        subject: text,
        createdAt: iso,
        comments: fc.array(
          fc.record({ id, body: text, public: fc.boolean(), files: fc.uniqueArray(fc.record({ id, fileName: text, bytes: text }), { selector: (f) => f.id, maxLength: 2 }) }),
          { maxLength: 3 },
        ),
      }),
      { selector: (t) => t.id, maxLength: 5 },
    ),
  })
  .map(({ agentIds, contactIds, tags, names, tickets }) => {
    const files = new Map<string, string>();
    const name = (i: number) => names[i % names.length] ?? '';
    return {
      agents: agentIds.map((a, i) => ({ id: a, email: `agent${i}@example.test`, name: name(i), role: 'agent', active: true })),
      contacts: contactIds.map((c, i) => ({ id: c, role: 'user', name: name(i + 3), email: `c${i}@example.test`, companyIds: [], tags: [], custom: {}, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' })),
      tags,
      tickets: tickets.map((t, i) => ({
        id: t.id,
        kind: 'ticket',
        subject: t.subject,
        status: 'open',
        requesterId: contactIds[i % contactIds.length],
        assigneeId: agentIds[i % agentIds.length],
        tags: tags.slice(0, 1).map((x) => x.name),
        custom: {},
        createdAt: t.createdAt,
        updatedAt: t.createdAt,
        comments: [...new Map(t.comments.map((c) => [c.id, c])).values()].map((c, j) => ({
          id: c.id,
          authorType: j % 2 ? 'agent' : 'contact',
          authorId: j % 2 ? agentIds[0] : contactIds[i % contactIds.length],
          body: c.body,
          public: c.public,
          createdAt: t.createdAt,
          attachments: c.files.map((f) => {
            const url = attachmentPath('tickets', t.id, `${c.id}:${f.id}`, f.fileName);
            files.set(url, f.bytes);
            return { id: `${c.id}:${f.id}`, fileName: f.fileName, contentType: 'application/octet-stream', size: Buffer.byteLength(f.bytes), url };
          }),
        })),
      })),
      files,
    };
  });

function writeArchive(dir: string, archive: Omit<ValidArchive, 'files'>, files: Map<string, string>, extra: Record<string, string[]> = {}): void {
  mkdirSync(dir, { recursive: true });
  for (const entity of ['agents', 'contacts', 'tags', 'tickets'] as const) {
    const lines = [...archive[entity].map((r) => JSON.stringify(r)), ...(extra[entity] ?? [])];
    writeFileSync(join(dir, `${entity}.jsonl`), lines.length ? lines.join('\n') + '\n' : '');
  }
  for (const [url, bytes] of files) {
    mkdirSync(dirname(join(dir, url)), { recursive: true });
    writeFileSync(join(dir, url), bytes);
  }
}

/** A broken line for an entity: valid-looking records with one thing wrong, or not a record at all. */
const brokenLine = (ids: { contacts: string[]; tickets: string[] }) =>
  fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.record({ id }, { requiredKeys: [] }).map((r) => JSON.stringify(r)),
    fc.record({ id: fc.oneof(id, fc.integer(), fc.constant(null), fc.constant({}), fc.constant([])), name: fc.oneof(text, huge, fc.integer(), fc.constant(null)) }).map((r) => JSON.stringify(r)),
    fc.record({ id, email: fc.oneof(text, fc.integer(), fc.constant(null), fc.constant(['a@b.c'])), name: fc.oneof(text, fc.boolean()) }).map((r) => JSON.stringify(r)),
    fc.record({
      id,
      kind: fc.constantFrom('ticket', 'conversation', 7, null),
      status: fc.constantFrom('open', 'nope', 1),
      requesterId: fc.oneof(fc.constantFrom(...ids.contacts, 'missing-contact'), fc.integer()),
      comments: fc.oneof(
        fc.constant('not a list'),
        fc.constant(null),
        fc.array(fc.oneof(fc.constant(null), fc.constant(3), fc.record({ id, body: fc.oneof(text, huge, fc.integer()), attachments: fc.oneof(fc.constant({}), fc.array(fc.record({ id, fileName: text, url: fc.oneof(text, fc.integer()) }), { maxLength: 2 })) }, { requiredKeys: [] })), { maxLength: 2 }),
      ),
      tags: fc.oneof(fc.constant('x'), fc.array(fc.oneof(text, fc.integer()), { maxLength: 2 })),
      custom: fc.oneof(fc.constant(null), fc.constant([]), fc.dictionary(text, fc.jsonValue(), { maxKeys: 2 })),
      createdAt: fc.oneof(iso, text, fc.integer()),
      updatedAt: fc.oneof(iso, text, fc.integer()),
    }, { requiredKeys: ['id'] }).map((r) => JSON.stringify(r)),
    fc.constantFrom(...ids.tickets.map((t) => JSON.stringify({ id: t, kind: 'ticket', status: 'open', requesterId: ids.contacts[0], tags: [], custom: {}, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', comments: [] })), '{"id":"dup"}'),
  );

/** A report is UTF-8: a lone surrogate in an id reads back as U+FFFD there. */
const wellFormed = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

/** (entity, id) of every record line in the archive, as the reports must list them. */
function recordKeys(dir: string): string[] {
  const keys: string[] = [];
  for (const entity of ENTITY_ORDER) {
    let raw = '';
    try {
      raw = readFileSync(join(dir, `${entity}.jsonl`), 'utf8');
    } catch {
      continue;
    }
    for (const line of raw.split('\n').filter((l) => l.trim() !== '')) keys.push(wellFormed(`${entity}:${String((JSON.parse(line) as { id: unknown }).id)}`));
  }
  return keys.sort();
}

/** A stop is acceptable only as a sentence naming the file and line, never a JavaScript internal error. */
function expectUserError(error: unknown): void {
  expect(error).toBeInstanceOf(Error);
  const e = error as Error;
  expect([TypeError, RangeError, ReferenceError, SyntaxError].some((k) => e instanceof k), `${e.name}: ${e.message}\n${e.stack}`).toBe(false);
  expect(e.message, e.stack).toMatch(/\.jsonl:\d+/);
}

describe('archive records, valid and broken (property)', () => {
  test('a valid archive migrates to an identical archive', async () => {
    await fc.assert(
      fc.asyncProperty(validArchive, async (archive) => {
        const work = tempDir();
        const source = join(work, 'source');
        writeArchive(source, archive, archive.files);
        const summary = await runArchive(work, source, 'full', KEEP);
        expect(summary.totals.failed, JSON.stringify(summary.topFailures)).toBe(0);
        expect(summary.totals.skipped).toBe(0);
        const before = readArchive(source);
        const after = readArchive(join(work, 'target'));
        for (const entity of ['agents', 'contacts', 'tags', 'tickets']) expect(after[entity] ?? [], entity).toEqual(before[entity] ?? []);
        for (const url of archive.files.keys()) expect(readFileSync(join(work, 'target', url)).equals(readFileSync(join(source, url))), url).toBe(true);
      }),
      RUNS,
    );
  });

  test('broken records: every record read ends in exactly one outcome, or the run names the file and line', async () => {
    const broken = validArchive.chain((archive) =>
      fc.record({
        archive: fc.constant(archive),
        extra: fc.record({
          agents: fc.array(brokenLine({ contacts: archive.contacts.map((c) => String(c.id)), tickets: archive.tickets.map((t) => String(t.id)) }), { maxLength: 3 }),
          contacts: fc.array(brokenLine({ contacts: archive.contacts.map((c) => String(c.id)), tickets: archive.tickets.map((t) => String(t.id)) }), { maxLength: 3 }),
          tickets: fc.array(brokenLine({ contacts: archive.contacts.map((c) => String(c.id)), tickets: archive.tickets.map((t) => String(t.id)) }), { maxLength: 4 }),
        }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(broken, async ({ archive, extra }) => {
        const work = tempDir();
        const source = join(work, 'source');
        writeArchive(source, archive, archive.files, extra);
        let summary;
        try {
          summary = await runArchive(work, source, 'full', KEEP);
        } catch (error) {
          expectUserError(error);
          return;
        }
        const rows = ['migrated', 'failed', 'skipped'].flatMap((s) => readCsv(join(work, 'reports', `${s}.csv`)).map((r) => wellFormed(`${r[0]}:${r[1]}`)));
        expect(rows.sort()).toEqual(recordKeys(source));
        expect(summary.totals.read).toBe(rows.length);
      }),
      RUNS,
    );
  });
});
