/** Freshdesk's read positions (see ../read-position.ts), each naming its stream in `list`. */
import { decodePosition as decodeAny, encodePosition as encodeAny } from '../read-position.js';

/** What a full ticket read has listed so far, for the pass over archived tickets. */
export interface ArchivedScan {
  /** Ids listed so far, as [from, to] ranges. */
  listed: [number, number][];
  /** Highest id asked for as an archived ticket. */
  probedTo: number;
  maxId: number;
}

export function encodePosition<P extends { list: string }>(position: P): string {
  return encodeAny(position);
}

export function decodePosition<P extends { list: string }>(text: string | undefined, stream: string): P | undefined {
  return decodeAny<P>(text, stream, 'Freshdesk');
}
