/**
 * The promise users care most about: a migration killed at any point (SIGKILL, no chance to clean
 * up) and started again ends with exactly the records of an uninterrupted run, none twice.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { seededRandom } from '../sim/common/seeded-random.js';
import { runCli, runCliKilledAfter } from '../support/built-cli.js';
import { readCsv, tempDir } from '../support/workspace.js';

const MAPPING = 'source:\n  platform: archive\n  path: ../src\ntarget:\n  platform: archive\n  path: out\noptions:\n  invalid_phone: fail\n  batch_size: 50\n';

function entityFiles(dir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) out[f] = readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean);
  return out;
}

describe('SIGKILL at random points, then resume', () => {
  test('ends identical to an uninterrupted run, with no duplicate and nothing missing', async () => {
    const root = tempDir();
    await generateArchive(join(root, 'src'), { tickets: 4000, contacts: 400 });
    for (const run of ['clean', 'killed']) writeFileSync(join(root, `${run}.yml`), MAPPING.replace('path: out', `path: ${run}/out`).replace('../src', 'src'));

    const clean = runCli(['run', '--config', 'clean.yml', '--mode', 'full', '--state', 'clean/state', '--reports', 'clean/reports'], root);
    expect(clean.status, clean.stderr).toBe(3); // complete, with the invalid phones failed

    const random = seededRandom(20);
    let kills = 0;
    let finishedAlone = false;
    // Kill points spread over start-up, reading, writing and reporting: each attempt gets a little
    // further, until one finishes on its own.
    for (let attempt = 0; attempt < 20; attempt++) {
      const at = 120 + Math.floor(random() * 300);
      const result = await runCliKilledAfter(['run', '--config', 'killed.yml', '--mode', 'full', '--state', 'killed/state', '--reports', 'killed/reports'], root, at);
      if (!result.killed) {
        expect(result.code, result.stderr).toBe(3);
        finishedAlone = true;
        break;
      }
      kills++;
      // Between kills the target never holds a record twice (a torn last line at most).
      for (const [file, lines] of Object.entries(entityFiles(join(root, 'killed/out')))) {
        const ids = lines.flatMap((l) => {
          try {
            return [(JSON.parse(l) as { id: string }).id];
          } catch {
            return [];
          }
        });
        expect(new Set(ids).size, `${file} after kill ${attempt} at ${at} ms`).toBe(ids.length);
      }
    }
    expect(kills).toBeGreaterThanOrEqual(6);

    if (!finishedAlone) {
      const finish = runCli(['run', '--config', 'killed.yml', '--mode', 'full', '--state', 'killed/state', '--reports', 'killed/reports'], root);
      expect(finish.status, finish.stderr).toBe(3);
    }
    expect(entityFiles(join(root, 'killed/out'))).toEqual(entityFiles(join(root, 'clean/out')));

    // The reports of the resumed run describe the whole run, as if it had never stopped.
    for (const name of ['migrated.csv', 'failed.csv']) {
      const sorted = (dir: string) => readCsv(join(root, dir, 'reports', name)).map((r) => r.slice(0, 4).join(',')).sort();
      expect(sorted('killed'), name).toEqual(sorted('clean'));
    }

    // And one more run finds nothing to do.
    const rerun = runCli(['run', '--config', 'killed.yml', '--mode', 'full', '--state', 'killed/state', '--reports', 'killed/reports'], root);
    expect(rerun.stdout).toMatch(/^full complete: 0 migrated, 57 failed, \d+ skipped/m);
    expect(entityFiles(join(root, 'killed/out'))).toEqual(entityFiles(join(root, 'clean/out')));
  });
});
