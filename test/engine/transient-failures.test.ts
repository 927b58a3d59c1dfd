/**
 * An outage while an entity is written must not strip its dependents for good: records that point at a
 * record whose failure may pass wait for it (skipped `dependency_failed`), the entity is not marked
 * finished, and the next run — a delta here, so no full re-read hides the rule — migrates them whole.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { NetworkError } from '../../src/http/index.js';
import type { EntityName } from '../../src/model/entities.js';
import type { Outcome } from '../../src/model/outcomes.js';
import type { AnyRecord, Ticket } from '../../src/model/records.js';
import type { WriteContext, WriteItem } from '../../src/platforms/contracts.js';
import { ArchiveTarget } from '../../src/platforms/archive/target.js';
import { runArchive } from '../support/run-archive.js';
import { readArchive, readCsv, readJsonl, tempDir } from '../support/workspace.js';

/** An archive target whose agents batch meets a connection reset, as an API would during an outage. */
class AgentsOutage extends ArchiveTarget {
  override async write(entity: EntityName, items: WriteItem<AnyRecord>[], context: WriteContext): Promise<Outcome[]> {
    if (entity === 'agents') throw new NetworkError({ method: 'POST', url: 'https://desk.example/agents', cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), ambiguous: false });
    return super.write(entity, items, context);
  }
}

const byId = (dir: string) => Object.fromEntries(Object.entries(readArchive(dir)).map(([e, rows]) => [e, [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)))]));

describe('a transient failure of a dependency', () => {
  test('keeps its dependents waiting and its entity unfinished; the next run migrates them whole', async () => {
    const work = tempDir();
    const source = join(work, 'source');
    await generateArchive(source, { tickets: 12, articles: 0 });
    const tickets = readJsonl<Ticket>(join(source, 'tickets.jsonl'));
    const withAgent = tickets.filter((t) => t.assigneeId || t.comments.some((c) => c.authorType === 'agent'));
    expect(withAgent.length).toBeGreaterThan(0);

    const first = await runArchive(work, source, 'full', '', { target: new AgentsOutage(join(work, 'target')) });
    expect(first.entities.agents?.failedBy).toEqual({ api_error: 4 });
    expect(first.entities.tickets?.skippedBy).toEqual({ dependency_failed: withAgent.length });
    const skippedRow = readCsv(join(work, 'reports', 'skipped.csv')).find((r) => r[0] === 'tickets' && r[1] === withAgent[0]?.id);
    expect(skippedRow?.[4]).toMatch(/which was not migrated \(api_error\); it is migrated by the run that migrates it$/);
    // Nothing written half-linked.
    expect(readJsonl<Ticket>(join(work, 'target', 'tickets.jsonl')).map((t) => t.id).sort()).toEqual(
      tickets.filter((t) => !withAgent.includes(t)).map((t) => t.id).sort(),
    );

    const second = await runArchive(work, source, 'delta');
    expect(second.totals.failed).toBe(0);
    expect(second.entities.tickets?.migrated).toBe(withAgent.length);

    const fresh = tempDir();
    await runArchive(fresh, source, 'full');
    expect(byId(join(work, 'target'))).toEqual(byId(join(fresh, 'target')));
  });
});
