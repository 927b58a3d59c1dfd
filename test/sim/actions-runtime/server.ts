/**
 * The GitHub Actions runtime simulator: the services a JavaScript action reaches from a runner, so the
 * real `@actions/cache`, `@actions/artifact` and `@actions/github` clients run against it unchanged.
 *
 * Two HTTP servers on 127.0.0.1 (both built on the common sim server, so both have a request log and
 * fault injection):
 * - `url`, the results service origin (ACTIONS_RESULTS_URL): Twirp CacheService and ArtifactService under
 *   `/twirp/…`, and the blob endpoint behind their signed URLs under `/devstoreaccount1/…`;
 * - `apiUrl`, the GitHub REST API (GITHUB_API_URL) for the sticky PR comment.
 *
 * State is in memory and lives as long as the simulator. `env()` builds a step's environment; the
 * inspection helpers (`caches()`, `artifacts()`, `comments()`) read the state for assertions.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startSimServer, type FaultOptions, type RequestLogEntry, type SimRequest, type SimResponse, type SimServer } from '../common/sim-server.js';
import { ARTIFACT_SERVICE, ArtifactService } from './artifact-service.js';
import { BlobStore } from './blob-store.js';
import { CACHE_SERVICE, CacheService, archiveCompression } from './cache-service.js';
import { GitHubRest, type GitHubUser, type IssueComment, type WorkflowDispatch } from './github-rest.js';
import { createRunnerStep, type RunnerEnvOverrides, type RunnerStep } from './runner-env.js';
import { runtimeClaims, signBlobQuery, verifyJwt, type BlobPermission } from './tokens.js';
import { TwirpError, twirpErrorResponse } from './twirp.js';
import { readZip } from './zip.js';

export interface ActionsRuntimeSimOptions {
  /** `owner/name`; default `octo-org/octo-repo`. */
  repository?: string;
  repositoryId?: number;
  /** Default `main`. */
  defaultBranch?: string;
  /** Every GitHub REST write answers 403 "Resource not accessible by integration" (like a fork PR's token). */
  readOnlyToken?: boolean;
  /** CreateCacheEntry answers `ok:false, message: "cache write denied: …"`: saveCache returns -1 with a warning. */
  cacheWriteDenied?: boolean;
  /** GetCacheEntryDownloadURL answers 403 "cache read denied: …": restoreCache warns and returns undefined. */
  cacheReadDenied?: boolean;
  /** Faults for the results service (Twirp + blobs) and for the REST API; see the common sim server. */
  faults?: FaultOptions;
  apiFaults?: FaultOptions;
  /** Lifetime of signed blob URLs; default 1 hour. */
  signedUrlTtlMs?: number;
}

/** Switches that can be flipped while the simulator runs. */
export interface ActionsRuntimeSwitches {
  readOnlyToken: boolean;
  cacheWriteDenied: boolean;
  cacheReadDenied: boolean;
}

export interface CacheEntryInfo {
  id: number;
  key: string;
  version: string;
  /** The ref the entry belongs to, e.g. `refs/heads/main` or `refs/pull/5/merge`. */
  scope: string;
  /** False while reserved but not yet finalized. */
  finalized: boolean;
  sizeBytes: number | undefined;
  createdAt: Date;
  lastAccessedAt: Date | undefined;
  /** From the archive's magic bytes: zstd when the saving machine had a zstd binary, else gzip. */
  compression: 'zstd' | 'gzip' | 'unknown' | 'none';
  /** The uploaded tar archive, undefined before upload. */
  archive: Buffer | undefined;
}

export interface ArtifactInfo {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  finalized: boolean;
  deleted: boolean;
  size: number | undefined;
  /** `sha256:<hex>` of the stored blob. */
  digest: string | undefined;
  mimeType: string;
  createdAt: Date;
  /** From `retentionDays`. */
  expiresAt: Date | undefined;
  /** The stored blob (the zip, or the raw file for `skipArchive`). */
  blob: Buffer | undefined;
  /** Blocks the upload was committed from (the artifact client always uploads blocks; 0 = single Put Blob). */
  blockCount: number;
  /** Unzipped files by path for zip artifacts; `{ [name]: blob }` for a raw (skipArchive) one. */
  files: Record<string, Buffer>;
}

export interface ActionsRuntimeSim {
  /** Results service origin, without trailing slash (ACTIONS_RESULTS_URL is this plus `/`). */
  url: string;
  /** GitHub REST base URL (GITHUB_API_URL). */
  apiUrl: string;
  repository: string;
  /** A GitHub token that may write (an ordinary GITHUB_TOKEN). */
  githubToken: string;
  /** A GitHub token that may only read (a fork PR's GITHUB_TOKEN). */
  readOnlyGithubToken: string;
  /** Mutable switches, initialised from the options. */
  switches: ActionsRuntimeSwitches;
  /** Builds the runner environment for one step pointed at this simulator (see runner-env.ts). */
  env(overrides?: RunnerEnvOverrides): RunnerStep;
  /** Cache entries in creation order. */
  caches(): CacheEntryInfo[];
  /** Extracts a finalized cache entry's archive into `directory` (relative member paths only). */
  extractCache(entry: CacheEntryInfo, directory: string): Promise<void>;
  /** Artifacts in creation order; deleted ones only with `includeDeleted`. */
  artifacts(options?: { includeDeleted?: boolean }): ArtifactInfo[];
  /** Comments on an issue or pull request, oldest first. */
  comments(issueNumber: number): IssueComment[];
  /** Workflow dispatch events received (POST …/actions/workflows/{file}/dispatches). */
  dispatches(): WorkflowDispatch[];
  /** Seeds a comment (e.g. other people's, or many to force pagination). */
  addComment(issueNumber: number, body: string, user?: GitHubUser): IssueComment;
  /** Every request seen, per server. */
  requests(): { results: RequestLogEntry[]; api: RequestLogEntry[] };
  setFaults(faults: FaultOptions, server?: 'results' | 'api'): void;
  close(): Promise<void>;
}

export async function startActionsRuntimeSim(options: ActionsRuntimeSimOptions = {}): Promise<ActionsRuntimeSim> {
  const secret = randomBytes(32);
  const repository = options.repository ?? 'octo-org/octo-repo';
  const repositoryId = options.repositoryId ?? 700_000_001;
  const defaultBranch = options.defaultBranch ?? 'main';
  const ttl = options.signedUrlTtlMs ?? 3_600_000;
  const switches: ActionsRuntimeSwitches = {
    readOnlyToken: options.readOnlyToken ?? false,
    cacheWriteDenied: options.cacheWriteDenied ?? false,
    cacheReadDenied: options.cacheReadDenied ?? false,
  };
  const githubToken = `ghs_${randomBytes(18).toString('base64url')}`;
  const readOnlyGithubToken = `ghs_${randomBytes(18).toString('base64url')}`;

  let resultsOrigin = '';
  let apiOrigin = '';
  const blobs = new BlobStore(secret);
  const signUrl = (blobPath: string, permissions: BlobPermission, extra?: Record<string, string>): string =>
    `${resultsOrigin}${encodeURI(blobPath)}?${signBlobQuery(secret, blobPath, permissions, ttl, extra)}`;
  const cache = new CacheService({ blobs, switches, signUrl });
  const artifactService = new ArtifactService({ blobs, signUrl });
  const rest = new GitHubRest({
    repository,
    repositoryId,
    defaultBranch,
    apiUrl: () => apiOrigin,
    tokenCanWrite: (token) => (token === githubToken ? true : token === readOnlyGithubToken ? false : undefined),
    readOnly: () => switches.readOnlyToken,
  });

  const handleResults = (request: SimRequest): SimResponse => {
    if (request.path.startsWith('/devstoreaccount1/')) return blobs.handle(request);
    const route = /^\/twirp\/([^/]+)\/([^/]+)$/.exec(request.path);
    if (!route) return twirpErrorResponse('bad_route', `no handler for path "${request.path}"`);
    const [, service, method = ''] = route;
    if (request.method !== 'POST') return twirpErrorResponse('bad_route', `unsupported method "${request.method}" (only POST is allowed)`);
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
      // The real service also speaks binary protobuf; the toolkit's clients only send JSON.
      return twirpErrorResponse('bad_route', `unexpected Content-Type: "${String(request.headers['content-type'] ?? '')}" (this simulator speaks Twirp JSON only)`);
    }
    const token = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1];
    const payload = token ? verifyJwt(token, secret) : undefined;
    const claims = payload ? runtimeClaims(payload) : undefined;
    if (!claims) return twirpErrorResponse('unauthenticated', 'the runtime token is missing, invalid or expired');
    if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) {
      return twirpErrorResponse('malformed', 'the request body must be a JSON object');
    }
    const body = request.body as Record<string, unknown>;
    try {
      if (service === CACHE_SERVICE) return cache.handle(method, body, claims);
      if (service === ARTIFACT_SERVICE) return artifactService.handle(method, body, claims);
      return twirpErrorResponse('bad_route', `no handler for path "${request.path}"`);
    } catch (error) {
      if (error instanceof TwirpError) return twirpErrorResponse(error.code, error.message);
      throw error;
    }
  };

  let results: SimServer | undefined;
  let api: SimServer | undefined;
  try {
    results = await startSimServer(handleResults, options.faults);
    api = await startSimServer((request) => rest.handle(request), options.apiFaults);
  } catch (error) {
    await results?.close();
    throw error;
  }
  resultsOrigin = results.url;
  apiOrigin = api.url;
  const resultsServer = results;
  const apiServer = api;

  const steps: RunnerStep[] = [];
  let runCounter = 1000;

  const artifactInfo = (record: ReturnType<ArtifactService['list']>[number]): ArtifactInfo => {
    const blob = blobs.get(record.blobPath);
    let files: Record<string, Buffer> = {};
    if (blob && record.finalizedAt) files = record.mimeType === 'application/zip' ? readZip(blob.data) : { [record.name]: blob.data };
    return {
      id: record.id,
      name: record.name,
      runBackendId: record.runBackendId,
      jobBackendId: record.jobBackendId,
      finalized: record.finalizedAt !== undefined,
      deleted: record.deletedAt !== undefined,
      size: record.size,
      digest: record.digest,
      mimeType: record.mimeType,
      createdAt: record.createdAt,
      expiresAt: record.expiresAt,
      blob: blob?.data,
      blockCount: blob?.blockCount ?? 0,
      files,
    };
  };

  return {
    url: resultsOrigin,
    apiUrl: apiOrigin,
    repository,
    githubToken,
    readOnlyGithubToken,
    switches,
    env(overrides = {}) {
      const step = createRunnerStep(
        {
          resultsUrl: resultsOrigin,
          apiUrl: apiOrigin,
          repository,
          repositoryId,
          defaultBranch,
          tokenSecret: secret,
          githubToken: (readOnly) => (readOnly ? readOnlyGithubToken : githubToken),
          nextRunId: () => ++runCounter,
        },
        overrides,
      );
      steps.push(step);
      return step;
    },
    caches() {
      return cache.list().map((entry) => {
        const archive = blobs.get(entry.blobPath)?.data;
        return {
          id: entry.id,
          key: entry.key,
          version: entry.version,
          scope: entry.scope,
          finalized: entry.finalizedAt !== undefined,
          sizeBytes: entry.sizeBytes,
          createdAt: entry.createdAt,
          lastAccessedAt: entry.lastAccessedAt,
          compression: archive ? archiveCompression(archive) : 'none',
          archive,
        };
      });
    },
    async extractCache(entry, directory) {
      if (!entry.archive || !entry.finalized) throw new Error(`cache entry ${entry.key} has no finalized archive`);
      const scratch = mkdtempSync(join(tmpdir(), 'actions-runtime-sim-extract-'));
      try {
        const file = join(scratch, 'archive');
        writeFileSync(file, entry.archive);
        const compression = entry.compression === 'zstd' ? ['--use-compress-program', 'zstd'] : entry.compression === 'gzip' ? ['-z'] : [];
        await promisify(execFile)('tar', ['-x', ...compression, '-f', file, '-C', directory]);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
    artifacts(opts = {}) {
      return artifactService
        .list()
        .filter((r) => opts.includeDeleted || !r.deletedAt)
        .map(artifactInfo);
    },
    comments: (issueNumber) => rest.comments(issueNumber),
    dispatches: () => rest.dispatches(),
    addComment: (issueNumber, body, user) => rest.addComment(issueNumber, body, user),
    requests: () => ({ results: [...resultsServer.log], api: [...apiServer.log] }),
    setFaults(faults, server = 'results') {
      (server === 'results' ? resultsServer : apiServer).setFaults(faults);
    },
    async close() {
      await Promise.all([resultsServer.close(), apiServer.close()]);
      for (const step of steps) step.cleanup();
    },
  };
}
