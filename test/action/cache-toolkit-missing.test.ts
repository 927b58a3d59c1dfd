/**
 * A runtime whose @actions/cache lacks isFeatureAvailable() (@github/local-action's stub has only
 * restoreCache and saveCache) gets no checkpoint cache and a warning, not a crash.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/cache', () => ({
  isFeatureAvailable: undefined,
  restoreCache: () => Promise.reject(new Error('must not be called')),
  saveCache: () => Promise.reject(new Error('must not be called')),
}));

const { checkpointKeys, restoreCheckpoint, saveCheckpoint } = await import('../../src/runtime/checkpoint-cache.js');

const dir = mkdtempSync(join(tmpdir(), 'desk-migrate-nocache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a cache toolkit without isFeatureAvailable()', () => {
  it('restores and saves nothing, with a warning naming the missing function', async () => {
    const lines: string[] = [];
    const log = { debug: () => {}, info: (m: string) => lines.push(`info: ${m}`), warn: (m: string) => lines.push(`warn: ${m}`), error: (m: string) => lines.push(`error: ${m}`) };
    const where = { stateDir: join(dir, 'state'), workspace: dir, keys: checkpointKeys('p', undefined, '1', '1') };
    const restored = await restoreCheckpoint(where, log);
    expect(restored).toEqual({ from: 'none' });
    expect(await saveCheckpoint(where, restored, log)).toBeUndefined();
    expect(lines.join('\n')).toContain('warn: This runtime’s @actions/cache has no isFeatureAvailable(): the checkpoint cache is not used.');
  });
});
