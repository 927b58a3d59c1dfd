import { describe, expect, it } from 'vitest';
import { backoffDelay, classifyNetworkError, isIdempotentMethod, isRetryableStatus } from '../../src/http/retry-policy.js';
import { describeTextBody } from '../../src/http/error-envelope.js';
import { REDACTED, Redactor } from '../../src/http/redact.js';
import { AmbiguousWriteError, HttpError, NetworkError, isOutcomeUnknown } from '../../src/http/errors.js';

describe('retry policy', () => {
  it('knows which methods are idempotent', () => {
    expect(['GET', 'head', 'PUT', 'DELETE'].map(isIdempotentMethod)).toEqual([true, true, true, true]);
    expect(['POST', 'patch'].map(isIdempotentMethod)).toEqual([false, false]);
  });

  it('retries 429 for everything, 5xx/408 only for idempotent requests, other 4xx never', () => {
    expect(isRetryableStatus(429, false)).toBe(true);
    for (const status of [500, 502, 503, 504, 408]) {
      expect(isRetryableStatus(status, true)).toBe(true);
      expect(isRetryableStatus(status, false)).toBe(false);
    }
    for (const status of [400, 401, 403, 404, 409, 422, 501]) expect(isRetryableStatus(status, true)).toBe(false);
  });

  it('tells a connection that never left from one that may have reached the server', () => {
    const fetchFailed = (code: string) => new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
    expect(classifyNetworkError(fetchFailed('ECONNREFUSED'))).toEqual({ sent: false, code: 'ECONNREFUSED' });
    expect(classifyNetworkError(fetchFailed('ENOTFOUND'))).toEqual({ sent: false, code: 'ENOTFOUND' });
    expect(classifyNetworkError(fetchFailed('UND_ERR_SOCKET'))).toEqual({ sent: true, code: 'UND_ERR_SOCKET' });
    expect(classifyNetworkError(fetchFailed('ECONNRESET'))).toEqual({ sent: true, code: 'ECONNRESET' });
    // Unknown shape: assume the worst.
    expect(classifyNetworkError(new Error('mystery'))).toEqual({ sent: true });
    // Happy eyeballs: every address refused → not sent; one reset → maybe sent.
    const refused = Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
    const reset = Object.assign(new Error('reset'), { code: 'ECONNRESET' });
    expect(classifyNetworkError(new TypeError('fetch failed', { cause: new AggregateError([refused, refused]) })).sent).toBe(false);
    expect(classifyNetworkError(new TypeError('fetch failed', { cause: new AggregateError([refused, reset]) })).sent).toBe(true);
  });

  it('backoff: exponential with full jitter, capped', () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, 100, 1000, top))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelay(30, 100, 1000, top)).toBe(999);
    expect(backoffDelay(3, 100, 1000, () => 0)).toBe(200); // never 0: a retry always waits
    const draws = Array.from({ length: 200 }, () => backoffDelay(4, 100, 1000));
    expect(Math.max(...draws)).toBeLessThan(800);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(400);
    expect(new Set(draws).size).toBeGreaterThan(50); // spread out, not a thundering herd
  });
});

describe('error bodies no platform parser understood', () => {
  it('quote a text body briefly and leave JSON to the platform', () => {
    expect(describeTextBody(502, '<html>Bad gateway</html>')).toEqual({ message: 'Bad gateway' });
    expect(describeTextBody(500, { foo: 1 })).toBeUndefined();
    expect(describeTextBody(500, { error: 'RecordInvalid', message: 'vendor shape' })).toBeUndefined();
    expect(describeTextBody(500, undefined)).toBeUndefined();
  });
});

describe('redaction', () => {
  it('hides configured secrets, Authorization credentials and secret-looking query values', () => {
    const basic = Buffer.from('agent@example.com/token:zd-api-token-123').toString('base64');
    const redactor = new Redactor(['sk_live_abcdef'], { Authorization: `Basic ${basic}` });
    expect(redactor.text(`bad token sk_live_abcdef and ${basic} and zd-api-token-123`)).toBe(`bad token ${REDACTED} and ${REDACTED} and ${REDACTED}`);
    expect(redactor.url('https://user:pw@x.example.com/a?api_key=k1&access_token=t2&page=2&q=sk_live_abcdef')).toBe(
      `https://x.example.com/a?api_key=${REDACTED}&access_token=${REDACTED}&page=2&q=${REDACTED}`,
    );
    expect(redactor.value({ errors: [{ message: 'token sk_live_abcdef invalid' }] })).toEqual({ errors: [{ message: `token ${REDACTED} invalid` }] });
  });

  it('leaves very short "secrets" alone (Freshdesk\'s dummy password X)', () => {
    const redactor = new Redactor([], { authorization: `Basic ${Buffer.from('fd-key-987:X').toString('base64')}` });
    expect(redactor.text('X marks fd-key-987')).toBe(`X marks ${REDACTED}`);
  });
});

describe('errors', () => {
  it('say when a write outcome is unknown', () => {
    expect(isOutcomeUnknown(new AmbiguousWriteError({ method: 'POST', url: 'u', cause: null }))).toBe(true);
    expect(isOutcomeUnknown(new HttpError({ status: 500, method: 'POST', url: 'u', ambiguous: true }))).toBe(true);
    expect(isOutcomeUnknown(new HttpError({ status: 422, method: 'POST', url: 'u' }))).toBe(false);
    expect(isOutcomeUnknown(new NetworkError({ method: 'GET', url: 'u', cause: null, ambiguous: true }))).toBe(false);
    expect(new AmbiguousWriteError({ method: 'POST', url: 'u', cause: null })).toBeInstanceOf(NetworkError);
  });
});
