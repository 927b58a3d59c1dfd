/**
 * Typed failures of the HTTP layer. Every url and message here is already redacted by the client:
 * these errors end up in logs and reports, so they must never carry a token.
 */

export interface HttpErrorInit {
  status: number;
  method: string;
  /** Redacted URL: no credentials, no secret query values. */
  url: string;
  /** Platform error code from the response envelope (`rate_limit_exceeded`, `RecordInvalid`, …). */
  code?: string;
  /** Human sentence; defaults to "METHOD url → status". */
  message?: string;
  /** Parsed (redacted) response body, for callers that need details such as per-field errors. */
  body?: unknown;
  retryAfterMs?: number;
  ambiguous?: boolean;
  /** The request carried the connection's credentials (sent to the API's own origin). */
  credentialed?: boolean;
}

/** The server answered with a status the client does not turn into a result. */
export class HttpError extends Error {
  readonly status: number;
  readonly code?: string;
  readonly method: string;
  readonly url: string;
  readonly body?: unknown;
  /** How long the server asked us to wait (Retry-After or rate-limit reset), when it said. */
  readonly retryAfterMs?: number;
  /**
   * True when a non-idempotent request got a 5xx: the server may have done part or all of the work,
   * so the caller must read the target before writing again.
   */
  readonly ambiguous: boolean;
  /** A 401/403 to a request with our credentials is about the connection, not the record. */
  readonly credentialed: boolean;

  constructor(init: HttpErrorInit) {
    super(init.message ?? `${init.method} ${init.url} → ${init.status}`);
    this.name = 'HttpError';
    this.status = init.status;
    this.method = init.method;
    this.url = init.url;
    this.ambiguous = init.ambiguous ?? false;
    this.credentialed = init.credentialed ?? false;
    if (init.code !== undefined) this.code = init.code;
    if (init.body !== undefined) this.body = init.body;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
  }
}

/** 429 still returned after every attempt (or a Retry-After longer than the client will wait). */
export class RateLimitedError extends HttpError {
  constructor(init: Omit<HttpErrorInit, 'status'> & { status?: number }) {
    super({ ...init, status: init.status ?? 429 });
    this.name = 'RateLimitedError';
  }
}

export interface NetworkErrorInit {
  method: string;
  url: string;
  cause: unknown;
  /** True when the request may have reached the server (sent, then reset or timed out). */
  ambiguous: boolean;
  message?: string;
}

/** No HTTP answer: refused, DNS, reset, timeout. */
export class NetworkError extends Error {
  readonly method: string;
  readonly url: string;
  override readonly cause: unknown;
  readonly ambiguous: boolean;

  constructor(init: NetworkErrorInit) {
    super(init.message ?? `${init.method} ${init.url} failed: no response`, { cause: init.cause });
    this.name = 'NetworkError';
    this.method = init.method;
    this.url = init.url;
    this.cause = init.cause;
    this.ambiguous = init.ambiguous;
  }
}

/**
 * The endpoint accepted the request and never answered, attempt after attempt, until the request's
 * whole deadline ran out: an outage of the host, which stops the run (see failure-kind.ts).
 */
export class StalledError extends NetworkError {
  constructor(init: NetworkErrorInit) {
    super(init);
    this.name = 'StalledError';
  }
}

/**
 * The connection's own API host could not be connected to (refused, or its name does not resolve),
 * attempt after attempt: every other request would fail the same way, so the run stops.
 */
export class UnreachableError extends NetworkError {
  constructor(init: NetworkErrorInit) {
    super(init);
    this.name = 'UnreachableError';
  }
}

/** The run was told to stop (SIGTERM, SIGINT, job cancelled) while this request waited or was in flight. */
export class RequestAbortedError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
  ) {
    super(`${method} ${url}: abandoned, the run is stopping`);
    this.name = 'RequestAbortedError';
  }
}

/**
 * A non-idempotent request (POST/PATCH) was sent and no answer came back: it may or may not have
 * been applied. The caller must read the target (by external id, email, …) before any retry, or it
 * risks creating the record twice.
 */
export class AmbiguousWriteError extends NetworkError {
  constructor(init: Omit<NetworkErrorInit, 'ambiguous'>) {
    super({ ...init, ambiguous: true });
    this.name = 'AmbiguousWriteError';
  }
}

/**
 * The connection's credentials or permissions were refused (see failure-kind.ts): the run stops. It
 * keeps the refused answer's status, request and body; the message says what to fix and where.
 */
export class AccessDeniedError extends HttpError {
  constructor(refused: HttpError, message: string) {
    super({
      status: refused.status,
      method: refused.method,
      url: refused.url,
      message,
      credentialed: true,
      ...(refused.code !== undefined ? { code: refused.code } : {}),
      ...(refused.body !== undefined ? { body: refused.body } : {}),
    });
    this.name = 'AccessDeniedError';
  }
}

/**
 * Whether the outcome of a failed write is unknown and must be checked on the target before retrying:
 * an `AmbiguousWriteError`, or a 5xx answer to a non-idempotent request.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  return error instanceof AmbiguousWriteError || (error instanceof HttpError && error.ambiguous);
}
