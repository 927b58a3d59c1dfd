/**
 * A run that rewrites records (the source changed) appends their new lines to the archive target,
 * which folds each file to one line per record when the run finishes. SIGKILL at ten points of
 * that close phase (between the last append and the run's end in the journal: the fold's passes,
 * its temp file, the rename, the manifest, the marker) and run again: the target ends exactly as a
 * run that was never killed leaves it, with no stray `.fold-<pid>` file. Kill points are file
 * operations counted by fs-hooks.mjs, so they are the same on a loaded machine as on an idle one.
 */
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { readTrace, runCliAtStep } from '../support/cli-at-step.js';
import { tempDir } from '../support/workspace.js';

const MAPPING = 'source:\n  platform: archive\n  path: ../src\ntarget:\n  platform: archive\n  path: out\noptions:\n  batch_size: 50\n';

function targetFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) out[f] = readFileSync(join(dir, f), 'utf8');
  return out;
}

/** Every ticket and contact changes: the next full run writes each of them a second time. */
function changeSource(src: string): void {
  for (const [file, field] of [['tickets.jsonl', 'subject'], ['contacts.jsonl', 'name']] as const) {
    const lines = readFileSync(join(src, file), 'utf8').split('\n').filter(Boolean);
    writeFileSync(join(src, file), lines.map((l) => JSON.stringify({ ...JSON.parse(l), [field]: `${String(JSON.parse(l)[field])} (v2)` })).join('\n') + '\n');
  }
}

/** Ten counted operations from the last append to the target up to the first report written. */
function closePhasePoints(trace: { n: number; label: string }[]): number[] {
  const lastAppend = Math.max(...trace.filter((t) => /^open:a work\/out\/[^/]+\.jsonl$/.test(t.label)).map((t) => t.n));
  const firstReport = Math.min(...trace.filter((t) => t.n > lastAppend && t.label.includes('work/reports/')).map((t) => t.n));
  const phase = trace.filter((t) => t.n > lastAppend && t.n < firstReport);
  // One point per kind of step (the first of a run of alike steps), and the middle of each long run.
  const kinds: number[] = [];
  phase.forEach((t, i) => {
    if (i === 0 || phase[i - 1]?.label !== t.label) kinds.push(t.n);
  });
  const groups = kinds.map((start, i) => ({ start, end: (kinds[i + 1] ?? firstReport) - 1 }));
  const middles = groups.filter((g) => g.end - g.start > 2).map((g) => Math.floor((g.start + g.end) / 2));
  const candidates = [...new Set([...kinds, ...middles])].sort((a, b) => a - b);
  if (candidates.length <= 10) return candidates;
  return Array.from({ length: 10 }, (_, i) => candidates[Math.round((i * (candidates.length - 1)) / 9)] as number);
}

describe('SIGKILL during the final fold of an archive target', () => {
  test('at ten points of the close phase: the next run leaves the target as a clean run does', { timeout: 900_000 }, async () => {
    const root = tempDir();
    await generateArchive(join(root, 'src'), { tickets: 120, contacts: 40 });
    const work = join(root, 'work');
    writeFileSync(join(root, 'migration.yml'), MAPPING.replace('../src', 'src').replace('path: out', 'path: work/out'));
    const args = ['run', '--config', join(root, 'migration.yml'), '--mode', 'full', '--state', join(work, 'state'), '--reports', join(work, 'reports')];

    const first = await runCliAtStep(args, { root }).done;
    expect(first.code, first.stderr).toBe(0);
    cpSync(work, join(root, 'after-first'), { recursive: true });
    changeSource(join(root, 'src'));

    const trace = join(root, 'trace.txt');
    const clean = await runCliAtStep(args, { root, trace }).done;
    expect(clean.code, clean.stderr).toBe(0);
    const expected = targetFiles(join(work, 'out'));
    expect(expected['tickets.jsonl']?.split('\n').filter(Boolean)).toHaveLength(120); // folded: one line each
    const points = closePhasePoints(readTrace(trace));
    expect(points).toHaveLength(10);

    for (const at of points) {
      rmSync(work, { recursive: true, force: true });
      cpSync(join(root, 'after-first'), work, { recursive: true });
      const killed = await runCliAtStep(args, { root, killAt: at }).done;
      expect(killed.killed, `run meant to be killed at step ${at} ended on its own:\n${killed.stderr}`).toBe(true);

      const next = await runCliAtStep(args, { root }).done;
      expect(next.code, `after a kill at step ${at}:\n${next.stderr}`).toBe(0);
      expect(targetFiles(join(work, 'out')), `target after a kill at step ${at} and one more run`).toEqual(expected);
      expect(readdirSync(join(work, 'out')).filter((f) => f.includes('.fold-') || f === '.unfolded'), `after a kill at step ${at}`).toEqual([]);
    }
  });
});
