/**
 * The mechanics the chaos harnesses' store views share: a list of records keyed by a stable label
 * (for normalised snapshots of two accounts to compare field by field) and the check that lists every
 * key held twice. What labels and keys a vendor's records have stays in its harness.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Records by label, sorted; a record held twice shows as `label (copy 2)` instead of overwriting its twin. */
export function keyedByLabel<T>(records: Iterable<T>, label: (r: T) => string, clean: (r: T) => Json): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const r of records) {
    let key = label(r);
    for (let n = 2; key in out; n++) key = `${label(r)} (copy ${n})`;
    out[key] = clean(r);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** `check(what, keys)` records `what key` for every key seen twice (null and undefined keys skipped) in `found`. */
export function duplicateFinder(): { found: string[]; check: (what: string, keys: (string | null | undefined)[]) => void } {
  const found: string[] = [];
  const check = (what: string, keys: (string | null | undefined)[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (key === null || key === undefined) continue;
      if (seen.has(key)) found.push(`${what} ${key}`);
      seen.add(key);
    }
  };
  return { found, check };
}
