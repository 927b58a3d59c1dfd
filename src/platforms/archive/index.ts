import { resolve } from 'node:path';
import { stablePath } from './stable-path.js';
import { z } from 'zod';
import type { PlatformDescriptor } from '../descriptor.js';
import { locateArchive } from './locate.js';
import { ArchiveSource } from './source.js';
import { ArchiveTarget } from './target.js';

const connection = z
  .object({
    platform: z.literal('archive'),
    path: z.string().min(1).describe('Folder of the archive, relative to the mapping file.'),
    page_size: z.number().int().min(1).max(10_000).default(100),
  })
  .strict();

export const archivePlatform: PlatformDescriptor<z.output<typeof connection>> = {
  name: 'archive',
  title: 'Archive (JSONL folder)',
  connection,
  secretKeys: [],
  locate: (c, role, baseDir) => locateArchive(c.path, role, baseDir),
  createSource: (c, context) => new ArchiveSource(resolve(context.baseDir, c.path), c.page_size),
  createTarget: (c, context) => new ArchiveTarget(resolve(context.baseDir, c.path)),
  identity: (c, context) => stablePath(resolve(context.baseDir, c.path)),
};
