/**
 * The Action checks the mapping file before it touches the cache, and the run uses that same load:
 * the file is read once, so what was validated is what runs (and its secrets are read once).
 */
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const loads: string[] = [];
vi.mock('../../src/config/load-mapping.js', async (original) => {
  const real = await original<typeof import('../../src/config/load-mapping.js')>();
  return {
    ...real,
    loadMappingFile: (file: string, ...rest: Parameters<typeof real.loadMappingFile> extends [string, ...infer R] ? R : never) => {
      loads.push(file);
      return real.loadMappingFile(file, ...rest);
    },
  };
});
vi.mock('@actions/cache', () => ({ isFeatureAvailable: () => false, restoreCache: vi.fn(), saveCache: vi.fn() }));

const { runAction } = await import('../../src/action.js');

const write = process.stdout.write;
const cwd = process.cwd();
afterEach(() => {
  process.stdout.write = write;
  process.chdir(cwd);
  process.exitCode = 0;
  for (const name of ['INPUT_MAPPING', 'INPUT_MODE', 'INPUT_PR-COMMENT']) delete process.env[name];
});

describe('the Action and its mapping file', () => {
  it('reads it once for the check before the cache and the run', async () => {
    const workspace = realpathSync(mkdtempSync(join(tmpdir(), 'action-once-')));
    mkdirSync(join(workspace, 'source'));
    writeFileSync(join(workspace, 'source', 'agents.jsonl'), '{"id":"a1","name":"Ann","email":"ann@example.com"}\n');
    writeFileSync(join(workspace, 'migration.yml'), 'source:\n  platform: archive\n  path: source\ntarget:\n  platform: archive\n  path: target\n');
    Object.assign(process.env, { INPUT_MAPPING: 'migration.yml', INPUT_MODE: 'check', 'INPUT_PR-COMMENT': 'false' });
    process.stdout.write = (() => true) as typeof process.stdout.write;
    await runAction({ ...process.env, GITHUB_WORKSPACE: workspace });
    process.stdout.write = write;
    expect(process.exitCode ?? 0).toBe(0);
    expect(loads).toEqual([join(workspace, 'migration.yml')]);
  });
});
