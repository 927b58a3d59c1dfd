/** Reading and bounding the page-size and page-number parameters; each vendor words its own errors. */

/** The number a query parameter spells when it is a whole number of at least 1, else undefined. */
export function parsePositiveInteger(text: string): number | undefined {
  return /^\d+$/.test(text) && Number(text) >= 1 ? Number(text) : undefined;
}

/** `requested` brought into 1..`max` (vendors that cap silently rather than refuse). */
export function clampPageSize(requested: number, max: number): number {
  return Math.min(max, Math.max(1, requested));
}
