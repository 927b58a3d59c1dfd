/** Reads an archive folder: each entity file streamed page by page, resumable at a byte offset. */
import { closeSync, createReadStream, readFileSync, statSync } from 'node:fs';
import type { EntityName } from '../../model/entities.js';
import { ENTITY_ORDER } from '../../model/entities.js';
import { RecordFailure, REASONS } from '../../model/outcomes.js';
import type { Attachment, RecordOf } from '../../model/records.js';
import type { Page, ReadOptions, Source, Streams } from '../contracts.js';
import { ArchiveFileRefused, openInside, type RefusalKind } from './archive-files.js';
import { readJsonlPages } from './jsonl-file.js';
import { entityFile } from './layout.js';
import { normalizeRecord } from './normalize-record.js';
import { archivePreflight } from './preflight.js';

const ATTACHMENT_REASON: Record<RefusalKind, string> = {
  missing: REASONS.attachmentMissing,
  outside: REASONS.attachmentOutsideArchive,
  not_a_file: REASONS.attachmentNotAFile,
};

export class ArchiveSource implements Source {
  readonly platform = 'archive';
  readonly readsLocally = true;
  readonly preflight;

  constructor(
    private readonly root: string,
    private readonly pageSize = 100,
  ) {
    this.preflight = archivePreflight(root, 'source');
  }

  /** Every entity file; `since` keeps the records updated at or after it (read after the file is). */
  readonly streams: Streams = Object.fromEntries(
    ENTITY_ORDER.map((entity) => [entity, { since: true, read: (options: ReadOptions) => this.read(entity, options), count: () => this.count(entity) }]),
  );

  private async *read<E extends EntityName>(entity: E, options: ReadOptions): AsyncIterable<Page<RecordOf[E]>> {
    const file = entityFile(this.root, entity);
    const start = options.cursor ? Number(options.cursor) : 0;
    if (!Number.isSafeInteger(start) || start < 0) throw new Error(`archive cursor "${options.cursor}" for ${entity} is not a byte offset`);
    const since = options.since ? Date.parse(options.since) : undefined;
    const fd = this.openEntity(entity);
    if (fd === undefined) return;
    for await (const page of readJsonlPages<unknown>(file, fd, this.pageSize, start)) {
      const records = page.lines
        .map(({ line, row }) => normalizeRecord(entity, row, `${file}:${line}`))
        .filter((r) => since === undefined || !('updatedAt' in r) || Date.parse(r.updatedAt) >= since);
      yield { records, cursor: String(page.end) };
    }
  }

  private async count(entity: EntityName): Promise<number> {
    const fd = this.openEntity(entity);
    if (fd === undefined) return 0;
    let lines = 0;
    let last = 10;
    for await (const chunk of createReadStream('', { fd, autoClose: true }) as AsyncIterable<Buffer>) {
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
      last = chunk[chunk.length - 1] ?? last;
    }
    return last === 10 ? lines : lines + 1;
  }

  /** The bytes of a file of the archive, never of one a symlink leads to outside it. */
  async openAttachment(attachment: Attachment): Promise<Uint8Array> {
    let fd: number;
    try {
      fd = openInside(this.root, String(attachment.url));
    } catch (error) {
      if (error instanceof ArchiveFileRefused) throw new RecordFailure(ATTACHMENT_REASON[error.kind], `attachment ${attachment.fileName}: ${error.message}`);
      throw error;
    }
    try {
      return readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  async close(): Promise<void> {}

  /** The entity's file, opened; undefined when the archive has none (an entity it does not hold). */
  private openEntity(entity: EntityName): number | undefined {
    // A folder that is not there is a mistake in source.path, not an archive without records.
    if (!statSync(this.root, { throwIfNoEntry: false })?.isDirectory()) {
      throw new Error(`the archive folder ${this.root} does not exist or is not a folder; check source.path in the mapping file`);
    }
    try {
      return openInside(this.root, `${entity}.jsonl`);
    } catch (error) {
      if (error instanceof ArchiveFileRefused && error.kind === 'missing') return undefined;
      if (error instanceof ArchiveFileRefused) throw new Error(`${entity}.jsonl of the archive ${this.root} is refused: ${error.message}`);
      throw error;
    }
  }
}
