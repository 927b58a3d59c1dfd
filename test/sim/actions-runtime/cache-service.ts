/**
 * Twirp `github.actions.results.api.v1.CacheService` (cache service v2), as @actions/cache 6 calls it.
 *
 * Model (research §2.2, §2.6, §3.5; GitHub's caching docs):
 * - An entry is identified by (scope, key, version). Scopes come from the runtime token's `ac` claim: a
 *   run writes to its first writable scope (its own ref, e.g. `refs/pull/5/merge`) and reads its readable
 *   scopes in order (own ref, then base branch, then default branch). So a PR's entries are visible only
 *   to that PR's runs, and a PR run can restore the default branch's entries.
 * - Entries are immutable: a second CreateCacheEntry for the same (scope, key, version), finalized or
 *   still being uploaded, answers 409 `already_exists` "cache entry with the same key, version, and scope
 *   already exists", as the real service does; `saveCache` turns that into -1.
 * - Lookup, per readable scope in order: the exact `key` with the same version; else, for each of
 *   `[key, ...restore_keys]` in order, the most recently created finalized entry whose key starts with it
 *   and whose version matches. The version (sha256 of paths, compression and a salt) must match exactly, so
 *   a zstd entry is not found by a gzip client, nor one saved with other `paths`.
 * - Switches: `cacheWriteDenied` answers CreateCacheEntry with 200 `ok:false` and a message starting
 *   "cache write denied:" (the real answer to a read-only runtime token; the client raises
 *   CacheWriteDeniedError and saveCache returns -1 with a warning). `cacheReadDenied` answers lookups with
 *   403 `permission_denied` "cache read denied: …" (restoreCache warns and returns undefined).
 *
 * Not modelled: eviction (7 days unused, 10 GB per repository), the v1 REST protocol (`ACTIONS_CACHE_URL`),
 * cache size limits.
 */
import { randomUUID } from 'node:crypto';
import type { SimResponse } from '../common/sim-server.js';
import type { BlobStore } from './blob-store.js';
import { BLOB_ACCOUNT } from './blob-store.js';
import type { RuntimeClaims } from './tokens.js';
import { sha256Hex } from './tokens.js';
import { TwirpError, int64, requiredStr, stringList, twirpErrorResponse, twirpOk } from './twirp.js';

export const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';

export interface CacheSwitches {
  cacheWriteDenied: boolean;
  cacheReadDenied: boolean;
}

export interface CacheEntryRecord {
  id: number;
  scope: string;
  key: string;
  version: string;
  /** Order of creation (reservation); "most recently created" compares this. */
  sequence: number;
  createdAt: Date;
  finalizedAt?: Date;
  lastAccessedAt?: Date;
  sizeBytes?: number;
  blobPath: string;
}

export interface CacheServiceDeps {
  blobs: BlobStore;
  switches: CacheSwitches;
  /** Absolute signed URL for a blob path. */
  signUrl(blobPath: string, permissions: 'r' | 'cw', extra?: Record<string, string>): string;
}

export class CacheService {
  private readonly entries: CacheEntryRecord[] = [];
  private nextId = 1;

  constructor(private readonly deps: CacheServiceDeps) {}

  list(): CacheEntryRecord[] {
    return [...this.entries];
  }

  handle(method: string, body: Record<string, unknown>, claims: RuntimeClaims): SimResponse {
    switch (method) {
      case 'CreateCacheEntry':
        return this.create(body, claims);
      case 'FinalizeCacheEntryUpload':
        return this.finalize(body, claims);
      case 'GetCacheEntryDownloadURL':
        return this.lookup(body, claims);
      default:
        throw new TwirpError('bad_route', `no handler for path "/twirp/${CACHE_SERVICE}/${method}"`);
    }
  }

  private create(body: Record<string, unknown>, claims: RuntimeClaims): SimResponse {
    const key = requiredStr(body, 'key');
    const version = requiredStr(body, 'version');
    validateKey(key);
    const scope = claims.scopes.find((s) => (s.Permission & 2) !== 0)?.Scope;
    if (this.deps.switches.cacheWriteDenied) {
      return twirpOk({ ok: false, message: 'cache write denied: caches are read-only for this run (simulated policy)' });
    }
    if (!scope) return twirpOk({ ok: false, message: 'cache write denied: token has no writable scopes' });
    if (this.entries.some((e) => e.scope === scope && e.key === key && e.version === version)) {
      return twirpErrorResponse('already_exists', 'cache entry with the same key, version, and scope already exists');
    }
    const id = this.nextId++;
    const blobPath = `/${BLOB_ACCOUNT}/actions-cache/${sha256Hex(scope).slice(0, 16)}/${randomUUID()}`;
    this.entries.push({ id, scope, key, version, sequence: id, createdAt: new Date(), blobPath });
    return twirpOk({ ok: true, signed_upload_url: this.deps.signUrl(blobPath, 'cw') });
  }

  private finalize(body: Record<string, unknown>, claims: RuntimeClaims): SimResponse {
    const key = requiredStr(body, 'key');
    const version = requiredStr(body, 'version');
    const size = int64(body, 'size_bytes') ?? 0;
    const scope = claims.scopes.find((s) => (s.Permission & 2) !== 0)?.Scope;
    const entry = this.entries.find((e) => e.scope === scope && e.key === key && e.version === version && !e.finalizedAt);
    if (!entry) return twirpErrorResponse('not_found', 'cache entry not found or already finalized');
    const blob = this.deps.blobs.get(entry.blobPath);
    if (!blob) return twirpOk({ ok: false, message: `cache entry ${key} has no uploaded archive` });
    if (blob.data.length !== size) {
      return twirpOk({ ok: false, message: `cache entry ${key}: size_bytes ${size} does not match the uploaded archive (${blob.data.length} bytes)` });
    }
    entry.finalizedAt = new Date();
    entry.sizeBytes = size;
    return twirpOk({ ok: true, entry_id: String(entry.id) });
  }

  private lookup(body: Record<string, unknown>, claims: RuntimeClaims): SimResponse {
    const key = requiredStr(body, 'key');
    const version = requiredStr(body, 'version');
    const restoreKeys = stringList(body, 'restore_keys');
    if (this.deps.switches.cacheReadDenied) {
      return twirpErrorResponse('permission_denied', 'cache read denied: caches are not readable for this run (simulated policy)');
    }
    const scopes = claims.scopes.filter((s) => (s.Permission & 1) !== 0).map((s) => s.Scope);
    if (scopes.length === 0) return twirpErrorResponse('permission_denied', 'cache read denied: token has no readable scopes');

    for (const scope of scopes) {
      const candidates = this.entries.filter((e) => e.scope === scope && e.version === version && e.finalizedAt);
      let match = candidates.find((e) => e.key === key);
      for (const prefix of [key, ...restoreKeys]) {
        if (match) break;
        match = candidates.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.sequence - a.sequence)[0];
      }
      if (match) {
        match.lastAccessedAt = new Date();
        return twirpOk({ ok: true, signed_download_url: this.deps.signUrl(match.blobPath, 'r'), matched_key: match.key });
      }
    }
    return twirpOk({ ok: false });
  }
}

function validateKey(key: string): void {
  if (key.length > 512) throw new TwirpError('invalid_argument', `key is longer than 512 characters`);
  if (key.includes(',')) throw new TwirpError('invalid_argument', `key must not contain commas`);
}

/** `sha256(paths.join('|') + '|' + compression + '|1.0')`: the version @actions/cache 6 sends on Linux. */
export function cacheVersion(paths: string[], compression: 'zstd-without-long' | 'zstd' | 'gzip'): string {
  return sha256Hex([...paths, compression, '1.0'].join('|'));
}

/** What an archive's magic bytes say it is compressed with. */
export function archiveCompression(data: Buffer): 'zstd' | 'gzip' | 'unknown' {
  if (data.length >= 4 && data.readUInt32LE(0) === 0xfd2fb528) return 'zstd';
  if (data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b) return 'gzip';
  return 'unknown';
}
