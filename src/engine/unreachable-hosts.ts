/**
 * Attachment hosts that failed for good in this run. A file on a host whose name does not resolve
 * costs the whole retry schedule (about 14 s) before it is left out; every other file on that host
 * would cost it again, and again on every resume. The first such failure is remembered for the run,
 * resumes included (in the target memo of the state, keyed by the run's id: a new run tries again),
 * and later files on the host fail at once with the same kind of error, so the record ends as it
 * would have (the attachment left out with a warning, or the record failed by the mapping). Outages
 * (refused, reset, timeouts) are not remembered: they may pass, and fail the record for a retry.
 * The engine applies it to every source's attachments, so no connector has to remember to.
 */
import { isTransient, NetworkError } from '../http/index.js';
import type { TargetMemo } from '../platforms/contracts.js';

/** Long enough for any resume; compaction drops the entry after it. */
const REMEMBERED_MS = 7 * 24 * 3_600_000;

export class UnreachableHosts {
  constructor(
    private readonly memo: TargetMemo,
    private readonly runId: string,
  ) {}

  async download<T>(url: string, fetchBytes: () => Promise<T>): Promise<T> {
    const host = hostOf(url);
    const key = `unreachable-host:${this.runId}:${host}`;
    const known = host === undefined ? undefined : this.memo.recall(key);
    if (known !== undefined) {
      throw new NetworkError({
        method: 'GET',
        url: url.split('?')[0] ?? url,
        cause: Object.assign(new Error(known), { code: 'ENOTFOUND' }),
        ambiguous: false,
        // No query string: a pre-signed file URL carries its signature there, and this reaches the reports.
        message: `GET ${url.split('?')[0] ?? url}: ${host} could not be reached earlier in this run (${known}); not tried again`,
      });
    }
    try {
      return await fetchBytes();
    } catch (error) {
      // Only the error's code is kept (ENOTFOUND): the state is cached, and a message names a URL.
      if (host !== undefined && error instanceof NetworkError && !isTransient(error)) this.memo.remember(key, codeOf(error), Date.now() + REMEMBERED_MS);
      throw error;
    }
  }
}

/** The host of an absolute URL; a relative one is the API's own host, which is never remembered here. */
function hostOf(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}

function codeOf(error: NetworkError): string {
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : 'unreachable';
}
