/**
 * One conformance suite for every platform in the registry. Each registered platform brings a fixture
 * at test/sim/<name>/conformance.ts (how to start its simulator or folder, seed it, lose an answer,
 * refuse the credentials); a platform without one fails here. Per platform and per entity it declares:
 *
 * - as a source: a read stopped after any page resumes from that page's cursor with no gap and no
 *   duplicate; `since` returns every record changed at or after it and only those;
 * - as a target: exactly one outcome per written item, in order (the id `findWritten` gives back is
 *   the one the outcome at that item's place named); no batch larger than `batchSize`; a create whose
 *   answer was lost is found again, so the rerun does not write it twice;
 * - on both sides: a refused credential (401) or permission (403) stops the run with the access error,
 *   not record after record.
 *
 * What a platform cannot show is declared in its fixture with the reason and reported as a skipped test.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { READ_STREAMS } from '../../src/engine/migrate.js';
import { AccessDeniedError, UnreachableError } from '../../src/http/index.js';
import { silentLogger } from '../../src/log/logger.js';
import { ENTITY_ORDER, type EntityName } from '../../src/model/entities.js';
import { ArchiveSource } from '../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../src/platforms/archive/target.js';
import { findPlatform, platformNames } from '../../src/platforms/registry.js';
import type { ConformanceFixture, ConformanceInstance } from '../sim/common/conformance-fixture.js';
import { readJsonl, tempDir } from '../support/workspace.js';
import { canFindWritten, close, findWritten, observed, readPages, sourceEntities, targetEntities, type Seen, type SeenPage } from './contract.js';
import { mappingOf, runEngine } from './engine-run.js';

const fixtureFile = (name: string) => join(import.meta.dirname, '..', 'sim', name, 'conformance.ts');

const fixtures = new Map<string, ConformanceFixture>();
for (const name of platformNames()) {
  if (!existsSync(fixtureFile(name))) continue;
  const { fixture } = (await import(fixtureFile(name))) as { fixture: ConformanceFixture };
  fixtures.set(name, fixture);
}

test('every registered platform has a conformance fixture (test/sim/<name>/conformance.ts)', () => {
  expect(platformNames().filter((name) => !fixtures.has(name))).toEqual([]);
  for (const [name, fixture] of fixtures) expect(fixture.platform, fixtureFile(name)).toBe(name);
});

/** Where the other side of a one-sided test points: never read or written. */
const UNUSED = '  platform: archive\n  path: /tmp/desk-migrate-conformance-unused\n';

/** The records every target is given to write: a small archive of every entity. */
const ARCHIVE = { tickets: 8, contacts: 7, companies: 4, articles: 5, attachmentEvery: 4 };
/** Entities whose lost create each fixture may arm: those a target finds again by the source id it wrote. */
const FOUND_BY_SOURCE_ID: EntityName[] = ['companies', 'contacts', 'tickets'];

const ids = (pages: SeenPage[]): string[] => pages.flatMap((p) => p.records.map((r) => r.id));

async function generatedArchive(): Promise<string> {
  const dir = join(tempDir(), 'generated');
  await generateArchive(dir, ARCHIVE);
  return dir;
}

const archiveCount = (dir: string, entity: EntityName) => (existsSync(join(dir, `${entity}.jsonl`)) ? readJsonl(join(dir, `${entity}.jsonl`)).length : 0);
const archiveBlock = (dir: string) => `  platform: archive\n  path: ${dir}\n`;

for (const [name, fixture] of fixtures) {
  const descriptor = findPlatform(name);
  const gap = (property: keyof NonNullable<ConformanceFixture['gaps']>) => fixture.gaps?.[property];

  describe.runIf(descriptor?.createSource)(`${name} as a source`, () => {
    let instance: ConformanceInstance;
    const full = new Map<EntityName, SeenPage[]>();
    let entities: readonly EntityName[] = [];
    let source: ReturnType<NonNullable<ConformanceInstance['source']>>;
    beforeAll(async () => {
      instance = await fixture.start();
      await instance.seedSource();
      source = instance.source!(mappingOf(instance.connection, UNUSED, instance.env));
      entities = sourceEntities(source);
      for (const entity of entities) full.set(entity, await readPages(source, entity));
    });
    afterAll(async () => {
      if (source) await close(source);
      await instance?.close();
    });

    test('the fixture builds the registry’s source: same platform, same entities', () => {
      const mapping = mappingOf(instance.connection, UNUSED, instance.env);
      const registered = descriptor!.createSource!(mapping.source as never, { log: silentLogger, baseDir: tempDir() });
      expect(sourceEntities(registered)).toEqual(entities);
      expect(registered.platform).toBe(name);
    });

    test('the seed crosses a page on some entity, so the cursor property is not empty', () => {
      expect([...full.entries()].filter(([, pages]) => pages.length > 1).map(([e]) => e)).not.toEqual([]);
    });

    for (const entity of ENTITY_ORDER) {
      test(`${entity}: a read stopped after any page resumes from its cursor with no gap and no duplicate`, async (context) => {
        if (!entities.includes(entity)) return context.skip(`${name} does not read ${entity}`);
        const pages = full.get(entity)!;
        const all = ids(pages);
        expect(new Set(all).size, 'a full read repeats no record').toBe(all.length);
        const stops = pages.map((p, i) => ({ i, cursor: p.cursor })).filter((p): p is { i: number; cursor: string } => p.cursor !== undefined);
        if (stops.length === 0) return context.skip(`one page of ${all.length} record(s), no cursor to resume from`);
        const startsOver = fixture.resumeStartsOver?.[entity];
        // The first few stops and the last: enough to see a skipped or repeated boundary record.
        for (const stop of [...stops.slice(0, 3), ...stops.slice(3).slice(-1)]) {
          const resumed = ids(await readPages(source, entity, { cursor: stop.cursor }));
          const rest = ids(pages.slice(stop.i + 1));
          if (startsOver) expect(rest.filter((id) => !resumed.includes(id)), `declared to start over (${startsOver}); missing after page ${stop.i + 1}`).toEqual([]);
          else expect(resumed, `resumed after page ${stop.i + 1} of ${pages.length}`).toEqual(rest);
        }
      });

      test(`${entity}: since returns every record changed at or after it, and only those`, async (context) => {
        if (!entities.includes(entity)) return context.skip(`${name} does not read ${entity}`);
        const declared = fixture.sinceUnsupported?.[entity];
        if (declared) return context.skip(`declared: ${declared}`);
        const records = full.get(entity)!.flatMap((p) => p.records);
        const times = [...new Set(records.flatMap((r) => (r.updatedAt ? [Date.parse(r.updatedAt)] : [])))].sort((a, b) => a - b);
        if (times.length < 2) return context.skip(`${records.length} record(s) with ${times.length} distinct change time(s): no instant splits them`);
        const since = times[Math.floor(times.length / 2)]!;
        const changed = (r: Seen) => r.updatedAt !== undefined && Date.parse(r.updatedAt) >= since;
        const read = (await readPages(source, entity, { since: new Date(since).toISOString() })).flatMap((p) => p.records);
        expect(read.filter((r) => r.updatedAt !== undefined && !changed(r)).map((r) => `${r.id} ${r.updatedAt}`), 'records changed before since').toEqual([]);
        expect(records.filter(changed).map((r) => r.id).filter((id) => !read.some((r) => r.id === id)), 'records changed since, missing').toEqual([]);
      });
    }

    const accessGap = gap('access-error');
    test.skipIf(accessGap)(`a refused credential while reading stops the run with the access error${accessGap ? ` (declared: ${accessGap})` : ''}`, async () => {
      for (const status of [401, 403] as const) {
        const fresh = await fixture.start();
        try {
          await fresh.seedSource();
          const out = join(tempDir(), 'out');
          const mapping = mappingOf(fresh.connection, archiveBlock(out), fresh.env);
          // Refused once the first entity is written: every later read meets the refusal.
          let armed = false;
          const { target } = observed(new ArchiveTarget(out), () => {
            if (!armed) fresh.refuse(status);
            armed = true;
          });
          const run = runEngine(tempDir(), mapping, fresh.source!(mapping), target);
          await expect(run, `${status}`).rejects.toBeInstanceOf(AccessDeniedError);
          // Entities are read ahead in a few streams: the requests they had in flight when the
          // credential was revoked are refused too, and nothing is sent after the first refusal.
          expect(fresh.refusals(), `${status}: one refusal per stream at most, not one per record`).toBeGreaterThanOrEqual(1);
          expect(fresh.refusals(), `${status}: one refusal per stream at most, not one per record`).toBeLessThanOrEqual(READ_STREAMS);
        } finally {
          await fresh.close();
        }
      }
    });
  });

  describe.runIf(descriptor?.createTarget)(`${name} as a target`, () => {
    test('one outcome per written item, in order; no batch larger than batchSize; every declared entity written', async () => {
      const archive = await generatedArchive();
      const instance = await fixture.start();
      try {
        await instance.prepareTarget();
        const mapping = mappingOf(archiveBlock(archive), instance.connection, instance.env);
        const { target, calls } = observed(instance.target!(mapping));
        const declared = targetEntities(target);
        const summary = await runEngine(tempDir(), mapping, new ArchiveSource(archive), target);
        expect(summary.totals.read).toBeGreaterThan(0);

        for (const call of calls) {
          expect(call.outcomes, `${call.entity} [${call.ids.join(', ')}]: one outcome per item`).toHaveLength(call.ids.length);
          expect(call.ids.length, `${call.entity}: batch within batchSize`).toBeLessThanOrEqual(call.batchSize);
        }
        const written = new Set(calls.map((c) => c.entity));
        expect(declared.filter((e) => archiveCount(archive, e) > 0 && !written.has(e)), 'declared entities never written').toEqual([]);

        // In order: the id found again for each item is the one its outcome named.
        const lookup = instance.target!(mapping);
        try {
          expect(canFindWritten(lookup), `${name} cannot find a record it wrote`).toBe(true);
          let compared = 0;
          for (const entity of declared) {
            const expected = new Map<string, string>();
            for (const call of calls.filter((c) => c.entity === entity)) {
              call.outcomes.forEach((o, i) => o.status === 'migrated' && expected.set(call.ids[i]!, o.targetId));
            }
            if (expected.size === 0) continue;
            const found = await findWritten(lookup, entity, [...expected.keys()]);
            for (const [id, targetId] of found) expect(targetId, `${entity} ${id}`).toBe(expected.get(id));
            compared += found.size;
          }
          expect(compared, 'records found again by their source id').toBeGreaterThan(0);
        } finally {
          await close(lookup);
        }
      } finally {
        await instance.close();
      }
    });

    const lostGap = gap('lost-answer');
    test.skipIf(lostGap)(`a create whose answer was lost is found again: the rerun writes nothing twice${lostGap ? ` (declared: ${lostGap})` : ''}`, async () => {
      const archive = await generatedArchive();
      const instance = await fixture.start();
      try {
        await instance.prepareTarget();
        const mapping = mappingOf(archiveBlock(archive), instance.connection, instance.env);
        const armed = FOUND_BY_SOURCE_ID.filter((e) => instance.loseNextCreate(e));
        expect(armed, 'entities whose lost create the fixture can inject').not.toEqual([]);
        const before = new Map(armed.map((e) => [e, instance.stored(e)]));
        const work = tempDir();
        await runEngine(work, mapping, new ArchiveSource(archive), instance.target!(mapping));
        expect(instance.lostAnswers(), 'answers lost').toBe(armed.length);
        const rerun = await runEngine(work, mapping, new ArchiveSource(archive), instance.target!(mapping));
        const lookup = instance.target!(mapping);
        try {
          for (const entity of armed) {
            const count = archiveCount(archive, entity);
            expect(rerun.entities[entity]?.failed ?? 0, `${entity}: failed after the rerun`).toBe(0);
            expect(instance.stored(entity) - before.get(entity)!, `${entity}: written once each`).toBe(count);
            if (fixture.notFoundBySourceId?.[entity]) continue;
            const sourceIds = readJsonl<{ id: string }>(join(archive, `${entity}.jsonl`)).map((r) => r.id);
            expect((await findWritten(lookup, entity, sourceIds)).size, `${entity}: found by source id`).toBe(count);
          }
        } finally {
          await close(lookup);
        }
      } finally {
        await instance.close();
      }
    });

    const unreachableGap = gap('unreachable');
    test.skipIf(unreachableGap)(`a host that goes away while writing stops the run, not record after record${unreachableGap ? ` (declared: ${unreachableGap})` : ''}`, async () => {
      const archive = await generatedArchive();
      const instance = await fixture.start();
      try {
        await instance.prepareTarget();
        const mapping = mappingOf(archiveBlock(archive), instance.connection, instance.env);
        let gone: Promise<void> | undefined;
        const { target, calls } = observed(instance.target!(mapping), (entity) => {
          if (entity === 'contacts') gone ??= instance.close();
        });
        const run = runEngine(tempDir(), mapping, new ArchiveSource(archive), target);
        await expect(run).rejects.toBeInstanceOf(UnreachableError);
        expect(calls.filter((c) => c.entity === 'contacts').flatMap((c) => c.outcomes), 'contacts failed one by one').toEqual([]);
      } finally {
        await instance.close();
      }
    });

    const accessGap = gap('access-error');
    test.skipIf(accessGap)(`a refused credential while writing stops the run with the access error${accessGap ? ` (declared: ${accessGap})` : ''}`, async () => {
      for (const status of [401, 403] as const) {
        const archive = await generatedArchive();
        const instance = await fixture.start();
        try {
          await instance.prepareTarget();
          const mapping = mappingOf(archiveBlock(archive), instance.connection, instance.env);
          // Refused from the first contact on: each contact is its own write on most platforms.
          let armed = false;
          const { target } = observed(instance.target!(mapping), (entity) => {
            if (entity !== 'contacts' || armed) return;
            armed = true;
            instance.refuse(status);
          });
          const run = runEngine(tempDir(), mapping, new ArchiveSource(archive), target);
          await expect(run, `${status}`).rejects.toBeInstanceOf(AccessDeniedError);
          expect(instance.refusals(), `${status}: one refusal, not one per record`).toBe(1);
        } finally {
          await instance.close();
        }
      }
    });
  });
}
