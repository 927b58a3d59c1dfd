/**
 * The archive's conformance fixture. The archive has no service and so no simulator: an instance is
 * a temporary folder, seeded by the same generator the engine tests use, read three records a page
 * so every entity's cursor is crossed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArchive } from '../../../bench/generate-archive.mjs';
import { entityFile } from '../../../src/platforms/archive/layout.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../../src/platforms/archive/target.js';
import type { ConformanceFixture } from '../common/conformance-fixture.js';

const PAGE_SIZE = 3;

export const fixture: ConformanceFixture = {
  platform: 'archive',
  gaps: {
    'lost-answer': 'a write is a local append: there is no answer to lose (an interrupted run is test/engine/interrupted-writes.test.ts)',
    'access-error': 'a local folder has no credential to refuse',
    unreachable: 'a local folder has no host to go away (a folder that is missing is refused before the run: test/platforms/archive)',
  },
  async start() {
    // Its own folder, not tempDir(): that one is removed after each test, an instance lives for a describe.
    const root = mkdtempSync(join(tmpdir(), 'desk-migrate-conformance-'));
    const dir = join(root, 'archive');
    return {
      connection: `  platform: archive\n  path: ${dir}\n  page_size: ${PAGE_SIZE}\n`,
      env: {},
      source: () => new ArchiveSource(dir, PAGE_SIZE),
      target: () => new ArchiveTarget(dir),
      async seedSource() {
        await generateArchive(dir, { tickets: 8, contacts: 7, companies: 4, articles: 5, attachmentEvery: 4 });
      },
      prepareTarget: async () => {},
      loseNextCreate: () => false,
      refuse: () => {
        throw new Error('an archive has no credentials to refuse');
      },
      lostAnswers: () => 0,
      refusals: () => 0,
      stored: (entity) => (existsSync(entityFile(dir, entity)) ? readFileSync(entityFile(dir, entity), 'utf8').split('\n').filter(Boolean).length : 0),
      close: async () => rmSync(root, { recursive: true, force: true }),
    };
  },
};
