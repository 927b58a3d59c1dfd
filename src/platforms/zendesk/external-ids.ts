import type { ZendeskClient } from './client.js';

/** The two Zendesk collections whose records carry an `external_id`. */
type Collection = 'users' | 'organizations';
interface WithExternalId { id: number; external_id?: string | null }

/** Lower-cased external id → Zendesk id, for up to 100 external ids a request. */
export async function showManyByExternalId(client: ZendeskClient, collection: Collection, externalIds: readonly string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  // The list is comma-separated: an id with a comma cannot be asked for this way.
  const askable = externalIds.filter((id) => !id.includes(','));
  for (let i = 0; i < askable.length; i += 100) {
    const body = await client.support.get<Partial<Record<Collection, WithExternalId[]>>>(`/api/v2/${collection}/show_many`, { external_ids: askable.slice(i, i + 100) });
    for (const record of body[collection] ?? []) if (record.external_id) found.set(record.external_id.toLowerCase(), record.id);
  }
  return found;
}

/** The record whose external id matches (case-insensitively, as Zendesk compares), if any. */
export async function findByExternalId<T extends WithExternalId>(client: ZendeskClient, collection: Collection, externalId: string): Promise<T | undefined> {
  const body = await client.support.get<Partial<Record<Collection, T[]>>>(`/api/v2/${collection}/search`, { external_id: externalId });
  return body[collection]?.find((r) => r.external_id?.toLowerCase() === externalId.toLowerCase());
}
