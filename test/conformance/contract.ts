/**
 * Every call the conformance suite makes into the connector contract (src/platforms/contracts.ts)
 * goes through this file and no other: when the contract changes shape, this adapter changes and the
 * suite's properties stay as they are.
 */
import type { EntityName } from '../../src/model/entities.js';
import type { Outcome } from '../../src/model/outcomes.js';
import type { Sink, Sinks, Source, Target } from '../../src/platforms/contracts.js';
import { readableEntities, readEntity, sinkOf, writableEntities } from '../../src/platforms/declared-entities.js';
import type { AnyRecord } from '../../src/model/records.js';

/** What the suite looks at in a record read: its id and, where it has one, when it last changed. */
export interface Seen {
  id: string;
  updatedAt?: string;
}

export interface SeenPage {
  records: Seen[];
  cursor?: string;
}

export const sourceEntities = (source: Source): readonly EntityName[] => readableEntities(source);
export const targetEntities = (target: Target): readonly EntityName[] => writableEntities(target);

function seen(record: unknown): Seen {
  const r = record as { id: string; updatedAt?: unknown };
  return typeof r.updatedAt === 'string' ? { id: r.id, updatedAt: r.updatedAt } : { id: r.id };
}

/** Every page of one read, from the start or from a cursor, optionally since an instant. */
export async function readPages(source: Source, entity: EntityName, from: { cursor?: string; since?: string } = {}): Promise<SeenPage[]> {
  const pages: SeenPage[] = [];
  const options = { ...(from.cursor !== undefined ? { cursor: from.cursor } : {}), ...(from.since !== undefined ? { since: from.since } : {}) };
  for await (const page of readEntity(source, entity, options)) {
    pages.push({ records: page.records.map(seen), ...(page.cursor !== undefined ? { cursor: page.cursor } : {}) });
  }
  return pages;
}

/** One `write` call as the target answered it. */
export interface WriteCall {
  entity: EntityName;
  /** Source ids of the items, in the order sent. */
  ids: string[];
  batchSize: number;
  outcomes: Outcome[];
}

/**
 * The target, with every `write` call recorded as the engine made it and `beforeWrite` called first
 * (to inject a fault at a chosen moment). Everything else is passed through untouched.
 */
export function observed(target: Target, beforeWrite: (entity: EntityName) => void = () => {}): { target: Target; calls: WriteCall[] } {
  const calls: WriteCall[] = [];
  const sinks: Record<string, Sink<AnyRecord>> = {};
  for (const entity of writableEntities(target)) {
    const sink = sinkOf(target, entity)!;
    sinks[entity] = {
      ...sink,
      write: async (items, context) => {
        beforeWrite(entity);
        const outcomes = await sink.write(items, context);
        calls.push({ entity, ids: items.map((i) => i.record.id), batchSize: sink.batchSize, outcomes });
        return outcomes;
      },
    };
  }
  const proxy = new Proxy(target, {
    get(t, key, receiver) {
      if (key === 'sinks') return sinks as Sinks;
      const value = Reflect.get(t, key, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
  return { target: proxy, calls };
}

/** Whether the target can look up a record it wrote by its source id, for some entity at least. */
export const canFindWritten = (target: Target): boolean =>
  writableEntities(target).some((e) => sinkOf(target, e)?.findWritten !== undefined || sinkOf(target, e)?.findWrittenMany !== undefined);

/** Target ids of the records this tool wrote, by source id; an id the target cannot find is absent. */
export async function findWritten(target: Target, entity: EntityName, sourceIds: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const sink = sinkOf(target, entity);
  if (sink?.findWrittenMany) {
    for (const [id, written] of await sink.findWrittenMany(sourceIds)) found.set(id, written.targetId);
  }
  if (sink?.findWritten) {
    for (const id of sourceIds.filter((s) => !found.has(s))) {
      const written = await sink.findWritten(id);
      if (written) found.set(id, written.targetId);
    }
  }
  return found;
}

export async function close(side: Source | Target): Promise<void> {
  await side.close();
}
