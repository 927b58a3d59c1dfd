/**
 * Attachment hosts that failed for good in this run. A file on a host whose name does not resolve
 * costs the whole retry schedule (about 14 s) before it is left out; every other file on that host
 * would cost it again, on every resume. The first such failure is remembered for the connection's
 * life (one run), and later files on the host fail at once with the same kind of error, so the record
 * ends as it would have (the attachment left out with a warning, or the record failed by the mapping).
 * Outages (refused, reset, timeouts) are not remembered: they may pass, and fail the record for a retry.
 */
import { isTransient, NetworkError } from '../http/index.js';

export class UnreachableHosts {
  private readonly failed = new Map<string, NetworkError>();

  async download(url: string, fetchBytes: (url: string) => Promise<Uint8Array>): Promise<Uint8Array> {
    const host = hostOf(url);
    const known = host === undefined ? undefined : this.failed.get(host);
    if (known) {
      throw new NetworkError({
        method: 'GET',
        url,
        cause: known.cause,
        ambiguous: false,
        message: `GET ${url}: ${host} could not be reached earlier in this run (${known.message}); not tried again`,
      });
    }
    try {
      return await fetchBytes(url);
    } catch (error) {
      if (host !== undefined && error instanceof NetworkError && !isTransient(error)) this.failed.set(host, error);
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
