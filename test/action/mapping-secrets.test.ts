/**
 * Issue 10 §1 in the Action: a token put under a key that is not a credential key is masked
 * (::add-mask::) before the mapping's errors are annotated, and the annotation names the variable.
 */
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../../src/action.js';
import { parseWorkflowCommands } from '../sim/actions-runtime/index.js';

const TOKEN = 'zd_action-T0ken-0123456789';
let out = '';
const write = process.stdout.write;
const cwd = process.cwd();
beforeEach(() => {
  out = '';
  process.stdout.write = ((chunk: string | Uint8Array) => ((out += String(chunk)), true)) as typeof process.stdout.write;
});
afterEach(() => {
  process.stdout.write = write;
  process.chdir(cwd);
  process.exitCode = 0;
  delete process.env.INPUT_MAPPING;
});

describe('the Action and a secret in the wrong key', () => {
  it('masks it before it annotates the mapping error, which names the variable', async () => {
    const workspace = realpathSync(mkdtempSync(join(tmpdir(), 'action-secret-')));
    writeFileSync(
      join(workspace, 'migration.yml'),
      'source:\n  platform: archive\n  path: a\ntarget:\n  platform: zendesk\n  subdomain: acme\n  email: ${ZENDESK_TOKEN}\n  token: ${ZENDESK_TOKEN}\n',
    );
    process.env.INPUT_MAPPING = 'migration.yml';
    await runAction({ GITHUB_WORKSPACE: workspace, ZENDESK_TOKEN: TOKEN });
    const commands = parseWorkflowCommands(out);
    const mask = commands.findIndex((c) => c.command === 'add-mask' && c.message === TOKEN);
    const annotation = commands.findIndex((c) => c.command === 'error');
    expect(mask).toBeGreaterThanOrEqual(0);
    expect(annotation).toBeGreaterThan(mask);
    expect(commands[annotation]?.message).toBe('target.email must be an email address, not the value of ${ZENDESK_TOKEN}');
    expect(commands.filter((c) => c.command !== 'add-mask').map((c) => c.message).join('\n')).not.toContain(TOKEN);
  });
});
