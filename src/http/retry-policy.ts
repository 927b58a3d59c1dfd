/**
 * When a failed attempt may be repeated. The rule that matters: a retry must never duplicate a write.
 *
 * - 429 is always retried: the server refused before doing anything.
 * - 5xx, 408, timeouts and resets are retried only for idempotent requests (GET/HEAD/PUT/DELETE, or a
 *   request the caller marked idempotent). For a POST/PATCH they mean the server may have done part
 *   or all of the work, so the caller gets the error and must read the target before writing again.
 * - A connection that failed *before* the request left (refused, DNS) is retried for any method:
 *   the server cannot have seen it.
 * - Other 4xx are the caller's problem (validation, auth, not found): never retried.
 */

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export function isIdempotentMethod(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/** Whether an HTTP status may be retried for a request of this idempotency. */
export function isRetryableStatus(status: number, idempotent: boolean): boolean {
  if (status === 429) return true;
  if (!idempotent) return false;
  if (status === 408) return true;
  // 501/505 are permanent answers about the request itself, not outages.
  return status >= 500 && status <= 599 && status !== 501 && status !== 505;
}

/**
 * Error codes meaning the connection failed before any byte of the request reached the server.
 * Anything else (reset, "other side closed", timeout) may come after the server read the request.
 */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EAI_NODATA',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export interface NetworkFailure {
  /** True when the request may have reached the server. */
  sent: boolean;
  /** The most specific error code found (ECONNREFUSED, UND_ERR_SOCKET, …), if any. */
  code?: string;
}

/** Reads fetch's error chain (TypeError "fetch failed" → cause with a code, possibly an AggregateError). */
export function classifyNetworkError(error: unknown): NetworkFailure {
  const codes = errorCodes(error);
  const code = codes[0];
  const sent = codes.length === 0 || codes.some((c) => !NOT_SENT_CODES.has(c));
  return code === undefined ? { sent } : { sent, code };
}

function errorCodes(error: unknown, depth = 0): string[] {
  if (depth > 5 || typeof error !== 'object' || error === null) return [];
  const codes: string[] = [];
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (Array.isArray(errors)) {
    // Happy-eyeballs tried several addresses: the request left only if one of them connected.
    for (const inner of errors) codes.push(...errorCodes(inner, depth + 1));
    if (codes.length > 0) return codes;
  }
  const innerCodes = errorCodes(cause, depth + 1);
  if (innerCodes.length > 0) return innerCodes;
  if (typeof code === 'string') codes.push(code);
  return codes;
}

/**
 * "Equal jitter" backoff: a uniform draw in [c/2, c) with c = min(max, base·2^(attempt-1)), so
 * retries spread out but never come back at once (full jitter's draws near 0 retried a refused
 * connection immediately, before the server could have come back).
 */
export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}
