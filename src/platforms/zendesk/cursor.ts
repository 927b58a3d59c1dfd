/**
 * Read positions handed to the engine as opaque strings. They are JSON so that a checkpoint stays
 * readable, and each names the stream it belongs to, so a cursor of one entity is never mistaken for
 * another's after a change of plan.
 */
export type ReadPosition =
  /** A cursor-paginated list, resumed at `page[after]`. */
  | { list: string; after: string }
  /** A cursor-based incremental export (tickets, users), resumed at its `after_cursor`. */
  | { export: string; cursor: string }
  /** A time-based incremental export (organizations, articles), resumed at `start_time`. */
  | { export: string; startTime: number };

export function encodePosition(position: ReadPosition): string {
  return JSON.stringify(position);
}

export function decodePosition(text: string | undefined, stream: string): ReadPosition | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const position = value as Partial<Record<'list' | 'export', unknown>> | undefined;
  if (!position || typeof position !== 'object' || (position.list ?? position.export) !== stream) {
    throw new Error(`the saved read position "${text}" does not belong to the Zendesk ${stream} stream; delete the state folder's cursor for it or start a new run`);
  }
  return value as ReadPosition;
}
