/**
 * Contacts and companies, upserted on the source id: a contact's `external_id` and a company's
 * `company_id` hold it, so a rerun or a lost state finds them again. A contact create that conflicts
 * (409) names the existing contact: it is updated instead (unarchived first when archived), without
 * touching its own external_id. Companies are attached to contacts, and tags applied in bulk, one
 * request per tag for the whole batch.
 */
import { migrated, type Outcome, warning, type Warning, WARNINGS } from '../../model/outcomes.js';
import type { Company, Contact } from '../../model/records.js';
import type { WriteItem } from '../contracts.js';
import type { IcCompany, IcContact, IcDataAttribute } from './api-types.js';
import { stopsTheRun } from '../../http/index.js';
import { intercomErrorOf, unlessGone, type IntercomClient } from './client.js';
import { createOnce } from './create-once.js';
import { customForIntercom, droppedWarning, type TargetAttribute } from './custom-values.js';
import { unixFromIso } from './timestamps.js';
import type { WorkspaceDirectory } from './workspace-directory.js';

export interface PeopleEnv {
  client: IntercomClient;
  directory: WorkspaceDirectory;
}

/** Tags a record still needs, applied per tag for the whole batch. */
export interface PendingTags {
  targetId: string;
  tagNames: string[];
}

export interface Upserted {
  outcome: Outcome;
  tags?: PendingTags;
}

export async function upsertContact(env: PeopleEnv, item: WriteItem<Contact>): Promise<Upserted> {
  const record = item.record;
  const warnings: Warning[] = [];
  const custom = customForIntercom(record.custom, attributesOf(await env.directory.dataAttributes('contact')));
  const dropped = droppedWarning(custom.dropped, 'contact');
  if (dropped) warnings.push(warning(WARNINGS.customFieldLeftOut, dropped, custom.dropped.map((k) => `custom.${k}`)));
  const fields = contactFields(record, custom.values);

  let contact: IcContact | undefined;
  if (item.previous) contact = await updateIfPresent(env.client, `/contacts/${item.previous.targetId}`, record.role === 'user' ? { role: 'user', ...fields } : fields);
  contact ??= await createContact(env.client, record, fields);

  await attachCompanies(env.client, contact, record.companyIds);
  const present = new Set((contact.tags?.has_more ? await contactTagIds(env.client, contact.id) : (contact.tags?.data ?? []).map((t) => String(t.id))));
  const missing: string[] = [];
  for (const name of record.tags) if (!present.has(await env.directory.tagId(name))) missing.push(name);
  return {
    outcome: migrated(contact.id, warnings.length > 0 ? { warnings } : {}),
    ...(missing.length > 0 ? { tags: { targetId: contact.id, tagNames: missing } } : {}),
  };
}

/** Writable fields of a contact; `created_at` is not one of them, so the source's goes to signed_up_at. */
function contactFields(record: Contact, custom: Record<string, unknown>): Record<string, unknown> {
  return {
    ...(record.email ? { email: record.email } : {}),
    ...(record.phone ? { phone: record.phone } : {}),
    ...(record.name ? { name: record.name } : {}),
    ...(record.locale ? { language_override: record.locale } : {}),
    signed_up_at: unixFromIso(record.createdAt),
    ...(Object.keys(custom).length > 0 ? { custom_attributes: custom } : {}),
  };
}

async function createContact(client: IntercomClient, record: Contact, fields: Record<string, unknown>): Promise<IcContact> {
  try {
    return await createOnce(
      `contact ${record.id}`,
      () => client.post<IcContact>('/contacts', { role: record.role, external_id: record.id, ...fields }),
      () => findContact(client, record.id),
    );
  } catch (error) {
    const api = intercomErrorOf(error);
    const existing = api?.status === 409 ? /id=([0-9a-zA-Z]+)/.exec(api.message)?.[1] : undefined;
    if (!existing || !api) throw error;
    if (/archived/i.test(api.message)) await client.post(`/contacts/${existing}/unarchive`, {}, { idempotent: true });
    // A lead cannot turn back from a user: the role is only sent when it upgrades.
    return client.put<IcContact>(`/contacts/${existing}`, record.role === 'user' ? { role: 'user', ...fields } : fields);
  }
}

export function findContact(client: IntercomClient, sourceId: string): Promise<IcContact | undefined> {
  return unlessGone(client.get<IcContact>(`/contacts/find_by_external_id/${encodeURIComponent(sourceId)}`));
}

/** PUT to a record written earlier; undefined when it has since been deleted from the workspace. */
function updateIfPresent<T>(client: IntercomClient, path: string, body: Record<string, unknown>): Promise<T | undefined> {
  return unlessGone(client.put<T>(path, body));
}

async function attachCompanies(client: IntercomClient, contact: IcContact, companyIds: string[]): Promise<void> {
  if (companyIds.length === 0) return;
  const inline = contact.companies;
  const attached = new Set(
    inline?.has_more
      ? (await client.get<{ companies: Array<{ id: string }> }>(`/contacts/${contact.id}/companies`)).companies.map((c) => String(c.id))
      : (inline?.data ?? []).map((c) => String(c.id)),
  );
  for (const id of companyIds) {
    // Attaching twice is harmless: the request is safe to repeat.
    if (!attached.has(id)) await client.post(`/contacts/${contact.id}/companies`, { id }, { idempotent: true });
  }
}

async function contactTagIds(client: IntercomClient, contactId: string): Promise<string[]> {
  return (await client.get<{ data: Array<{ id: string }> }>(`/contacts/${contactId}/tags`)).data.map((t) => String(t.id));
}

/** `POST /companies` creates or updates on `company_id`: safe to repeat, so no lookup is needed. */
export async function upsertCompany(env: PeopleEnv, item: WriteItem<Company>): Promise<Upserted> {
  const record = item.record;
  const custom = customForIntercom(record.custom, attributesOf(await env.directory.dataAttributes('company')));
  const dropped = droppedWarning(custom.dropped, 'company');
  const company = await env.client.post<IcCompany>(
    '/companies',
    {
      company_id: record.id,
      name: record.name,
      ...(record.plan ? { plan: record.plan } : {}),
      // created_at is not writable; remote_created_at is the company's own creation date.
      remote_created_at: unixFromIso(record.createdAt),
      ...(Object.keys(custom.values).length > 0 ? { custom_attributes: custom.values } : {}),
    },
    { idempotent: true },
  );
  const present = new Set((company.tags?.tags ?? []).map((t) => t.name.toLowerCase()));
  const missing = record.tags.filter((t) => !present.has(t.toLowerCase()));
  return {
    outcome: migrated(company.id, dropped ? { warnings: [warning(WARNINGS.customFieldLeftOut, dropped, custom.dropped.map((k) => `custom.${k}`))] } : {}),
    ...(missing.length > 0 ? { tags: { targetId: company.id, tagNames: missing } } : {}),
  };
}

export async function findCompany(client: IntercomClient, sourceId: string): Promise<IcCompany | undefined> {
  return (await unlessGone(client.get<{ data: IcCompany[] }>('/companies', { company_id: sourceId })))?.data[0];
}

/**
 * Applies the tags a batch still needs: `POST /tags` with the tag's name and every contact (`users`)
 * or company that lacks it. Finding or creating the tag comes with it; repeating it is harmless.
 * Returns a warning per record whose tags could not be applied.
 */
export async function applyTagsInBulk(client: IntercomClient, kind: 'users' | 'companies', pending: PendingTags[]): Promise<Map<string, string>> {
  const byTag = new Map<string, { name: string; ids: string[] }>();
  for (const p of pending) {
    for (const name of p.tagNames) {
      const key = name.toLowerCase();
      const entry = byTag.get(key) ?? { name, ids: [] };
      entry.ids.push(p.targetId);
      byTag.set(key, entry);
    }
  }
  const problems = new Map<string, string>();
  for (const { name, ids } of byTag.values()) {
    for (let i = 0; i < ids.length; i += 50) {
      const chunk = ids.slice(i, i + 50);
      try {
        await client.post('/tags', { name, [kind]: chunk.map((id) => ({ id })) }, { idempotent: true });
      } catch (error) {
        if (stopsTheRun(error)) throw error;
        const why = intercomErrorOf(error)?.message ?? (error instanceof Error ? error.message : String(error));
        for (const id of chunk) problems.set(id, `tag "${name}" could not be applied: ${why}`);
      }
    }
  }
  return problems;
}

function attributesOf(list: IcDataAttribute[]): TargetAttribute[] {
  return list.filter((a) => a.custom && !a.archived).map((a) => ({ name: a.name, dataType: a.data_type }));
}
