// The README's first command: a real migration of the bundled sample help desk, no credentials.
// Runs a demo then a full migration with mappings.example.yml and says where the reports are.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const cli = ['bin/desk-migrate.js'];
const base = ['--config', 'mappings.example.yml', '--state', '.desk-migrate/sandbox/state'];
rmSync('.desk-migrate/sandbox', { recursive: true, force: true });

for (const mode of ['demo', 'full']) {
  console.log(`\n== desk-migrate run --mode ${mode}`);
  const reports = `.desk-migrate/sandbox/reports-${mode}`;
  const run = spawnSync(process.execPath, [...cli, 'run', ...base, '--mode', mode, '--reports', reports], { stdio: 'inherit' });
  // 3 means "complete, some records failed": the sample data has invalid phones on purpose.
  if (run.status !== 0 && run.status !== 3) process.exit(run.status ?? 1);
  console.log(`reports: ${reports}/summary.md (and migrated.csv, failed.csv, skipped.csv, summary.json)`);
}
console.log('\nThe migrated copy is in .desk-migrate/sandbox/archive-copy. Run `npm run sandbox` again: it starts over.');
