/**
 * Twirp `github.actions.results.api.v1.ArtifactService` (artifacts v4), as @actions/artifact 6 calls it.
 *
 * Model (research §2.3, §2.6):
 * - Artifacts belong to a workflow run (`workflow_run_backend_id`); the job that created one is recorded.
 *   The ids in a request must be the ones the runtime token's `scp` grants (`Actions.Results:<run>:<job>`),
 *   else 403 `permission_denied`.
 * - Names are unique per run: CreateArtifact for a name that exists in the run (finalized or still being
 *   uploaded, not deleted) answers 409 `already_exists` "an artifact with this name already exists on the
 *   workflow run", which the client reports as "Failed to CreateArtifact: Received non-retryable error:
 *   Failed request: (409) Conflict: …" like the real service. DeleteArtifact frees the name. A re-run
 *   attempt is the same run, so it conflicts with the first attempt's artifact too, as on GitHub
 *   (e.g. apache/datafusion-comet#3723): include the attempt in names, or delete first.
 * - FinalizeArtifact checks what was uploaded: `size` must equal the stored blob's length and `hash`, when
 *   sent, must equal `sha256:<hex>` of it (400 `invalid_argument` otherwise). The real service's checks
 *   are not documented; a correct client always passes these.
 * - ListArtifacts returns finalized, not deleted artifacts of the run, filtered by `name_filter` /
 *   `id_filter`. GetSignedArtifactURL returns a read URL whose `rscd` asks for
 *   `Content-Disposition: attachment; filename=…`, as the real one does.
 * - `expires_at` (from `retentionDays`) and `mime_type` are stored for assertions; nothing expires.
 *
 * Not modelled: the REST API for other runs' artifacts (`findBy`), MigrateArtifact, artifact count limits.
 */
import { extname } from 'node:path';
import type { SimResponse } from '../common/sim-server.js';
import type { BlobStore } from './blob-store.js';
import { BLOB_ACCOUNT } from './blob-store.js';
import type { RuntimeClaims } from './tokens.js';
import { sha256Hex } from './tokens.js';
import { TwirpError, int64, requiredStr, str, timestamp, twirpErrorResponse, twirpOk } from './twirp.js';

export const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';

export interface ArtifactRecord {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  version: number;
  mimeType: string;
  createdAt: Date;
  expiresAt?: Date;
  finalizedAt?: Date;
  deletedAt?: Date;
  size?: number;
  digest?: string;
  blobPath: string;
}

export interface ArtifactServiceDeps {
  blobs: BlobStore;
  signUrl(blobPath: string, permissions: 'r' | 'cw', extra?: Record<string, string>): string;
}

const INVALID_NAME_CHARACTERS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

export class ArtifactService {
  private readonly records: ArtifactRecord[] = [];
  private nextId = 1;

  constructor(private readonly deps: ArtifactServiceDeps) {}

  list(): ArtifactRecord[] {
    return [...this.records];
  }

  handle(method: string, body: Record<string, unknown>, claims: RuntimeClaims): SimResponse {
    const runBackendId = requiredStr(body, 'workflow_run_backend_id');
    const jobBackendId = requiredStr(body, 'workflow_job_run_backend_id');
    if (runBackendId !== claims.runBackendId || jobBackendId !== claims.jobBackendId) {
      throw new TwirpError('permission_denied', 'the runtime token does not grant access to this workflow run or job');
    }
    switch (method) {
      case 'CreateArtifact':
        return this.create(body, runBackendId, jobBackendId);
      case 'FinalizeArtifact':
        return this.finalize(body, runBackendId);
      case 'ListArtifacts':
        return this.listArtifacts(body, runBackendId);
      case 'GetSignedArtifactURL':
        return this.signedUrl(body, runBackendId);
      case 'DeleteArtifact':
        return this.delete(body, runBackendId);
      default:
        throw new TwirpError('bad_route', `no handler for path "/twirp/${ARTIFACT_SERVICE}/${method}"`);
    }
  }

  private live(runBackendId: string): ArtifactRecord[] {
    return this.records.filter((r) => r.runBackendId === runBackendId && !r.deletedAt);
  }

  private create(body: Record<string, unknown>, runBackendId: string, jobBackendId: string): SimResponse {
    const name = requiredStr(body, 'name');
    const bad = INVALID_NAME_CHARACTERS.find((c) => name.includes(c));
    if (bad !== undefined) throw new TwirpError('invalid_argument', `artifact name contains an invalid character: ${JSON.stringify(bad)}`);
    const version = int64(body, 'version') ?? 0;
    if (version < 4) throw new TwirpError('invalid_argument', `unsupported artifact version ${version}`);
    if (this.live(runBackendId).some((r) => r.name === name)) {
      return twirpErrorResponse('already_exists', 'an artifact with this name already exists on the workflow run');
    }
    const mimeType = str(body, 'mime_type') ?? 'application/zip';
    const id = this.nextId++;
    const extension = mimeType === 'application/zip' ? '.zip' : extname(name).replace(/[^A-Za-z0-9.]/g, '');
    const blobPath = `/${BLOB_ACCOUNT}/actions-results/${runBackendId}/workflow-job-run-${jobBackendId}/artifacts/${sha256Hex(name).slice(0, 40)}${extension}`;
    const record: ArtifactRecord = { id, name, runBackendId, jobBackendId, version, mimeType, createdAt: new Date(), blobPath };
    const expiresAt = timestamp(body, 'expires_at');
    if (expiresAt) record.expiresAt = expiresAt;
    this.records.push(record);
    return twirpOk({ ok: true, signed_upload_url: this.deps.signUrl(blobPath, 'cw') });
  }

  private finalize(body: Record<string, unknown>, runBackendId: string): SimResponse {
    const name = requiredStr(body, 'name');
    const size = int64(body, 'size') ?? 0;
    const hash = str(body, 'hash');
    const record = this.live(runBackendId).find((r) => r.name === name && !r.finalizedAt);
    if (!record) return twirpErrorResponse('not_found', `no artifact named ${name} is being uploaded in this workflow run`);
    const blob = this.deps.blobs.get(record.blobPath);
    if (!blob) throw new TwirpError('failed_precondition', `artifact ${name} has no uploaded content`);
    if (blob.data.length !== size) {
      throw new TwirpError('invalid_argument', `artifact ${name}: size ${size} does not match the uploaded content (${blob.data.length} bytes)`);
    }
    const digest = `sha256:${sha256Hex(blob.data)}`;
    if (hash !== undefined && hash !== digest) throw new TwirpError('invalid_argument', `artifact ${name}: hash ${hash} does not match the uploaded content (${digest})`);
    record.finalizedAt = new Date();
    record.size = size;
    record.digest = digest;
    return twirpOk({ ok: true, artifact_id: String(record.id) });
  }

  private listArtifacts(body: Record<string, unknown>, runBackendId: string): SimResponse {
    const nameFilter = str(body, 'name_filter');
    const idFilter = int64(body, 'id_filter');
    const artifacts = this.live(runBackendId)
      .filter((r) => r.finalizedAt)
      .filter((r) => nameFilter === undefined || r.name === nameFilter)
      .filter((r) => idFilter === undefined || r.id === idFilter)
      .map((r) => ({
        workflow_run_backend_id: r.runBackendId,
        workflow_job_run_backend_id: r.jobBackendId,
        database_id: String(r.id),
        name: r.name,
        size: String(r.size ?? 0),
        created_at: r.createdAt.toISOString(),
        digest: r.digest,
      }));
    return twirpOk({ artifacts });
  }

  private signedUrl(body: Record<string, unknown>, runBackendId: string): SimResponse {
    const name = requiredStr(body, 'name');
    const record = this.live(runBackendId).find((r) => r.name === name && r.finalizedAt);
    if (!record) return twirpErrorResponse('not_found', `artifact ${name} not found`);
    const fileName = record.mimeType === 'application/zip' ? `${name}.zip` : name;
    return twirpOk({ signed_url: this.deps.signUrl(record.blobPath, 'r', { rscd: contentDisposition(fileName) }) });
  }

  private delete(body: Record<string, unknown>, runBackendId: string): SimResponse {
    const name = requiredStr(body, 'name');
    const record = this.live(runBackendId).find((r) => r.name === name && r.finalizedAt);
    if (!record) return twirpErrorResponse('not_found', `artifact ${name} not found`);
    record.deletedAt = new Date();
    this.deps.blobs.delete(record.blobPath);
    return twirpOk({ ok: true, artifact_id: String(record.id) });
  }
}

function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
