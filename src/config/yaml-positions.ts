/**
 * Where each value of a YAML document sits in its file, so that a schema error can say
 * `migration.yml:12:5`. js-yaml's event stream carries source offsets; we walk it once and record
 * the offset of every key and every value by its path in the document.
 */
import { EVENT_ID, getScalarValue, parseEvents, type Event } from 'js-yaml';

export type PathKey = string;
export interface Position {
  line: number;
  column: number;
}

export interface PositionIndex {
  /** Position of the value at `path` (or of its key when the value is absent, or of its nearest ancestor). */
  valueAt(path: readonly (string | number)[]): Position;
  /** Position of the key that names `path` (or as valueAt). */
  keyAt(path: readonly (string | number)[]): Position;
  /** Position of a source offset. */
  offsetAt(offset: number): Position;
}

export const pathKey = (path: readonly (string | number)[]): PathKey => JSON.stringify(path.map(String));

interface Frame {
  kind: 'mapping' | 'sequence' | 'document';
  path: string[];
  expectingKey: boolean;
  key?: string;
  index: number;
}

export function indexPositions(source: string, events: readonly Event[] = parseEvents(source, {})): PositionIndex {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const toPosition = (offset: number): Position => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };

  const values = new Map<PathKey, number>();
  const keys = new Map<PathKey, number>();
  const stack: Frame[] = [];

  /** Registers a node starting at `offset`; returns its path when it is a value (not a key). */
  const place = (offset: number, scalarText?: string): string[] | undefined => {
    const parent = stack[stack.length - 1];
    // An empty node (`filters:` with nothing after it) has no offset (-1): it is found by its key.
    const record = (map: Map<PathKey, number>, path: readonly string[]) => {
      if (offset >= 0) map.set(pathKey(path), offset);
    };
    if (!parent || parent.kind === 'document') {
      record(values, []);
      return [];
    }
    if (parent.kind === 'sequence') {
      const path = [...parent.path, String(parent.index++)];
      record(values, path);
      return path;
    }
    if (parent.expectingKey) {
      parent.key = scalarText ?? `#complex${offset}`;
      parent.expectingKey = false;
      record(keys, [...parent.path, parent.key]);
      return undefined;
    }
    parent.expectingKey = true;
    const path = [...parent.path, parent.key ?? ''];
    record(values, path);
    return path;
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        stack.push({ kind: 'document', path: [], expectingKey: false, index: 0 });
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const path = place(event.start) ?? [];
        stack.push({ kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence', path, expectingKey: true, index: 0 });
        break;
      }
      case EVENT_ID.SCALAR:
        place(event.valueStart, getScalarValue(source, event));
        break;
      case EVENT_ID.ALIAS:
        place(event.anchorStart);
        break;
      case EVENT_ID.POP:
        stack.pop();
        break;
    }
  }

  const lookup = (map: Map<PathKey, number>, path: readonly (string | number)[]) => {
    const offset = map.get(pathKey(path));
    return offset === undefined ? undefined : toPosition(offset);
  };
  /** A path with no node of its own (inside an alias, a key left out) is placed at its nearest ancestor. */
  const nearest = (path: readonly (string | number)[]): Position => {
    for (let depth = path.length - 1; depth >= 0; depth--) {
      const found = lookup(values, path.slice(0, depth)) ?? lookup(keys, path.slice(0, depth));
      if (found) return found;
    }
    return { line: 1, column: 1 };
  };
  return {
    valueAt: (path) => lookup(values, path) ?? lookup(keys, path) ?? nearest(path),
    keyAt: (path) => lookup(keys, path) ?? lookup(values, path) ?? nearest(path),
    offsetAt: toPosition,
  };
}
