/**
 * Credentials the Actions runtime simulator hands out and checks:
 *
 * - the job's `ACTIONS_RUNTIME_TOKEN`, a JWT like the real one. The toolkit decodes it without verifying
 *   (`jwt-decode`), reading `scp` for `Actions.Results:<runBackendId>:<jobBackendId>`; the results
 *   service reads `ac` (cache scopes, a JSON string of `[{Scope, Permission}]`). The simulator signs it
 *   with HS256 and a per-simulator secret and verifies it, so a request with a token from elsewhere (or
 *   no token) is refused the way the real service refuses it;
 * - SAS-like query strings on the blob URLs (`sp`, `se`, `sig`), signed with the same secret, so a
 *   client can only use the URLs the services gave it, for what they were given for (upload or read).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** A cache scope as the runtime token's `ac` claim carries it. Permission: 1 read, 2 write, 3 both. */
export interface CacheScope {
  Scope: string;
  Permission: number;
}

export interface RuntimeClaims {
  runBackendId: string;
  jobBackendId: string;
  scopes: CacheScope[];
  repositoryId: string;
}

export function signJwt(payload: Record<string, unknown>, secret: Buffer): string {
  const header = Buffer.from(JSON.stringify({ typ: 'JWT', alg: 'HS256' })).toString('base64url');
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signature = createHmac('sha256', secret).update(`${header}.${body}`).digest('base64url');
  return `${header}.${body}.${signature}`;
}

/** The payload of a token this simulator signed and that has not expired, else undefined. */
export function verifyJwt(token: string, secret: Buffer, nowMs = Date.now()): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, body, signature] = parts as [string, string, string];
  const expected = createHmac('sha256', secret).update(`${header}.${body}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof payload !== 'object' || payload === null) return undefined;
  const record = payload as Record<string, unknown>;
  if (typeof record.exp === 'number' && record.exp * 1000 < nowMs) return undefined;
  return record;
}

/** Reads the claims the results service needs; undefined when the token lacks them. */
export function runtimeClaims(payload: Record<string, unknown>): RuntimeClaims | undefined {
  if (typeof payload.scp !== 'string') return undefined;
  let ids: [string, string] | undefined;
  for (const scope of payload.scp.split(' ')) {
    const parts = scope.split(':');
    if (parts[0] === 'Actions.Results' && parts.length === 3) ids = [parts[1] ?? '', parts[2] ?? ''];
  }
  if (!ids) return undefined;
  let scopes: CacheScope[] = [];
  if (typeof payload.ac === 'string') {
    try {
      const parsed: unknown = JSON.parse(payload.ac);
      if (Array.isArray(parsed)) {
        scopes = parsed.filter(
          (s): s is CacheScope =>
            typeof s === 'object' && s !== null && typeof (s as CacheScope).Scope === 'string' && typeof (s as CacheScope).Permission === 'number',
        );
      }
    } catch {
      return undefined;
    }
  }
  return {
    runBackendId: ids[0],
    jobBackendId: ids[1],
    scopes,
    repositoryId: typeof payload.repository_id === 'string' ? payload.repository_id : '',
  };
}

export type BlobPermission = 'r' | 'cw';

const SAS_VERSION = '2025-11-05';

function sasSignature(secret: Buffer, blobPath: string, permissions: string, expiry: string): string {
  return createHmac('sha256', secret).update(`${permissions}\n${expiry}\n${blobPath}`).digest('base64');
}

/**
 * The query string of a signed blob URL. `blobPath` is the decoded path (`/devstoreaccount1/<container>/<blob>`).
 * `extra` parameters (e.g. `rscd`, which Azure answers as Content-Disposition) ride along unsigned.
 */
export function signBlobQuery(
  secret: Buffer,
  blobPath: string,
  permissions: BlobPermission,
  ttlMs: number,
  extra: Record<string, string> = {},
): string {
  const expiry = new Date(Date.now() + ttlMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const query = new URLSearchParams({ sv: SAS_VERSION, sr: 'b', sp: permissions, se: expiry, ...extra });
  query.set('sig', sasSignature(secret, blobPath, permissions, expiry));
  return query.toString();
}

/** Why a request to `blobPath` with this query may not do `need` (read or write), or undefined when it may. */
export function checkBlobQuery(secret: Buffer, blobPath: string, query: URLSearchParams, need: 'read' | 'write', nowMs = Date.now()): string | undefined {
  const sig = query.get('sig');
  const sp = query.get('sp');
  const se = query.get('se');
  if (!sig || !sp || !se) return 'Server failed to authenticate the request: the URL carries no signature.';
  const expected = Buffer.from(sasSignature(secret, blobPath, sp, se), 'base64');
  const given = Buffer.from(sig, 'base64');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.';
  }
  if (Date.parse(se) < nowMs) return 'Signed expiry time has passed.';
  const allowed = need === 'read' ? sp.includes('r') : sp.includes('w') || sp.includes('c');
  if (!allowed) return 'This request is not authorized to perform this operation using this permission.';
  return undefined;
}

/** A stable UUID-shaped identifier derived from `seed` (the real backend ids are UUIDs). */
export function uuidFrom(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}
