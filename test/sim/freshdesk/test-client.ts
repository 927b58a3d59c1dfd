/** A tiny fetch client for the simulator's own tests and the contract test (not a connector). */
import type { FreshdeskSim } from './server.js';

export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON (`any`: tests read arbitrary shapes and keep assertions short). */
  body: any;
}

export interface Client {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  get(path: string): Promise<Reply>;
  post(path: string, body?: unknown): Promise<Reply>;
  put(path: string, body?: unknown): Promise<Reply>;
  /** multipart/form-data: text fields (arrays repeat `name[]`) and `attachments[]` files. */
  multipart(method: 'POST' | 'PUT', path: string, fields: Record<string, string | string[]>, files: { name: string; bytes: Uint8Array; type?: string }[]): Promise<Reply>;
}

export function client(sim: FreshdeskSim, authorization: string | null = sim.authHeader()): Client {
  const send = async (method: string, path: string, body: RequestInit['body'], headers: Record<string, string>): Promise<Reply> => {
    const h: Record<string, string> = { ...headers };
    if (authorization) h['authorization'] = authorization;
    const res = await fetch(path.startsWith('http') ? path : `${sim.url}${path}`, { method, headers: h, body });
    const raw = Buffer.from(await res.arrayBuffer());
    const parsed = (res.headers.get('content-type') ?? '').includes('json') && raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined;
    return { status: res.status, headers: res.headers, body: parsed };
  };
  const request = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    send(method, path, body === undefined ? undefined : JSON.stringify(body), body === undefined ? headers : { 'content-type': 'application/json', ...headers });
  return {
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body ?? {}),
    put: (path, body) => request('PUT', path, body ?? {}),
    multipart(method, path, fields, files) {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) {
        if (Array.isArray(value)) for (const v of value) form.append(`${name}[]`, v);
        else form.append(name, value);
      }
      for (const file of files) form.append('attachments[]', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
      return send(method, path, form, {});
    },
  };
}
