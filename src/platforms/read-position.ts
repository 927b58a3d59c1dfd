/**
 * Read positions handed to the engine as opaque strings. They are JSON so that a checkpoint stays
 * readable, and each names the stream it belongs to (in `list` or `export`), so a cursor of one entity
 * is never mistaken for another's after a change of plan.
 */

export function encodePosition(position: object): string {
  return JSON.stringify(position);
}

/** The saved position, parsed; refused, saying what to do, when it does not name `stream`. */
export function decodePosition<P extends object>(text: string | undefined, stream: string, platform: string): P | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const named = value && typeof value === 'object' ? ((value as { list?: unknown; export?: unknown }).list ?? (value as { export?: unknown }).export) : undefined;
  if (named !== stream) {
    throw new Error(`the saved read position "${text}" does not belong to the ${platform} ${stream} stream; delete the state folder's cursor for it or start a new run`);
  }
  return value as P;
}
