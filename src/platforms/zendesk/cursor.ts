/** Zendesk's read positions (see ../read-position.ts): lists and the two kinds of incremental export. */
import { decodePosition as decodeAny, encodePosition as encodeAny } from '../read-position.js';

export type ReadPosition =
  /** A cursor-paginated list, resumed at `page[after]`. */
  | { list: string; after: string }
  /** A cursor-based incremental export (tickets, users), resumed at its `after_cursor`. */
  | { export: string; cursor: string }
  /** A time-based incremental export (organizations, articles), resumed at `start_time`. */
  | { export: string; startTime: number };

export function encodePosition(position: ReadPosition): string {
  return encodeAny(position);
}

export function decodePosition(text: string | undefined, stream: string): ReadPosition | undefined {
  return decodeAny<ReadPosition>(text, stream, 'Zendesk');
}
