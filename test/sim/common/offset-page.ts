/** Page-number pagination mechanics shared by the simulators; the wire shape stays with each vendor. */

/** The `perPage` records of page `page` (from 1), and whether any record lies beyond them. */
export function offsetSlice<T>(items: readonly T[], page: number, perPage: number): { items: T[]; hasMore: boolean } {
  const start = (page - 1) * perPage;
  return { items: items.slice(start, start + perPage), hasMore: start + perPage < items.length };
}

/** How many pages `total` records fill; an empty list still has one (empty) page. */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}
