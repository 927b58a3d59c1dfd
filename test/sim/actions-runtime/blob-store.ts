/**
 * The data plane behind the signed URLs: the subset of the Azure Block Blob REST protocol that
 * `@azure/storage-blob` (used by @actions/cache and @actions/artifact) and the toolkit's plain HTTP
 * downloads send. Paths are `/devstoreaccount1/<container>/<blob>`, the shape `BlobClient` parses for
 * IP hosts.
 *
 * - `PUT` (Put Blob, needs `x-ms-blob-type: BlockBlob`) stores the body;
 * - `PUT ?comp=block&blockid=<base64>` stages a block; `PUT ?comp=blocklist` commits the `<Latest>`,
 *   `<Uncommitted>` or `<Committed>` ids in order, with `x-ms-blob-content-type`;
 * - `GET` / `HEAD` answer 200, or 206 for `x-ms-range` / `Range: bytes=a-b` (`downloadToBuffer` sends
 *   ranges of 4 MiB), with Content-Length, Content-Type, ETag, Last-Modified; the SAS parameter `rscd`
 *   becomes Content-Disposition as on Azure.
 *
 * PUTs answer 201 with `x-ms-request-id`, `etag`, `last-modified`. Errors are Azure's XML with
 * `x-ms-error-code`. Every request must carry a signature from this simulator with the right permission
 * (`sp=cw` to write, `sp=r` to read). Bytes are kept in memory.
 */
import { randomUUID } from 'node:crypto';
import type { SimRequest, SimResponse } from '../common/sim-server.js';
import { checkBlobQuery } from './tokens.js';

export const BLOB_ACCOUNT = 'devstoreaccount1';
const MS_VERSION = '2025-11-05';

export interface StoredBlob {
  /** Decoded path, `/devstoreaccount1/<container>/<blob>`. */
  path: string;
  data: Buffer;
  contentType: string;
  etag: string;
  lastModified: Date;
  /** How many blocks the last commit joined; 0 for a single Put Blob. */
  blockCount: number;
}

interface BlobState {
  blob?: StoredBlob;
  committedBlocks: Map<string, Buffer>;
  uncommitted: Map<string, Buffer>;
}

export class BlobStore {
  private readonly blobs = new Map<string, BlobState>();

  constructor(private readonly secret: Buffer) {}

  get(path: string): StoredBlob | undefined {
    return this.blobs.get(path)?.blob;
  }

  delete(path: string): void {
    this.blobs.delete(path);
  }

  handle(request: SimRequest): SimResponse {
    let path: string;
    try {
      path = decodeURIComponent(request.path);
    } catch {
      return azureError(400, 'InvalidUri', 'The requested URI does not represent any resource on the server.');
    }
    if (!/^\/devstoreaccount1\/[^/]+\/.+/.test(path)) {
      return azureError(400, 'InvalidUri', 'The requested URI does not represent any resource on the server.');
    }
    const need = request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write';
    const denied = checkBlobQuery(this.secret, path, request.query, need);
    if (denied) return azureError(403, need === 'write' && denied.includes('permission') ? 'AuthorizationPermissionMismatch' : 'AuthenticationFailed', denied);

    switch (request.method) {
      case 'PUT':
        return this.put(path, request);
      case 'GET':
      case 'HEAD':
        return this.read(path, request);
      default:
        return azureError(405, 'UnsupportedHttpVerb', `The resource doesn't support the ${request.method} verb.`);
    }
  }

  private state(path: string): BlobState {
    let state = this.blobs.get(path);
    if (!state) {
      state = { committedBlocks: new Map(), uncommitted: new Map() };
      this.blobs.set(path, state);
    }
    return state;
  }

  private put(path: string, request: SimRequest): SimResponse {
    const comp = request.query.get('comp');
    const header = (name: string): string | undefined => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    if (comp === 'block') {
      const blockId = request.query.get('blockid');
      if (!blockId) return azureError(400, 'MissingRequiredQueryParameter', 'blockid is required.');
      this.state(path).uncommitted.set(blockId, request.rawBody);
      return created({});
    }
    if (comp === 'blocklist') {
      const state = this.state(path);
      const xml = request.rawBody.toString('utf8');
      if (!/<BlockList>/.test(xml)) return azureError(400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.');
      const parts: Buffer[] = [];
      const blocks = new Map<string, Buffer>();
      for (const match of xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)) {
        const kind = match[1];
        const id = match[2] ?? '';
        const data =
          kind === 'Committed'
            ? state.committedBlocks.get(id)
            : kind === 'Uncommitted'
              ? state.uncommitted.get(id)
              : (state.uncommitted.get(id) ?? state.committedBlocks.get(id));
        if (!data) return azureError(400, 'InvalidBlockList', `The specified block list is invalid: block ${id} is not staged.`);
        parts.push(data);
        blocks.set(id, data);
      }
      const blob = this.store(path, Buffer.concat(parts), header('x-ms-blob-content-type'), parts.length);
      state.committedBlocks = blocks;
      state.uncommitted.clear();
      return created(blob);
    }
    if (comp) return azureError(400, 'InvalidQueryParameterValue', `Value for one of the query parameters specified in the request URI is invalid: comp=${comp}.`);
    if (header('x-ms-blob-type') !== 'BlockBlob') {
      return azureError(400, 'MissingRequiredHeader', 'An HTTP header that\'s mandatory for this request is not specified: x-ms-blob-type.');
    }
    const state = this.state(path);
    const blob = this.store(path, request.rawBody, header('x-ms-blob-content-type'), 0);
    state.committedBlocks.clear();
    state.uncommitted.clear();
    return created(blob);
  }

  private store(path: string, data: Buffer, contentType: string | undefined, blockCount: number): StoredBlob {
    const blob: StoredBlob = {
      path,
      data,
      contentType: contentType ?? 'application/octet-stream',
      etag: `"0x${randomUUID().replace(/-/g, '').slice(0, 15).toUpperCase()}"`,
      lastModified: new Date(),
      blockCount,
    };
    this.state(path).blob = blob;
    return blob;
  }

  private read(path: string, request: SimRequest): SimResponse {
    const blob = this.blobs.get(path)?.blob;
    if (!blob) return azureError(404, 'BlobNotFound', 'The specified blob does not exist.');
    const headers: Record<string, string> = {
      ...commonHeaders(),
      'content-type': request.query.get('rsct') ?? blob.contentType,
      etag: blob.etag,
      'last-modified': blob.lastModified.toUTCString(),
      'accept-ranges': 'bytes',
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-creation-time': blob.lastModified.toUTCString(),
      'x-ms-lease-state': 'available',
      'x-ms-lease-status': 'unlocked',
      'x-ms-server-encrypted': 'true',
    };
    const disposition = request.query.get('rscd');
    if (disposition) headers['content-disposition'] = disposition;

    const rangeHeader = request.headers['x-ms-range'] ?? request.headers.range;
    const range = Array.isArray(rangeHeader) ? rangeHeader[0] : rangeHeader;
    let body = blob.data;
    let status = 200;
    if (range) {
      const match = /^bytes=(\d+)-(\d*)$/.exec(range.trim());
      if (!match) return azureError(400, 'InvalidHeaderValue', `The value for one of the HTTP headers is not in the correct format: ${range}.`);
      const start = Number(match[1]);
      const end = match[2] ? Math.min(Number(match[2]), blob.data.length - 1) : blob.data.length - 1;
      if (start >= blob.data.length || end < start) {
        return azureError(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.', {
          'content-range': `bytes */${blob.data.length}`,
        });
      }
      body = blob.data.subarray(start, end + 1);
      status = 206;
      headers['content-range'] = `bytes ${start}-${end}/${blob.data.length}`;
    }
    headers['content-length'] = String(body.length);
    return { status, headers, body: request.method === 'HEAD' ? Buffer.alloc(0) : body };
  }
}

function commonHeaders(): Record<string, string> {
  return { 'x-ms-request-id': randomUUID(), 'x-ms-version': MS_VERSION };
}

function created(blob: Partial<StoredBlob>): SimResponse {
  const headers: Record<string, string> = { ...commonHeaders(), 'x-ms-request-server-encrypted': 'true', 'content-length': '0' };
  headers.etag = blob.etag ?? `"0x${randomUUID().replace(/-/g, '').slice(0, 15).toUpperCase()}"`;
  headers['last-modified'] = (blob.lastModified ?? new Date()).toUTCString();
  return { status: 201, headers, body: '' };
}

function azureError(status: number, code: string, message: string, extraHeaders: Record<string, string> = {}): SimResponse {
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${escapeXml(message)}\nRequestId:${randomUUID()}\nTime:${new Date().toISOString()}</Message></Error>`;
  return {
    status,
    headers: { ...commonHeaders(), 'x-ms-error-code': code, 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(body)), ...extraHeaders },
    body,
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
