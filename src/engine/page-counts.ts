/**
 * Records that need no row of their own, an unchanged record an earlier run migrated, are counted
 * per page read instead of listed: a rerun of a finished migration writes one small line per page,
 * not one per record. A resumed process reads again from the cursor saved last, and the records
 * after it are counted again, so folding the log drops the counts of the pages after that cursor.
 */
import type { EntityName } from '../model/entities.js';

/**
 * One line of the outcome log: where a process started reading an entity (`from`, `at` the cursor,
 * null for the beginning), or a page read (`at` its end cursor) with what it counted. `at` absent:
 * after the last page (records that waited for a parent), never a point a run resumes from.
 */
export interface CountLine {
  entity: EntityName;
  counted: Record<string, number>;
  at?: string | null;
  from?: true;
}

export const isCountLine = (line: object): line is CountLine => 'counted' in line;

/** The counts of the pages of this process not yet closed by their end cursor. */
export class PageCounts {
  private readonly open = new Map<EntityName, Record<string, number>>();

  start(entity: EntityName, cursor: string | undefined): CountLine {
    this.open.set(entity, {});
    return { entity, counted: {}, at: cursor ?? null, from: true };
  }

  /** False when no reading of the entity was started: the record then has a row of its own. */
  add(entity: EntityName, reason: string): boolean {
    const counts = this.open.get(entity);
    if (!counts) return false;
    counts[reason] = (counts[reason] ?? 0) + 1;
    return true;
  }

  /** Closes the page that ends at `cursor` (undefined: the end of the entity). */
  close(entity: EntityName, cursor?: string | null): CountLine | undefined {
    const counted = this.open.get(entity);
    if (!counted) return undefined;
    this.open.set(entity, {});
    if (cursor === undefined && Object.keys(counted).length === 0) return undefined;
    return cursor === undefined ? { entity, counted } : { entity, counted, at: cursor };
  }
}

/** Folds the count lines of a log, in order, into the counts of the whole run. */
export class CountFold {
  private readonly pages = new Map<EntityName, { at?: string | null; counted: Record<string, number> }[]>();

  take(line: CountLine): void {
    let pages = this.pages.get(line.entity);
    if (!pages) this.pages.set(line.entity, (pages = []));
    if (line.from) {
      // Everything after the point this process read from is read, and counted, again.
      // A point not found is one of a log older than the counts, whose records all have rows.
      const resumedAt = line.at === null ? -1 : findLastIndex(pages, (p) => p.at === line.at);
      if (line.at === null) pages.length = 0;
      else if (resumedAt !== -1) pages.length = resumedAt + 1;
      pages.push({ at: line.at, counted: {} });
    } else pages.push({ ...(line.at !== undefined ? { at: line.at } : {}), counted: line.counted });
  }

  /** Per entity (in the order first read), the count by reason. */
  totals(): Map<EntityName, Record<string, number>> {
    const totals = new Map<EntityName, Record<string, number>>();
    for (const [entity, pages] of this.pages) {
      const sum: Record<string, number> = {};
      for (const page of pages) for (const [reason, n] of Object.entries(page.counted)) sum[reason] = (sum[reason] ?? 0) + n;
      if (Object.keys(sum).length > 0) totals.set(entity, sum);
    }
    return totals;
  }
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
