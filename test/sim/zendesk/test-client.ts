/**
 * A tiny fetch client for the simulator's own tests and the contract test (not a connector).
 */
import type { ZendeskSim } from './server.js';

export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON (`any`: tests read arbitrary shapes and keep assertions short). */
  body: any;
  raw: Buffer;
}

export interface Client {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  get(path: string): Promise<Reply>;
  post(path: string, body?: unknown): Promise<Reply>;
  put(path: string, body?: unknown): Promise<Reply>;
  del(path: string, body?: unknown): Promise<Reply>;
  /** Raw-body upload (uploads endpoint). */
  upload(path: string, bytes: Uint8Array, contentType: string): Promise<Reply>;
  /** Polls a job until it completes (or `maxPolls` runs out); returns the last job_status. */
  waitForJob(jobId: string, maxPolls?: number): Promise<any>;
}

export function client(sim: ZendeskSim, authorization: string | null = sim.authHeader()): Client {
  const request = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> => {
    const init: RequestInit & { headers: Record<string, string> } = { method, headers: { ...headers } };
    if (authorization) init.headers['authorization'] = authorization;
    if (body !== undefined) {
      if (body instanceof Uint8Array) {
        init.body = body;
      } else {
        init.body = JSON.stringify(body);
        init.headers['content-type'] ??= 'application/json';
      }
    }
    const res = await fetch(path.startsWith('http') ? path : `${sim.url}${path}`, init);
    const raw = Buffer.from(await res.arrayBuffer());
    let parsed: unknown = undefined;
    if ((res.headers.get('content-type') ?? '').includes('json') && raw.length > 0) parsed = JSON.parse(raw.toString('utf8'));
    return { status: res.status, headers: res.headers, body: parsed, raw };
  };
  const api: Client = {
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body ?? {}),
    put: (path, body) => request('PUT', path, body ?? {}),
    del: (path, body) => request('DELETE', path, body),
    upload: (path, bytes, contentType) => request('POST', path, bytes, { 'content-type': contentType }),
    async waitForJob(jobId, maxPolls = 10) {
      let last: unknown;
      for (let i = 0; i < maxPolls; i++) {
        const reply = await request('GET', `/api/v2/job_statuses/${jobId}.json`);
        last = reply.body?.job_status;
        if (reply.body?.job_status?.status === 'completed' || reply.body?.job_status?.status === 'failed') return last;
      }
      return last;
    },
  };
  return api;
}

/** A multipart/form-data body with one `file` part and extra text fields. */
export function multipart(fileName: string, contentType: string, bytes: Uint8Array, fields: Record<string, string> = {}): { body: Uint8Array; contentType: string } {
  const boundary = `----desk-migrate-${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`));
  chunks.push(Buffer.from(bytes));
  chunks.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
