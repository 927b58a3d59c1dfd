/** Runs the engine in-process on archive → archive. */
import { join } from 'node:path';
import type { RunMode } from '../../src/engine/checkpoint.js';
import { migrate, type MigrateOptions } from '../../src/engine/migrate.js';
import type { RunSummary } from '../../src/engine/report.js';
import { ArchiveSource } from '../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../src/platforms/archive/target.js';
import { silentLogger } from '../../src/log/logger.js';
import { archiveMapping } from './workspace.js';

export async function runArchive(
  work: string,
  sourceDir: string,
  mode: RunMode = 'full',
  extra = '',
  more: Partial<MigrateOptions> = {},
): Promise<RunSummary> {
  const target = more.target ?? new ArchiveTarget(join(work, 'target'));
  const source = new ArchiveSource(sourceDir, 7);
  try {
    return await migrate({
      mode,
      mapping: archiveMapping(sourceDir, join(work, 'target'), extra),
      source,
      target,
      stateDir: join(work, 'state'),
      reportsDir: join(work, 'reports'),
      log: silentLogger,
      ...more,
    });
  } finally {
    await target.close();
  }
}
