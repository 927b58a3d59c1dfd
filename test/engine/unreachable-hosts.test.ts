/**
 * A file on a host whose name does not resolve costs the whole retry schedule once per run, resumes
 * included; the next files on that host fail at once with the same kind of error (not an outage: the
 * record ends as a gone file makes it end, not stopped). Files on other hosts are fetched as before,
 * and a new run tries the host again. The engine does it for every source.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { migrate } from '../../src/engine/migrate.js';
import { UnreachableHosts } from '../../src/engine/unreachable-hosts.js';
import { isTransient, NetworkError } from '../../src/http/index.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Attachment, Ticket } from '../../src/model/records.js';
import { ArchiveSource } from '../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../src/platforms/archive/target.js';
import { MemoryMemo } from '../../src/platforms/memory-memo.js';
import { archiveMapping, readJsonl, tempDir } from '../support/workspace.js';

const GONE = 'https://images.gone.invalid';

function notFound(url: string): NetworkError {
  return new NetworkError({ method: 'GET', url, ambiguous: false, cause: Object.assign(new Error('getaddrinfo ENOTFOUND images.gone.invalid'), { code: 'ENOTFOUND' }) });
}

/** An archive whose files on GONE cannot be fetched; counts the attempts. */
class GoneHostSource extends ArchiveSource {
  asked = 0;
  constructor(
    dir: string,
    private readonly onGone: () => void = () => {},
  ) {
    super(dir);
  }
  override async openAttachment(attachment: Attachment): Promise<Uint8Array> {
    if (!attachment.url.startsWith(GONE)) return super.openAttachment(attachment);
    this.asked++;
    this.onGone();
    throw notFound(attachment.url);
  }
}

describe('unreachable attachment hosts', () => {
  test('are tried once per run: neither the next file on the host nor a resume asks again', async () => {
    const work = tempDir();
    const dir = join(work, 'source');
    await generateArchive(dir, { tickets: 10, contacts: 4, companies: 1, articles: 0 });
    // Every ticket's first file moves to the gone host; the rest stay in the archive.
    const file = join(dir, 'tickets.jsonl');
    const tickets = readJsonl<Ticket>(file);
    let moved = 0;
    for (const t of tickets) {
      const first = t.comments.flatMap((c) => c.attachments)[0];
      if (first) {
        first.url = `${GONE}/${first.id}.png`;
        moved++;
      }
    }
    expect(moved).toBeGreaterThan(2);
    writeFileSync(file, tickets.map((t) => JSON.stringify(t)).join('\n') + '\n');
    const m = archiveMapping(dir, join(work, 'target'), 'options:\n  batch_size: 1\n  unsupported_attachments: skip\n');
    const runOnce = (source: ArchiveSource, signal?: AbortSignal) =>
      migrate({ mode: 'full', mapping: m, source, target: new ArchiveTarget(join(work, 'target')), stateDir: join(work, 'state'), reportsDir: join(work, 'reports'), log: silentLogger, ...(signal ? { signal } : {}) });

    // Stopped right after the first failure on the host.
    const stop = new AbortController();
    const first = new GoneHostSource(dir, () => stop.abort());
    await runOnce(first, stop.signal).catch(() => undefined);
    expect(first.asked).toBe(1);

    const resumed = new GoneHostSource(dir);
    const summary = await runOnce(resumed);
    expect(resumed.asked).toBe(0);
    expect(summary.entities.tickets?.read).toBeGreaterThan(0);
    const reports = readFileSync(join(work, 'reports', 'failed.csv'), 'utf8') + readFileSync(join(work, 'reports', 'migrated.csv'), 'utf8');
    expect(reports).toMatch(/images\.gone\.invalid could not be reached earlier in this run/);
  });

  test('the error is the gone host’s kind, a new run tries again, other hosts are not affected', async () => {
    const memo = new MemoryMemo();
    let asked = 0;
    const gone = () => {
      asked++;
      return Promise.reject(notFound(`${GONE}/1.png`));
    };
    const run1 = new UnreachableHosts(memo, 'run-1');
    const errors = [await run1.download(`${GONE}/1.png`, gone).catch((e: unknown) => e), await run1.download(`${GONE}/2.png`, gone).catch((e: unknown) => e)];
    expect(asked).toBe(1);
    for (const error of errors) {
      expect(error).toBeInstanceOf(NetworkError);
      expect(isTransient(error)).toBe(false);
    }
    expect((errors[1] as Error).message).toMatch(/images\.gone\.invalid could not be reached earlier in this run .*not tried again/);
    expect(await run1.download('https://elsewhere.example/a.png', async () => 'bytes')).toBe('bytes');
    await new UnreachableHosts(memo, 'run-2').download(`${GONE}/3.png`, gone).catch(() => undefined);
    expect(asked).toBe(2);
  });
});
