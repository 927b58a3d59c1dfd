/**
 * The two windows where a migration tool creates duplicates: the process dies after the target
 * wrote a batch but before the ledger recorded it, and a batch fails after the target wrote part
 * of it. In both, the engine asks the target what exists before writing again.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { migrate } from '../../src/engine/migrate.js';
import type { EntityName } from '../../src/model/entities.js';
import type { AnyRecord } from '../../src/model/records.js';
import type { Outcome } from '../../src/model/outcomes.js';
import { ArchiveSource } from '../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../src/platforms/archive/target.js';
import type { WriteContext, WriteItem } from '../../src/platforms/contracts.js';
import type { Logger } from '../../src/log/logger.js';
import { AmbiguousWriteError } from '../../src/http/errors.js';
import { archiveMapping, readJsonl, tempDir } from '../support/workspace.js';

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, debug: () => {}, info: (m) => lines.push(m), warn: (m) => lines.push(`warning: ${m}`), error: (m) => lines.push(`error: ${m}`) };
}

async function setup() {
  const work = tempDir();
  const sourceDir = join(work, 'source');
  await generateArchive(sourceDir, { tickets: 60 });
  const mapping = archiveMapping(sourceDir, join(work, 'target'), 'options:\n  invalid_phone: keep\n  batch_size: 10\n');
  const run = (target: ArchiveTarget, log: Logger = recordingLogger()) =>
    migrate({ mode: 'full', mapping, source: new ArchiveSource(sourceDir), target, stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log });
  return { work, run };
}

describe('writes whose answer never came back', () => {
  test('the process dies right after the target wrote a batch: the resumed run adopts it', async () => {
    const { work, run } = await setup();
    let hung = false;
    /** Writes the third ticket batch, then never answers: the engine is frozen mid-batch, like a killed process. */
    class DiesAfterWriting extends ArchiveTarget {
      private ticketBatches = 0;
      override async write(entity: EntityName, items: WriteItem<AnyRecord>[], context: WriteContext): Promise<Outcome[]> {
        const outcomes = await super.write(entity, items, context);
        if (entity === 'tickets' && ++this.ticketBatches === 3) {
          hung = true;
          return new Promise(() => {});
        }
        return outcomes;
      }
    }
    void run(new DiesAfterWriting(join(work, 'target')));
    await expect.poll(() => hung, { timeout: 10_000 }).toBe(true);
    expect(readJsonl(join(work, 'target', 'tickets.jsonl'))).toHaveLength(30);

    const log = recordingLogger();
    const target = new ArchiveTarget(join(work, 'target'));
    const summary = await run(target, log);
    await target.close();
    expect(log.lines).toContain('tickets: 10 writes were in flight when the last run stopped; 10 reached the target and are kept, the rest will be written.');
    const ids = readJsonl<{ id: string }>(join(work, 'target', 'tickets.jsonl')).map((t) => t.id);
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    expect(summary.entities.tickets).toMatchObject({ read: 60, migrated: 60 });
  });

  test('a batch fails after part of it was written: written records are kept, the rest fail and a rerun completes', async () => {
    const { work, run } = await setup();
    /** Writes half of one ticket batch and then loses the connection. */
    class HalfWrites extends ArchiveTarget {
      private failedOnce = false;
      override async write(entity: EntityName, items: WriteItem<AnyRecord>[], context: WriteContext): Promise<Outcome[]> {
        if (entity !== 'tickets' || this.failedOnce) return super.write(entity, items, context);
        this.failedOnce = true;
        await super.write(entity, items.slice(0, 5), context);
        throw new AmbiguousWriteError({ method: 'POST', url: 'archive://tickets', cause: new Error('socket hang up') });
      }
    }
    const first = new HalfWrites(join(work, 'target'));
    const summary = await run(first);
    await first.close();
    expect(summary.entities.tickets).toMatchObject({ migrated: 55, failed: 5 });
    expect(summary.entities.tickets?.failedBy).toEqual({ api_error: 5 });

    const second = new ArchiveTarget(join(work, 'target'));
    const again = await run(second);
    await second.close();
    expect(again.entities.tickets).toMatchObject({ migrated: 5, skipped: 55 });
    const ids = readJsonl<{ id: string }>(join(work, 'target', 'tickets.jsonl')).map((t) => t.id);
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
  });
});
