/**
 * Protocol details the toolkit clients do not exercise on this host:
 * - the blob endpoint driven by `@azure/storage-blob` itself (the client both toolkit packages use; this
 *   is the copy hoisted for @actions/artifact, a transitive dependency): staged blocks with a small block
 *   size, `downloadToBuffer` in ranges (what @actions/cache does for hosts ending in
 *   .blob.core.windows.net, which a 127.0.0.1 simulator cannot be), explicit ranges, HEAD;
 * - signature enforcement on blob URLs;
 * - Twirp routing and authentication errors.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startActionsRuntimeSim, type ActionsRuntimeSim, type RunnerStep } from './index.js';

type Blob = typeof import('@azure/storage-blob');

let sim: ActionsRuntimeSim;
let azure: Blob;
let step: RunnerStep;
const CACHE = 'github.actions.results.api.v1.CacheService';
const ARTIFACT = 'github.actions.results.api.v1.ArtifactService';

async function twirp(service: string, method: string, body: unknown, init: { token?: string | null; method?: string; contentType?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': init.contentType ?? 'application/json' };
  const token = init.token === undefined ? step.runtimeToken : init.token;
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${sim.url}/twirp/${service}/${method}`, {
    method: init.method ?? 'POST',
    headers,
    body: init.method === 'GET' ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function restError(promise: Promise<unknown>): Promise<{ statusCode?: number; code?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { statusCode?: number; code?: string };
  }
  throw new Error('expected the blob request to fail');
}

beforeAll(async () => {
  sim = await startActionsRuntimeSim();
  azure = await import('@azure/storage-blob');
  step = sim.env();
});

afterAll(async () => {
  await sim?.close();
});

describe('blob endpoint with @azure/storage-blob', () => {
  const version = 'f'.repeat(64);
  const data = randomBytes(300 * 1024 + 17);
  let downloadUrl = '';

  it('stages blocks, commits the list, and the cache service finalizes and finds the entry', async () => {
    const created = await twirp(CACHE, 'CreateCacheEntry', { key: 'sdk-1', version });
    expect(created.body).toMatchObject({ ok: true });
    const uploadUrl = String(created.body.signed_upload_url);
    expect(uploadUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1\/[^?]+\?.*sp=cw.*sig=/);

    const client = new azure.BlockBlobClient(uploadUrl);
    const blobPath = new URL(uploadUrl).pathname;
    const uploaded = await client.uploadData(data, { blockSize: 64 * 1024, maxSingleShotSize: 64 * 1024, concurrency: 3 });
    expect(uploaded._response.status).toBe(201);
    // 5 Put Block (64 KiB each) + 1 Put Block List.
    expect(sim.requests().results.filter((r) => r.method === 'PUT' && r.path === blobPath)).toHaveLength(6);
    expect(sim.caches().find((e) => e.key === 'sdk-1')?.archive?.equals(data)).toBe(true);

    const wrongSize = await twirp(CACHE, 'FinalizeCacheEntryUpload', { key: 'sdk-1', version, size_bytes: String(data.length + 1) });
    expect(wrongSize.body).toMatchObject({ ok: false });
    const finalized = await twirp(CACHE, 'FinalizeCacheEntryUpload', { key: 'sdk-1', version, size_bytes: String(data.length) });
    expect(finalized.body).toEqual({ ok: true, entry_id: String(sim.caches().find((e) => e.key === 'sdk-1')?.id) });

    const found = await twirp(CACHE, 'GetCacheEntryDownloadURL', { key: 'sdk-2', restore_keys: ['sdk-'], version });
    expect(found.body).toMatchObject({ ok: true, matched_key: 'sdk-1' });
    downloadUrl = String(found.body.signed_download_url);
    expect(await twirp(CACHE, 'GetCacheEntryDownloadURL', { key: 'sdk-1', version: 'e'.repeat(64) })).toEqual({ status: 200, body: { ok: false } });
  });

  it('downloads in ranges, answers explicit ranges with 206 and HEAD with the length', async () => {
    const client = new azure.BlobClient(downloadUrl);
    const properties = await client.getProperties();
    expect(properties.contentLength).toBe(data.length);

    const before = sim.requests().results.length;
    const whole = await client.downloadToBuffer(0, undefined, { blockSize: 100 * 1024, concurrency: 2 });
    expect(whole.equals(data)).toBe(true);
    // One range GET per 100 KiB block (the SDK sends x-ms-range and expects 206).
    expect(sim.requests().results.slice(before).filter((r) => r.method === 'GET' && r.status === 206)).toHaveLength(4);

    const part = await client.download(1000, 500);
    expect(part._response.status).toBe(206);
    expect(part.contentRange).toBe(`bytes 1000-1499/${data.length}`);
    const chunks: Buffer[] = [];
    for await (const chunk of part.readableStreamBody!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(data.subarray(1000, 1500))).toBe(true);

    expect((await restError(client.download(data.length + 10, 5))).statusCode).toBe(416);
  });

  it('enforces the signature and its permission', async () => {
    const readOnly = new azure.BlockBlobClient(downloadUrl);
    const denied = await restError(readOnly.upload(Buffer.from('overwrite'), 9));
    expect(denied).toMatchObject({ statusCode: 403, code: 'AuthorizationPermissionMismatch' });

    const tampered = new URL(downloadUrl);
    tampered.searchParams.set('sig', Buffer.from('forged').toString('base64'));
    expect(await restError(new azure.BlobClient(tampered.toString()).getProperties())).toMatchObject({ statusCode: 403 });

    const otherBlob = new URL(downloadUrl);
    otherBlob.pathname = `${otherBlob.pathname}-other`;
    expect(await restError(new azure.BlobClient(otherBlob.toString()).getProperties())).toMatchObject({ statusCode: 403 });

    const unsigned = new URL(downloadUrl);
    unsigned.search = '';
    expect((await fetch(unsigned)).status).toBe(403);
    expect(sim.caches().find((e) => e.key === 'sdk-1')?.archive?.equals(data)).toBe(true);
  });
});

describe('Twirp routing and authentication', () => {
  it('answers Twirp errors with 4xx status and {code, msg}', async () => {
    expect(await twirp(CACHE, 'GetCacheEntryDownloadURL', { key: 'k', version: 'v' }, { token: null })).toMatchObject({
      status: 401,
      body: { code: 'unauthenticated' },
    });
    expect(await twirp(CACHE, 'NoSuchMethod', {})).toMatchObject({ status: 404, body: { code: 'bad_route' } });
    expect(await twirp('github.actions.results.api.v1.NoSuchService', 'X', {})).toMatchObject({ status: 404, body: { code: 'bad_route' } });
    expect(await twirp(CACHE, 'CreateCacheEntry', {}, { method: 'GET' })).toMatchObject({ status: 404, body: { code: 'bad_route' } });
    expect(await twirp(CACHE, 'CreateCacheEntry', { key: 'k', version: 'v' }, { contentType: 'application/protobuf' })).toMatchObject({ status: 404 });
    expect(await twirp(CACHE, 'CreateCacheEntry', { version: 'v' })).toMatchObject({ status: 400, body: { code: 'invalid_argument' } });
    expect(await twirp(CACHE, 'CreateCacheEntry', { key: 'a,b', version: 'v' })).toMatchObject({ status: 400 });
  });

  it('accepts camelCase request fields as a protobuf JSON parser does', async () => {
    const created = await twirp(CACHE, 'CreateCacheEntry', { key: 'camel-1', version: 'c'.repeat(64) });
    await new azure.BlockBlobClient(String(created.body.signed_upload_url)).upload(Buffer.from('x'), 1);
    expect(await twirp(CACHE, 'FinalizeCacheEntryUpload', { key: 'camel-1', version: 'c'.repeat(64), sizeBytes: '1' })).toMatchObject({
      body: { ok: true },
    });
    expect(await twirp(CACHE, 'GetCacheEntryDownloadURL', { key: 'x', restoreKeys: ['camel-'], version: 'c'.repeat(64) })).toMatchObject({
      body: { ok: true, matched_key: 'camel-1' },
    });
  });

  it('refuses artifact calls for a run or job the token does not grant', async () => {
    const ids = { workflow_run_backend_id: step.runBackendId, workflow_job_run_backend_id: step.jobBackendId };
    expect(await twirp(ARTIFACT, 'ListArtifacts', ids)).toEqual({ status: 200, body: { artifacts: [] } });
    const other = sim.env();
    expect(
      await twirp(ARTIFACT, 'ListArtifacts', { workflow_run_backend_id: other.runBackendId, workflow_job_run_backend_id: other.jobBackendId }),
    ).toMatchObject({ status: 403, body: { code: 'permission_denied' } });
    expect(await twirp(ARTIFACT, 'CreateArtifact', { ...ids, name: 'bad/name', version: 7 })).toMatchObject({ status: 400 });
    expect(await twirp(ARTIFACT, 'GetSignedArtifactURL', { ...ids, name: 'missing' })).toMatchObject({ status: 404, body: { code: 'not_found' } });
  });
});
