/**
 * A write that Freshdesk refused or that could not be made, as the outcome of one record. Freshdesk's
 * envelope is `{"description":"Validation failed","errors":[{"field","message","code"}]}`; the HTTP
 * layer's message already carries it, redacted.
 */
import { HttpError, isOutcomeUnknown, NetworkError } from '../../http/index.js';
import { classifyNetworkError } from '../../http/retry-policy.js';
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
  if (error instanceof NetworkError) return classifyNetworkError(error.cause).code !== 'ENOTFOUND';
  return isOutcomeUnknown(error) || (error instanceof HttpError && (error.status === 429 || error.status >= 500));
}

export function failureOf(error: unknown, what: string): Failed {
  const message = messageOf(error);
  if (isOutcomeUnknown(error)) {
    return failed(REASONS.ambiguousWrite, `${what}: ${message}. It may exist in Freshdesk; the next run looks it up before writing again`);
  }
  if (error instanceof HttpError) {
    if (isDuplicateValue(error)) return failed(REASONS.conflict, `Freshdesk refused ${what}: ${message}`);
    if (error.status === 400 || error.status === 405) return failed(REASONS.rejectedByTarget, `Freshdesk refused ${what}: ${message}`);
    if (error.status === 401) return failed(REASONS.apiError, `${what}: Freshdesk did not accept the API key (${message}); check api_key`);
    if (error.status === 403) {
      return failed(REASONS.apiError, `${what}: Freshdesk forbids it (${message}); the API key's agent must be an admin, and the plan must have the feature`);
    }
  }
  return failed(REASONS.apiError, `${what}: ${message}`);
}
