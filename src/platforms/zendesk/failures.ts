/**
 * A write that Zendesk refused or that could not be made, as the outcome of one record. The HTTP
 * layer's messages are already redacted and name the request and Zendesk's own explanation.
 */
import { HttpError, isOutcomeUnknown, NetworkError } from '../../http/index.js';
import { classifyNetworkError } from '../../http/retry-policy.js';
import { failed, REASONS, type Failed } from '../../model/outcomes.js';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** True for a 422 whose details say a unique value (email, external id, name) is taken. */
export function isDuplicateValue(error: unknown): boolean {
  return error instanceof HttpError && error.status === 422 && JSON.stringify(error.body ?? '').includes('DuplicateValue');
}

/**
 * An outage rather than an answer about the record (a connection reset or refused, a timeout, 429 or
 * 5xx after every retry): the same request may well succeed on the next run, so the record must fail
 * and be tried again then, never be written without the part that met it. A host that does not
 * resolve is not an outage: a file on a host that is gone would fail its record on every run.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof NetworkError) return classifyNetworkError(error.cause).code !== 'ENOTFOUND';
  return isOutcomeUnknown(error) || (error instanceof HttpError && (error.status === 429 || error.status >= 500));
}

export function failureOf(error: unknown, what: string): Failed {
  const message = messageOf(error);
  if (isOutcomeUnknown(error)) {
    return failed(REASONS.ambiguousWrite, `${what}: ${message}. It may exist in Zendesk; the next run looks it up before writing again`);
  }
  if (error instanceof HttpError) {
    if (isDuplicateValue(error)) return failed(REASONS.conflict, `Zendesk refused ${what}: ${message}`);
    if (error.status === 400 || error.status === 422) return failed(REASONS.rejectedByTarget, `Zendesk refused ${what}: ${message}`);
    if (error.status === 401) return failed(REASONS.apiError, `${what}: Zendesk did not accept the credentials (${message}); check email/token or oauth_token`);
    if (error.status === 403) {
      return failed(REASONS.apiError, `${what}: Zendesk forbids it (${message}); the token's user must be an admin (imports, incremental exports and Guide writes need it)`);
    }
  }
  return failed(REASONS.apiError, `${what}: ${message}`);
}
