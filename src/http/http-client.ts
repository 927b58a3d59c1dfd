/**
 * The fetch client every platform client is built on: one per platform connection, sharing the
 * RateLimiter of its API budget. Each attempt goes through the limiter; failures are retried only
 * where the retry policy says a repeat cannot duplicate a write (see retry-policy.ts).
 */
import { setTimeout as defaultSleep } from 'node:timers/promises';
import { bodyExcerpt, describeTextBody, type ErrorParser } from './error-envelope.js';
import { AccessDeniedError, AmbiguousWriteError, HttpError, NetworkError, RateLimitedError, RequestAbortedError, StalledError, UnreachableError } from './errors.js';
import { parseRetryAfter } from './rate-limit-headers.js';
import type { RateLimiter } from './rate-limiter.js';
import { Redactor } from './redact.js';
import { backoffDelay, classifyNetworkError, isIdempotentMethod, isRetryableStatus } from './retry-policy.js';

export interface HttpClientOptions {
  baseUrl: string;
  /** Sent with every request to baseUrl's origin (never to other hosts, e.g. pre-signed attachment URLs). */
  headers?: Record<string, string>;
  limiter: RateLimiter;
  /**
   * Per attempt: connecting and the first byte of the answer, and then any pause in the body. Default
   * 30 s (the mapping's `options.request_timeout_seconds`).
   */
  timeoutMs?: number;
  /**
   * The whole request, retries and their waits included (not waits a 429 asked for: the server is
   * answering). Default 2.5 × timeoutMs, so a stalled endpoint ends a request in 75 s by default.
   */
  deadlineMs?: number;
  /** Aborted when the run stops (SIGTERM, SIGINT): waits end at once and requests in flight are abandoned. */
  signal?: AbortSignal;
  /** Attempts per request, the first included. Default 5. */
  maxAttempts?: number;
  /** Exponential backoff with full jitter: base (default 500 ms) doubling per attempt, capped (default 30 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /**
   * A Retry-After (or rate-limit reset) longer than this is not waited out: the request fails with
   * `retryAfterMs` set, so the engine can checkpoint and stop instead of sleeping for an hour. Default 15 min.
   */
  maxRetryAfterMs?: number;
  /** Never appear in error messages, URLs or bodies; Authorization header values are added automatically. */
  secrets?: string[];
  /**
   * The platform's words for a refused credential (401, or a 403 about the account rather than one
   * endpoint): what to fix and where. Without it a 401 still stops the run, with a generic message.
   */
  accessError?: (error: HttpError, request: { method: string; path: string }) => AccessDeniedError | undefined;
  /** The platform's error envelope → code and message; a body it does not understand falls back to `describeTextBody`. */
  parseError?: ErrorParser;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Source of jitter, injectable for tests. */
  random?: () => number;
  /** Told about every retry before its wait (for logs and progress); url is redacted. */
  onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  method: string;
  url: string;
  /** The attempt that failed (1 = first). */
  attempt: number;
  delayMs: number;
  /** "429", "503", "ECONNREFUSED", "timeout", … */
  reason: string;
}

export type QueryValue = string | number | boolean | undefined | (string | number)[];

export interface RequestOptions {
  /** Arrays are sent comma-joined (`ids=1,2`); undefined values are left out. */
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  rawBody?: Uint8Array;
  /** Content type of rawBody (default application/octet-stream) or an override for body. */
  contentType?: string;
  headers?: Record<string, string>;
  /** Default: GET/HEAD/OPTIONS/PUT/DELETE true, POST/PATCH false. */
  idempotent?: boolean;
  /** Default 'json' ('none' for HEAD). */
  expect?: 'json' | 'bytes' | 'none';
}

export interface HttpResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

type Attempt =
  | { kind: 'response'; response: Response; bytes: Uint8Array }
  | { kind: 'failure'; error: unknown; timedOut: false | 'answer' | 'body'; limitMs: number }
  | { kind: 'aborted' };

const DEFAULTS = { timeoutMs: 30_000, maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000, maxRetryAfterMs: 15 * 60_000 };
/** Attempts in a row that get no answer before the host counts as stalled. */
const STALLED_AFTER = 3;
/** 429s waited out before giving up: enough to ride out a burst, not so many that a dead budget spins. */
const MAX_RATE_LIMIT_WAITS = 10;

export class HttpClient {
  private readonly baseUrl: string;
  private readonly origin: string;
  private readonly limiter: RateLimiter;
  private readonly settings: typeof DEFAULTS;
  private readonly redactor: Redactor;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private attempts = 0;
  private readonly deadlineMs: number;
  /** Per endpoint (method and path): attempts that ran out of time since its last answer, across requests. */
  private readonly unanswered = new Map<string, number>();
  /**
   * The first refusal (401) of this connection's credentials. Every later request that would carry them
   * fails with it at once, unsent: the run stops on it anyway, and requests already queued or read
   * ahead (other streams, batches in flight) must not present a refused token again and again.
   */
  private refused: AccessDeniedError | undefined;

  constructor(private readonly options: HttpClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.origin = new URL(this.baseUrl).origin;
    this.limiter = options.limiter;
    const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
    this.deadlineMs = options.deadlineMs ?? Math.round(timeoutMs * 2.5);
    this.settings = {
      timeoutMs,
      maxAttempts: Math.max(1, options.maxAttempts ?? DEFAULTS.maxAttempts),
      baseDelayMs: options.baseDelayMs ?? DEFAULTS.baseDelayMs,
      maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs,
      maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULTS.maxRetryAfterMs,
    };
    this.redactor = new Redactor(options.secrets ?? [], options.headers ?? {});
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.sleep = options.sleep ?? ((ms) => defaultSleep(ms));
  }

  /**
   * Workers worth running against this client's budget at once: its limiter's in-flight cap (the
   * limiter itself holds each request beyond rate × observed latency, so more workers only queue).
   */
  get workers(): number {
    return this.limiter.maxInFlight;
  }

  /** Attempts sent, retries included (for "API calls per record" measurements). */
  get calls(): number {
    return this.attempts;
  }

  async get<T>(path: string, query?: RequestOptions['query']): Promise<T> {
    return (await this.request<T>('GET', path, query ? { query } : {})).body;
  }

  async post<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return (await this.request<T>('POST', path, { ...options, body })).body;
  }

  async put<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return (await this.request<T>('PUT', path, { ...options, body })).body;
  }

  async patch<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return (await this.request<T>('PATCH', path, { ...options, body })).body;
  }

  async delete<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return (await this.request<T>('DELETE', path, options)).body;
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<HttpResponse<T>> {
    method = method.toUpperCase();
    const redactor = options.headers ? this.redactor.extend(options.headers) : this.redactor;
    const url = this.buildUrl(path, options.query, redactor);
    const safeUrl = redactor.url(url);
    const idempotent = options.idempotent ?? isIdempotentMethod(method);
    const expect = options.expect ?? (method === 'HEAD' ? 'none' : 'json');
    let init: RequestInit;
    try {
      init = this.buildInit(method, url, options);
    } catch (error) {
      // Headers rejects values with control characters and quotes them in its message: a token.
      throw new TypeError(`${method} ${safeUrl}: invalid request: ${sanitizeError(error, redactor).message}`);
    }
    const { maxAttempts } = this.settings;
    // Failures (network errors, 5xx, 408) and honoured 429s are counted apart: a 429 with a wait is
    // the server scheduling the request, not a failure of it, and must not use up its retries.
    let failures = 0;
    let rateLimitWaits = 0;
    // The request's deadline: a stalled host must end the run within minutes, not after every retry.
    let deadline = Date.now() + this.deadlineMs;
    const endpoint = `${method} ${url.origin}${url.pathname}`;
    const signal = this.options.signal;

    for (let attempt = 1; ; attempt += 1) {
      if (signal?.aborted) throw new RequestAbortedError(method, safeUrl);
      const credentialed = this.sendsCredentials(url);
      if (this.refused && credentialed) throw this.refused;
      const outcome = await abortable(
        this.limiter.schedule(() =>
          signal?.aborted || (this.refused && credentialed) ? Promise.resolve<Attempt>({ kind: 'aborted' }) : this.send(url, init, deadline),
        ),
        signal,
      );
      if (this.refused && credentialed && outcome?.kind === 'aborted' && !signal?.aborted) throw this.refused;
      if (outcome === undefined || outcome.kind === 'aborted') throw new RequestAbortedError(method, safeUrl);

      if (outcome.kind === 'failure') {
        const delay = this.backoff(attempt);
        const outOfTime = Date.now() + delay >= deadline;
        const last = ++failures >= maxAttempts || outOfTime;
        const failure = this.networkFailure(outcome, method, safeUrl, redactor);
        const unanswered = outcome.timedOut ? (this.unanswered.get(endpoint) ?? 0) + 1 : 0;
        this.unanswered.set(endpoint, unanswered);
        // An endpoint that lets request after request run out of time (retries or not) has stalled:
        // every other request to it would wait as long, so the run must stop rather than crawl for hours.
        if (outcome.timedOut && (last || unanswered >= STALLED_AFTER)) {
          const host = new URL(safeUrl).host;
          const spent = Math.round((Date.now() - deadline + this.deadlineMs) / 1000);
          throw new StalledError({
            method,
            url: safeUrl,
            cause: failure.cause,
            ambiguous: failure.sent,
            message: `${method} ${safeUrl}: ${host} ${failure.detail} (${unanswered} requests in a row unanswered${attempt > 1 ? `, this one after ${attempt} attempts and ${spent} s` : ''}); options.request_timeout_seconds sets the limit`,
          });
        }
        // Sent and unanswered: a POST may have been applied. Only the caller, by reading the target,
        // can tell; retrying here is how migrations end up with duplicate tickets.
        if (failure.sent && !idempotent) {
          throw new AmbiguousWriteError({
            method,
            url: safeUrl,
            cause: failure.cause,
            message: `${method} ${safeUrl}: ${failure.detail} after the request was sent; it may or may not have been applied, so read the target before retrying`,
          });
        }
        // Not sent (refused, DNS) is safe for any method; sent is safe only for idempotent requests.
        if (last) {
          const init = {
            method,
            url: safeUrl,
            cause: failure.cause,
            ambiguous: failure.sent,
            message: `${method} ${safeUrl}: ${failure.detail}${attempt > 1 ? ` (gave up after ${attempt} attempts)` : ''}${failure.sent ? '' : `; check the connection's base_url and that ${new URL(safeUrl).host} is reachable from here`}`,
          };
          // The API host itself (not a file on another host) cannot be reached: the run stops.
          throw !failure.sent && url.origin === this.origin ? new UnreachableError(init) : new NetworkError(init);
        }
        await this.backOff(method, safeUrl, attempt, delay, failure.reason);
        continue;
      }

      const { response, bytes } = outcome;
      this.unanswered.delete(endpoint);
      this.limiter.observe(response.headers);
      if (response.ok) {
        const body = this.decodeBody<T>(bytes, expect, response, method, safeUrl, idempotent, redactor);
        return { status: response.status, headers: response.headers, body };
      }

      const status = response.status;
      if (status === 429 || status >= 500) this.limiter.overloaded();
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after')) ?? (status === 429 ? this.limiter.msUntilReset(response.headers) : undefined);
      const tooLong = retryAfterMs !== undefined && retryAfterMs > this.settings.maxRetryAfterMs;
      const last = status === 429 ? ++rateLimitWaits >= MAX_RATE_LIMIT_WAITS : ++failures >= maxAttempts;
      // The server asked the whole budget to slow down, not just this request; even when this request
      // gives up, the others must not walk into the same wall. (Not for waits we refuse to sit out.)
      if ((status === 429 || status === 503) && retryAfterMs !== undefined && !tooLong) this.limiter.pauseFor(retryAfterMs);
      if (isRetryableStatus(status, idempotent) && !last && !tooLong) {
        // Retry-After wins over backoff. A 429 that names no wait still gets at least baseDelayMs: an
        // instant retry into a spent budget is the retry storm the platforms complain about.
        const delayMs =
          retryAfterMs !== undefined && retryAfterMs > 0
            ? retryAfterMs
            : Math.max(this.backoff(attempt), status === 429 ? this.settings.baseDelayMs : 0);
        if (status === 429) this.limiter.pauseFor(delayMs);
        await this.backOff(method, safeUrl, attempt, delayMs, String(status));
        // A server that answers 429 is scheduling us, not stalled: the wait it asked for is not counted.
        if (status === 429) deadline = Date.now() + this.deadlineMs;
        continue;
      }
      const error = this.httpError({ status, bytes, response, method, safeUrl, idempotent, attempt, retryAfterMs, redactor, credentialed: this.sendsCredentials(url) });
      const refused = this.asAccessError(error, method, path);
      // Only a refused credential (401) holds for every request; a 403 names one permission, and
      // check probes them one by one with the same client.
      if (refused && status === 401) this.refused ??= refused;
      throw refused ?? error;
    }
  }

  /**
   * One attempt; never throws. Until the first byte the clock is the attempt's timeout (within the
   * request's deadline); then the body may pause at most timeoutMs between chunks, so a large file
   * that keeps arriving is not cut, and a body that stops is.
   */
  private async send(url: URL, init: RequestInit, deadline: number): Promise<Attempt> {
    const controller = new AbortController();
    let timedOut: false | 'answer' | 'body' = false;
    let limitMs = Math.max(1, Math.min(this.settings.timeoutMs, deadline - Date.now()));
    let timer: NodeJS.Timeout | undefined;
    const arm = (phase: 'answer' | 'body', ms: number) => {
      clearTimeout(timer);
      limitMs = ms;
      timer = setTimeout(() => {
        timedOut = phase;
        controller.abort();
      }, ms);
    };
    const stop = () => controller.abort();
    this.options.signal?.addEventListener('abort', stop, { once: true });
    arm('answer', limitMs);
    this.attempts += 1;
    try {
      const response = await this.fetchImpl(url, { ...init, signal: controller.signal });
      const chunks: Uint8Array[] = [];
      let length = 0;
      if (response.body) {
        for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
          arm('body', this.settings.timeoutMs);
          chunks.push(chunk);
          length += chunk.length;
        }
      }
      const bytes = new Uint8Array(length);
      let at = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, at);
        at += chunk.length;
      }
      return { kind: 'response', response, bytes };
    } catch (error) {
      if (this.options.signal?.aborted && !timedOut) return { kind: 'aborted' };
      return { kind: 'failure', error, timedOut, limitMs };
    } finally {
      clearTimeout(timer);
      this.options.signal?.removeEventListener('abort', stop);
    }
  }

  private networkFailure(outcome: Extract<Attempt, { kind: 'failure' }>, method: string, safeUrl: string, redactor: Redactor) {
    const cause = sanitizeError(outcome.error, redactor);
    if (outcome.timedOut) {
      // We cannot tell whether the server got the request before the clock ran out: assume it did.
      const seconds = `${Math.round(outcome.limitMs / 100) / 10} s`;
      const detail = outcome.timedOut === 'answer' ? `did not answer within ${seconds}` : `stopped sending the answer for ${seconds}`;
      return { sent: true, cause, reason: 'timeout', detail };
    }
    if (!isNetworkFailure(outcome.error)) {
      // fetch rejected the request itself (bad header, bad URL): a bug, not an outage; never retried.
      throw new Error(`${method} ${safeUrl}: request could not be made: ${cause.message}`, { cause });
    }
    const { sent, code } = classifyNetworkError(outcome.error);
    const reason = code ?? 'network';
    // Never connected (refused, no such host): nothing was said about the request or the credentials.
    const detail = sent ? `connection failed (${innermostMessage(cause)})` : `could not connect to ${new URL(safeUrl).host} (${innermostMessage(cause)})`;
    return { sent, cause, reason, detail };
  }

  private httpError(input: {
    status: number;
    bytes: Uint8Array;
    response: Response;
    method: string;
    safeUrl: string;
    idempotent: boolean;
    attempt: number;
    retryAfterMs: number | undefined;
    redactor: Redactor;
    credentialed: boolean;
  }): HttpError {
    const { status, method, safeUrl, attempt, retryAfterMs, redactor } = input;
    const body = redactor.value(parseErrorBody(input.bytes));
    const described = this.options.parseError?.(status, body) ?? describeTextBody(status, body);
    const code = described?.code;
    const statusText = input.response.statusText ? ` ${input.response.statusText}` : '';
    const notes = [
      attempt > 1 ? `gave up after ${attempt} attempts` : '',
      retryAfterMs !== undefined ? `server asks to wait ${Math.ceil(retryAfterMs / 1000)} s` : '',
    ].filter(Boolean);
    const message = redactor.text(
      `${method} ${safeUrl} → ${status}${statusText}` +
        (described ? `: ${code && described.message !== code ? `${code}: ` : ''}${described.message}` : '') +
        (notes.length ? ` (${notes.join('; ')})` : ''),
    );
    const init = {
      status,
      method,
      url: safeUrl,
      message,
      body,
      // A 5xx to a write: the server may have done part of the work before failing.
      ambiguous: !input.idempotent && status >= 500,
      credentialed: input.credentialed,
      ...(code !== undefined ? { code } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    };
    return status === 429 ? new RateLimitedError(init) : new HttpError(init);
  }

  private decodeBody<T>(bytes: Uint8Array, expect: RequestOptions['expect'], response: Response, method: string, safeUrl: string, idempotent: boolean, redactor: Redactor): T {
    if (expect === 'none') return undefined as T;
    if (expect === 'bytes') return bytes as T;
    if (bytes.length === 0) return undefined as T;
    const text = new TextDecoder().decode(bytes);
    try {
      return JSON.parse(text) as T;
    } catch {
      // A proxy's HTML page or a truncated answer: the request itself may well have succeeded.
      throw new HttpError({
        status: response.status,
        method,
        url: safeUrl,
        code: 'invalid_json',
        message: redactor.text(`${method} ${safeUrl} → ${response.status}, but the body is not JSON: ${bodyExcerpt(text)}`),
        body: redactor.text(text.slice(0, 2000)),
        ambiguous: !idempotent,
      });
    }
  }

  private buildUrl(path: string, query: RequestOptions['query'], redactor: Redactor): URL {
    const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(path);
    let url: URL;
    try {
      url = new URL(absolute ? path : `${this.baseUrl}/${path.replace(/^\/+/, '')}`);
    } catch {
      throw new TypeError(`Invalid URL: ${redactor.url(absolute ? path : `${this.baseUrl}/${path}`)}`);
    }
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined) continue;
      url.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value));
    }
    return url;
  }

  /** A refused credential becomes the run-stopping AccessDeniedError (see failure-kind.ts). */
  private asAccessError(error: HttpError, method: string, path: string): AccessDeniedError | undefined {
    if (!error.credentialed || (error.status !== 401 && error.status !== 403)) return undefined;
    const described = this.options.accessError?.(error, { method, path });
    if (described) return described;
    if (error.status !== 401) return undefined;
    return new AccessDeniedError(error, `${error.message}: the credentials were refused; check the token in the mapping file and run again.`);
  }

  /** Whether a request to `url` carries this connection's credentials (see buildInit). */
  private sendsCredentials(url: URL): boolean {
    return url.origin === this.origin && Object.keys(this.options.headers ?? {}).some((name) => name.toLowerCase() === 'authorization');
  }

  private buildInit(method: string, url: URL, options: RequestOptions): RequestInit {
    const headers = new Headers({ accept: 'application/json' });
    // Credentials go only to the API's own origin: a pre-signed attachment URL on another host must
    // not receive our token.
    if (url.origin === this.origin) for (const [name, value] of Object.entries(this.options.headers ?? {})) headers.set(name, value);
    let body: RequestInit['body'];
    if (options.rawBody !== undefined) {
      // Our bytes are never backed by a SharedArrayBuffer; the DOM lib's BodyInit insists on ArrayBuffer.
      body = options.rawBody as Uint8Array<ArrayBuffer>;
      headers.set('content-type', options.contentType ?? 'application/octet-stream');
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers.set('content-type', options.contentType ?? 'application/json');
    }
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
    return body === undefined || body === null ? { method, headers } : { method, headers, body };
  }

  private backoff(attempt: number): number {
    return backoffDelay(attempt, this.settings.baseDelayMs, this.settings.maxDelayMs, this.options.random);
  }

  private async backOff(method: string, url: string, attempt: number, delayMs: number, reason: string): Promise<void> {
    this.options.onRetry?.({ method, url, attempt, delayMs, reason });
    if (delayMs > 0) await abortable(this.sleep(delayMs), this.options.signal);
  }
}

/** The promise's value, or undefined as soon as the signal aborts (the promise is left to settle alone). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T | undefined> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.resolve(undefined);
  }
  return new Promise<T | undefined>((resolve, reject) => {
    const onAbort = () => resolve(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** fetch's own network failures (undici: TypeError "fetch failed"/"terminated" with a cause), or any error carrying a code. */
function isNetworkFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { cause, code } = error as { cause?: unknown; code?: unknown };
  return cause !== undefined || typeof code === 'string';
}

function parseErrorBody(bytes: Uint8Array): unknown {
  if (bytes.length === 0) return undefined;
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text.slice(0, 2000);
  }
}

/** A copy of an error chain with redacted messages: causes end up in logs too. */
function sanitizeError(error: unknown, redactor: Redactor, depth = 0): Error {
  const source = error instanceof Error ? error : new Error(String(error));
  const inner = depth < 4 && source.cause !== undefined ? sanitizeError(source.cause, redactor, depth + 1) : undefined;
  const copy = new Error(redactor.text(source.message), inner ? { cause: inner } : undefined);
  copy.name = source.name;
  const code = (source as { code?: unknown }).code;
  if (typeof code === 'string') Object.assign(copy, { code });
  return copy;
}

function innermostMessage(error: Error): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}
