/**
 * The real @actions/cache (v2 service: Twirp + Azure blob upload + plain GET download + tar/zstd or gzip)
 * against the simulator, in-process (see in-process.ts for why that is faithful for this client).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inStep } from './in-process.js';
import { cacheVersion, startActionsRuntimeSim, type ActionsRuntimeSim, type RunnerStep } from './index.js';
import { signJwt } from './tokens.js';

type CacheModule = typeof import('@actions/cache');

let sim: ActionsRuntimeSim;
let cache: CacheModule;

function which(tool: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
const hasZstd = which('zstd') !== undefined;
const defaultCompression = hasZstd ? 'zstd-without-long' : 'gzip';

function writeCheckpoint(step: RunnerStep, content: string, dir = 'ckpt'): void {
  mkdirSync(join(step.workspace, dir), { recursive: true });
  writeFileSync(join(step.workspace, dir, 'state.json'), content);
}

function readCheckpoint(step: RunnerStep, dir = 'ckpt'): string {
  return readFileSync(join(step.workspace, dir, 'state.json'), 'utf8');
}

const save = (step: RunnerStep, key: string, paths = ['ckpt']) => inStep(step, () => cache.saveCache(paths, key));
const restore = (step: RunnerStep, key: string, restoreKeys?: string[], paths = ['ckpt']) =>
  inStep(step, () => cache.restoreCache(paths, key, restoreKeys));

beforeAll(async () => {
  sim = await startActionsRuntimeSim();
  cache = await import('@actions/cache');
});

afterAll(async () => {
  await sim?.close();
});

describe('@actions/cache against the simulator', () => {
  it('saves an entry in the run ref scope and restores it by exact key in another run', async () => {
    const first = sim.env();
    writeCheckpoint(first, '{"cursor":"abc"}');
    const saved = await save(first, 'exact-1');
    expect(saved.value).toBeGreaterThan(0);

    const entry = sim.caches().find((e) => e.key === 'exact-1');
    expect(entry).toMatchObject({
      id: saved.value,
      version: cacheVersion(['ckpt'], defaultCompression),
      scope: 'refs/heads/main',
      finalized: true,
      compression: hasZstd ? 'zstd' : 'gzip',
    });
    expect(entry?.sizeBytes).toBe(entry?.archive?.length);

    const extracted = mkdtempSync(join(tmpdir(), 'cache-extract-'));
    await sim.extractCache(entry!, extracted);
    expect(readFileSync(join(extracted, 'ckpt', 'state.json'), 'utf8')).toBe('{"cursor":"abc"}');
    rmSync(extracted, { recursive: true, force: true });

    const second = sim.env();
    const restored = await restore(second, 'exact-1');
    expect(restored.value).toBe('exact-1');
    expect(readCheckpoint(second)).toBe('{"cursor":"abc"}');
  });

  it('a second save of the same key returns -1 and leaves the first entry as it was', async () => {
    const first = sim.env();
    writeCheckpoint(first, 'first');
    expect((await save(first, 'dup-1')).value).toBeGreaterThan(0);

    const second = sim.env();
    writeCheckpoint(second, 'second');
    const again = await save(second, 'dup-1');
    expect(again.value).toBe(-1);
    expect(again.stdout).toContain('Unable to reserve cache with key dup-1, another job may be creating this cache.');
    expect(sim.caches().filter((e) => e.key === 'dup-1')).toHaveLength(1);
    expect(sim.requests().results.some((r) => r.path.endsWith('/CreateCacheEntry') && r.status === 409)).toBe(true);

    const third = sim.env();
    await restore(third, 'dup-1');
    expect(readCheckpoint(third)).toBe('first');
  });

  it('restores by prefix the most recently created entry (not the lexicographically greatest key)', async () => {
    for (const [key, content] of [
      ['ckpt-x-9', 'nine'],
      ['ckpt-x-10', 'ten'],
      ['ckpt-y-99', 'other prefix'],
    ] as const) {
      const step = sim.env();
      writeCheckpoint(step, content);
      expect((await save(step, key)).value).toBeGreaterThan(0);
    }
    const step = sim.env();
    const restored = await restore(step, 'ckpt-x-11', ['ckpt-x-']);
    expect(restored.value).toBe('ckpt-x-10');
    expect(readCheckpoint(step)).toBe('ten');

    // Restore keys are tried in order: the first one that matches anything wins.
    const ordered = sim.env();
    expect((await restore(ordered, 'ckpt-z-1', ['ckpt-y-', 'ckpt-x-'])).value).toBe('ckpt-y-99');
    expect(readCheckpoint(ordered)).toBe('other prefix');
  });

  it('a miss returns undefined and downloads nothing', async () => {
    const step = sim.env();
    const before = sim.requests().results.length;
    const restored = await restore(step, 'never-saved-1', ['never-saved-']);
    expect(restored.value).toBeUndefined();
    const calls = sim.requests().results.slice(before);
    expect(calls.map((c) => c.path)).toEqual(['/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL']);
  });

  it('the version must match: an entry saved with other paths is not restored', async () => {
    const step = sim.env();
    writeCheckpoint(step, 'v');
    expect((await save(step, 'version-1')).value).toBeGreaterThan(0);
    const other = sim.env();
    expect((await restore(other, 'version-1', undefined, ['ckpt', 'more'])).value).toBeUndefined();
    expect((await restore(other, 'version-1')).value).toBe('version-1');
  });

  it('works with gzip when no zstd binary is on PATH; a zstd client does not see the gzip entry', async () => {
    // A PATH holding only tar and gzip: the client then picks gzip (a different cache version).
    const bin = mkdtempSync(join(tmpdir(), 'no-zstd-bin-'));
    for (const tool of ['tar', 'gzip']) {
      const path = which(tool);
      if (!path) throw new Error(`${tool} is required for this test`);
      symlinkSync(path, join(bin, tool));
    }
    try {
      const gzipStep = sim.env({ vars: { PATH: bin } });
      writeCheckpoint(gzipStep, 'gzipped');
      expect((await save(gzipStep, 'gz-1')).value).toBeGreaterThan(0);
      const entry = sim.caches().find((e) => e.key === 'gz-1');
      expect(entry).toMatchObject({ compression: 'gzip', version: cacheVersion(['ckpt'], 'gzip') });

      const gzipRestore = sim.env({ vars: { PATH: bin } });
      expect((await restore(gzipRestore, 'gz-1')).value).toBe('gz-1');
      expect(readCheckpoint(gzipRestore)).toBe('gzipped');

      if (hasZstd) {
        expect((await restore(sim.env(), 'gz-1')).value).toBeUndefined();
      }
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('scopes entries by ref: a PR run reads the base branch, writes its own ref, and main never sees it', async () => {
    const main = sim.env();
    writeCheckpoint(main, 'from main');
    expect((await save(main, 'scope-main-1')).value).toBeGreaterThan(0);

    const pr = sim.env({ pullRequest: { number: 5 } });
    expect(pr.cacheScopes).toEqual([
      { Scope: 'refs/pull/5/merge', Permission: 3 },
      { Scope: 'refs/heads/main', Permission: 1 },
    ]);
    expect((await restore(pr, 'scope-pr-5', ['scope-main-'])).value).toBe('scope-main-1');
    expect(readCheckpoint(pr)).toBe('from main');

    writeCheckpoint(pr, 'from pr');
    expect((await save(pr, 'scope-pr-5')).value).toBeGreaterThan(0);
    // The same key as main's entry is not a conflict in another scope.
    expect((await save(pr, 'scope-main-1')).value).toBeGreaterThan(0);
    expect(sim.caches().filter((e) => e.key === 'scope-main-1').map((e) => e.scope)).toEqual(['refs/heads/main', 'refs/pull/5/merge']);

    expect((await restore(sim.env(), 'scope-pr-5')).value).toBeUndefined();
    const prRerun = sim.env({ pullRequest: { number: 5 } });
    expect((await restore(prRerun, 'scope-pr-5')).value).toBe('scope-pr-5');
    expect((await restore(sim.env({ pullRequest: { number: 6 } }), 'scope-pr-5')).value).toBeUndefined();
  });

  it('cacheWriteDenied: saveCache returns -1 with a "cache write denied" warning; restores still work', async () => {
    sim.switches.cacheWriteDenied = true;
    try {
      const step = sim.env();
      writeCheckpoint(step, 'denied');
      const saved = await save(step, 'denied-1');
      expect(saved.value).toBe(-1);
      expect(saved.stdout).toMatch(/::warning::Failed to save: Unable to reserve cache with key denied-1\. More details: cache write denied:/);
      expect(sim.caches().some((e) => e.key === 'denied-1')).toBe(false);
      expect((await restore(sim.env(), 'exact-1')).value).toBe('exact-1');
    } finally {
      sim.switches.cacheWriteDenied = false;
    }
  });

  it('cacheReadDenied: restoreCache warns and returns undefined', async () => {
    sim.switches.cacheReadDenied = true;
    try {
      const restored = await restore(sim.env(), 'exact-1');
      expect(restored.value).toBeUndefined();
      expect(restored.stdout).toMatch(/::warning::Failed to restore: .*cache read denied:/);
    } finally {
      sim.switches.cacheReadDenied = false;
    }
  });

  it('refuses a runtime token it did not sign', async () => {
    const genuine = sim.env();
    const payload = JSON.parse(Buffer.from(genuine.runtimeToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = signJwt(payload, Buffer.from('not the simulator secret'));
    const step = sim.env({ vars: { ACTIONS_RUNTIME_TOKEN: forged } });
    const restored = await restore(step, 'exact-1');
    expect(restored.value).toBeUndefined();
    expect(restored.stdout).toContain('(401) Unauthorized');
  });
});
