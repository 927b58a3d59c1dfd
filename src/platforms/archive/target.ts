/**
 * Writes an archive folder. Records keep their source ids (an archive is a copy, not a new system),
 * lines are appended and fsync'ed per batch, and a record written twice (an update, or a write
 * repeated after a lost state) is folded to its last version when the target finishes, so every
 * file holds one line per record. A marker file, made durable before the first append of a run and
 * removed once the fold and the manifest are done, tells a later run that a fold may be unfinished
 * (the process was killed): that run folds whatever needs it, even if it writes nothing.
 */
import { closeSync, constants, createReadStream, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ENTITY_ORDER, type EntityName } from '../../model/entities.js';
import { failed, migrated, REASONS, RecordFailure, type Outcome } from '../../model/outcomes.js';
import type { Agent, AnyRecord, Article, Attachment, Ticket } from '../../model/records.js';
import type { Sinks, Target, WriteContext, WriteItem, Written } from '../contracts.js';
import { IdIndex } from '../id-index.js';
import { archivePreflight } from './preflight.js';
import { ArchiveFileRefused, assertRegularIfPresent, openInside, openInsideForWrite } from './archive-files.js';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, attachmentPath, entityFile } from './layout.js';

interface EntityIndex {
  /** Off the JS heap: an id for every record of the file, a million tickets included. */
  ids: IdIndex;
  /** Set when a record was written twice: the file needs folding on close. */
  dirty: boolean;
}

export class ArchiveTarget implements Target {
  readonly platform = 'archive';
  private wrote = false;
  private readonly indexes = new Map<EntityName, EntityIndex>();
  private readonly agentEmails = new Map<string, string>();
  readonly preflight;

  constructor(private readonly root: string) {
    this.preflight = archivePreflight(root, 'target');
  }

  /** Every entity, agents included (an archive creates what it is given); found again by source id. */
  readonly sinks: Sinks = Object.fromEntries(
    ENTITY_ORDER.map((entity) => [
      entity,
      {
        batchSize: 100,
        write: (items: WriteItem<AnyRecord>[], context: WriteContext) => this.write(entity, items, context),
        findWritten: (sourceId: string) => this.findWritten(entity, sourceId),
      },
    ]),
  );

  protected async write(entity: EntityName, items: WriteItem<AnyRecord>[], context: WriteContext): Promise<Outcome[]> {
    // close() writes the manifest: refuse a symlink there before anything is written.
    if (!this.wrote) assertRegularIfPresent(this.root, 'manifest.json');
    const index = await this.index(entity);
    const lines: string[] = [];
    const outcomes: Outcome[] = [];
    for (const { record } of items) {
      try {
        const stored = await this.storeAttachments(entity, record, context);
        lines.push(JSON.stringify(stored));
        outcomes.push(migrated(record.id, { children: childIds(entity, record) }));
      } catch (error) {
        lines.push('');
        const reason = error instanceof RecordFailure ? error.reason : error instanceof ArchiveFileRefused ? REASONS.rejectedByTarget : REASONS.apiError;
        outcomes.push(failed(reason, `attachment could not be copied: ${error instanceof Error ? error.message : String(error)}`));
      }
    }
    const text = lines.filter(Boolean).join('\n');
    if (text) {
      if (!this.wrote) markUnfolded(this.root);
      this.wrote = true;
      const fd = openInsideForWrite(this.root, `${entity}.jsonl`, constants.O_WRONLY | constants.O_APPEND);
      try {
        writeSync(fd, text + '\n');
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    items.forEach(({ record }, i) => {
      if (outcomes[i]?.status !== 'migrated') return;
      const known = index.ids.size;
      if (index.ids.add(record.id) < known) index.dirty = true;
      if (entity === 'agents') this.agentEmails.set((record as Agent).email.toLowerCase(), record.id);
    });
    return outcomes;
  }

  protected async findWritten(entity: EntityName, sourceId: string): Promise<Written | undefined> {
    return (await this.index(entity)).ids.has(sourceId) ? { targetId: sourceId } : undefined;
  }

  async matchAgent(email: string): Promise<string | undefined> {
    await this.index('agents');
    return this.agentEmails.get(email.toLowerCase());
  }

  async finish(): Promise<void> {
    const unfinished = existsSync(join(this.root, UNFOLDED));
    if (!this.wrote && !unfinished) return;
    if (unfinished) for (const entity of ENTITY_ORDER) if (existsSync(entityFile(this.root, entity))) await this.index(entity);
    for (const [entity, index] of this.indexes) {
      if (!index.dirty) continue;
      await foldToLastVersion(entityFile(this.root, entity));
      index.dirty = false;
    }
    // Temp files of a fold that was killed: the lock on the state folder says no fold runs now.
    for (const name of readdirSync(this.root)) if (/\.fold-\d+$/.test(name)) rmSync(join(this.root, name), { force: true });
    writeFileSync(
      join(this.root, 'manifest.json'),
      JSON.stringify({ format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, writtenAt: new Date().toISOString() }, null, 2) + '\n',
    );
    rmSync(join(this.root, UNFOLDED), { force: true });
    this.wrote = false;
  }

  /** Finishes what this process wrote; an earlier run's unfinished fold is left to `finish` (migrate calls it). */
  async close(): Promise<void> {
    if (this.wrote) await this.finish();
  }

  /** Ids already in the file; cuts a torn last line left by a killed process. */
  private async index(entity: EntityName): Promise<EntityIndex> {
    const known = this.indexes.get(entity);
    if (known) return known;
    const index: EntityIndex = { ids: new IdIndex(), dirty: false };
    const file = entityFile(this.root, entity);
    // A symlink planted in the target folder would have records appended (or a torn tail cut) elsewhere.
    assertRegularIfPresent(this.root, `${entity}.jsonl`);
    if (existsSync(file)) {
      repairTornTail(file);
      for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
        if (!line) continue;
        const row = JSON.parse(line) as { id: string; email?: string };
        const known = index.ids.size;
        if (index.ids.add(row.id) < known) index.dirty = true;
        if (entity === 'agents' && row.email) this.agentEmails.set(row.email.toLowerCase(), row.id);
      }
    }
    this.indexes.set(entity, index);
    return index;
  }

  private async storeAttachments<R extends AnyRecord>(entity: EntityName, record: R, context: WriteContext): Promise<R> {
    const copy = async (attachment: Attachment): Promise<Attachment> => {
      const path = attachmentPath(entity, record.id, attachment.id, attachment.fileName);
      const bytes = await context.fetchAttachment(attachment);
      storeFile(this.root, path, bytes);
      return { ...attachment, url: path, size: bytes.byteLength };
    };
    if (entity === 'tickets') {
      const ticket = structuredClone(record as Ticket);
      for (const comment of ticket.comments) comment.attachments = await Promise.all(comment.attachments.map(copy));
      return ticket as R;
    }
    if (entity === 'articles') {
      const article = structuredClone(record as Article);
      article.attachments = await Promise.all(article.attachments.map(copy));
      return article as R;
    }
    return record;
  }
}

/** Present while appended files may hold a record twice: a fold is due. */
const UNFOLDED = '.unfolded';

function markUnfolded(root: string): void {
  mkdirSync(root, { recursive: true });
  const fd = openSync(join(root, UNFOLDED), 'w');
  fsyncSync(fd);
  closeSync(fd);
}

function childIds(entity: EntityName, record: AnyRecord): Record<string, string> | undefined {
  if (entity === 'tickets') return Object.fromEntries((record as Ticket).comments.map((c) => [c.id, c.id]));
  if (entity === 'articles') return Object.fromEntries((record as Article).translations.map((t) => [t.locale, t.locale]));
  return undefined;
}

/**
 * Writes an attachment at its path, through no symlink. A file already there with the same bytes
 * is left untouched (a rerun rewrites nothing); other bytes replace it atomically.
 */
function storeFile(root: string, path: string, bytes: Uint8Array): void {
  if (sameBytes(root, path, bytes)) return;
  const temp = `${path}.part-${process.pid}`;
  const fd = openInsideForWrite(root, temp, constants.O_WRONLY | constants.O_TRUNC);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // rename replaces a symlink at `path` instead of writing through it.
  renameSync(join(root, temp), join(root, path));
}

function sameBytes(root: string, path: string, bytes: Uint8Array): boolean {
  let fd: number;
  try {
    fd = openInside(root, path);
  } catch {
    return false;
  }
  try {
    return Buffer.from(readFileSync(fd)).equals(bytes);
  } finally {
    closeSync(fd);
  }
}

function repairTornTail(file: string): void {
  const bytes = readFileSync(file);
  if (bytes.length === 0 || bytes[bytes.length - 1] === 10) return;
  truncateSync(file, bytes.lastIndexOf(10) + 1);
}

/** Keeps the last line of every id (an updated record moves to the end); atomic via rename. */
async function foldToLastVersion(file: string): Promise<void> {
  // The last line of each id, by the id's slot: no Map of a million strings.
  const ids = new IdIndex();
  let last = new Float64Array(1024);
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    n++;
    if (!line) continue;
    const slot = ids.add((JSON.parse(line) as { id: string }).id);
    if (slot >= last.length) {
      const more = new Float64Array(last.length * 2);
      more.set(last);
      last = more;
    }
    last[slot] = n;
  }
  const temp = `${file}.fold-${process.pid}`;
  const fd = openSync(temp, 'w');
  n = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    n++;
    if (line && last[ids.find((JSON.parse(line) as { id: string }).id)] === n) writeSync(fd, line + '\n');
  }
  fsyncSync(fd);
  closeSync(fd);
  renameSync(temp, file);
}
