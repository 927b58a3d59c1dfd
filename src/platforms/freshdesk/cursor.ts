/**
 * Read positions handed to the engine as opaque strings: JSON, so a checkpoint stays readable, and
 * naming their stream in `list`, so a cursor of one entity is never taken for another's.
 */

/** What a full ticket read has listed so far, for the pass over archived tickets. */
export interface ArchivedScan {
  /** Ids listed so far, as [from, to] ranges. */
  listed: [number, number][];
  /** Highest id asked for as an archived ticket. */
  probedTo: number;
  maxId: number;
}

export function encodePosition<P extends { list: string }>(position: P): string {
  return JSON.stringify(position);
}

export function decodePosition<P extends { list: string }>(text: string | undefined, stream: string): P | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (!value || typeof value !== 'object' || (value as { list?: unknown }).list !== stream) {
    throw new Error(`the saved read position "${text}" does not belong to the Freshdesk ${stream} stream; delete the state folder's cursor for it or start a new run`);
  }
  return value as P;
}
