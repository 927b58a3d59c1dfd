/**
 * Issue 10 §4: the Action reads its mapping file from the repository only. A path or a symbolic link
 * out of the workspace would let a pull request have the runner read (and quote in errors) any file.
 */
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionInputError, getInputs } from '../../src/runtime/action-inputs.js';

afterEach(() => {
  delete process.env.INPUT_MAPPING;
});

function problemsFor(mapping: string, workspace: string): string[] {
  process.env.INPUT_MAPPING = mapping;
  try {
    getInputs({ GITHUB_WORKSPACE: workspace });
  } catch (error) {
    if (error instanceof ActionInputError) return error.problems;
    throw error;
  }
  return [];
}

const FIX = 'give the path of a mapping file in the repository, relative to its root';

describe('the mapping input', () => {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'mapping-path-')));
  const workspace = join(root, 'ws');
  mkdirSync(join(workspace, 'config'), { recursive: true });
  writeFileSync(join(workspace, 'config', 'migration.yml'), 'source: {}\n');
  writeFileSync(join(root, 'outside.yml'), 'secret: 1\n');
  symlinkSync(join(root, 'outside.yml'), join(workspace, 'linked.yml'));
  symlinkSync(root, join(workspace, 'up'));
  symlinkSync(join(workspace, 'config', 'migration.yml'), join(workspace, 'inside-link.yml'));

  it.each([
    ['../../../../etc/hostname', `mapping: "../../../../etc/hostname" is outside the workspace (${workspace}); ${FIX}`],
    ['/etc/hostname', `mapping: "/etc/hostname" is outside the workspace (${workspace}); ${FIX}`],
    ['config/../../outside.yml', `mapping: "config/../../outside.yml" is outside the workspace (${workspace}); ${FIX}`],
    ['linked.yml', `mapping: "linked.yml" is a symbolic link (or inside one) to ${join(root, 'outside.yml')}, outside the workspace; ${FIX}`],
    ['up/outside.yml', `mapping: "up/outside.yml" is a symbolic link (or inside one) to ${join(root, 'outside.yml')}, outside the workspace; ${FIX}`],
  ])('refuses %s', (mapping, problem) => {
    expect(problemsFor(mapping, workspace)).toEqual([problem]);
  });

  it.each([['config/migration.yml'], ['inside-link.yml'], ['not-yet-there.yml'], [join(workspace, 'config/migration.yml')]])('accepts %s', (mapping) => {
    expect(problemsFor(mapping, workspace)).toEqual([]);
  });
});
