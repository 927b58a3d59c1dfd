/**
 * The one decision every platform and the engine make about a failed request:
 *
 * - `access`: the connection's own credentials or permissions were refused (401, or a 403 the
 *   platform says is about the account; the HttpClient raises AccessDeniedError for both). Nothing else would succeed either, so the run stops at once; failing
 *   record after record would only mark entities done with their references missing.
 * - `stalled`: the host accepted the request and never answered until its whole deadline ran out;
 *   every other request would wait as long, so the run stops (its checkpoint is kept).
 * - `unreachable`: the connection's own API host refused the connection or did not resolve, after
 *   every retry; every other request would fail the same way, so the run stops (checkpoint kept).
 * - `aborted`: the run was told to stop (SIGTERM, SIGINT) while the request waited or was in flight.
 * - `transient`: an outage, not an answer about the record (network failure, timeout, 408/429/5xx
 *   after every retry, a write whose outcome is unknown). The same record may well succeed on the
 *   next run, so it fails for now and its entity is not marked finished.
 * - `record`: an answer about this record (validation, conflict, not found): it fails with a reason.
 */
import { AccessDeniedError, HttpError, isOutcomeUnknown, NetworkError, RequestAbortedError, StalledError, UnreachableError } from './errors.js';
import { classifyNetworkError } from './retry-policy.js';

export type FailureKind = 'access' | 'stalled' | 'unreachable' | 'aborted' | 'transient' | 'record';

/** Failures that are about the connection or the run, not a record: the run stops on them. */
export function stopsTheRun(error: unknown): boolean {
  const kind = failureKind(error);
  return kind === 'access' || kind === 'stalled' || kind === 'unreachable' || kind === 'aborted';
}

/**
 * For every platform's mapping of a failed write to a record's outcome: rethrows a failure that
 * stops the run, so none fails record after record on a refused credential or a host gone away. A
 * bare refusal becomes the platform's worded access error where `asAccessError` gives one.
 */
export function throwIfStopsTheRun(error: unknown, asAccessError?: (refused: HttpError) => AccessDeniedError | undefined): void {
  if (!stopsTheRun(error)) return;
  if (error instanceof HttpError && !(error instanceof AccessDeniedError)) throw asAccessError?.(error) ?? error;
  throw error;
}

export function failureKind(error: unknown): FailureKind {
  if (error instanceof AccessDeniedError) return 'access';
  if (error instanceof StalledError) return 'stalled';
  if (error instanceof UnreachableError) return 'unreachable';
  if (error instanceof RequestAbortedError) return 'aborted';
  // The client turns a refused credential into AccessDeniedError; a bare 401 to our credentials is one too.
  if (error instanceof HttpError && error.status === 401 && error.credentialed) return 'access';
  return isTransient(error) ? 'transient' : 'record';
}

/**
 * An outage rather than an answer. A host that does not resolve is not one: a file on a host that is
 * gone would fail its record on every run.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof NetworkError) return classifyNetworkError(error.cause).code !== 'ENOTFOUND';
  if (isOutcomeUnknown(error)) return true;
  return error instanceof HttpError && (error.status === 408 || error.status === 429 || error.status >= 500);
}
