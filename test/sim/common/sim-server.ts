/**
 * The HTTP server every platform simulator runs on: 127.0.0.1, a random port, JSON in and out,
 * a request log for assertions, latency and fault injection for chaos tests and benchmarks, and an
 * optional check of every request (against the vendor's OpenAPI description, see
 * test/contract/request-checks.ts) whose violations are collected for the test to assert on.
 * A simulator supplies only its routing function.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seededRandom } from './seeded-random.js';

export interface SimRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Parsed JSON body when the request sent JSON, else undefined. */
  body: unknown;
  rawBody: Buffer;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  /** Sent as JSON unless it is a Buffer or string. */
  body?: unknown;
}

export type SimHandler = (request: SimRequest) => SimResponse | Promise<SimResponse>;

/** Checks one request as a client sent it; returns what is wrong with it (nothing: valid). */
export type RequestCheck = (request: SimRequest) => string[];

/**
 * Throws when the server's request check recorded violations: a simulator calls it on close, so a
 * test whose client sent a request the vendor's description does not allow fails, naming it.
 */
export function assertValidRequests(server: Pick<SimServer, 'requestViolations'>, simulator: string): void {
  const found = server.requestViolations;
  if (found.length === 0) return;
  const shown = [...new Set(found)].slice(0, 20);
  throw new Error(`${simulator} simulator: ${found.length} request(s) the vendor's OpenAPI description does not allow (see test/contract/request-exceptions.ts):\n  ${shown.join('\n  ')}`);
}

export interface FaultOptions {
  /** Added to every response. */
  latencyMs?: number;
  /** Share of requests answered 500/502/503 before they reach the handler. */
  errorRate?: number;
  /** Share of requests whose connection is destroyed before they reach the handler. */
  dropBeforeRate?: number;
  /** Share of requests handled (the write happens) whose connection is then destroyed: a lost answer. */
  dropAfterRate?: number;
  /** Every `every` requests, the next `length` requests get 429 with Retry-After: `retryAfterSeconds`. */
  burst429?: { every: number; length: number; retryAfterSeconds: number };
  /** Requests whose path matches are read and never answered: an endpoint that stalls. */
  stallPaths?: RegExp;
  /** Seed for the fault dice. */
  seed?: number;
  /**
   * Faults aimed at chosen requests, for tests that need one exact fault (the answer of the first
   * ticket import lost, every request refused with the vendor's 403): the first rule matching a
   * request's method and path applies, `times` times (every time when absent).
   */
  rules?: FaultRule[];
}

export interface FaultRule {
  /** Any method when absent. */
  method?: string;
  path: RegExp;
  times?: number;
  /** `drop-after`: the request is handled (the write happens) and its connection destroyed; else this answer instead of the handler's. */
  fault: 'drop-after' | SimResponse;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number | 'dropped';
}

export interface SimServer {
  url: string;
  port: number;
  /** Every request seen, in order. */
  log: RequestLogEntry[];
  /** When each request of `log` arrived (ms since the epoch), by index: for benchmarks' timelines. */
  arrivals: number[];
  /** Change faults while the server runs. */
  setFaults(faults: FaultOptions): void;
  /** Checks every later request with `check` (undefined: no more checks); violations go to `requestViolations`. */
  checkRequests(check: RequestCheck | undefined): void;
  /** What the request check found, in order, one line per violation. */
  requestViolations: string[];
  close(): Promise<void>;
}

export async function startSimServer(handler: SimHandler, faults: FaultOptions = {}, port = 0): Promise<SimServer> {
  let current = faults;
  let random = seededRandom(faults.seed ?? 1);
  let counter = 0;
  const log: RequestLogEntry[] = [];
  const arrivals: number[] = [];
  const requestViolations: string[] = [];
  let check: RequestCheck | undefined;

  const server = createServer((req, res) => {
    void serve(req, res).catch((error: unknown) => {
      log.push({ method: req.method ?? 'GET', path: req.url ?? '', status: 500 });
      arrivals.push(Date.now());
      send(res, { status: 500, body: { error: 'simulator_error', message: String(error) } });
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const entry: RequestLogEntry = { method, path: url.pathname, status: 0 };
    log.push(entry);
    arrivals.push(Date.now());
    counter += 1;
    if (current.stallPaths?.test(url.pathname)) return;
    if (current.latencyMs) await new Promise((r) => setTimeout(r, current.latencyMs));

    const rule = current.rules?.find((r) => (r.method === undefined || r.method === method) && r.path.test(url.pathname) && (r.times === undefined || r.times > 0));
    if (rule && rule.times !== undefined) rule.times -= 1;
    if (rule && rule.fault !== 'drop-after') {
      entry.status = rule.fault.status;
      return send(res, rule.fault);
    }

    const burst = current.burst429;
    if (burst && counter % burst.every < burst.length) {
      entry.status = 429;
      return send(res, {
        status: 429,
        headers: { 'retry-after': String(burst.retryAfterSeconds) },
        body: { type: 'error.list', errors: [{ code: 'rate_limit_exceeded', message: 'Rate limit exceeded (simulated burst)' }] },
      });
    }
    if (current.dropBeforeRate && random() < current.dropBeforeRate) {
      entry.status = 'dropped';
      req.socket.destroy();
      return;
    }
    if (current.errorRate && random() < current.errorRate) {
      const status = [500, 502, 503][Math.floor(random() * 3)] ?? 500;
      entry.status = status;
      return send(res, { status, body: { error: 'simulated_outage', message: 'Simulated server error' } });
    }

    const contentType = String(req.headers['content-type'] ?? '');
    let body: unknown;
    if (contentType.includes('json') && rawBody.length > 0) {
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch {
        entry.status = 400;
        return send(res, { status: 400, body: { error: 'invalid_json', message: 'Request body is not valid JSON' } });
      }
    }
    const request: SimRequest = { method, path: url.pathname, query: url.searchParams, headers: req.headers, body, rawBody };
    if (check) requestViolations.push(...check(request));
    const response = await handler(request);
    if (rule?.fault === 'drop-after' || (current.dropAfterRate && random() < current.dropAfterRate)) {
      entry.status = 'dropped';
      req.socket.destroy();
      return;
    }
    entry.status = response.status;
    send(res, response);
  }

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    log,
    arrivals,
    requestViolations,
    checkRequests(next) {
      check = next;
    },
    setFaults(next) {
      current = next;
      random = seededRandom(next.seed ?? 1);
      counter = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, response: SimResponse): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string> = { ...(response.headers ?? {}) };
  let payload: Buffer | string | undefined;
  if (Buffer.isBuffer(response.body) || typeof response.body === 'string') {
    payload = response.body;
  } else if (response.body !== undefined) {
    payload = JSON.stringify(response.body);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  res.writeHead(response.status, headers);
  res.end(payload);
}
