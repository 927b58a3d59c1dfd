/**
 * A write that Zendesk refused or that could not be made, as the outcome of one record. The HTTP
 * layer's messages are already redacted and name the request and Zendesk's own explanation. Whether
 * the failure is about the record, an outage, or the connection's credentials is decided once, by
 * the shared `failureKind`; what stops the run (a refused credential, a host gone away) is rethrown by
 * the shared `throwIfStopsTheRun`.
 */
import { AccessDeniedError, failureKind, HttpError, isOutcomeUnknown, throwIfStopsTheRun } from '../../http/index.js';
import { failed, REASONS, type Failed } from '../../model/outcomes.js';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** True for a 422 whose details say a unique value (email, external id, name) is taken. */
export function isDuplicateValue(error: unknown): boolean {
  return error instanceof HttpError && error.status === 422 && JSON.stringify(error.body ?? '').includes('DuplicateValue');
}

/** Endpoints whose 403 means a feature the account has not enabled, not a refused credential. */
const FEATURE_GATED = /\/users\/(create_many|create_or_update_many)(\.json)?$/;

/**
 * The run-stopping error a refused credential stands for, with what to fix; undefined for a 403 that
 * is about one endpoint (bulk user import off), which the caller handles.
 */
export function zendeskAccessError(error: HttpError, request?: { path: string }): AccessDeniedError | undefined {
  if (error.status === 403) {
    if (request && FEATURE_GATED.test(request.path.split('?')[0] ?? '')) return undefined;
    return new AccessDeniedError(
      error,
      `Zendesk refused the request (${error.message}): the token's user must be an admin (imports, incremental exports and Guide writes need it); use an admin's API token and run again.`,
    );
  }
  return new AccessDeniedError(
    error,
    `Zendesk did not accept the credentials (${error.message}): check the connection's email and token (or oauth_token) in the mapping file, and that token access is on in Admin Center > Apps and integrations > APIs; then run again.`,
  );
}

export function failureOf(error: unknown, what: string): Failed {
  throwIfStopsTheRun(error, zendeskAccessError);
  const kind = failureKind(error);
  const message = messageOf(error);
  if (isOutcomeUnknown(error)) {
    return failed(REASONS.ambiguousWrite, `${what}: ${message}. It may exist in Zendesk; the next run looks it up before writing again`, { transient: true });
  }
  if (error instanceof HttpError) {
    if (isDuplicateValue(error)) return failed(REASONS.conflict, `Zendesk refused ${what}: ${message}`);
    if (error.status === 400 || error.status === 422) return failed(REASONS.rejectedByTarget, `Zendesk refused ${what}: ${message}`);
  }
  return failed(REASONS.apiError, `${what}: ${message}`, { transient: kind === 'transient' });
}
