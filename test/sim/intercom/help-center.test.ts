/** Help Center: nested collections, translations, articles, paging. */
// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIntercomSim, type IntercomSim } from './server.js';
import { BASIC_ADMINS, clientFor, errorCode, type Call } from './test-client.js';

interface Collection {
  id: string;
  name: string;
  parent_id: string | null;
  help_center_id: number;
  order: number;
  default_locale: string;
  updated_at: number;
  translated_content?: Record<string, unknown>;
}
interface Article {
  id: string;
  title: string;
  body: string;
  state: string;
  author_id: number;
  parent_ids: number[];
  created_at: number;
  url: string | null;
  translated_content?: Record<string, { title: string; body: string; state: string; url: string }>;
}

let now = 1_700_000_000;
let sim: IntercomSim;
let call: Call;
const AUTHOR = 991200001;

beforeAll(async () => {
  sim = await startIntercomSim({ checkRequests: false, now: () => now, seed: { admins: BASIC_ADMINS, helpCenters: [{ default: true, locales: ['en', 'fr', 'de'] }] } });
  call = clientFor(sim);
});
afterAll(() => sim.close());

async function collection(body: Record<string, unknown>): Promise<Collection> {
  const reply = await call<Collection>('POST', '/help_center/collections', body);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
}

describe('collections', () => {
  it('nest by parent_id up to three levels; a fourth is refused', async () => {
    const top = await collection({ name: 'Top', description: 'd', translated_content: { fr: { type: 'group_content', name: 'Haut', description: 'dh' } } });
    const mid = await collection({ name: 'Mid', parent_id: top.id });
    const leaf = await collection({ name: 'Leaf', parent_id: mid.id });
    expect([top.parent_id, mid.parent_id, leaf.parent_id]).toEqual([null, top.id, mid.id]);
    expect(leaf.help_center_id).toBe(Number(sim.store.defaultHelpCenter()!.id));
    const tooDeep = await call('POST', '/help_center/collections', { name: 'Too deep', parent_id: leaf.id });
    expect([tooDeep.status, errorCode(tooDeep)]).toEqual([400, 'parameter_invalid']);
    // Moving a two-level subtree under a second-level collection would make four levels.
    const other = await collection({ name: 'Other' });
    const otherChild = await collection({ name: 'Other child', parent_id: other.id });
    expect((await call('PUT', `/help_center/collections/${other.id}`, { parent_id: mid.id })).status).toBe(400);
    expect((await call('PUT', `/help_center/collections/${other.id}`, { parent_id: top.id })).status).toBe(200);
    expect((await call('PUT', `/help_center/collections/${top.id}`, { parent_id: otherChild.id })).status).toBe(400);
    expect((await call('POST', '/help_center/collections', { name: 'Orphan', parent_id: '999' })).status).toBe(404);
  });

  it('carry translated_content for every locale, default included, and refuse locales the help center lacks', async () => {
    const c = await collection({ name: 'Billing', description: 'Money', translated_content: { fr: { name: 'Facturation', description: 'Argent' } } });
    expect(c.default_locale).toBe('en');
    expect(c.translated_content).toEqual({
      type: 'group_translated_content',
      en: { type: 'group_content', name: 'Billing', description: 'Money' },
      fr: { type: 'group_content', name: 'Facturation', description: 'Argent' },
    });
    const updated = (await call<Collection>('PUT', `/help_center/collections/${c.id}`, { translated_content: { de: { name: 'Abrechnung' }, en: { name: 'Billing & invoices' } } })).body;
    expect(updated.name).toBe('Billing & invoices');
    expect(updated.translated_content?.['de']).toEqual({ type: 'group_content', name: 'Abrechnung', description: '' });
    expect((await call('POST', '/help_center/collections', { name: 'X', translated_content: { ja: { name: 'x' } } })).status).toBe(400);
    expect((await call('POST', '/help_center/collections', { description: 'no name' })).status).toBe(400);
  });

  it('list by page, most recently updated first; order and timestamps are not writable', async () => {
    now += 100;
    const touched = await collection({ name: 'Newest', order: 99, created_at: 1 });
    expect(touched.order).not.toBe(99);
    const page = await call<{ data: Collection[]; total_count: number; pages: { page: number; per_page: number; total_pages: number } }>('GET', '/help_center/collections?per_page=2');
    expect(page.body.data[0]?.id).toBe(touched.id);
    expect(page.body.pages).toMatchObject({ page: 1, per_page: 2, total_pages: Math.ceil(page.body.total_count / 2) });
    const all: string[] = [];
    for (let p = 1; p <= page.body.pages.total_pages; p++) {
      all.push(...(await call<{ data: Collection[] }>('GET', `/help_center/collections?per_page=2&page=${p}`)).body.data.map((c) => c.id));
    }
    expect(new Set(all).size).toBe(page.body.total_count);
    expect(page.body.total_count).toBe(sim.store.collections.size);
  });
});

describe('articles', () => {
  it('are created in a collection with translations; responses have parent_ids only', async () => {
    const parent = await collection({ name: 'Articles home' });
    const reply = await call<Article & { parent_id?: unknown; parent_type?: unknown }>('POST', '/articles', {
      title: 'Hello',
      description: 'desc',
      body: '<p>Hi</p>',
      author_id: AUTHOR,
      state: 'published',
      parent_id: Number(parent.id),
      parent_type: 'collection',
      created_at: 5,
      translated_content: { fr: { type: 'article_content', title: 'Bonjour', body: '<p>Salut</p>', author_id: AUTHOR, state: 'published' }, de: { title: 'Hallo', state: 'draft' } },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const a = reply.body;
    expect(a).toMatchObject({ title: 'Hello', body: '<p>Hi</p>', state: 'published', author_id: AUTHOR, parent_ids: [Number(parent.id)], created_at: now });
    expect(a.parent_id).toBeUndefined();
    expect(a.parent_type).toBeUndefined();
    expect(Object.keys(a.translated_content ?? {})).toEqual(['type', 'en', 'fr', 'de']);
    expect(a.translated_content?.['fr']).toMatchObject({ title: 'Bonjour', body: '<p>Salut</p>', state: 'published' });
    expect(a.translated_content?.['de']).toMatchObject({ title: 'Hallo', state: 'draft', url: '' });
    expect(a.url).toMatch(/\/en\/articles\/\d+-hello$/);
  });

  it('can sit outside any collection, default to draft, and keep their state when an update omits it', async () => {
    const a = (await call<Article>('POST', '/articles', { title: 'Loose', author_id: AUTHOR })).body;
    expect(a).toMatchObject({ parent_ids: [], state: 'draft', url: null });
    await call('PUT', `/articles/${a.id}`, { state: 'published' });
    const renamed = (await call<Article>('PUT', `/articles/${a.id}`, { title: 'Loose 2' })).body;
    expect(renamed).toMatchObject({ title: 'Loose 2', state: 'published' });
    const moved = (await call<Article>('PUT', `/articles/${a.id}`, { parent_id: sim.store.collections.keys().next().value })).body;
    expect(moved.parent_ids).toHaveLength(1);
    expect((await call<Article>('PUT', `/articles/${a.id}`, { parent_id: null })).body.parent_ids).toEqual([]);
  });

  it('refuse a missing or unknown author, body with body_markdown, unknown parents and sections', async () => {
    expect(errorCode(await call('POST', '/articles', { title: 'x' }))).toBe('parameter_not_found');
    expect((await call('POST', '/articles', { title: 'x', author_id: 1 })).status).toBe(400);
    expect((await call('POST', '/articles', { title: 'x', author_id: AUTHOR, body: '<p>a</p>', body_markdown: 'a' })).status).toBe(400);
    expect((await call('POST', '/articles', { title: 'x', author_id: AUTHOR, parent_id: 424242 })).status).toBe(400);
    const parent = sim.store.collections.keys().next().value;
    expect((await call('POST', '/articles', { title: 'x', author_id: AUTHOR, parent_id: Number(parent), parent_type: 'section' })).status).toBe(400);
    // A refused update leaves the article as it was.
    const a = (await call<Article>('POST', '/articles', { title: 'Stable', author_id: AUTHOR })).body;
    expect((await call('PUT', `/articles/${a.id}`, { title: 'Changed', author_id: 5 })).status).toBe(400);
    expect(sim.store.articles.get(a.id)?.title).toBe('Stable');
  });

  it('are tagged through /articles/{id}/tags with an existing tag only', async () => {
    const a = (await call<Article>('POST', '/articles', { title: 'Tagged', author_id: AUTHOR })).body;
    expect((await call('POST', `/articles/${a.id}/tags`, { id: '1' })).status).toBe(404);
    const tag = (await call<{ id: string }>('POST', '/tags', { name: 'kb' })).body;
    expect((await call('POST', `/articles/${a.id}/tags`, { id: tag.id, admin_id: null })).status).toBe(200);
    expect((await call<{ tags: { tags: Array<{ name: string }> } }>('GET', `/articles/${a.id}`)).body.tags.tags.map((t) => t.name)).toEqual(['kb']);
  });

  it('leave translated_content out when the help center has a single locale', async () => {
    const mono = await startIntercomSim({ checkRequests: false, seed: { admins: BASIC_ADMINS } });
    try {
      const c = clientFor(mono);
      const article = await c<Article>('POST', '/articles', { title: 'Mono', author_id: AUTHOR });
      expect(article.body.translated_content).toBeUndefined();
      expect((await c('POST', '/articles', { title: 'Mono', author_id: AUTHOR, translated_content: { fr: { title: 'Mono fr' } } })).status).toBe(400);
      const coll = await c<Collection>('POST', '/help_center/collections', { name: 'Mono' });
      expect(coll.body.translated_content).toBeUndefined();
    } finally {
      await mono.close();
    }
  });

  it('list by page, most recently updated first', async () => {
    now += 100;
    const latest = (await call<Article>('POST', '/articles', { title: 'Latest', author_id: AUTHOR })).body;
    const page = await call<{ data: Article[]; total_count: number }>('GET', '/articles?per_page=3');
    expect(page.body.data[0]?.id).toBe(latest.id);
    expect(page.body.data).toHaveLength(3);
    expect(page.body.total_count).toBe(sim.store.articles.size);
  });
});
