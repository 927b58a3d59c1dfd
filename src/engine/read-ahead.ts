/**
 * Reads the next page while the caller is still busy with the current one (writing it to the target),
 * so that the source's budget and the target's are used at the same time instead of in turn. One
 * page ahead: enough to overlap the two sides, and memory stays one page larger. Reading is
 * side-effect free on the source, and cursors are still saved per page consumed, so a stop or a
 * kill resumes exactly as before: a page read ahead and not consumed is simply read again.
 */
export async function* readAhead<T>(pages: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = pages[Symbol.asyncIterator]();
  let next = iterator.next();
  // A failed read ahead is reported when the caller gets to it, not as an unhandled rejection.
  next.catch(() => undefined);
  let finished = false;
  try {
    for (;;) {
      const result = await next;
      if (result.done) {
        finished = true;
        return;
      }
      next = iterator.next();
      next.catch(() => undefined);
      yield result.value;
    }
  } finally {
    if (!finished) {
      // The caller stopped early (a stop request, a failure): let the read in flight end, then close.
      await next.catch(() => undefined);
      await iterator.return?.(undefined);
    }
  }
}
