// Archive → archive at 10,000 and 100,000 tickets of 5 comments each, through the bundled CLI
// under /usr/bin/time -v: a first run, then a rerun that finds nothing to do. Prints one JSON line
// per run: wall time, CPU per record read, peak memory, and for the rerun the bytes it wrote to the
// state folder and the reports (a file replaced or rewritten counts whole, a file appended to counts
// what it grew by).
// Usage: node bench/archive-scale.mjs [sizes, default 10000,100000] [workdir]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { generateArchive } from './generate-archive.mjs';

const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const root = resolve(process.argv[3] ?? join(tmpdir(), 'desk-migrate-bench'));
const cli = resolve('bin/desk-migrate.js');
const FOLDERS = ['.desk-migrate/state', '.desk-migrate/reports'];

/** Every file under the run's state and reports folders: inode, size, mtime. */
function snapshot(dir) {
  const files = new Map();
  const walk = (folder) => {
    if (!existsSync(folder)) return;
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const s = statSync(path, { bigint: true });
      if (s.isDirectory()) walk(path);
      else files.set(path, { ino: s.ino, size: Number(s.size), mtime: s.mtimeNs });
    }
  };
  for (const folder of FOLDERS) walk(join(dir, folder));
  return files;
}

function bytesWritten(before, after) {
  let total = 0;
  for (const [path, now] of after) {
    const was = before.get(path);
    if (!was || was.ino !== now.ino) total += now.size;
    else if (was.mtime !== now.mtime) total += now.size > was.size && path.endsWith('.jsonl') ? now.size - was.size : now.size;
  }
  return total;
}

function timed(dir, tickets, label) {
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, 'run', '--config', 'm.yml', '--mode', 'full'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const field = (name) => run.stderr.match(new RegExp(`${name}: (.*)`))?.[1]?.trim();
  const [m, s] = (field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)') ?? '0:0').split(':').slice(-2).map(Number);
  const wall = m * 60 + s;
  const cpu = Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)'));
  const summary = JSON.parse(readFileSync(join(dir, '.desk-migrate/reports/summary.json'), 'utf8'));
  return {
    bench: 'archive-to-archive',
    run: label,
    tickets,
    exitCode: run.status,
    recordsRead: summary.totals.read,
    migrated: summary.totals.migrated,
    skipped: summary.totals.skipped,
    wallSeconds: wall,
    cpuMicrosPerRecord: Math.round((cpu * 1e6) / summary.totals.read),
    peakRssMiB: Math.round(Number(field('Maximum resident set size \\(kbytes\\)')) / 1024),
    ticketsPerSecond: Math.round(tickets / wall),
    node: process.version,
  };
}

for (const tickets of sizes) {
  const dir = join(root, String(tickets));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await generateArchive(join(dir, 'src'), { tickets, commentsPerTicket: 5, contacts: tickets / 10, attachmentEvery: 100 });
  writeFileSync(join(dir, 'm.yml'), 'source:\n  platform: archive\n  path: src\ntarget:\n  platform: archive\n  path: out\noptions:\n  invalid_phone: keep\n');
  const first = timed(dir, tickets, 'first');
  console.log(JSON.stringify(first));
  const before = snapshot(dir);
  const rerun = timed(dir, tickets, 'rerun');
  const written = bytesWritten(before, snapshot(dir));
  console.log(JSON.stringify({ ...rerun, stateAndReportsBytesWritten: written, wallShareOfFirst: Math.round((rerun.wallSeconds / first.wallSeconds) * 100) / 100 }));
}
