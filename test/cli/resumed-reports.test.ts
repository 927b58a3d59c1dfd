/**
 * Reports that keep every warning: a run killed (SIGKILL) and resumed reports exactly what an
 * uninterrupted run reports, warnings and their codes included, and a full run after a demo shows
 * the demo's records as already migrated with the warnings of the run that wrote them.
 *
 * Kill points are file operations (fs-hooks.mjs), chosen from the trace of an uninterrupted run:
 * right after the target wrote a batch of tickets, before the ledger recorded it (the resumed run
 * finds the records in the target), and right after the ledger recorded it, before the outcome log
 * did (the resumed run finds them in its own ledger).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { readTrace, runCliAtStep } from '../support/cli-at-step.js';
import { readCsv, readJsonl, tempDir } from '../support/workspace.js';

const MAPPING = 'source:\n  platform: archive\n  path: ../src\ntarget:\n  platform: archive\n  path: out\noptions:\n  batch_size: 10\n';

/** Every report row, sorted: the three CSVs of a run folder. */
function reportRows(folder: string): string[] {
  return ['migrated.csv', 'failed.csv', 'skipped.csv'].flatMap((f) => readCsv(join(folder, f)).map((r) => `${f} ${r.join(' | ')}`)).sort();
}

/** A source whose tickets carry warnings: threads the source returned in part, blocked attachments. */
async function sourceWithWarnings(root: string): Promise<void> {
  await generateArchive(join(root, 'src'), { tickets: 60, contacts: 20, articles: 4 });
  const file = join(root, 'src', 'tickets.jsonl');
  const tickets = readJsonl<Record<string, unknown>>(file).map((t, i) => {
    if (i % 7 === 1) return { ...t, truncatedFrom: 640 };
    if (i % 7 === 3) {
      const comments = t['comments'] as { attachments: unknown[] }[];
      comments[0]?.attachments.push({ id: `x${i}`, fileName: 'setup.exe', contentType: 'application/octet-stream', size: 10, url: 'attachments/none' });
    }
    return t;
  });
  writeFileSync(file, tickets.map((t) => JSON.stringify(t)).join('\n') + '\n');
}

function args(root: string, run: string, mode = 'full'): string[] {
  return ['run', '--config', join(root, `${run}.yml`), '--mode', mode, '--state', join(root, run, 'state'), '--reports', join(root, run, `reports-${mode}`)];
}

describe('reports keep every warning', () => {
  test('a run killed after a batch reached the target, or after its ledger entry, reports as an uninterrupted run', { timeout: 300_000 }, async () => {
    const root = tempDir();
    await sourceWithWarnings(root);
    const trace = join(root, 'trace.txt');
    writeFileSync(join(root, 'clean.yml'), MAPPING.replace('../src', 'src').replace('path: out', 'path: clean/out'));
    const clean = await runCliAtStep(args(root, 'clean'), { root: join(root, 'clean'), trace }).done;
    expect(clean.code, clean.stderr).toBe(0);
    const expected = reportRows(join(root, 'clean', 'reports-full'));
    expect(expected.filter((r) => r.includes('source_truncated_500_parts')).length).toBeGreaterThan(5);
    expect(expected.filter((r) => r.includes('attachment_blocked_type')).length).toBeGreaterThan(5);

    // The third batch of tickets: the target's append, then the journal's (the ledger), then the outcome log's.
    const steps = readTrace(trace);
    const ticketWrites = steps.filter((s) => /^write out\/tickets/.test(s.label) || /^(open|write) clean\/out\/tickets/.test(s.label));
    const afterTarget = ticketWrites[2]?.n ?? 0;
    const journal = steps.find((s) => s.n > afterTarget && /journal\.jsonl$/.test(s.label))?.n ?? 0;
    const outcomes = steps.find((s) => s.n > journal && /outcomes-.*\.jsonl$/.test(s.label))?.n ?? 0;
    expect(afterTarget * journal * outcomes, steps.slice(0, 80).map((s) => `${s.n} ${s.label}`).join('\n')).toBeGreaterThan(0);

    for (const [name, killAt] of [
      ['before-ledger', journal],
      ['before-outcomes', outcomes],
    ] as const) {
      writeFileSync(join(root, `${name}.yml`), MAPPING.replace('../src', 'src').replace('path: out', `path: ${name}/out`));
      const killed = await runCliAtStep(args(root, name), { root: join(root, name), killAt: killAt }).done;
      expect(killed.killed, `${name}: ${killed.stderr}`).toBe(true);
      const resumed = await runCliAtStep(args(root, name), { root: join(root, name) }).done;
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(reportRows(join(root, name, 'reports-full')), name).toEqual(expected);
    }
  });

  test('a full run after a demo lists the demo’s records as already migrated, with their warnings', { timeout: 300_000 }, async () => {
    const root = tempDir();
    await sourceWithWarnings(root);
    writeFileSync(join(root, 'run.yml'), `${MAPPING.replace('../src', 'src').replace('path: out', 'path: run/out')}demo:\n  tickets: 20\n`);
    const demo = await runCliAtStep(args(root, 'run', 'demo'), { root: join(root, 'run') }).done;
    expect(demo.code, demo.stderr).toBe(0);
    const full = await runCliAtStep(args(root, 'run', 'full'), { root: join(root, 'run') }).done;
    expect(full.code, full.stderr).toBe(0);

    const written = new Map(readCsv(join(root, 'run', 'reports-demo', 'migrated.csv')).map((r) => [`${r[0]}:${r[1]}`, r]));
    const again = readCsv(join(root, 'run', 'reports-full', 'skipped.csv')).filter((r) => r[3] === 'already_migrated');
    const withWarnings = again.filter((r) => r[5]);
    expect(withWarnings.length).toBeGreaterThan(2);
    for (const row of again) {
      const first = written.get(`${row[0]}:${row[1]}`);
      expect(row[5], `${row[0]} ${row[1]}`).toBe(first?.[5]);
      if (first?.[4]) expect(row[4]).toBe(`unchanged since it was migrated; when it was written: ${first[4]}`);
    }
  });
});
