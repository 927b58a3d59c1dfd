/**
 * Request gatekeeping that happens before routing: the bearer token and the `Intercom-Version` header.
 */
import type { SimRequest } from '../common/sim-server.js';
import { IntercomApiError } from './errors.js';

/** The versions the 2.16 spec's `intercom_version` enum lists. The simulator answers in 2.16 shapes whatever is asked. */
export const KNOWN_VERSIONS = new Set([
  '1.0', '1.1', '1.2', '1.3', '1.4', '2.0', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8',
  '2.9', '2.10', '2.11', '2.12', '2.13', '2.14', '2.15', '2.16', 'Unstable',
]);

/** The token of `Authorization: Bearer <token>` if it is one of `tokens`; else throws the real 401 body. */
export function checkToken(request: SimRequest, tokens: ReadonlyMap<string, unknown>): string {
  const header = request.headers['authorization'];
  const value = Array.isArray(header) ? header[0] : header;
  const sent = /^Bearer\s+(.+)$/i.exec(value ?? '')?.[1]?.trim();
  if (sent === undefined || !tokens.has(sent)) throw new IntercomApiError(401, 'unauthorized', 'Access Token Invalid');
  return sent;
}

/**
 * Returns the requested version (undefined when absent: the app's default applies). An unknown
 * version is refused with 400 `intercom_version_invalid`; the code is the one the spec lists, the
 * wording of the message is this simulator's.
 */
export function checkVersion(request: SimRequest): string | undefined {
  const header = request.headers['intercom-version'];
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value === '') return undefined;
  if (!KNOWN_VERSIONS.has(value)) {
    throw new IntercomApiError(400, 'intercom_version_invalid', `Intercom-Version '${value}' is not a valid API version`);
  }
  return value;
}
