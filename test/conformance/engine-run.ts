/** One in-process engine run of the suite, as the platform harnesses run it: state and reports under `work`. */
import { join } from 'node:path';
import { parseMapping } from '../../src/config/load-mapping.js';
import type { Mapping } from '../../src/config/types.js';
import { migrate } from '../../src/engine/migrate.js';
import type { RunSummary } from '../../src/engine/report.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Source, Target } from '../../src/platforms/contracts.js';
import { close } from './contract.js';

export function mappingOf(source: string, target: string, env: Record<string, string>): Mapping {
  return parseMapping(`source:\n${source}target:\n${target}`, 'migration.yml', env).mapping;
}

export async function runEngine(work: string, mapping: Mapping, source: Source, target: Target): Promise<RunSummary> {
  try {
    return await migrate({ mode: 'full', mapping, source, target, stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log: silentLogger });
  } finally {
    await Promise.all([close(source), close(target)]);
  }
}
