/**
 * The real @actions/artifact `DefaultArtifactClient` (Twirp + Azure block upload + zip) against the
 * simulator, in-process (see in-process.ts for why that is faithful for this client).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inStep } from './in-process.js';
import { startActionsRuntimeSim, type ActionsRuntimeSim, type RunnerStep } from './index.js';

type ArtifactModule = typeof import('@actions/artifact');

let sim: ActionsRuntimeSim;
let artifact: ArtifactModule;

/** Writes files under `<workspace>/<root>` and returns their absolute paths. */
function writeFiles(step: RunnerStep, root: string, files: Record<string, string | Buffer>): string[] {
  return Object.entries(files).map(([path, content]) => {
    const full = join(step.workspace, root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    return full;
  });
}

function upload(step: RunnerStep, name: string, files: string[], root: string, options?: Parameters<ArtifactModule['DefaultArtifactClient']['prototype']['uploadArtifact']>[3]) {
  return inStep(step, () => new artifact.DefaultArtifactClient().uploadArtifact(name, files, join(step.workspace, root), options));
}

const REPORT = {
  'summary.csv': 'entity,migrated,failed\ntickets,120,3\n',
  'failures/tickets.jsonl': '{"id":"T-1","reason":"rate limited"}\n',
  'failures/users.jsonl': '',
};

beforeAll(async () => {
  sim = await startActionsRuntimeSim();
  artifact = await import('@actions/artifact');
});

afterAll(async () => {
  await sim?.close();
});

describe('@actions/artifact against the simulator', () => {
  it('uploads a zip whose files the test can read, with retention, size and digest recorded', async () => {
    const step = sim.env();
    const files = writeFiles(step, 'reports', REPORT);
    const started = Date.now();
    const { value: result } = await upload(step, 'migration-report', files, 'reports', { retentionDays: 5 });

    expect(result.id).toBeGreaterThan(0);
    const [stored] = sim.artifacts().filter((a) => a.name === 'migration-report');
    expect(stored).toBeDefined();
    expect(stored).toMatchObject({
      id: result.id,
      finalized: true,
      runBackendId: step.runBackendId,
      jobBackendId: step.jobBackendId,
      mimeType: 'application/zip',
      size: result.size,
      digest: `sha256:${result.digest}`,
    });
    expect(stored!.blob?.length).toBe(result.size);
    expect(stored!.digest).toBe(`sha256:${createHash('sha256').update(stored!.blob!).digest('hex')}`);
    expect(stored!.blockCount).toBeGreaterThanOrEqual(1);
    expect(Object.fromEntries(Object.entries(stored!.files).map(([p, b]) => [p, b.toString('utf8')]))).toEqual(REPORT);
    const days = (stored!.expiresAt!.getTime() - started) / 86_400_000;
    expect(days).toBeGreaterThan(4.99);
    expect(days).toBeLessThan(5.01);
  });

  it('lists the run\'s artifacts and nobody else\'s', async () => {
    const step = sim.env();
    const files = writeFiles(step, 'out', { 'a.txt': 'a' });
    const { value: uploaded } = await upload(step, 'listed', files, 'out');
    const { value: listed } = await inStep(step, () => new artifact.DefaultArtifactClient().listArtifacts());
    // Upload returns the bare hex digest; the service lists what FinalizeArtifact sent, `sha256:<hex>`.
    expect(listed.artifacts).toEqual([
      expect.objectContaining({ id: uploaded.id, name: 'listed', size: uploaded.size, digest: `sha256:${uploaded.digest}` }),
    ]);

    const { value: fromGet } = await inStep(step, () => new artifact.DefaultArtifactClient().getArtifact('listed'));
    expect(fromGet.artifact.id).toBe(uploaded.id);

    const otherRun = sim.env();
    const { value: elsewhere } = await inStep(otherRun, () => new artifact.DefaultArtifactClient().listArtifacts());
    expect(elsewhere.artifacts).toEqual([]);
  });

  it('rejects a duplicate name in the same run (also from another job), accepts it in another run', async () => {
    const step = sim.env({ runId: 4242 });
    const files = writeFiles(step, 'out', { 'one.txt': '1' });
    await upload(step, 'dup', files, 'out');

    await expect(upload(step, 'dup', files, 'out')).rejects.toThrow(
      /Failed to CreateArtifact: Received non-retryable error: Failed request: \(409\) Conflict: an artifact with this name already exists on the workflow run/,
    );
    const otherJob = sim.env({ runId: 4242, job: 'shard-2' });
    const otherFiles = writeFiles(otherJob, 'out', { 'two.txt': '2' });
    await expect(upload(otherJob, 'dup', otherFiles, 'out')).rejects.toThrow(/409/);
    expect(sim.artifacts().filter((a) => a.name === 'dup')).toHaveLength(1);

    const nextRun = sim.env({ runId: 4243 });
    const nextFiles = writeFiles(nextRun, 'out', { 'three.txt': '3' });
    await expect(upload(nextRun, 'dup', nextFiles, 'out')).resolves.toBeDefined();
    expect(sim.artifacts().filter((a) => a.name === 'dup')).toHaveLength(2);
  });

  it('downloads an uploaded artifact by id with a matching digest', async () => {
    const step = sim.env();
    const files = writeFiles(step, 'reports', REPORT);
    const { value: uploaded } = await upload(step, 'roundtrip', files, 'reports');
    const target = mkdtempSync(join(tmpdir(), 'artifact-download-'));
    const { value: downloaded } = await inStep(step, () =>
      new artifact.DefaultArtifactClient().downloadArtifact(uploaded.id!, { path: target, expectedHash: `sha256:${uploaded.digest}` }),
    );
    expect(downloaded.digestMismatch).toBe(false);
    for (const [path, content] of Object.entries(REPORT)) expect(readFileSync(join(target, path), 'utf8')).toBe(content);
    rmSync(target, { recursive: true, force: true });
  });

  it('deleteArtifact frees the name for a new upload', async () => {
    const step = sim.env();
    const files = writeFiles(step, 'out', { 'v1.txt': 'v1' });
    const { value: first } = await upload(step, 'replace-me', files, 'out');
    const { value: deleted } = await inStep(step, () => new artifact.DefaultArtifactClient().deleteArtifact('replace-me'));
    expect(deleted.id).toBe(first.id);

    const files2 = writeFiles(step, 'out2', { 'v2.txt': 'v2' });
    const { value: second } = await upload(step, 'replace-me', files2, 'out2');
    expect(second.id).not.toBe(first.id);
    const live = sim.artifacts().filter((a) => a.name === 'replace-me');
    expect(live.map((a) => Object.keys(a.files))).toEqual([['v2.txt']]);
    expect(sim.artifacts({ includeDeleted: true }).filter((a) => a.name === 'replace-me')).toHaveLength(2);
  });

  it('an upload over one 8 MiB buffer is committed from several blocks', async () => {
    const step = sim.env();
    const big = randomBytes(9 * 1024 * 1024);
    const files = writeFiles(step, 'big', { 'blob.bin': big });
    await upload(step, 'big', files, 'big', { compressionLevel: 0 });
    const [stored] = sim.artifacts().filter((a) => a.name === 'big');
    expect(stored!.blockCount).toBeGreaterThanOrEqual(2);
    expect(stored!.files['blob.bin']!.equals(big)).toBe(true);
  });

  it('skipArchive stores the raw file, which downloads under its own name', async () => {
    const step = sim.env();
    const [file] = writeFiles(step, 'raw', { 'report.json': '{"ok":true}' });
    const { value: uploaded } = await upload(step, 'ignored-name', [file!], 'raw', { skipArchive: true });
    const [stored] = sim.artifacts().filter((a) => a.id === uploaded.id);
    expect(stored).toMatchObject({ name: 'report.json', mimeType: 'application/json' });
    expect(stored!.files['report.json']!.toString('utf8')).toBe('{"ok":true}');

    const target = mkdtempSync(join(tmpdir(), 'artifact-raw-'));
    await inStep(step, () => new artifact.DefaultArtifactClient().downloadArtifact(uploaded.id!, { path: target }));
    expect(readFileSync(join(target, 'report.json'), 'utf8')).toBe('{"ok":true}');
    rmSync(target, { recursive: true, force: true });
  });
});
