// `validate` of hostile mapping files through the bundled CLI under /usr/bin/time -v: an alias bomb
// (nine levels of nine aliases), a 3 MiB file and an endless one (/dev/zero). Prints one JSON line
// each: exit code, the first line of the message, wall time, peak memory.
// Usage: node bench/hostile-mapping.mjs [workdir]
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const root = resolve(process.argv[2] ?? join(tmpdir(), 'desk-migrate-bench-hostile'));
const cli = resolve('bin/desk-migrate.js');
const base = 'source:\n  platform: archive\n  path: a\ntarget:\n  platform: archive\n  path: b\n';

rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
let bomb = `${base}bomb:\n  - &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n`;
for (let level = 1; level <= 9; level++) bomb += `  - &a${level} [${Array(9).fill(`*a${level - 1}`).join(', ')}]\n`;
writeFileSync(join(root, 'bomb.yml'), bomb);
writeFileSync(join(root, 'huge.yml'), `${base}# ${'x'.repeat(3 * 1024 * 1024)}\n`);

for (const [name, file] of [['alias-bomb', join(root, 'bomb.yml')], ['3-MiB-file', join(root, 'huge.yml')], ['dev-zero', '/dev/zero']]) {
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, 'validate', '--config', file], { cwd: root, encoding: 'utf8' });
  const field = (label) => run.stderr.match(new RegExp(`${label}: (.*)`))?.[1]?.trim();
  const [m, s] = (field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)') ?? '0:0').split(':').slice(-2).map(Number);
  console.log(JSON.stringify({
    bench: `validate-${name}`,
    exitCode: run.status,
    message: run.stderr.split('\n')[0].replace(root, '<dir>'),
    wallSeconds: m * 60 + s,
    peakRssMiB: Math.round(Number(field('Maximum resident set size \\(kbytes\\)')) / 1024),
    node: process.version,
  }));
}
