/** action.yml and the code agree: every input declared is read, every output declared is set, and back. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { COUNT_OUTPUTS } from '../../src/engine/mode-words.js';
import { repoRoot } from './action-step.js';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
  branding: { icon: string; color: string };
}

const action = load(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionYml;
const runtime = join(repoRoot, 'src/runtime');
const source = readdirSync(runtime)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(runtime, f), 'utf8'))
  .join('\n');
const calls = (fn: string) => new Set([...source.matchAll(new RegExp(`${fn}\\('([a-z-]+)'`, 'g'))].map((m) => m[1]));

describe('action.yml', () => {
  it('declares exactly the inputs the code reads', () => {
    expect(new Set(Object.keys(action.inputs))).toEqual(new Set([...calls('getInput'), ...calls('getBooleanInput'), ...calls('parseOptionalNumber')]));
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description.length, name).toBeGreaterThan(20);
  });

  it('declares exactly the outputs the code sets', () => {
    // The counts are set under each mode's own names (engine/mode-words.ts).
    expect(new Set(Object.keys(action.outputs))).toEqual(new Set([...calls('setOutput'), ...COUNT_OUTPUTS]));
  });

  it('runs the bundle on node24 and has branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post/index.js', 'post-if': 'cancelled() || failure()' });
    expect(action.branding.icon).toBeTruthy();
  });

  it('is documented input by input and output by output in the README', () => {
    const docs = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(docs, name).toContain(`| \`${name}\` |`);
    expect(docs).toContain('![The job summary of a demo run](docs/job-summary.png)');
  });

  it('defaults to check, the mode that writes nothing, in action.yml as in the code', () => {
    expect(action.inputs.mode?.default).toBe('check');
  });

  it('documents every mode', () => {
    for (const mode of ['check', 'demo', 'full', 'delta', 'verify']) expect(action.inputs.mode?.description).toContain(`${mode}`);
  });
});
