/**
 * A write that Freshdesk refused or that could not be made, as the outcome of one record. Freshdesk's
 * envelope is `{"description":"Validation failed","errors":[{"field","message","code"}]}`; the HTTP
 * layer's message already carries it, redacted. Whether a failure is about the record, an outage or
 * the connection's credentials is decided once, by the shared `failureKind`; what stops the run (a
 * refused key, a host gone away) is rethrown by the shared `throwIfStopsTheRun`.
 */
import { AccessDeniedError, failureKind, HttpError, isOutcomeUnknown, throwIfStopsTheRun } from '../../http/index.js';
import { failed, REASONS, type Failed } from '../../model/outcomes.js';

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function codes(error: HttpError): string[] {
  const body = error.body as { errors?: { code?: string }[] } | undefined;
  return [error.code, ...(Array.isArray(body?.errors) ? body.errors.map((e) => e.code) : [])].filter((c): c is string => typeof c === 'string');
}

/** 409 `duplicate_value`: a unique value (email, unique_external_id, name) is taken by an existing record. */
export function isDuplicateValue(error: unknown): boolean {
  return error instanceof HttpError && (error.status === 409 || error.status === 400) && codes(error).includes('duplicate_value');
}

/** 403 `require_feature`: the account's plan lacks the feature (Multilingual, Flexible Hierarchy, …). */
export function isMissingFeature(error: unknown): boolean {
  return error instanceof HttpError && error.status === 403 && codes(error).includes('require_feature');
}

/** An outage rather than an answer about the record: the next run may well succeed, so the record fails for a retry. */
export function isTransient(error: unknown): boolean {
  return failureKind(error) === 'transient';
}

/**
 * The run-stopping error a refused key stands for, with what to fix. A 403 is about the account only
 * with `access_denied` (the key's agent is no admin); `require_feature`, `max_agents_reached` and the
 * like are about one write, which its caller handles.
 */
export function freshdeskAccessError(error: HttpError): AccessDeniedError | undefined {
  if (error.status === 403) {
    if (!codes(error).includes('access_denied')) return undefined;
    return new AccessDeniedError(error, `Freshdesk refused the request (${error.message}): the API key's agent must be an admin; use an admin's API key (Profile settings > Your API key) and run again.`);
  }
  return new AccessDeniedError(error, `Freshdesk did not accept the API key (${error.message}): check api_key in the mapping file (Profile settings > Your API key) and the domain; then run again.`);
}

export function failureOf(error: unknown, what: string): Failed {
  throwIfStopsTheRun(error, freshdeskAccessError);
  const kind = failureKind(error);
  const message = messageOf(error);
  if (isOutcomeUnknown(error)) {
    return failed(REASONS.ambiguousWrite, `${what}: ${message}. It may exist in Freshdesk; the next run looks it up before writing again`, { transient: true });
  }
  if (error instanceof HttpError) {
    if (isDuplicateValue(error)) return failed(REASONS.conflict, `Freshdesk refused ${what}: ${message}`);
    if (error.status === 400 || error.status === 405) return failed(REASONS.rejectedByTarget, `Freshdesk refused ${what}: ${message}`);
    if (error.status === 403) {
      return failed(REASONS.apiError, `${what}: Freshdesk forbids it (${message}); the account's plan may lack the feature`);
    }
  }
  return failed(REASONS.apiError, `${what}: ${message}`, { transient: kind === 'transient' });
}
