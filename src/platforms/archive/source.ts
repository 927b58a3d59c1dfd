/** Reads an archive folder: each entity file streamed page by page, resumable at a byte offset. */
import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { EntityName } from '../../model/entities.js';
import { ENTITY_ORDER } from '../../model/entities.js';
import type { Attachment, RecordOf } from '../../model/records.js';
import type { Page, ReadOptions, Source } from '../contracts.js';
import { readJsonlPages } from './jsonl-file.js';
import { entityFile, insideArchive } from './layout.js';
import { normalizeRecord } from './normalize-record.js';
import { archivePreflight } from './preflight.js';

export class ArchiveSource implements Source {
  readonly platform = 'archive';
  readonly entities = ENTITY_ORDER;
  readonly preflight;

  constructor(
    private readonly root: string,
    private readonly pageSize = 100,
  ) {
    this.preflight = archivePreflight(root, 'source');
  }

  async *read<E extends EntityName>(entity: E, options: ReadOptions): AsyncIterable<Page<RecordOf[E]>> {
    const file = entityFile(this.root, entity);
    const start = options.cursor ? Number(options.cursor) : 0;
    if (!Number.isSafeInteger(start) || start < 0) throw new Error(`archive cursor "${options.cursor}" for ${entity} is not a byte offset`);
    const since = options.since ? Date.parse(options.since) : undefined;
    for await (const page of readJsonlPages<unknown>(file, this.pageSize, start)) {
      const records = page.lines
        .map(({ line, row }) => normalizeRecord(entity, row, `${file}:${line}`))
        .filter((r) => since === undefined || !('updatedAt' in r) || Date.parse(r.updatedAt) >= since);
      yield { records, cursor: String(page.end) };
    }
  }

  async count(entity: EntityName): Promise<number> {
    const file = entityFile(this.root, entity);
    if (!existsSync(file)) return 0;
    let lines = 0;
    let last = 10;
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      for (const byte of chunk) if (byte === 10) lines++;
      last = chunk[chunk.length - 1] ?? last;
    }
    return last === 10 ? lines : lines + 1;
  }

  async openAttachment(attachment: Attachment): Promise<Uint8Array> {
    return readFile(insideArchive(this.root, attachment.url));
  }

  async close(): Promise<void> {}
}
