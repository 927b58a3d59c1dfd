/**
 * run.ts drives any Runtime the same way: the mapping is checked before the state is restored, the
 * checkpoint is saved after the run however it ended, and a failed run's reports are published before
 * its error is thrown.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/logger.js';
import { runIn } from '../../src/run.js';
import type { Runtime } from '../../src/runtime/runtime.js';
import { tempDir } from '../support/workspace.js';

function recordingRuntime(root: string): Runtime & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    log: silentLogger,
    secrets: () => calls.push('secrets'),
    state: { dir: join(root, 'state'), name: 'state', restore: async () => void calls.push('restore'), save: async () => void calls.push('save') },
    reports: { dir: join(root, 'reports'), name: 'reports', open: () => void calls.push('open'), publish: async (s) => void calls.push(`publish ${s.complete ? 'complete' : 'failed'}`) },
    progress: () => ({ entityStarted() {}, recordsSettled() {}, entityFinished() {}, close: () => void calls.push('close') }),
    signals: () => ({ signal: new AbortController().signal, dispose: () => void calls.push('dispose') }),
  };
}

describe('runIn', () => {
  it('restores, runs, saves, then publishes', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'agents.jsonl'), '{"id":"a1","name":"Ann","email":"ann@example.com"}\n');
    writeFileSync(join(root, 'migration.yml'), `source:\n  platform: archive\n  path: ${root}\ntarget:\n  platform: archive\n  path: ${join(root, 'out')}\n`);
    const runtime = recordingRuntime(root);
    const summary = await runIn(runtime, { configFile: join(root, 'migration.yml'), mode: 'full' });
    expect(summary.complete).toBe(true);
    expect(runtime.calls.filter((c) => c !== 'secrets')).toEqual(['restore', 'open', 'close', 'dispose', 'save', 'publish complete']);
  });

  it('does not touch the state when the mapping is wrong', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'migration.yml'), 'source:\n  platform: nowhere\n');
    const runtime = recordingRuntime(root);
    await expect(runIn(runtime, { configFile: join(root, 'migration.yml'), mode: 'full' })).rejects.toThrow();
    expect(runtime.calls.filter((c) => c !== 'secrets')).toEqual(['close', 'dispose']);
  });

  it('saves and publishes a failed run before its error is thrown', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'state'), 'a file where the state folder goes');
    mkdirSync(join(root, 'in'));
    writeFileSync(join(root, 'in', 'agents.jsonl'), '{"id":"a1","name":"Ann","email":"ann@example.com"}\n');
    writeFileSync(join(root, 'migration.yml'), `source:\n  platform: archive\n  path: ${join(root, 'in')}\ntarget:\n  platform: archive\n  path: ${join(root, 'out')}\n`);
    const runtime = recordingRuntime(root);
    await expect(runIn(runtime, { configFile: join(root, 'migration.yml'), mode: 'full' })).rejects.toThrow(/is a file, not a folder/);
    expect(runtime.calls.slice(-2)).toEqual(['save', 'publish failed']);
  });
});
