/** A sample archive plus hand-made tickets with attachments, for the archive platform's tests. */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateArchive } from '../../../bench/generate-archive.mjs';

export const KEEP = 'options:\n  invalid_phone: keep\n';

export interface FileSpec {
  id: string;
  fileName: string;
  url: string;
  /** Written at `url` under the archive unless left out (the test makes that path itself). */
  bytes?: string;
}

export function ticketWith(id: string, files: FileSpec[][]): Record<string, unknown> {
  return {
    id,
    kind: 'ticket',
    subject: `Ticket ${id}`,
    status: 'open',
    requesterId: 'c1',
    tags: [],
    custom: {},
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    comments: files.map((list, i) => ({
      id: `${id}-m${i + 1}`,
      authorType: 'contact',
      authorId: 'c1',
      body: `<p>comment ${i + 1}</p>`,
      public: true,
      createdAt: '2024-01-01T00:00:00.000Z',
      attachments: list.map((f) => ({ id: f.id, fileName: f.fileName, contentType: 'application/pdf', url: f.url })),
    })),
  };
}

/** An archive with 2 generated tickets and these tickets appended; their files written. */
export async function archiveWith(source: string, tickets: Record<string, unknown>[], files: FileSpec[] = []): Promise<void> {
  await generateArchive(source, { tickets: 2, articles: 0 });
  for (const f of files) {
    if (f.bytes === undefined) continue;
    mkdirSync(dirname(join(source, f.url)), { recursive: true });
    writeFileSync(join(source, f.url), f.bytes);
  }
  appendFileSync(join(source, 'tickets.jsonl'), tickets.map((t) => JSON.stringify(t)).join('\n') + '\n');
}
