/** What every route handler gets: the store, the resolved options, the clock and the base URL. */
import { isoSeconds } from '../common/iso-seconds.js';
import type { ResolvedOptions } from './options.js';
import type { FreshdeskStore } from './store.js';

export interface SimContext {
  store: FreshdeskStore;
  options: ResolvedOptions;
  now: () => number;
  baseUrl: () => string;
}

/** Freshdesk timestamps: ISO 8601, seconds precision, `Z`. */
export function iso(ms: number | null): string | null {
  return ms === null ? null : isoSeconds(ms);
}

export function isoNow(context: SimContext): string {
  return iso(context.now()) as string;
}
