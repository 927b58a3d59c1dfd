/**
 * The client against real HTTP servers on 127.0.0.1: the sim server with its fault injection, and a
 * scripted node:http server for exact sequences (429 then 201, a connection dropped after the write…).
 * Backoff sleeps are injected and recorded; Retry-After pauses of the shared limiter are real (1 s).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { AmbiguousWriteError, HttpError, NetworkError, RateLimitedError, RequestAbortedError, StalledError, UnreachableError, isOutcomeUnknown } from '../../src/http/errors.js';
import { HttpClient, type HttpClientOptions } from '../../src/http/http-client.js';
import { RateLimiter } from '../../src/http/rate-limiter.js';
import { parseIntercomError } from '../../src/platforms/intercom/client.js';
import { parseZendeskError } from '../../src/platforms/zendesk/error-envelope.js';
import { startSimServer, type SimServer } from '../sim/common/sim-server.js';

type Step = { status: number; headers?: Record<string, string>; body?: unknown; raw?: string } | 'drop-after-read' | 'hang' | 'stall-body';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

interface Scripted {
  url: string;
  port: number;
  seen: Seen[];
  close(): Promise<void>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((close) => close()));
});

/** Answers the n-th request with steps[n] (the last step repeats). */
async function scripted(steps: Step[], port = 0): Promise<Scripted> {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const step = steps[Math.min(seen.length - 1, steps.length - 1)]!;
      if (step === 'hang') return;
      if (step === 'drop-after-read') return void req.socket.destroy();
      if (step === 'stall-body') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.write('{"partial":');
      }
      if (step.raw !== undefined) {
        res.writeHead(step.status, { 'content-type': 'text/html', ...step.headers });
        return void res.end(step.raw);
      }
      const payload = step.body === undefined ? '' : JSON.stringify(step.body);
      res.writeHead(step.status, { ...(payload ? { 'content-type': 'application/json' } : {}), ...step.headers });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  cleanups.push(close);
  return { url: `http://127.0.0.1:${actual}`, port: actual, seen, close };
}

async function sim(...args: Parameters<typeof startSimServer>): Promise<SimServer> {
  const server = await startSimServer(...args);
  cleanups.push(() => server.close());
  return server;
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const TOKEN = 'sk_test_5f3c2b1a0e9d8c7b';

/** A client with a roomy limiter and recorded (instant) backoff sleeps. */
function client(baseUrl: string, overrides: Partial<HttpClientOptions> = {}): { http: HttpClient; sleeps: number[]; limiter: RateLimiter } {
  const sleeps: number[] = [];
  const limiter = overrides.limiter ?? new RateLimiter({ limit: 1000, intervalMs: 1000, name: 'test' });
  const http = new HttpClient({
    baseUrl,
    headers: { Authorization: `Bearer ${TOKEN}`, 'Intercom-Version': '2.16' },
    secrets: [TOKEN],
    limiter,
    // The client these tests stand for is Intercom's: its envelope reader is the platform's hook.
    parseError: parseIntercomError,
    baseDelayMs: 10,
    maxDelayMs: 100,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  });
  return { http, sleeps, limiter };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('requests', () => {
  it('sends JSON with the configured headers and query, and parses the answer', async () => {
    const server = await scripted([{ status: 200, body: { ok: true } }]);
    const { http } = client(`${server.url}/api/v2/`);
    const body = await http.get<{ ok: boolean }>('/users.json', { page: 2, ids: [1, 2], active: true, skip: undefined });
    expect(body).toEqual({ ok: true });
    expect(server.seen[0]!.url).toBe('/api/v2/users.json?page=2&ids=1%2C2&active=true');
    expect(server.seen[0]!.headers['authorization']).toBe(`Bearer ${TOKEN}`);
    expect(server.seen[0]!.headers['intercom-version']).toBe('2.16');
    await http.post('contacts', { email: 'a@example.com' });
    expect(server.seen[1]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(server.seen[1]!.body)).toEqual({ email: 'a@example.com' });
    expect(http.calls).toBe(2);
  });

  it('returns bytes, and nothing for 204', async () => {
    const server = await scripted([{ status: 200, body: 'file' }, { status: 204 }]);
    const { http } = client(server.url);
    const { body } = await http.request<Uint8Array>('GET', '/a', { expect: 'bytes' });
    expect(Buffer.from(body).toString()).toBe('"file"');
    expect(await http.delete('/b')).toBeUndefined();
  });

  it('uploads raw bytes with their content type (Zendesk uploads)', async () => {
    const server = await scripted([{ status: 201, body: { upload: { token: 'u1' } } }]);
    const { http } = client(server.url);
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const { status, body } = await http.request<{ upload: { token: string } }>('POST', '/api/v2/uploads', {
      query: { filename: 'a.png' },
      rawBody: bytes,
      contentType: 'image/png',
    });
    expect(status).toBe(201);
    expect(body.upload.token).toBe('u1');
    expect(server.seen[0]!.headers['content-type']).toBe('image/png');
    expect(server.seen[0]!.headers['content-length']).toBe('4');
  });

  it('never sends the API credentials to another origin (pre-signed attachment URLs)', async () => {
    const api = await scripted([{ status: 200, body: {} }]);
    const storage = await scripted([{ status: 200, body: {} }]);
    const { http } = client(api.url);
    await http.request('GET', `${storage.url}/bucket/file.png?X-Amz-Signature=abc`, { expect: 'bytes' });
    expect(storage.seen[0]!.headers['authorization']).toBeUndefined();
    expect(storage.seen[0]!.headers['intercom-version']).toBeUndefined();
  });
});

describe('429', () => {
  it('waits Retry-After, pauses the shared limiter for everyone, and retries a POST', async () => {
    const server = await scripted([
      { status: 429, headers: { 'retry-after': '1' }, body: { type: 'error.list', errors: [{ code: 'rate_limit_exceeded', message: 'Exceeded rate limit of 167 in 10_seconds' }] } },
      { status: 201, body: { id: 'c1' } },
    ]);
    const { http, sleeps, limiter } = client(server.url);
    const t0 = Date.now();
    const created = http.post<{ id: string }>('/conversations', { body: 'hi' });
    // A second request on the same budget, issued once the 429 has arrived, must also wait. "Arrived"
    // is when the limiter holds the pause, not a fixed delay after the server saw the request: a busy
    // machine can take longer than any such delay to read the answer.
    while (limiter.pausedUntilMs <= Date.now()) await new Promise((r) => setTimeout(r, 5));
    const other = http.get('/me');
    expect(await created).toEqual({ id: 'c1' });
    await other;
    expect(sleeps).toEqual([1000]);
    expect(server.seen.filter((s) => s.method === 'POST')).toHaveLength(2);
    for (const later of server.seen.slice(1)) expect(later.at - t0).toBeGreaterThanOrEqual(990);
    expect(http.calls).toBe(3);
    // The GET waited on the limiter's pause. Whether the retried POST also did depends on whether its
    // own Retry-After sleep ended before or after the pause did: on a busy machine, after.
    expect(limiter.stats.throttled).toBeGreaterThanOrEqual(1);
  });

  it('without Retry-After waits for the rate-limit reset', async () => {
    const server = await scripted([
      { status: 429, headers: { 'ratelimit-limit': '100', 'ratelimit-remaining': '0', 'ratelimit-reset': '1' } },
      { status: 200, body: {} },
    ]);
    const { http, sleeps } = client(server.url);
    await http.get('/api/v2/tickets');
    expect(sleeps).toEqual([1000]);
  });

  it('Retry-After 0 (a 429 storm from the simulator) falls back to jittered backoff, and every request lands', async () => {
    const server = await sim(() => ({ status: 200, body: { ok: true } }), { burst429: { every: 4, length: 2, retryAfterSeconds: 0 } });
    const { http, sleeps } = client(server.url, { maxAttempts: 5 });
    for (let i = 0; i < 10; i += 1) await http.post('/contacts', { i });
    const limited = server.log.filter((entry) => entry.status === 429).length;
    expect(limited).toBeGreaterThan(0);
    expect(http.calls).toBe(10 + limited);
    expect(sleeps).toHaveLength(limited);
    expect(sleeps.every((ms) => ms >= 10 && ms < 100)).toBe(true); // baseDelayMs floor, maxDelayMs cap
  });

  it('gives up with RateLimitedError after ten honoured 429s, which do not use up maxAttempts', async () => {
    const server = await scripted([{ status: 429, headers: { 'retry-after': '0' }, body: { type: 'error.list', errors: [{ code: 'rate_limit_exceeded', message: 'Slow down' }] } }]);
    const { http } = client(server.url, { maxAttempts: 3 });
    const error = await rejection(http.post('/contacts', {}));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).code).toBe('rate_limit_exceeded');
    expect((error as RateLimitedError).message).toContain('gave up after 10 attempts');
    expect(http.calls).toBe(10);
  });

  it('does not sleep through a Retry-After longer than maxRetryAfterMs: fails at once with retryAfterMs', async () => {
    const server = await scripted([{ status: 429, headers: { 'retry-after': '3600' } }]);
    const { http, sleeps } = client(server.url);
    const error = (await rejection(http.get('/tickets'))) as RateLimitedError;
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(sleeps).toEqual([]);
    expect(http.calls).toBe(1);
  });
});

describe('5xx', () => {
  it('503 with Retry-After on a GET: waited and retried', async () => {
    const server = await scripted([{ status: 503, headers: { 'retry-after': '1' } }, { status: 200, body: { page: 1 } }]);
    const { http, sleeps } = client(server.url);
    const t0 = Date.now();
    expect(await http.get('/api/v2/users')).toEqual({ page: 1 });
    expect(sleeps).toEqual([1000]);
    // The limiter was paused too: the retry left no earlier than the server asked.
    expect(server.seen[1]!.at - t0).toBeGreaterThanOrEqual(990);
  });

  it('5xx on a POST is raised at once, never retried, and marked ambiguous', async () => {
    const server = await scripted([{ status: 502, body: { error: 'simulated_outage', message: 'Bad gateway' } }]);
    const { http, sleeps } = client(server.url);
    const error = (await rejection(http.post('/tickets', { subject: 'x' }))) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(502);
    expect(error.ambiguous).toBe(true);
    expect(isOutcomeUnknown(error)).toBe(true);
    expect(server.seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('a POST the caller marks idempotent (an upsert) is retried like a GET', async () => {
    const server = await scripted([{ status: 500 }, { status: 200, body: { job: 1 } }]);
    const { http } = client(server.url);
    expect(await http.post('/api/v2/users/create_or_update', { user: {} }, { idempotent: true })).toEqual({ job: 1 });
    expect(server.seen).toHaveLength(2);
  });

  it('GET through the simulator outage: retried until maxAttempts, then HttpError; backoff capped', async () => {
    const server = await sim(() => ({ status: 200 }), { errorRate: 1 });
    const { http, sleeps } = client(server.url, { maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 250, random: () => 0.999999 });
    const error = (await rejection(http.get('/contacts'))) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect([500, 502, 503]).toContain(error.status);
    expect(error.ambiguous).toBe(false);
    expect(error.message).toContain('gave up after 6 attempts');
    expect(server.log).toHaveLength(6);
    expect(http.calls).toBe(6);
    expect(sleeps).toEqual([99, 199, 249, 249, 249]);
  });

  it('408 is retried for a GET, not for a POST', async () => {
    const server = await scripted([{ status: 408 }, { status: 200, body: {} }]);
    const { http } = client(server.url);
    await http.get('/a');
    expect(server.seen).toHaveLength(2);
    const again = await scripted([{ status: 408 }]);
    const { http: poster } = client(again.url);
    expect(((await rejection(poster.post('/a', {}))) as HttpError).status).toBe(408);
    expect(again.seen).toHaveLength(1);
  });
});

describe('error bodies in messages', () => {
  it('a gateway\'s HTML page is quoted by its title, not dumped whole', async () => {
    const page = `<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title><style>body{font:12px}</style></head><body><h1>502 Bad Gateway</h1><p>${'The upstream server did not answer. '.repeat(40)}</p><hr><center>nginx</center></body></html>`;
    const server = await scripted([{ status: 502, raw: page }]);
    const { http } = client(server.url);
    const error = (await rejection(http.post('/tickets', {}))) as HttpError;
    expect(error.message).toBe(`POST ${server.url}/tickets → 502 Bad Gateway: 502 Bad Gateway`);
  });

  it('an HTML page without a title gives a short text excerpt; a 200 that is not JSON too', async () => {
    const page = `<html><body><script>var x = 1;</script><div>${'Service temporarily unavailable, please retry. '.repeat(20)}</div></body></html>`;
    const server = await scripted([{ status: 400, raw: page }, { status: 200, raw: page }]);
    const { http } = client(server.url);
    const first = (await rejection(http.get('/a'))) as HttpError;
    expect(first.message).toBe(`GET ${server.url}/a → 400 Bad Request: ${'Service temporarily unavailable, please retry. '.repeat(3).slice(0, 119)}…`);
    const second = (await rejection(http.get('/b'))) as HttpError;
    expect(second.message).toBe(`GET ${server.url}/b → 200, but the body is not JSON: ${'Service temporarily unavailable, please retry. '.repeat(3).slice(0, 119)}…`);
  });
});

describe('4xx', () => {
  it('is not retried and carries the platform message (the platform client\'s envelope reader)', async () => {
    const body = { error: 'RecordInvalid', description: 'Record validation errors', details: { email: [{ description: 'Email: a@example.com is already being used by another user', error: 'DuplicateValue' }] } };
    const server = await scripted([{ status: 422, body }]);
    const { http } = client(server.url, { parseError: parseZendeskError });
    const error = (await rejection(http.post('/api/v2/users', { user: {} }))) as HttpError;
    expect(error.status).toBe(422);
    expect(error.code).toBe('RecordInvalid');
    expect(error.message).toBe(`POST ${server.url}/api/v2/users → 422 Unprocessable Entity: RecordInvalid: Record validation errors; Email: a@example.com is already being used by another user`);
    expect(error.body).toEqual(body);
    expect(error.ambiguous).toBe(false);
    expect(server.seen).toHaveLength(1);
  });

  it('uses the platform parseError when given', async () => {
    const server = await scripted([{ status: 409, body: { weird: { why: 'duplicate' } } }]);
    const { http } = client(server.url, { parseError: (_status, body) => ({ code: 'dup', message: (body as { weird: { why: string } }).weird.why }) });
    const error = (await rejection(http.post('/x', {}))) as HttpError;
    expect(error.code).toBe('dup');
    expect(error.message).toContain('409 Conflict: dup: duplicate');
  });
});

describe('network failures', () => {
  it('a file on another host that cannot be reached fails that request only: a NetworkError, not UnreachableError', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND files.gone.invalid'), { code: 'ENOTFOUND' }) });
    };
    const { http } = client('https://acme.zendesk.invalid', { fetch: failing, maxAttempts: 2 });
    const error = await rejection(http.get('https://files.gone.invalid/a.png'));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(UnreachableError);
  });

  it('a host that does not resolve or refuses the connection: "could not connect" naming the host and what to check, not the credentials', async () => {
    for (const [code, text] of [['ENOTFOUND', 'getaddrinfo ENOTFOUND acme.zendesk.invalid'], ['ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.1:443']] as const) {
      const failing: typeof fetch = async () => {
        throw new TypeError('fetch failed', { cause: Object.assign(new Error(text), { code }) });
      };
      const { http } = client('https://acme.zendesk.invalid', { fetch: failing, maxAttempts: 2 });
      const error = (await rejection(http.get('/api/v2/users/me'))) as NetworkError;
      // The API's own host: the run stops on it (failure-kind.ts).
      expect(error).toBeInstanceOf(UnreachableError);
      expect(error.message).toBe(
        `GET https://acme.zendesk.invalid/api/v2/users/me: could not connect to acme.zendesk.invalid (${text}) (gave up after 2 attempts); check the connection's base_url and that acme.zendesk.invalid is reachable from here`,
      );
    }
  });

  it('connection dropped after the server handled a POST → AmbiguousWriteError, exactly one request seen', async () => {
    let handled = 0;
    const server = await sim(() => {
      handled += 1;
      return { status: 201, body: { id: 't1' } };
    }, { dropAfterRate: 1 });
    const { http, sleeps } = client(server.url);
    const error = await rejection(http.post('/api/v2/imports/tickets', { ticket: {} }));
    expect(error).toBeInstanceOf(AmbiguousWriteError);
    expect((error as AmbiguousWriteError).ambiguous).toBe(true);
    expect((error as Error).message).toMatch(/may or may not have been applied/);
    expect(handled).toBe(1);
    expect(server.log).toEqual([{ method: 'POST', path: '/api/v2/imports/tickets', status: 'dropped' }]);
    expect(sleeps).toEqual([]);
    expect(http.calls).toBe(1);
  });

  it('the same drop on a GET is retried', async () => {
    const server = await scripted(['drop-after-read', { status: 200, body: { ok: 1 } }]);
    const { http } = client(server.url);
    expect(await http.get('/tickets/1')).toEqual({ ok: 1 });
    expect(server.seen).toHaveLength(2);
  });

  it('connection refused on a POST is retried: the request never left', async () => {
    const port = await freePort();
    let server: Scripted | undefined;
    const { http, sleeps } = client(`http://127.0.0.1:${port}`, {
      // The server comes up during the first backoff.
      sleep: async (ms) => {
        sleeps.push(ms);
        server ??= await scripted([{ status: 201, body: { id: 'x' } }], port);
      },
    });
    expect(await http.post('/contacts', { email: 'a@example.com' })).toEqual({ id: 'x' });
    expect(sleeps).toHaveLength(1);
    expect(server!.seen).toHaveLength(1);
    expect(http.calls).toBe(2);
  });

  it('refused every time → NetworkError, not ambiguous', async () => {
    const port = await freePort();
    const { http } = client(`http://127.0.0.1:${port}`, { maxAttempts: 3 });
    const error = (await rejection(http.post('/contacts', {}))) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(AmbiguousWriteError);
    expect(error.ambiguous).toBe(false);
    expect(error.message).toMatch(/ECONNREFUSED.*gave up after 3 attempts/);
    expect(http.calls).toBe(3);
  });

  it('timeout: a GET is retried then fails as NetworkError; a POST fails at once as AmbiguousWriteError', async () => {
    const server = await scripted(['hang']);
    const { http } = client(server.url, { timeoutMs: 100, maxAttempts: 2 });
    const t0 = Date.now();
    const read = (await rejection(http.get('/slow'))) as NetworkError;
    expect(read).toBeInstanceOf(NetworkError);
    expect(read.ambiguous).toBe(true);
    expect(read.message).toContain('did not answer within 0.1 s');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(200 - 5);
    expect(server.seen).toHaveLength(2);
    const write = await rejection(http.post('/slow', {}));
    expect(write).toBeInstanceOf(AmbiguousWriteError);
    expect(server.seen).toHaveLength(3);
  });

  it('a stalled endpoint: the whole request, retries included, ends by its deadline with a StalledError naming the host', async () => {
    const server = await scripted(['hang']);
    // Five attempts would take 5 × 200 ms; the deadline (500 ms) ends the request before.
    const { http } = client(server.url, { timeoutMs: 200, deadlineMs: 500, maxAttempts: 5 });
    const error = (await rejection(http.get('/slow'))) as StalledError;
    expect(error).toBeInstanceOf(StalledError);
    const host = new URL(server.url).host;
    expect(error.message).toMatch(new RegExp(`^GET ${server.url}/slow: ${host} did not answer within 0\\.[0-9] s \\(3 requests in a row unanswered, this one after 3 attempts and [0-9] s\\); options\\.request_timeout_seconds sets the limit$`));
    expect(server.seen).toHaveLength(3);
  });

  it('a body that stops arriving counts as a timeout too', async () => {
    const server = await scripted(['stall-body', { status: 200, body: { ok: true } }]);
    const { http } = client(server.url, { timeoutMs: 200 });
    expect(await http.get('/x')).toEqual({ ok: true });
    expect(server.seen).toHaveLength(2);
  });

  it('SIGTERM: a request waiting out a Retry-After is abandoned at once, and none is sent after', async () => {
    const server = await scripted([{ status: 429, headers: { 'retry-after': '600' } }]);
    const stop = new AbortController();
    const { http } = client(server.url, { signal: stop.signal, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) });
    const pending = rejection(http.get('/x'));
    await new Promise((r) => setTimeout(r, 100));
    stop.abort();
    expect(await pending).toBeInstanceOf(RequestAbortedError);
    expect(server.seen).toHaveLength(1);
  });

  it('chaos: writes under faults are never duplicated, reads always complete', async () => {
    const writes = new Map<number, number>();
    const server = await sim(
      (request) => {
        if (request.method === 'POST') {
          const id = (request.body as { id: number }).id;
          writes.set(id, (writes.get(id) ?? 0) + 1);
        }
        return { status: 200, body: { ok: true } };
      },
      { errorRate: 0.2, dropBeforeRate: 0.1, dropAfterRate: 0.1, burst429: { every: 7, length: 1, retryAfterSeconds: 0 }, seed: 7 },
    );
    const { http } = client(server.url, { maxAttempts: 10 });
    const outcomes = { ok: 0, unknown: 0 };
    for (let id = 0; id < 60; id += 1) {
      try {
        await http.post('/tickets', { id });
        outcomes.ok += 1;
        expect(writes.get(id)).toBe(1);
      } catch (error) {
        expect(isOutcomeUnknown(error)).toBe(true);
        outcomes.unknown += 1;
      }
    }
    for (let i = 0; i < 20; i += 1) await http.get('/tickets');
    expect(outcomes.ok).toBeGreaterThan(20);
    expect(outcomes.unknown).toBeGreaterThan(0);
    expect([...writes.values()].every((count) => count === 1)).toBe(true);
  });
});

describe('secrets', () => {
  it('never appear in messages, urls, bodies or causes', async () => {
    const zendeskBasic = Buffer.from('agent@example.com/token:zd_tok_0a1b2c3d').toString('base64');
    const server = await scripted([
      { status: 401, body: { type: 'error.list', errors: [{ code: 'unauthorized', message: `Access Token Invalid: ${TOKEN}` }] } },
      { status: 403, body: { error: 'Forbidden', description: 'token zd_tok_0a1b2c3d lacks scope' } },
    ]);
    const { http } = client(server.url);
    const first = await rejection(http.get('/me', { api_key: 'query-secret-99', access_token: TOKEN }));
    const zendesk = client(server.url, { headers: { Authorization: `Basic ${zendeskBasic}` }, secrets: [] }).http;
    const second = await rejection(zendesk.get('/api/v2/users/me.json'));
    const refused = await rejection(client(`http://127.0.0.1:${await freePort()}/?token=${TOKEN}`, { maxAttempts: 1 }).http.get('/x'));
    for (const error of [first, second, refused]) {
      const everything = `${String(error)} ${(error as Error).stack} ${inspect(error, { depth: 10 })} ${JSON.stringify(error)}`;
      for (const secret of [TOKEN, 'query-secret-99', 'zd_tok_0a1b2c3d', zendeskBasic]) expect(everything).not.toContain(secret);
      expect(everything).toContain('[REDACTED]');
    }
    expect((first as HttpError).url).toBe(`${server.url}/me?api_key=[REDACTED]&access_token=[REDACTED]`);
    expect((first as HttpError).message).toContain('401 Unauthorized: unauthorized: Access Token Invalid: [REDACTED]');
  });
});

describe('pacing through the client', () => {
  it('every attempt goes through the shared limiter', async () => {
    const server = await sim(() => ({ status: 200, body: {} }));
    const limiter = new RateLimiter({ limit: 4, intervalMs: 200 });
    const a = client(server.url, { limiter }).http;
    const b = client(server.url, { limiter }).http;
    const t0 = Date.now();
    await Promise.all([...Array.from({ length: 6 }, () => a.get('/x')), ...Array.from({ length: 6 }, () => b.get('/y'))]);
    // 12 requests at 4 per 200 ms on one budget.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(400 - 5);
    expect(limiter.stats.requests).toBe(12);
    expect(a.calls + b.calls).toBe(12);
  });

  it('observes rate-limit headers on every response', async () => {
    const server = await scripted([{ status: 200, headers: { 'x-ratelimit-total': '100', 'x-ratelimit-remaining': '0' }, body: {} }, { status: 200, body: {} }]);
    const limiter = new RateLimiter({ limit: 100, intervalMs: 300, headers: [{ limit: ['x-ratelimit-total'], remaining: 'x-ratelimit-remaining' }] });
    const { http } = client(server.url, { limiter });
    await http.get('/a');
    const t0 = Date.now();
    await http.get('/b');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300 - 10);
  });
});

describe('a refused credential', () => {
  it('is presented once: every later request that would carry it fails with the same refusal, unsent', async () => {
    const server = await scripted([{ status: 401, body: { type: 'error.list', errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }] } }, { status: 200, body: {} }]);
    const { http } = client(server.url);
    const first = await rejection(http.get('/me'));
    expect((first as Error).name).toBe('AccessDeniedError');
    const later = await Promise.all([rejection(http.get('/contacts')), rejection(http.post('/tickets', { x: 1 }))]);
    for (const error of later) expect(error).toBe(first);
    expect(server.seen).toHaveLength(1);
  });
});
