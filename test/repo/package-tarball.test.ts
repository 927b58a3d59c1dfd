/**
 * The package as people install it: `npm pack` (of the current dist/; the real `npm pack` and
 * `npm publish` rebuild it first through `prepack`), installed offline into an empty folder (dist/
 * bundles every dependency, so the package has none), then `npx desk-migrate` as the README says.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../action/action-step.js';

const work = mkdtempSync(join(tmpdir(), 'desk-migrate-pack-'));
const user = join(work, 'empty');
let files: string[] = [];
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** npm and npx on the Node running the tests (first on PATH), with the user's folder as cwd. */
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }, timeout: 200_000 });
const npx = (args: string[]) => npm(['exec', '--offline', '--', 'desk-migrate', ...args], user);

beforeAll(() => {
  if (!existsSync(join(repoRoot, 'dist/sandbox/index.js'))) throw new Error('dist/ is missing or old: run `npm run build` first');
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], repoRoot)) as { filename: string; files: { path: string }[] }[];
  files = packed?.files.map((f) => f.path) ?? [];
  execFileSync('mkdir', ['-p', user]);
  npm(['install', '--offline', '--no-save', join(work, packed?.filename ?? '')], user);
}, 200_000);

describe('the packed package', () => {
  it('holds the bundles, the schema, the sandbox data and the license, and no source or tests', () => {
    for (const file of ['bin/desk-migrate.js', 'dist/cli/index.js', 'dist/index.js', 'dist/post/index.js', 'dist/sandbox/index.js', 'schema/migration.schema.json', 'mappings.example.yml', 'examples/sandbox/intercom-workspace.json', 'action.yml', 'LICENSE', 'README.md', 'package.json']) {
      expect(files, file).toContain(file);
    }
    expect(files.filter((f) => /^(src|test|bench|specs|scripts|node_modules)\//.test(f))).toEqual([]);
    // Only bundles: an asset the bundler copied (specs a test helper points at) would ship megabytes.
    expect(files.filter((f) => f.startsWith('dist/') && !/^dist\/(?:[a-z]+\/)?(?:index\.js(?:\.map)?|licenses\.txt|package\.json)$/.test(f))).toEqual([]);
  });

  it('installed into an empty folder, prints its version', () => {
    expect(npx(['--version'])).toMatch(/^desk-migrate \d+\.\d+\.\d+\n$/);
  });

  it('validates a mapping file offline, without its secrets', () => {
    writeFileSync(join(user, 'migration.yml'), 'source:\n  platform: intercom\n  token: ${INTERCOM_TOKEN}\ntarget:\n  platform: zendesk\n  subdomain: acme\n  email: ${ZENDESK_EMAIL}\n  token: ${ZENDESK_TOKEN}\n');
    expect(npx(['validate', '--offline', '--config', 'migration.yml'])).toContain('migration.yml: valid offline (intercom → zendesk)');
  });

  it('runs the sandbox: check, demo, full and verify against its own simulators', () => {
    const out = npx(['sandbox']);
    expect(out).toMatch(/^check: ready; \d+ will migrate, 0 will fail/m);
    expect(out).toMatch(/^full complete: \d+ migrated, 0 failed/m);
    const verified = /^verify: (\d+) of (\d+) records match; 0 differ/m.exec(out);
    expect(verified?.[1]).toBe(verified?.[2]);
    expect(existsSync(join(user, '.desk-migrate/sandbox/reports-full/summary.json'))).toBe(true);
  }, 200_000);
});
