/**
 * A set of ticket ids as sorted, merged [from, to] ranges: Freshdesk's ids are sequential, so the ids
 * a listing has seen fold into few ranges, small enough to travel in a read position.
 */
export type Ranges = [number, number][];

export function addId(ranges: Ranges, id: number): Ranges {
  const out: Ranges = [];
  let placed = false;
  for (const [from, to] of ranges) {
    if (placed || to < id - 1) out.push([from, to]);
    else if (from > id + 1) {
      out.push([id, id], [from, to]);
      placed = true;
    } else {
      out.push([Math.min(from, id), Math.max(to, id)]);
      placed = true;
    }
  }
  if (!placed) out.push([id, id]);
  // Adding an id can join two neighbours.
  const merged: Ranges = [];
  for (const range of out) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

export function hasId(ranges: Ranges, id: number): boolean {
  return ranges.some(([from, to]) => id >= from && id <= to);
}

/** Ids in 1..max that are in no range, from `after` on, at most `limit` of them. */
export function missingIds(ranges: Ranges, after: number, max: number, limit: number): number[] {
  const ids: number[] = [];
  for (let id = after + 1; id <= max && ids.length < limit; id++) {
    const range = ranges.find(([from, to]) => id >= from && id <= to);
    if (range) id = range[1];
    else ids.push(id);
  }
  return ids;
}
