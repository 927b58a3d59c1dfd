// Bundles the Action entry (dist/index.js), its post step (dist/post/index.js) and the CLI (dist/cli/index.js) with ncc.
// tsconfig's module is NodeNext: with commonjs ncc emits a bundle that cannot find @actions/core.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ncc from '@vercel/ncc';

// BUILD_OUT lets the freshness test build elsewhere and compare with the committed files.
const out = process.env.BUILD_OUT ?? '.';
const entries = [
  { input: 'src/index.ts', output: join(out, 'dist') },
  { input: 'src/post.ts', output: join(out, 'dist/post') },
  { input: 'src/cli-entry.ts', output: join(out, 'dist/cli') },
  // `desk-migrate sandbox` in an installed package (`npm run sandbox` runs the script with tsx).
  { input: 'scripts/sandbox.ts', output: join(out, 'dist/sandbox') },
];

rmSync(join(out, 'dist'), { recursive: true, force: true });
for (const { input, output } of entries) {
  const { code, map, assets } = await ncc(join(process.cwd(), input), {
    minify: false,
    // The entries call process.setSourceMapsEnabled(true), so no runtime register is bundled.
    sourceMap: true,
    sourceMapRegister: false,
    quiet: true,
    // Types are checked by `npm run typecheck`; ncc only transpiles.
    transpileOnly: true,
    // The toolkit packages are ESM-only: the bundle must be ESM too.
    esm: true,
    target: 'es2022',
    license: 'licenses.txt',
  });
  mkdirSync(output, { recursive: true });
  writeFileSync(join(output, 'index.js'), code);
  if (map) writeFileSync(join(output, 'index.js.map'), map);
  for (const [name, asset] of Object.entries(assets ?? {})) {
    const file = join(output, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, asset.source);
  }
  console.log(`${input} → ${output}/index.js (${(code.length / 1024).toFixed(0)} KiB)`);
}

// The JSON Schema editors use is generated from the same zod schema the loader validates with.
mkdirSync(join(out, 'schema'), { recursive: true });
writeFileSync(join(out, 'schema/migration.schema.json'), execFileSync(process.execPath, [join(out, 'dist/cli/index.js'), 'schema']));
console.log(join(out, 'schema/migration.schema.json'));
