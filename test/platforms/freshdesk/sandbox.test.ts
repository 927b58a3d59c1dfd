/**
 * The sandbox with its one option: `npm run sandbox -- --target freshdesk` runs the sample Intercom
 * workspace into the Freshdesk simulator through the bundled CLI (check → demo → full → verify), and
 * everything it migrates must verify. An unknown target is refused with what to write instead.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

test('npm run sandbox -- --target freshdesk migrates the sample Intercom workspace into Freshdesk and verifies it', () => {
  const run = spawnSync('npm', ['run', '--silent', 'sandbox', '--', '--target', 'freshdesk'], { encoding: 'utf8', timeout: 180_000 });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  expect(run.stdout).toMatch(/^Freshdesk simulator: http:\/\/127\.0\.0\.1:\d+/m);
  expect(run.stdout).toMatch(/^check: ready; \d+ will migrate, 0 will fail/m);
  expect(run.stdout).toMatch(/^demo complete: \d+ migrated, 0 failed/m);
  expect(run.stdout).toMatch(/^full complete: \d+ migrated, 0 failed/m);
  const verified = /^verify: (\d+) of (\d+) records match; 0 differ/m.exec(run.stdout);
  expect(verified?.[1]).toBe(verified?.[2]);
  const summary = JSON.parse(readFileSync('.desk-migrate/sandbox/reports-full/summary.json', 'utf8')) as { source: string; target: string; complete: boolean };
  expect(summary).toMatchObject({ source: 'intercom', target: 'freshdesk', complete: true });
}, 200_000);

test('the sandbox refuses a target it does not have', () => {
  const run = spawnSync('npm', ['run', '--silent', 'sandbox', '--', '--target', 'kayako'], { encoding: 'utf8', timeout: 60_000 });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('--target takes zendesk or freshdesk, not kayako');
});
