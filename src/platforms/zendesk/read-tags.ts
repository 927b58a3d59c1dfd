/** The account's tags (`GET /api/v2/tags`, the ones in use on tickets), by name. */
import type { Page, ReadOptions } from '../contracts.js';
import type { Tag } from '../../model/records.js';
import type { ZendeskClient } from './client.js';
import { decodePosition, encodePosition } from './cursor.js';
import { eachPage } from './pagination.js';

export async function* readTags(client: ZendeskClient, options: ReadOptions): AsyncGenerator<Page<Tag>> {
  const start = decodePosition(options.cursor, 'tags');
  for await (const page of eachPage<{ name: string }>(client.support, '/api/v2/tags', 'tags', {}, start && 'after' in start ? start.after : undefined)) {
    yield { records: page.items.map((t) => ({ id: t.name, name: t.name })), ...(page.after ? { cursor: encodePosition({ list: 'tags', after: page.after }) } : {}) };
  }
}
