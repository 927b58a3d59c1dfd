/**
 * The README's first command, as a new user runs it: `npm run sandbox` starts the Intercom and
 * Zendesk simulators and runs check → demo → full → verify with mappings.example.yml through the
 * bundled CLI. Everything it migrates must verify.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

test('npm run sandbox migrates the sample Intercom workspace into Zendesk and verifies it', () => {
  const run = spawnSync('npm', ['run', '--silent', 'sandbox'], { encoding: 'utf8', timeout: 180_000 });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  expect(run.stdout).toMatch(/^check: ready; \d+ will migrate, 0 will fail/m);
  expect(run.stdout).toMatch(/^demo complete: \d+ migrated, 0 failed/m);
  expect(run.stdout).toMatch(/^full complete: \d+ migrated, 0 failed/m);
  const verified = /^verify: (\d+) of (\d+) records match; 0 differ/m.exec(run.stdout);
  expect(verified?.[1]).toBe(verified?.[2]);
  for (const mode of ['check', 'demo', 'full', 'verify']) expect(run.stdout).toContain(`reports: .desk-migrate/sandbox/reports-${mode}/summary.md`);
  const summary = JSON.parse(readFileSync('.desk-migrate/sandbox/reports-full/summary.json', 'utf8')) as { source: string; target: string; complete: boolean };
  expect(summary).toMatchObject({ source: 'intercom', target: 'zendesk', complete: true });
}, 200_000);
