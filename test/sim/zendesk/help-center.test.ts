// Simulator tests send invalid requests on purpose: the OAS request check (test/contract/request-checks.ts) is off here.
import { afterEach, describe, expect, it } from 'vitest';
import { startZendeskSim, type ZendeskSim, type ZendeskSimOptions } from './index.js';
import { client, multipart, type Client } from './test-client.js';

let sim: ZendeskSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

interface Fixture {
  sim: ZendeskSim;
  c: Client;
  category: number;
  section: number;
  group: number;
  segment: number;
}

async function start(options: ZendeskSimOptions = {}): Promise<Fixture> {
  sim = await startZendeskSim({ checkRequests: false, ...options });
  sim.seed({ locales: { enabled: ['en-us', 'de'], default: 'en-us' } });
  const c = client(sim);
  const category = (await c.post('/api/v2/help_center/categories', { category: { name: 'Guides', locale: 'en-us', created_at: '2001-01-01T00:00:00Z' } })).body.category;
  const section = (await c.post(`/api/v2/help_center/categories/${category.id}/sections`, { section: { name: 'Basics', locale: 'en-us' } })).body.section;
  const group = (await c.get('/api/v2/guide/permission_groups')).body.permission_groups[0].id;
  const segment = (await c.get('/api/v2/help_center/user_segments')).body.user_segments[0].id;
  return { sim, c, category: category.id, section: section.id, group, segment };
}

const article = (f: Fixture, extra: Record<string, unknown> = {}) => ({ article: { title: 'T', body: '<p>b</p>', locale: 'en-us', permission_group_id: f.group, user_segment_id: null, ...extra }, notify_subscribers: false });

describe('Help Center access and locales', () => {
  it('lists enabled locales, permission groups under /guide and user segments', async () => {
    const f = await start();
    expect((await f.c.get('/api/v2/help_center/locales')).body).toEqual({ locales: ['en-us', 'de'], default_locale: 'en-us' });
    const groups = (await f.c.get('/api/v2/guide/permission_groups')).body.permission_groups;
    expect(groups[0]).toMatchObject({ name: 'Admins', built_in: true });
    expect((await f.c.get('/api/v2/help_center/permission_groups')).status).toBe(404);
    const segments = (await f.c.get('/api/v2/help_center/user_segments')).body.user_segments;
    expect(segments.map((s: { user_type: string }) => s.user_type)).toEqual(['signed_in_users', 'staff']);
    const created = await f.c.post('/api/v2/help_center/user_segments', { user_segment: { name: 'VIP', user_type: 'signed_in_users', tags: ['vip'] } });
    expect(created.status).toBe(201);
    const pg = await f.c.post('/api/v2/guide/permission_groups', { permission_group: { name: 'Writers' } });
    expect(pg.status).toBe(201);
  });
});

describe('categories and sections', () => {
  it('ignore created_at, require enabled locales, and nest sections on Guide Enterprise only', async () => {
    const f = await start();
    const cat = f.sim.store.hc.categories.get(f.category);
    expect(cat?.created_at).not.toBe('2001-01-01T00:00:00Z');
    const bad = await f.c.post('/api/v2/help_center/categories', { category: { name: 'X', locale: 'fr' } });
    expect(bad.status).toBe(400);
    expect(bad.body.title).toBe('Invalid attribute');
    const nested = await f.c.post(`/api/v2/help_center/categories/${f.category}/sections`, { section: { name: 'Child', locale: 'en-us', parent_section_id: f.section } });
    expect(nested.status).toBe(201);
    expect(nested.body.section).toMatchObject({ parent_section_id: f.section, category_id: f.category });
    const other = (await f.c.post('/api/v2/help_center/categories', { category: { name: 'Other', locale: 'en-us' } })).body.category.id;
    expect((await f.c.post(`/api/v2/help_center/categories/${other}/sections`, { section: { name: 'Wrong parent', locale: 'en-us', parent_section_id: f.section } })).status).toBe(400);
    expect((await f.c.get(`/api/v2/help_center/categories/${f.category}/sections`)).body.sections).toHaveLength(2);
  });

  it('refuses parent_section_id without Guide Enterprise', async () => {
    const f = await start({ guideEnterprise: false });
    const r = await f.c.post(`/api/v2/help_center/categories/${f.category}/sections`, { section: { name: 'Child', locale: 'en-us', parent_section_id: f.section } });
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/Guide Enterprise/);
  });
});

describe('articles', () => {
  it('require permission_group_id and user_segment_id with the exact Zendesk message', async () => {
    const f = await start();
    const both = await f.c.post(`/api/v2/help_center/sections/${f.section}/articles`, { article: { title: 'T', locale: 'en-us' } });
    expect(both.status).toBe(400);
    expect(both.body).toEqual({
      title: 'Invalid attribute',
      message:
        "You passed an invalid value for the user_segment_id attribute. You must provide user_segment_id. Set to 'null' to make it visible to everyone.. You passed an invalid value for the permission_group_id attribute. You must provide permission_group_id.",
    });
    const onlySegment = await f.c.post(`/api/v2/help_center/sections/${f.section}/articles`, { article: { title: 'T', locale: 'en-us', permission_group_id: f.group } });
    expect(onlySegment.body.message).toBe("You passed an invalid value for the user_segment_id attribute. You must provide user_segment_id. Set to 'null' to make it visible to everyone.");
    // A permission group id used as a user segment id: not found (facetoe/zenpy#527).
    expect((await f.c.post(`/api/v2/help_center/sections/${f.section}/articles`, article(f, { user_segment_id: f.group }))).status).toBe(404);
    expect((await f.c.post(`/api/v2/help_center/sections/${f.section}/articles`, article(f, { locale: 'fr' }))).status).toBe(400);
    expect((await f.c.post(`/api/v2/help_center/sections/${f.section}/articles`, article(f, { title: '' }))).status).toBe(400);
    const ok = await f.c.post(`/api/v2/help_center/sections/${f.section}/articles`, article(f, { user_segment_id: f.segment, draft: true, created_at: '2001-01-01T00:00:00Z' }));
    expect(ok.status).toBe(201);
    expect(ok.body.article).toMatchObject({ title: 'T', draft: true, user_segment_id: f.segment, user_segment_ids: [f.segment], permission_group_id: f.group, section_id: f.section, locale: 'en-us' });
    expect(ok.body.article.created_at).not.toBe('2001-01-01T00:00:00Z');
  });

  it('email subscribers unless notify_subscribers: false is at the JSON root', async () => {
    const f = await start();
    await f.c.post(`/api/v2/help_center/sections/${f.section}/articles`, article(f));
    expect(f.sim.store.hc.notifications).toHaveLength(0);
    const inside = { article: { ...article(f).article, notify_subscribers: false } };
    const r = await f.c.post(`/api/v2/help_center/sections/${f.section}/articles`, inside);
    expect(f.sim.store.hc.notifications).toEqual([{ article_id: r.body.article.id, at: expect.any(String) }]);
  });

  it('update only metadata; title, body and draft change through translations', async () => {
    const f = await start();
    const id = (await f.c.post(`/api/v2/help_center/sections/${f.section}/articles`, article(f))).body.article.id;
    const other = (await f.c.post(`/api/v2/help_center/categories/${f.category}/sections`, { section: { name: 'Other', locale: 'en-us' } })).body.section.id;
    const put = await f.c.put(`/api/v2/help_center/articles/${id}`, { article: { title: 'Ignored', draft: true, section_id: other, label_names: ['x'], promoted: true } });
    expect(put.body.article).toMatchObject({ title: 'T', draft: false, section_id: other, label_names: ['x'], promoted: true });
    const tr = await f.c.put(`/api/v2/help_center/articles/${id}/translations/en-us`, { translation: { title: 'New title', body: '<p>new</p>', draft: true } });
    expect(tr.body.translation).toMatchObject({ title: 'New title', body: '<p>new</p>', draft: true, source_type: 'Article', source_id: id });
    expect((await f.c.get(`/api/v2/help_center/articles/${id}`)).body.article).toMatchObject({ title: 'New title', draft: true });
  });

  it('translations: create per enabled locale once, show by locale path, sideload with include=translations', async () => {
    const f = await start();
    const id = (await f.c.post(`/api/v2/help_center/sections/${f.section}/articles`, article(f, { translations: [{ locale: 'de', title: 'Titel', body: '<p>de</p>' }] }))).body.article.id;
    expect((await f.c.post(`/api/v2/help_center/articles/${id}/translations`, { translation: { locale: 'de', title: 'again' } })).status).toBe(400);
    expect((await f.c.post(`/api/v2/help_center/articles/${id}/translations`, { translation: { locale: 'fr', title: 'fr' } })).status).toBe(400);
    const german = await f.c.get(`/api/v2/help_center/de/articles/${id}.json`);
    expect(german.body.article).toMatchObject({ title: 'Titel', locale: 'de', source_locale: 'en-us' });
    const withTranslations = await f.c.get(`/api/v2/help_center/articles?include=translations`);
    expect(withTranslations.body.articles[0].translations.map((t: { locale: string }) => t.locale)).toEqual(['en-us', 'de']);
    expect((await f.c.get(`/api/v2/help_center/articles/${id}/translations`)).body.translations).toHaveLength(2);
    // Sections and categories translate the same way; body is their description.
    const sec = await f.c.post(`/api/v2/help_center/sections/${f.section}/translations`, { translation: { locale: 'de', title: 'Grundlagen', body: 'Beschreibung' } });
    expect(sec.status).toBe(201);
    expect((await f.c.get(`/api/v2/help_center/de/sections/${f.section}`)).body.section).toMatchObject({ name: 'Grundlagen', description: 'Beschreibung' });
    expect((await f.c.get(`/api/v2/help_center/de/categories/${f.category}`)).status).toBe(404);
    expect((await f.c.get('/api/v2/help_center/de/categories')).body.categories).toEqual([]);
  });

  it('lists articles by section and category and incrementally by update time', async () => {
    let now = Date.parse('2024-01-01T00:00:00Z');
    const f = await start({ clock: () => now });
    const a = (await f.c.post(`/api/v2/help_center/sections/${f.section}/articles`, article(f, { title: 'A' }))).body.article.id;
    now += 10_000;
    const b = (await f.c.post(`/api/v2/help_center/sections/${f.section}/articles`, article(f, { title: 'B' }))).body.article.id;
    expect((await f.c.get(`/api/v2/help_center/sections/${f.section}/articles`)).body.articles.map((x: { id: number }) => x.id)).toEqual([a, b]);
    expect((await f.c.get(`/api/v2/help_center/categories/${f.category}/articles`)).body.articles).toHaveLength(2);
    const since = await f.c.get(`/api/v2/help_center/incremental/articles?start_time=${Math.floor(now / 1000)}`);
    expect(since.body).toMatchObject({ count: 1, next_page: null, end_time: Math.floor(now / 1000) });
    expect(since.body.articles[0].id).toBe(b);
  });
});

describe('article attachments', () => {
  it('uploads per article or unassociated then bulk-associates ≤ 20, and serves the bytes', async () => {
    const f = await start();
    const id = (await f.c.post(`/api/v2/help_center/sections/${f.section}/articles`, article(f))).body.article.id;
    const file = multipart('diagram.png', 'image/png', Uint8Array.from([1, 2, 3, 4]), { inline: 'true' });
    const direct = await f.c.request('POST', `/api/v2/help_center/articles/${id}/attachments`, file.body, { 'content-type': file.contentType });
    expect(direct.status).toBe(201);
    expect(direct.body.article_attachment).toMatchObject({ article_id: id, file_name: 'diagram.png', content_type: 'image/png', size: 4, inline: true });
    const bytes = Buffer.from(await (await fetch(direct.body.article_attachment.content_url)).arrayBuffer());
    expect([...bytes]).toEqual([1, 2, 3, 4]);

    const loose = multipart('guide.pdf', 'application/pdf', Buffer.from('%PDF'));
    const unassociated = await f.c.request('POST', '/api/v2/help_center/articles/attachments', loose.body, { 'content-type': loose.contentType });
    expect(unassociated.body.article_attachment.article_id).toBeNull();
    const bulk = await f.c.post(`/api/v2/help_center/articles/${id}/bulk_attachments`, { attachment_ids: [unassociated.body.article_attachment.id] });
    expect(bulk.status).toBe(200);
    expect((await f.c.get(`/api/v2/help_center/articles/${id}/attachments`)).body.article_attachments.map((a: { file_name: string }) => a.file_name)).toEqual(['diagram.png', 'guide.pdf']);
    const tooMany = await f.c.post(`/api/v2/help_center/articles/${id}/bulk_attachments`, { attachment_ids: Array.from({ length: 21 }, (_, i) => i + 1) });
    expect(tooMany.status).toBe(400);
    expect((await f.c.request('POST', `/api/v2/help_center/articles/${id}/attachments`, Buffer.from('x'), { 'content-type': 'application/octet-stream' })).status).toBe(400);
  });
});
