/**
 * Two full runs on one state folder at the same time: the second refuses at once with exit code 5
 * and a message naming the holder, the first completes, and the archive target holds every record
 * once. The first run is paused (fs-hooks.mjs) just before its first append to the target, so the
 * two overlap whatever the machine's load.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { EXIT } from '../../src/exit-codes.js';
import { runCliAtStep, whenExists } from '../support/cli-at-step.js';
import { tempDir } from '../support/workspace.js';

describe('two runs on one state folder', () => {
  test('the second refuses with exit code 5; the target has no duplicate', { timeout: 300_000 }, async () => {
    const root = tempDir();
    await generateArchive(join(root, 'src'), { tickets: 60, contacts: 20 });
    writeFileSync(join(root, 'migration.yml'), 'source:\n  platform: archive\n  path: src\ntarget:\n  platform: archive\n  path: out\n');
    const args = ['run', '--config', join(root, 'migration.yml'), '--mode', 'full', '--state', join(root, 'state'), '--reports'];
    const paused = join(root, 'paused');
    const go = join(root, 'go');

    const first = runCliAtStep([...args, join(root, 'reports-1')], { root, pause: { match: '^open:a out/[a-z_]+\\.jsonl$', pausedFile: paused, goFile: go } });
    await whenExists(paused, first.done);
    const second = await runCliAtStep([...args, join(root, 'reports-2')], { root }).done;
    writeFileSync(go, '');
    const firstResult = await first.done;

    expect(second.code, second.stderr).toBe(EXIT.locked);
    expect(second.stderr).toContain(`error: The state folder ${join(root, 'state')} is in use by another desk-migrate run (pid ${first.pid} on `);
    expect(firstResult.code, firstResult.stderr).toBe(EXIT.ok);
    for (const file of readdirSync(join(root, 'out')).filter((f) => f.endsWith('.jsonl'))) {
      const ids = readFileSync(join(root, 'out', file), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);
      expect(new Set(ids).size, file).toBe(ids.length);
    }
    expect(readFileSync(join(root, 'out', 'tickets.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(60);
  });
});
