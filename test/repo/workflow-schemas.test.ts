/**
 * Every workflow (.github/workflows, examples/workflows), action.yml and dependabot.yml validates
 * against SchemaStore's current schemas (vendored in schema/vendor/schemastore; they know node24).
 * The schemas are strict enough to catch what a typo would break: shown on a broken copy of each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../action/action-step.js';

const vendor = join(repoRoot, 'schema/vendor/schemastore');
const ajv = new Ajv({ allErrors: true, strict: false });
const schema = (name: string): ValidateFunction => ajv.compile(JSON.parse(readFileSync(join(vendor, name), 'utf8')) as object);
const workflowSchema = schema('github-workflow.json');
const actionSchema = schema('github-action.json');
const dependabotSchema = schema('dependabot-2.0.json');

const yamlIn = (folder: string) =>
  readdirSync(join(repoRoot, folder))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(folder, f));
const read = (file: string) => load(readFileSync(join(repoRoot, file), 'utf8'));
const problems = (validate: ValidateFunction, value: unknown) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

const workflowFiles = [...yamlIn('.github/workflows'), ...yamlIn('examples/workflows')];

describe('workflow files', () => {
  it('are the repository’s own four and the four examples', () => {
    expect(workflowFiles.sort()).toEqual([
      '.github/workflows/check-dist.yml',
      '.github/workflows/ci.yml',
      '.github/workflows/e2e.yml',
      '.github/workflows/release.yml',
      'examples/workflows/delta-cron.yml',
      'examples/workflows/full-migration.yml',
      'examples/workflows/pull-request.yml',
      'examples/workflows/sharded.yml',
    ]);
  });

  it.each(workflowFiles)('%s validates against the workflow schema', (file) => {
    expect(problems(workflowSchema, read(file))).toEqual([]);
  });

  it('no folder named workflows holds anything but workflows (validators take every file there for one)', () => {
    for (const folder of ['.github/workflows', 'examples/workflows']) {
      expect(readdirSync(join(repoRoot, folder), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name), folder).toEqual([]);
    }
  });

  it('the schema rejects a misspelt key and a job without runs-on', () => {
    const ci = read('.github/workflows/ci.yml') as { jobs: { test: Record<string, unknown> } };
    const broken = structuredClone(ci);
    broken.jobs.test['step'] = broken.jobs.test['steps'];
    delete broken.jobs.test['steps'];
    delete broken.jobs.test['runs-on'];
    expect(problems(workflowSchema, broken).length).toBeGreaterThan(0);
  });
});

describe('action.yml', () => {
  it('validates against the action schema, node24 and its post step included', () => {
    expect(problems(actionSchema, read('action.yml'))).toEqual([]);
  });

  it('the schema rejects a runtime that does not exist', () => {
    const action = read('action.yml') as { runs: Record<string, unknown> };
    expect(problems(actionSchema, { ...action, runs: { ...action.runs, using: 'node99' } }).length).toBeGreaterThan(0);
  });
});

describe('.github/dependabot.yml', () => {
  it('validates and updates both npm packages and actions', () => {
    const config = read('.github/dependabot.yml') as { updates: { 'package-ecosystem': string }[] };
    expect(problems(dependabotSchema, config)).toEqual([]);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });
});
