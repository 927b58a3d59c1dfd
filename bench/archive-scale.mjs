// Archive → archive at 10,000 and 100,000 tickets of 5 comments each, through the bundled CLI
// under /usr/bin/time -v. Prints one JSON line per size: wall time, peak memory, throughput.
// Usage: node bench/archive-scale.mjs [sizes, default 10000,100000] [workdir]
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { generateArchive } from './generate-archive.mjs';

const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const root = resolve(process.argv[3] ?? join(tmpdir(), 'desk-migrate-bench'));
const cli = resolve('bin/desk-migrate.js');

for (const tickets of sizes) {
  const dir = join(root, String(tickets));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await generateArchive(join(dir, 'src'), { tickets, commentsPerTicket: 5, contacts: tickets / 10, attachmentEvery: 100 });
  writeFileSync(join(dir, 'm.yml'), 'source:\n  platform: archive\n  path: src\ntarget:\n  platform: archive\n  path: out\noptions:\n  invalid_phone: keep\n');
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, 'run', '--config', 'm.yml', '--mode', 'full'], { cwd: dir, encoding: 'utf8' });
  const field = (name) => run.stderr.match(new RegExp(`${name}: (.*)`))?.[1]?.trim();
  const [m, s] = (field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)') ?? '0:0').split(':').slice(-2).map(Number);
  const seconds = m * 60 + s;
  console.log(JSON.stringify({
    bench: 'archive-to-archive',
    tickets,
    comments: tickets * 5,
    exitCode: run.status,
    result: run.stdout.trim().split('\n')[0],
    wallSeconds: seconds,
    peakRssMiB: Math.round(Number(field('Maximum resident set size \\(kbytes\\)')) / 1024),
    ticketsPerSecond: Math.round(tickets / seconds),
    node: process.version,
  }));
}
