/** Stream cursors are small JSON objects kept as opaque strings in the checkpoint. */

export function encodeCursor(value: Record<string, unknown>): string {
  return JSON.stringify(value);
}

export function decodeCursor<T extends Record<string, unknown>>(cursor: string | undefined, entity: string): Partial<T> {
  if (!cursor) return {};
  try {
    const value: unknown = JSON.parse(cursor);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Partial<T>;
  } catch {
    // fall through to the error below
  }
  throw new Error(`The Intercom cursor "${cursor}" for ${entity} was not written by this connector; remove the checkpoint to read ${entity} again.`);
}
