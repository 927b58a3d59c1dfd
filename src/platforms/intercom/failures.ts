/**
 * Turns an error met while writing one record into that record's failed outcome, so the rest of the
 * batch goes on. What stops the run (a refused token, a host gone away) is rethrown by the shared
 * `throwIfStopsTheRun`.
 */
import { AccessDeniedError, failureKind, throwIfStopsTheRun } from '../../http/index.js';
import { failed, REASONS, type Failed } from '../../model/outcomes.js';
import { intercomErrorOf } from './client.js';
import { UnconfirmedWriteError } from './create-once.js';

export function failureOf(error: unknown, what: string): Failed {
  throwIfStopsTheRun(error, (refused) => new AccessDeniedError(refused, `Intercom refused the token: ${refused.message}`));
  const kind = failureKind(error);
  if (error instanceof UnconfirmedWriteError) return failed(REASONS.ambiguousWrite, error.message, { transient: true });
  if (error instanceof RecordRefused) return failed(error.reason, error.message);
  const api = intercomErrorOf(error);
  if (api && api.status === 400 && (api.field === 'phone' || /phone/i.test(api.message))) {
    return failed(REASONS.invalidPhone, `Intercom refused the phone number of ${what} (${api.message}); fix it in the source, or set options.invalid_phone: drop`);
  }
  if (api && api.status === 409) return failed(REASONS.conflict, `Intercom refused ${what}: ${api.message}`);
  if (api && api.status >= 400 && api.status < 500 && api.status !== 429) {
    return failed(REASONS.rejectedByTarget, `Intercom refused ${what}: ${api.code ? `${api.code}: ` : ''}${api.message}`);
  }
  return failed(REASONS.apiError, `${what}: ${error instanceof Error ? error.message : String(error)}`, { transient: kind === 'transient' });
}

/** A record the connector itself declines, with the reason and what to do. */
export class RecordRefused extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}
