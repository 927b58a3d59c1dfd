/**
 * Intercom's company scroll, the only listing without the 10,000-company cap. One scroll may be open
 * per workspace: starting another answers 400 `scroll_exists` until the open one expires (a minute
 * idle), so we wait for it. A scroll is a server-side iterator: its `scroll_param` says which scroll,
 * not where in it, so an interrupted read cannot resume at a page; it starts a new scroll and the
 * ledger skips the companies already migrated. An empty page ends the scroll.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { IcCompany } from './api-types.js';
import { intercomErrorOf, type IntercomClient } from './client.js';
import type { IntercomTuning } from './connection.js';

interface ScrollPage {
  data?: IcCompany[];
  scroll_param?: string;
}

export async function* scrollCompanies(client: IntercomClient, tuning: IntercomTuning): AsyncGenerator<IcCompany[]> {
  // A scroll idle for a minute (a slow target between two pages) expires: open a new one and leave
  // out what this stream already gave.
  const seen = new Set<string>();
  let page = await openScroll(client, tuning);
  for (;;) {
    const param = page.scroll_param;
    if (!page.data?.length || !param) return;
    const fresh = page.data.filter((c) => !seen.has(c.id));
    for (const c of fresh) seen.add(c.id);
    if (fresh.length > 0) yield fresh;
    try {
      page = await client.get<ScrollPage>('/companies/scroll', { scroll_param: param });
    } catch (error) {
      if (intercomErrorOf(error)?.status !== 404) throw error;
      page = await openScroll(client, tuning);
    }
  }
}

async function openScroll(client: IntercomClient, tuning: IntercomTuning): Promise<ScrollPage> {
  const waitMs = tuning.scrollWaitMs ?? 75_000;
  const pollMs = tuning.scrollPollMs ?? 10_000;
  const giveUpAt = Date.now() + waitMs;
  for (;;) {
    try {
      return await client.get<ScrollPage>('/companies/scroll');
    } catch (error) {
      if (intercomErrorOf(error)?.code !== 'scroll_exists') throw error;
      if (Date.now() >= giveUpAt) {
        throw new Error(
          'Another company scroll is open on this Intercom workspace (Intercom allows one at a time: another integration, or an interrupted run, ' +
            `is using it) and it did not expire within ${Math.round(waitMs / 1000)} s; run again in a minute or pause that integration.`,
        );
      }
      await sleep(Math.min(pollMs, Math.max(0, giveUpAt - Date.now())));
    }
  }
}
