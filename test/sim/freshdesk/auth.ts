/**
 * API-key basic auth (research §2.1): `Authorization: Basic base64("{api_key}:X")`, any password.
 * Calls run as the agent the key belongs to (`store.currentAgentId`).
 */
import type { IncomingMessage } from 'node:http';
import type { SimResponse } from '../common/sim-server.js';
import { simpleError } from './http.js';

export function authenticate(headers: IncomingMessage['headers'], apiKey: string): boolean {
  const header = String(headers['authorization'] ?? '');
  const m = /^Basic\s+(.+)$/i.exec(header);
  if (!m?.[1]) return false;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 && decoded.slice(0, colon) === apiKey;
}

export function unauthorized(): SimResponse {
  return simpleError(401, 'invalid_credentials', 'You have to be logged in to perform this action.');
}

export function basicAuthHeader(apiKey: string): string {
  return `Basic ${Buffer.from(`${apiKey}:X`).toString('base64')}`;
}
