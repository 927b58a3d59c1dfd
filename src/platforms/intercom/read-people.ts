/**
 * Contacts and companies. Contacts page through the cursor list; a delta (`since`) uses the contact
 * search on `updated_at`, which Intercom matches by calendar day in the workspace's timezone, so we ask
 * from two days earlier and keep only what really changed since. Companies come from the scroll.
 */
import type { Company, Contact } from '../../model/records.js';
import type { Page, ReadOptions } from '../contracts.js';
import type { IcCompany, IcContact } from './api-types.js';
import type { IntercomClient } from './client.js';
import { scrollCompanies } from './company-scroll.js';
import type { IntercomTuning } from './connection.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { mapLimit } from '../map-limit.js';
import { companyFromIntercom, contactFromIntercom } from './map-contact.js';
import { unixFromIso } from './timestamps.js';
import type { WorkspaceDirectory } from './workspace-directory.js';

export const CONTACT_PAGE_SIZE = 150;
const DAY = 86_400;

export async function* readContacts(client: IntercomClient, directory: WorkspaceDirectory, options: ReadOptions): AsyncGenerator<Page<Contact>> {
  const since = unixFromIso(options.since);
  let after = decodeCursor<{ after: string }>(options.cursor, 'contacts').after;
  const dateKeys = await dateAttributeKeys(directory, 'contact');
  const tagNames = await directory.tagNames();
  do {
    const page =
      since === undefined
        ? await client.cursorPage<IcContact>('/contacts', 'data', CONTACT_PAGE_SIZE, after)
        : await client.searchPage<IcContact>('/contacts/search', 'data', { field: 'updated_at', operator: '>', value: since - 2 * DAY }, CONTACT_PAGE_SIZE, after);
    const changed = since === undefined ? page.items : page.items.filter((c) => c.updated_at >= since);
    // As many at once as the budget can serve (the limiter holds what rate × latency does not need).
    const records = await mapLimit(changed, client.http.workers, async (c) => {
      const tagIds = await fullList(client, c.tags, `/contacts/${c.id}/tags`, 'data');
      const companyIds = await fullList(client, c.companies, `/contacts/${c.id}/companies`, 'companies');
      const names = tagIds.every((id) => tagNames.has(id)) ? tagNames : await contactTagNames(client, c.id, tagNames);
      return contactFromIntercom(c, { tagIds, companyIds, tagNames: names, dateKeys });
    });
    after = page.next;
    yield after ? { records, cursor: encodeCursor({ after }) } : { records };
  } while (after);
}

/** Inline lists show at most 10 items; `has_more` sends us to the full list. */
async function fullList(client: IntercomClient, inline: IcContact['tags'], url: string, key: string): Promise<string[]> {
  if (!inline?.has_more) return (inline?.data ?? []).map((x) => String(x.id));
  const body = await client.get<Record<string, Array<{ id: string }>>>(url);
  return (body[key] ?? []).map((x) => String(x.id));
}

/** A tag created after the tag list was read: the contact's own tag list names it. */
async function contactTagNames(client: IntercomClient, contactId: string, known: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const own = await client.get<{ data: Array<{ id: string; name: string }> }>(`/contacts/${contactId}/tags`);
  return new Map([...known, ...own.data.map((t): [string, string] => [String(t.id), t.name])]);
}

export async function dateAttributeKeys(directory: WorkspaceDirectory, model: 'contact' | 'company'): Promise<Set<string>> {
  return new Set((await directory.dataAttributes(model)).filter((a) => a.custom && a.data_type === 'date').map((a) => a.name));
}

/**
 * Companies through the scroll. There is no server-side `updated_at` filter, so a delta reads them all
 * and keeps the changed ones. A resumed read starts a new scroll (see company-scroll.ts).
 */
export async function* readCompanies(client: IntercomClient, directory: WorkspaceDirectory, options: ReadOptions, tuning: IntercomTuning): AsyncGenerator<Page<Company>> {
  const since = unixFromIso(options.since);
  const dateKeys = await dateAttributeKeys(directory, 'company');
  let read = 0;
  for await (const companies of scrollCompanies(client, tuning)) {
    read += companies.length;
    const changed = since === undefined ? companies : companies.filter((c: IcCompany) => c.updated_at >= since);
    yield { records: changed.map((c) => companyFromIntercom(c, dateKeys)), cursor: encodeCursor({ read }) };
  }
  yield { records: [] };
}
