/** A minimal HTTP client for the simulator's own tests (the connector has its real client). */
import type { IntercomSim } from './server.js';

export interface Reply<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export type Call = <T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Reply<T>>;

export function clientFor(sim: IntercomSim, token = 'test-token'): Call {
  return async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> => {
    const res = await fetch(sim.url + path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'intercom-version': '2.16',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: (text === '' ? undefined : JSON.parse(text)) as T };
  };
}

/** The first error code of an error.list body. */
export function errorCode(reply: Reply<unknown>): string | undefined {
  const body = reply.body as { errors?: Array<{ code?: string }> } | undefined;
  return body?.errors?.[0]?.code;
}

export function errorMessage(reply: Reply<unknown>): string | undefined {
  const body = reply.body as { errors?: Array<{ message?: string }> } | undefined;
  return body?.errors?.[0]?.message;
}

/** A small workspace most tests start from. */
export const BASIC_ADMINS = [
  { id: '991200001', name: 'Ana Admin', email: 'ana@sim.test' },
  { id: '991200002', name: 'Bo Agent', email: 'bo@sim.test' },
];
