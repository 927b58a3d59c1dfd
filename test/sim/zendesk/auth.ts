/**
 * The two ways a connector authenticates (research §1.1): API token as basic auth
 * `base64("{email}/token:{api_token}")`, or an OAuth access token as `Bearer`. Anything else — no header,
 * a password instead of a token, the token of another email — gets Zendesk's 401 body.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { SimResponse } from '../common/sim-server.js';
import type { ResolvedOptions } from './context.js';

export type AuthMethod = 'api_token' | 'oauth';

export function authenticate(headers: IncomingHttpHeaders, options: ResolvedOptions): AuthMethod | undefined {
  const header = headers.authorization;
  if (!header) return undefined;
  const [scheme, value = ''] = header.split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'bearer') return value === options.oauthToken ? 'oauth' : undefined;
  if (scheme?.toLowerCase() !== 'basic') return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const expected = `${options.email}/token:${options.apiToken}`;
  // The email part is case-insensitive in Zendesk; the token is not.
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const user = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  const expectedColon = expected.indexOf(':');
  return user.toLowerCase() === expected.slice(0, expectedColon).toLowerCase() && secret === options.apiToken ? 'api_token' : undefined;
}

export function unauthorized(): SimResponse {
  return { status: 401, headers: { 'www-authenticate': 'Basic realm="Web Password"' }, body: { error: "Couldn't authenticate you" } };
}
