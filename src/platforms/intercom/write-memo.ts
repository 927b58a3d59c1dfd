/**
 * What the target remembers between `write` and `findWritten`. The engine asks `findWritten` about
 * writes whose outcome is unknown, knowing only the source id; conversations, tickets, collections
 * and articles carry no searchable source id in Intercom, so the target remembers how to look up
 * each record it is writing (contact + creation time, title + parent, …). A record it cannot look up
 * (asked after a restart) is marked suspect: when it comes to be written again, it is looked up
 * first and completed instead of created twice.
 */
import type { EntityName } from '../../model/entities.js';
import type { Written } from '../contracts.js';

export type Lookup = () => Promise<Written | undefined>;

export class WriteMemo {
  private readonly lookups = new Map<string, Lookup>();
  private readonly suspects = new Set<string>();

  /** Called when a write starts; the previous batch's lookups are dropped with `startBatch`. */
  remember(entity: EntityName, sourceId: string, lookup: Lookup): void {
    this.lookups.set(key(entity, sourceId), lookup);
  }

  startBatch(entity: EntityName): void {
    for (const k of this.lookups.keys()) if (k.startsWith(`${entity}:`)) this.lookups.delete(k);
  }

  lookup(entity: EntityName, sourceId: string): Lookup | undefined {
    return this.lookups.get(key(entity, sourceId));
  }

  suspect(entity: EntityName, sourceId: string): void {
    this.suspects.add(key(entity, sourceId));
  }

  /** True once for a suspect record: the writer looks it up before creating it. */
  takeSuspect(entity: EntityName, sourceId: string): boolean {
    return this.suspects.delete(key(entity, sourceId));
  }
}

const key = (entity: EntityName, sourceId: string) => `${entity}:${sourceId}`;
