/**
 * The engine on archive → archive: every entity arrives intact, every record read has exactly one
 * outcome, a rerun writes nothing, a failed dependency skips its dependants with the reason.
 */
import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { ENTITY_ORDER } from '../../src/model/entities.js';
import { migrate } from '../../src/engine/migrate.js';
import { ArchiveSource } from '../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../src/platforms/archive/target.js';
import { articlesInFolders } from '../support/sink-overrides.js';
import { silentLogger } from '../../src/log/logger.js';
import { runArchive } from '../support/run-archive.js';
import { archiveMapping, readArchive, readCsv, readJsonl, tempDir } from '../support/workspace.js';

const KEEP_EVERYTHING = 'options:\n  invalid_phone: keep\n  batch_size: 3\n';

describe('archive → archive', () => {
  test('every entity arrives field for field, attachments included', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 40, contacts: 20, articles: 9 });
    const summary = await runArchive(work, source, 'full', KEEP_EVERYTHING);

    expect(summary.complete).toBe(true);
    expect(summary.totals.failed).toBe(0);
    expect(summary.totals.skipped).toBe(0);
    const before = readArchive(source);
    const after = readArchive(join(work, 'target'));
    for (const entity of ENTITY_ORDER) {
      expect(after[entity], entity).toEqual(before[entity]);
      expect(summary.entities[entity]?.migrated, entity).toBe(before[entity]?.length);
    }
    const attachment = (after.tickets?.[0] as { comments: { attachments: { url: string }[] }[] }).comments[0]?.attachments[0];
    expect(attachment).toBeDefined();
    expect(readFileSync(join(work, 'target', attachment?.url ?? ''), 'utf8')).toBe(readFileSync(join(source, attachment?.url ?? ''), 'utf8'));
  });

  test('every record read has exactly one row in the reports, per entity', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 25, contacts: 14 });
    const summary = await runArchive(work, source, 'full', 'options:\n  invalid_phone: fail\n');
    const rows = ['migrated', 'failed', 'skipped'].flatMap((s) => readCsv(join(work, 'reports', `${s}.csv`)).map((r) => `${r[0]}:${r[1]}`));
    expect(new Set(rows).size).toBe(rows.length);
    const archive = readArchive(source);
    const expected = ENTITY_ORDER.flatMap((e) => (archive[e] ?? []).map((r) => `${e}:${String(r.id)}`));
    expect(rows.sort()).toEqual(expected.sort());
    // contacts 7 and 14 have invalid phones: failed, and their tickets skipped naming the reason.
    expect(summary.entities.contacts?.failedBy).toEqual({ invalid_phone: 2 });
    const skipped = readCsv(join(work, 'reports', 'skipped.csv'));
    expect(skipped.length).toBeGreaterThan(0);
    for (const row of skipped) {
      expect(row[3]).toBe('dependency_failed');
      expect(row[4]).toMatch(/needs contact c(7|14) \(requesterId\), which was not migrated \(invalid_phone\)/);
    }
    expect(summary.totals.read).toBe(expected.length);
  });

  test('a rerun of a finished migration writes nothing', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 30 });
    await runArchive(work, source, 'full', KEEP_EVERYTHING);
    const files = ENTITY_ORDER.map((e) => join(work, 'target', `${e}.jsonl`));
    const stamps = files.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs]);

    const again = await runArchive(work, source, 'full', KEEP_EVERYTHING);
    // Only the current run's outcome log stays in the state (the cached checkpoint does not grow).
    expect(readdirSync(join(work, 'state')).filter((f) => f.startsWith('outcomes-'))).toEqual([`outcomes-${again.runId}.jsonl`]);
    expect(again.totals.migrated).toBe(0);
    expect(again.totals.skipped).toBe(again.totals.read);
    for (const counts of Object.values(again.entities)) expect(Object.keys(counts.skippedBy)).toEqual(['already_migrated']);
    files.forEach((f, i) => {
      expect(readFileSync(f, 'utf8')).toBe(stamps[i]?.[0]);
      expect(statSync(f).mtimeMs).toBe(stamps[i]?.[1]);
    });
  });

  test('a changed record is updated in place, not duplicated', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 10 });
    await runArchive(work, source, 'full', KEEP_EVERYTHING);
    const file = join(source, 'companies.jsonl');
    const companies = readJsonl<{ id: string; name: string }>(file);
    companies[0] = { ...companies[0], name: 'Renamed Inc' } as { id: string; name: string };
    writeFileSync(file, companies.map((c) => JSON.stringify(c)).join('\n') + '\n');

    const again = await runArchive(work, source, 'full', KEEP_EVERYTHING);
    expect(again.entities.companies?.migrated).toBe(1);
    const target = readJsonl<{ id: string; name: string }>(join(work, 'target', 'companies.jsonl'));
    expect(target.length).toBe(companies.length);
    expect(target.find((c) => c.id === companies[0]?.id)?.name).toBe('Renamed Inc');
  });

  test('a folder listed before its parent still lands under it', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 2, articles: 3 });
    const file = join(source, 'kb_folders.jsonl');
    const folders = readFileSync(file, 'utf8').trim().split('\n').reverse();
    writeFileSync(file, folders.join('\n') + '\n');
    const summary = await runArchive(work, source, 'full', KEEP_EVERYTHING);
    expect(summary.entities.kb_folders).toMatchObject({ migrated: 3, skipped: 0 });
    expect(summary.entities.articles).toMatchObject({ migrated: 3, skipped: 0 });
  });

  test('a record pointing at a record that does not exist is skipped with the reason', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 3 });
    appendFileSync(
      join(source, 'tickets.jsonl'),
      JSON.stringify({ id: 'orphan', kind: 'ticket', status: 'open', requesterId: 'c999', tags: [], custom: {}, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z', comments: [] }) + '\n',
    );
    await runArchive(work, source, 'full', KEEP_EVERYTHING);
    expect(readCsv(join(work, 'reports', 'skipped.csv'))).toEqual([
      ['tickets', 'orphan', '', 'dependency_failed', 'ticket orphan needs contact c999 (requesterId), which was not migrated', ''],
    ]);
  });

  test('an unreadable archive line names the file and line', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 3 });
    appendFileSync(join(source, 'tags.jsonl'), '{"name": "no id"}\n');
    await expect(runArchive(work, source, 'full')).rejects.toThrow(`${join(source, 'tags.jsonl')}:4: this tags record has no "id"; every record needs a string id`);
  });
});

describe('demo', () => {
  test('the same seed picks the same sample, with hard cases and their dependencies', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 60, contacts: 25, articles: 15 });
    const demo = 'demo:\n  tickets: 5\n  articles: 4\n  seed: 9\noptions:\n  invalid_phone: keep\n';
    const first = await runArchive(work, source, 'demo', demo);
    const firstTickets = readJsonl<{ id: string; requesterId: string }>(join(work, 'target', 'tickets.jsonl')).map((t) => t.id);

    const other = tempDir();
    await runArchive(other, source, 'demo', demo);
    expect(readJsonl<{ id: string }>(join(other, 'target', 'tickets.jsonl')).map((t) => t.id)).toEqual(firstTickets);

    expect(first.entities.tickets?.migrated).toBe(5);
    expect(first.entities.articles?.migrated).toBe(4);
    expect(firstTickets).toContain('t1'); // the longest thread
    expect(first.notes).toContain('demo sample hard case: tickets t1: longest thread');
    // kf2 sits inside kf1: an article in it is one of the hard cases.
    expect(first.notes).toContain('demo sample hard case: articles ar14: in a nested folder');
    const contacts = new Set(readJsonl<{ id: string }>(join(work, 'target', 'contacts.jsonl')).map((c) => c.id));
    for (const t of readJsonl<{ requesterId: string }>(join(work, 'target', 'tickets.jsonl'))) expect(contacts.has(t.requesterId)).toBe(true);
    expect(first.totals.failed + (first.entities.tickets?.skippedBy.dependency_failed ?? 0)).toBe(0);
    // Records outside the sample are counted, not listed.
    expect(first.entities.tickets?.skippedBy.not_in_sample).toBe(55);
    expect(readCsv(join(work, 'reports', 'skipped.csv')).filter((r) => r[3] === 'not_in_sample')).toEqual([]);

    // A full run afterwards reuses the demo's records: nothing written twice.
    const full = await runArchive(work, source, 'full', demo);
    expect(full.entities.tickets).toMatchObject({ migrated: 55, skipped: 5 });
    const ids = readJsonl<{ id: string }>(join(work, 'target', 'tickets.jsonl')).map((t) => t.id);
    expect(new Set(ids).size).toBe(60);
    expect(ids.length).toBe(60);
  });
});

describe('knowledge base', () => {
  test('a target that keeps every article in a folder gets the default category and folder, once', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 1, articles: 6 });
    appendFileSync(
      join(source, 'articles.jsonl'),
      JSON.stringify({ id: 'in-category', categoryId: 'kc2', title: 'Loose', body: '<p>x</p>', status: 'published', locale: 'en', tags: [], createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z', translations: [], attachments: [] }) + '\n',
    );
    const target = articlesInFolders(new ArchiveTarget(join(work, 'target')));
    const summary = await migrate({
      mode: 'full',
      mapping: archiveMapping(source, join(work, 'target'), 'knowledge_base:\n  default_category: Imported\n  default_folder: Unsorted\n'),
      source: new ArchiveSource(source),
      target,
      stateDir: join(work, 'state'),
      reportsDir: join(work, 'reports'),
      log: silentLogger,
    });
    await target.close();
    expect(summary.entities.articles).toMatchObject({ migrated: 7, failed: 0, skipped: 0 });
    const folders = readJsonl<{ id: string; name: string; categoryId: string }>(join(work, 'target', 'kb_folders.jsonl'));
    expect(folders.filter((f) => f.name === 'Unsorted')).toEqual([{ id: 'desk-migrate:default-folder', categoryId: 'desk-migrate:default-category', name: 'Unsorted', locale: 'en', translations: {} }]);
    expect(readJsonl<{ name: string }>(join(work, 'target', 'kb_categories.jsonl')).map((c) => c.name)).toContain('Imported');
    const placed = readCsv(join(work, 'reports', 'migrated.csv')).filter((r) => r[4]?.startsWith('placed in'));
    expect(placed.map((r) => r[1]).sort()).toEqual(['ar6', 'in-category']);
    // What happened, said truthfully: no folder in the source, whether in a category or in none.
    expect(placed[0]?.[4]).toMatch(/^placed in "Imported" > "Unsorted": it had no folder in the source \(it sat directly in a category, or in no collection\)/);
  });

  test('knowledge_base.category_articles: default_folder_in_category keeps an article of a category in it, under a default folder there', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 1, articles: 6 });
    const loose = (id: string, categoryId?: string) =>
      JSON.stringify({ id, ...(categoryId ? { categoryId } : {}), title: id, body: '<p>x</p>', status: 'published', locale: 'en', tags: [], createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z', translations: [], attachments: [] });
    appendFileSync(join(source, 'articles.jsonl'), [loose('in-kc2', 'kc2'), loose('also-kc2', 'kc2'), loose('in-kc1', 'kc1'), loose('nowhere')].join('\n') + '\n');
    const target = articlesInFolders(new ArchiveTarget(join(work, 'target')));
    const summary = await migrate({
      mode: 'full',
      mapping: archiveMapping(source, join(work, 'target'), 'knowledge_base:\n  default_folder: Unsorted\n  category_articles: default_folder_in_category\n'),
      source: new ArchiveSource(source),
      target,
      stateDir: join(work, 'state'),
      reportsDir: join(work, 'reports'),
      log: silentLogger,
    });
    await target.close();
    expect(summary.totals.failed).toBe(0);
    const folders = readJsonl<{ id: string; name: string; categoryId: string }>(join(work, 'target', 'kb_folders.jsonl')).filter((f) => f.name === 'Unsorted');
    // One default folder per category that needs one, and the shared default for an article in no category.
    expect(folders.map((f) => [f.id, f.categoryId]).sort()).toEqual([
      ['desk-migrate:default-folder', 'desk-migrate:default-category'],
      ['desk-migrate:default-folder:kc1', 'kc1'],
      ['desk-migrate:default-folder:kc2', 'kc2'],
    ]);
    const articles = new Map(readJsonl<{ id: string; folderId: string }>(join(work, 'target', 'articles.jsonl')).map((a) => [a.id, a.folderId]));
    expect([articles.get('in-kc2'), articles.get('also-kc2'), articles.get('in-kc1'), articles.get('nowhere')]).toEqual([
      'desk-migrate:default-folder:kc2',
      'desk-migrate:default-folder:kc2',
      'desk-migrate:default-folder:kc1',
      'desk-migrate:default-folder',
    ]);
    const row = readCsv(join(work, 'reports', 'migrated.csv')).find((r) => r[0] === 'articles' && r[1] === 'in-kc2');
    expect(row?.[4]).toMatch(/^placed in a folder "Unsorted" of its own category: it sat directly in the category in the source/);
  });
});
