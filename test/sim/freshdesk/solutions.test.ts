import { afterEach, describe, expect, it } from 'vitest';
import { generateFreshdeskAccount, startFreshdeskSim, type FreshdeskSim, type FreshdeskSimOptions } from './index.js';
import { client, type Client } from './test-client.js';

let sim: FreshdeskSim;
let api: Client;
async function start(options: FreshdeskSimOptions, generate: Parameters<typeof generateFreshdeskAccount>[0] = { seed: 2 }) {
  sim = await startFreshdeskSim({ plan: '2000', ...options });
  const generated = generateFreshdeskAccount(generate);
  sim.seed(generated.account);
  api = client(sim);
  return generated.ids;
}
afterEach(() => sim.close());

describe('Freshdesk simulator: Solutions', () => {
  it('builds categories > folders > articles; names unique per parent; visibility 4 needs company_ids', async () => {
    await start({});
    const category = await api.post('/api/v2/solutions/categories', { name: 'Guides', description: 'All guides' });
    expect(category.status).toBe(201);
    expect((await api.post('/api/v2/solutions/categories', { name: 'guides' })).status).toBe(409);
    const folder = await api.post(`/api/v2/solutions/categories/${category.body.id}/folders`, { name: 'Setup' });
    expect(folder.body).toMatchObject({ visibility: 1, category_id: category.body.id });
    expect(folder.body).not.toHaveProperty('hierarchy');
    expect((await api.post(`/api/v2/solutions/categories/${category.body.id}/folders`, { name: 'Setup' })).status).toBe(409);
    expect((await api.post(`/api/v2/solutions/categories/${category.body.id}/folders`, { name: 'Private', visibility: 4 })).body.errors[0]).toMatchObject({ field: 'company_ids', code: 'missing_field' });
    const article = await api.post(`/api/v2/solutions/folders/${folder.body.id}/articles`, { title: 'Install', description: '<p>Run it</p>', status: 2, seo_data: { meta_title: 'Install' } });
    expect(article.body).toMatchObject({ folder_id: folder.body.id, category_id: category.body.id, status: 2, description_text: 'Run it', agent_id: sim.store.currentAgentId });
    expect((await api.post(`/api/v2/solutions/folders/${folder.body.id}/articles`, { title: 'x', description: 'y' })).body.errors[0]).toMatchObject({ field: 'status', code: 'missing_field' });
    expect((await api.get(`/api/v2/solutions/folders/${folder.body.id}/articles`)).body).toHaveLength(1);
  });

  it('refuses sub-folders without Flexible Hierarchy and nests them with it', async () => {
    const ids = await start({}, { seed: 2, subfolders: true });
    expect((await api.get(`/api/v2/solutions/folders/${ids.folders[0]}/subfolders`)).body.code).toBe('require_feature');
    expect((await api.post(`/api/v2/solutions/categories/${ids.categories[0]}/folders`, { name: 'Nested', parent_folder_id: ids.folders[0] })).status).toBe(403);
    await sim.close();
    const fh = await start({ features: { flexibleHierarchy: true } }, { seed: 2, subfolders: true });
    const subfolders = await api.get(`/api/v2/solutions/folders/${fh.folders[0]}/subfolders`);
    expect(subfolders.body).toEqual([expect.objectContaining({ id: fh.subfolder, parent_folder_id: fh.folders[0] })]);
    // A folder's hierarchy lists its ancestors: the category, then each parent folder.
    expect(subfolders.body[0].hierarchy.map((h: { type: string; data: { id: number } }) => [h.type, h.data.id])).toEqual([['category', fh.categories[0]], ['folder', fh.folders[0]]]);
    const top = await api.get(`/api/v2/solutions/categories/${fh.categories[0]}/folders`);
    expect(top.body.map((f: { id: number }) => f.id)).not.toContain(fh.subfolder);
    expect(top.body.find((f: { id: number }) => f.id === fh.folders[0]).sub_folders_count).toBe(1);
    const created = await api.post(`/api/v2/solutions/folders/${fh.folders[0]}/subfolders`, { name: 'Deeper' });
    expect(created.body).toMatchObject({ parent_folder_id: fh.folders[0], category_id: fh.categories[0] });
  });

  it('serves translations only with the Multilingual feature and for supported languages', async () => {
    const plain = await start({}, { seed: 2 });
    expect((await api.post(`/api/v2/solutions/categories/${plain.categories[0]}/fr`, { name: 'Démarrer' })).body.code).toBe('require_feature');
    await sim.close();
    const ids = await start({ features: { multilingual: true }, languages: { primary: 'en', supported: ['fr', 'de'] } }, { seed: 2, translations: ['fr'] });
    expect((await api.get(`/api/v2/solutions/articles/${ids.articles[0]}/fr`)).body).toMatchObject({ language: 'fr', title: expect.stringContaining('(fr)') });
    expect((await api.get(`/api/v2/solutions/articles/${ids.articles[0]}/de`)).status).toBe(404);
    expect((await api.post(`/api/v2/solutions/categories/${ids.categories[0]}/es`, { name: 'x' })).body.errors[0]).toMatchObject({ field: 'language_code', code: 'invalid_value' });
    // An article translation before its folder's is refused (policy translationNeedsParent: reject).
    const orphan = await api.post(`/api/v2/solutions/articles/${ids.articles[0]}/de`, { title: 'Titel', description: '<p>Text</p>', status: 2 });
    expect(orphan.status).toBe(400);
    expect((await api.post(`/api/v2/solutions/categories/${ids.categories[0]}/de`, { name: 'Erste Schritte' })).status).toBe(201);
    expect((await api.post(`/api/v2/solutions/folders/${ids.folders[0]}/de`, { name: 'Konten' })).status).toBe(201);
    const article = await api.post(`/api/v2/solutions/articles/${ids.articles[0]}/de`, { title: 'Titel', description: '<p>Text</p>', status: 2 });
    expect(article.status).toBe(201);
    expect(article.body).toMatchObject({ language: 'de', title: 'Titel' });
    expect((await api.post(`/api/v2/solutions/articles/${ids.articles[0]}/de`, { title: 'again', description: 'x', status: 1 })).status).toBe(409);
    expect((await api.put(`/api/v2/solutions/articles/${ids.articles[0]}/de`, { title: 'Neu' })).body.title).toBe('Neu');
    expect((await api.get('/api/v2/settings/helpdesk')).body).toMatchObject({ primary_language: 'en', supported_languages: ['fr', 'de'] });
  });
});
