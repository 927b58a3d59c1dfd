/**
 * The promise users care most about: a migration killed at any point (SIGKILL, no chance to clean
 * up) and started again ends with exactly the records of an uninterrupted run, none twice.
 *
 * Kill points are file operations (fs-hooks.mjs counts every write under the workspace), drawn
 * over the operations of an uninterrupted run: start-up, state, target writes, the fold, reports.
 * A point in milliseconds meant a different place on a loaded machine (a kill before the target
 * folder existed, which the checks below then tripped over); a point in operations is the same
 * place on any machine, so the run is the same every time.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { seededRandom } from '../sim/common/seeded-random.js';
import { runCli } from '../support/built-cli.js';
import { readTrace, runCliAtStep } from '../support/cli-at-step.js';
import { readCsv, tempDir } from '../support/workspace.js';

const MAPPING = 'source:\n  platform: archive\n  path: ../src\ntarget:\n  platform: archive\n  path: out\noptions:\n  invalid_phone: fail\n  batch_size: 50\n';

/** The target's entity files; none yet when a kill came before the first write. */
function entityFiles(dir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) out[f] = readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean);
  return out;
}

describe('SIGKILL at random points, then resume', () => {
  test('ends identical to an uninterrupted run, with no duplicate and nothing missing', { timeout: 900_000 }, async () => {
    const root = tempDir();
    await generateArchive(join(root, 'src'), { tickets: 4000, contacts: 400 });
    for (const run of ['clean', 'killed']) writeFileSync(join(root, `${run}.yml`), MAPPING.replace('path: out', `path: ${run}/out`).replace('../src', 'src'));

    const trace = join(root, 'clean-trace.txt');
    const clean = await runCliAtStep(['run', '--config', join(root, 'clean.yml'), '--mode', 'full', '--state', join(root, 'clean/state'), '--reports', join(root, 'clean/reports')], {
      root: join(root, 'clean'),
      trace,
      bundle: true,
    }).done;
    expect(clean.code, clean.stderr).toBe(3); // complete, with the invalid phones failed
    const steps = readTrace(trace).length;
    expect(steps).toBeGreaterThan(100);

    const random = seededRandom(20);
    let kills = 0;
    let finishedAlone = false;
    // Each attempt is killed at a step drawn over the first fifth of a whole run; a resumed run has
    // less left to do, so the attempts reach every phase (reads, writes, the fold, the reports) until
    // one finishes on its own.
    const killedArgs = ['run', '--config', join(root, 'killed.yml'), '--mode', 'full', '--state', join(root, 'killed/state'), '--reports', join(root, 'killed/reports')];
    for (let attempt = 0; attempt < 20; attempt++) {
      const at = 1 + Math.floor(random() * (steps / 5));
      const result = await runCliAtStep(killedArgs, { root: join(root, 'killed'), killAt: at, bundle: true }).done;
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
