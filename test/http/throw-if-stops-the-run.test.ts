/** The one decision every platform's record-failure mapper defers to: what stops the run is rethrown. */
import { describe, expect, test } from 'vitest';
import { AccessDeniedError, HttpError, NetworkError, StalledError, throwIfStopsTheRun, UnreachableError } from '../../src/http/index.js';

const init = { method: 'POST', url: 'https://acme.example/api', cause: new Error('ECONNREFUSED'), ambiguous: false };

describe('throwIfStopsTheRun', () => {
  test('rethrows a host gone away or stalled as it is, and a bare 401 as the platform’s worded access error', () => {
    expect(() => throwIfStopsTheRun(new UnreachableError(init))).toThrow(UnreachableError);
    expect(() => throwIfStopsTheRun(new StalledError(init))).toThrow(StalledError);
    const refused = new HttpError({ status: 401, method: 'GET', url: 'https://acme.example/me', credentialed: true });
    expect(() => throwIfStopsTheRun(refused, (e) => new AccessDeniedError(e, 'fix the token'))).toThrow('fix the token');
  });

  test('lets an answer about the record or an outage through, for the caller to fail that record', () => {
    expect(() => throwIfStopsTheRun(new HttpError({ status: 422, method: 'POST', url: 'https://acme.example/x' }))).not.toThrow();
    expect(() => throwIfStopsTheRun(new NetworkError({ ...init, ambiguous: true }))).not.toThrow();
  });
});
