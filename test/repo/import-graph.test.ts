/**
 * The layering the design promises, checked on the real import graph of src/ (type-only imports
 * included: the circle this test was written against ran through `import type`).
 */
import { fileURLToPath } from 'node:url';
import { cruise, type IForbiddenRuleType, type ICruiseResult } from 'dependency-cruiser';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Each rule is named and says why: the name is the test's, the comment its title. */
type Rule = IForbiddenRuleType & { name: string; comment: string };

const RULES: Rule[] = [
  {
    name: 'no-circular',
    comment: 'Modules of src/ import each other in a loop.',
    severity: 'error',
    from: { path: '^src/' },
    to: { circular: true },
  },
  {
    name: 'engine-and-platforms-below-runtime',
    comment: 'The runtimes (CLI, Action) sit above the engine and the platforms; nothing below imports them.',
    severity: 'error',
    from: { path: '^src/(engine|platforms)/' },
    to: { path: '^src/runtime/' },
  },
  {
    name: 'config-above-platforms',
    comment: 'config/ composes the platforms\' connection blocks, so platforms and transform reach only the rules below both (src/rules/).',
    severity: 'error',
    from: { path: '^src/(platforms|transform|model|http|log|rules)/' },
    to: { path: '^src/config/' },
  },
  {
    name: 'rules-low',
    comment: 'The mapping rules every layer types itself by import only the model.',
    severity: 'error',
    from: { path: '^src/rules/' },
    to: { path: '^src/', pathNot: ['^src/rules/', '^src/model/'] },
  },
  {
    name: 'platform-folders-private',
    comment: 'Only the registry knows a platform by its folder; shared files in src/platforms/ are for everyone.',
    severity: 'error',
    from: { path: '^src/', pathNot: ['^src/platforms/[^/]+/', '^src/platforms/registry[.]ts$'] },
    to: { path: '^src/platforms/[^/]+/' },
  },
  {
    name: 'platform-folders-apart',
    comment: 'One platform does not import another platform folder.',
    severity: 'error',
    from: { path: '^src/platforms/([^/]+)/' },
    to: { path: '^src/platforms/[^/]+/', pathNot: '^src/platforms/$1/' },
  },
];

let result: ICruiseResult;

beforeAll(async () => {
  const previous = process.cwd();
  process.chdir(root); // dependency-cruiser reports paths relative to the working directory
  try {
    const cruised = await cruise(['src'], {
      validate: true,
      ruleSet: { forbidden: RULES },
      tsPreCompilationDeps: true,
      tsConfig: { fileName: 'tsconfig.json' },
      doNotFollow: { path: 'node_modules' },
    });
    result = cruised.output as ICruiseResult;
  } finally {
    process.chdir(previous);
  }
});

function violations(rule: string): string[] {
  return result.summary.violations
    .filter((v) => v.rule.name === rule)
    .map((v) => (v.cycle ? v.cycle.map((step) => step.name).join(' -> ') : `${v.from} -> ${v.to}`));
}

describe('import graph of src/', () => {
  it('reads every module and resolves every relative import (so the rules below see the whole graph)', () => {
    const modules = result.modules.filter((m) => m.source.startsWith('src/'));
    expect(modules.length).toBeGreaterThan(200);
    const unresolved = modules.flatMap((m) =>
      m.dependencies.filter((d) => d.couldNotResolve && d.module.startsWith('.')).map((d) => `${m.source}: ${d.module}`),
    );
    expect(unresolved).toEqual([]);
  });

  for (const rule of RULES) {
    it(`${rule.name}: ${rule.comment}`, () => {
      expect(violations(rule.name)).toEqual([]);
    });
  }
});
