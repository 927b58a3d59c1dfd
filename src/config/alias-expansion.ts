/**
 * How big a YAML document is once its aliases are expanded. The parser shares an aliased node, so
 * loading an alias bomb (nine levels of nine `*refs`) is instant, but everything that walks the
 * document afterwards (env references, the schema) sees 9^9 nodes: minutes and gigabytes. The size
 * is counted from the event stream, without building anything, and bounded before any walk.
 */
import { EVENT_ID, type Event } from 'js-yaml';

/** Nodes a mapping file may expand to: a large real one has a few thousand. */
export const MAX_EXPANDED_NODES = 100_000;

export interface Expansion {
  nodes: number;
  /** Offset of the alias (its `*`) that took the count past the bound, when one did. */
  overflowAt?: number;
}

export function measureExpansion(events: readonly Event[], source: string, limit = MAX_EXPANDED_NODES): Expansion {
  const anchored = new Map<string, number>();
  /** Per open collection: nodes counted inside it so far, and its anchor. */
  const open: { size: number; anchor: string | undefined }[] = [];
  let total = 0;
  const anchorName = (start: number, end: number) => (start >= 0 ? source.slice(start, end) : undefined);
  const count = (n: number) => {
    total += n;
    for (const frame of open) frame.size += n;
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        open.push({ size: 0, anchor: undefined });
        break;
      case EVENT_ID.SCALAR: {
        count(1);
        const name = anchorName(event.anchorStart, event.anchorEnd);
        if (name !== undefined) anchored.set(name, 1);
        break;
      }
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING:
        count(1);
        open.push({ size: 1, anchor: anchorName(event.anchorStart, event.anchorEnd) });
        break;
      case EVENT_ID.ALIAS: {
        count(anchored.get(source.slice(event.anchorStart, event.anchorEnd)) ?? 1);
        if (total > limit) return { nodes: total, overflowAt: event.anchorStart - 1 };
        break;
      }
      case EVENT_ID.POP: {
        const frame = open.pop();
        if (frame?.anchor !== undefined) anchored.set(frame.anchor, frame.size);
        break;
      }
    }
  }
  return { nodes: total };
}
