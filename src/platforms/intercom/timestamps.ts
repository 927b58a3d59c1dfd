/** Intercom speaks Unix seconds; canonical records carry ISO-8601 instants in UTC. */

export function isoFromUnix(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}

/** Unix seconds of an ISO instant; undefined for a string that is not a date. */
export function unixFromIso(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}
