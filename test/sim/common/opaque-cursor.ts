/**
 * Opaque keyset cursors shared by the simulators: a cursor is the sort key of the last record a page
 * returned, JSON in base64url. Each vendor decides what a bad cursor answers (Intercom 400 with
 * `starting_after`, Zendesk `InvalidPaginationParameter`), so `decodeCursor` only says "not a cursor".
 */

/** A record's place in a list order; end it with the id so it is unique. */
export type SortKey = ReadonlyArray<string | number>;

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key a cursor stands for, or undefined when the text is not a cursor this module made. */
export function decodeCursor(cursor: string): SortKey | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number') ? (value as SortKey) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Orders two sort keys part by part: numbers by value, anything else as text; a shorter key that is a
 * prefix of the other comes first. Only the sign of the result means anything.
 */
export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : 1;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}
