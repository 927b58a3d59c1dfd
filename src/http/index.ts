/** The HTTP layer platform clients are built on. */
export { HttpError, RateLimitedError, NetworkError, AmbiguousWriteError, AccessDeniedError, StalledError, UnreachableError, RequestAbortedError, isOutcomeUnknown } from './errors.js';
export { RateLimiter, DEFAULT_RESERVE, sustainedShare, type RateLimiterOptions, type RateLimiterStats } from './rate-limiter.js';
export { HttpClient, type HttpClientOptions, type RequestOptions, type HttpResponse, type RetryEvent, type QueryValue } from './http-client.js';
export { describeTextBody, errorDescription, bodyExcerpt, isObject, text, type ErrorDescription, type ErrorParser } from './error-envelope.js';
export { STANDARD_RATE_LIMIT_HEADERS, type RateLimitHeaderFamily, type RateLimitSnapshot } from './rate-limit-headers.js';
export { isIdempotentMethod, isRetryableStatus, backoffDelay } from './retry-policy.js';
export { Redactor, REDACTED } from './redact.js';
export { failureKind, isTransient, stopsTheRun, throwIfStopsTheRun, type FailureKind } from './failure-kind.js';
export { formBody } from './form-body.js';
