/** dist/ is committed (the Action runs it): it must be exactly what the sources build to. */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { tempDir } from '../support/workspace.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

test('dist/ and schema/ match a fresh build of src/ (run npm run build and commit)', () => {
  const out = tempDir();
  execFileSync(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, BUILD_OUT: out }, stdio: 'pipe' });
  const built = files(join(out, 'dist')).map((f) => relative(out, f)).sort();
  expect(files('dist').sort()).toEqual(built);
  for (const file of [...built, 'schema/migration.schema.json']) {
    expect(readFileSync(file, 'utf8') === readFileSync(join(out, file), 'utf8'), `${file} is stale`).toBe(true);
  }
}, 180_000);
