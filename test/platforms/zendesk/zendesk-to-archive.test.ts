/**
 * Zendesk → archive: a generated account read through the connector and compared with the seed field
 * by field. The differences Zendesk's APIs force are asserted as such (and listed in the README (The Zendesk platform)).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ArchiveTarget } from '../../../src/platforms/archive/target.js';
import type { Agent, Article, Company, Contact, FieldDef, KbCategory, KbFolder, Team, Ticket } from '../../../src/model/records.js';
import { generateZendeskAccount } from '../../sim/zendesk/index.js';
import { readJsonl, tempDir } from '../../support/workspace.js';
import { archiveYaml, mapping, run, text, withSim, zendeskSource, zendeskYaml } from './harness.js';

describe('Zendesk → archive', () => {
  test('every entity arrives field by field', async () => {
    await withSim({}, async (sim) => {
      const { account, ids } = generateZendeskAccount({ seed: 7, tickets: 24, longTicketComments: 105 });
      sim.seed(account);
      const work = tempDir();
      const out = join(work, 'archive');
      const m = mapping(zendeskYaml(sim), archiveYaml(out), 'options:\n  invalid_phone: keep\n');
      const { summary } = await run(m, zendeskSource(m), new ArchiveTarget(out), work);
      expect(summary.totals.failed).toBe(0);
      expect(summary.totals.skipped).toBe(0);
      const read = <T>(entity: string) => readJsonl<T>(join(out, `${entity}.jsonl`));

      // Agents: the seeded ones and the admin the token belongs to.
      const agents = read<Agent>('agents');
      expect(agents.map((a) => a.email).sort()).toEqual([...account.users!.filter((u) => u.role !== undefined && u.role !== 'end-user').map((u) => u.email), sim.options.email].sort());
      expect(agents.find((a) => a.id === String(ids.agents[0]))).toMatchObject({ role: 'admin', name: 'Agent 1', active: true });

      // Teams: groups and their agents.
      const teams = read<Team>('teams');
      for (const group of account.groups!) {
        const members = account.users!.filter((u) => u.default_group_id === group.id).map((u) => String(u.id));
        expect(teams.find((t) => t.id === String(group.id))).toMatchObject({ name: group.name, memberIds: members });
      }

      // Fields: custom ticket, user and organization fields; Zendesk's system ticket fields are not custom.
      const fields = read<FieldDef>('fields');
      expect(fields.map((f) => `${f.on}:${f.key}:${f.type}`).sort()).toEqual(
        [
          'tickets:order_number:string', 'tickets:steps_to_reproduce:text', 'tickets:product:list', 'tickets:platforms:multi_list',
          'tickets:escalated:boolean', 'tickets:affected_seats:number', 'tickets:refund_amount:decimal', 'tickets:due_by_customer:date',
          'contacts:plan_tier:list', 'contacts:seats:number', 'contacts:vip:boolean', 'companies:region:string', 'companies:renewal:date',
        ].sort(),
      );
      expect(fields.find((f) => f.key === 'product')?.options).toEqual(['Widget', 'Gadget', 'Gizmo']);

      // Companies.
      const companies = read<Company>('companies');
      for (const org of account.organizations!) {
        const company = companies.find((c) => c.id === String(org.id));
        expect(company).toMatchObject({ name: org.name, externalId: org.external_id, domains: org.domain_names, tags: org.tags, custom: org.organization_fields });
        // Known difference: Zendesk's organization `details` has no canonical field.
        expect(company).not.toHaveProperty('details');
      }

      // Contacts: end users only, custom dropdown values as option names.
      const contacts = read<Contact>('contacts');
      const endUsers = account.users!.filter((u) => (u.role ?? 'end-user') === 'end-user');
      expect(contacts).toHaveLength(endUsers.length);
      const tierName: Record<string, string> = { tier_free: 'Free', tier_pro: 'Pro' };
      for (const user of endUsers) {
        const contact = contacts.find((c) => c.id === String(user.id)) as Contact;
        expect(contact.name).toBe(user.name);
        expect(contact.email).toBe(user.email ?? undefined);
        expect(contact.phone).toBe(user.phone ?? undefined);
        expect(contact.externalId).toBe(user.external_id ?? undefined);
        expect(contact.locale).toBe(user.locale);
        expect(contact.companyIds).toEqual(user.organization_id ? [String(user.organization_id)] : []);
        expect(contact.tags).toEqual(user.tags);
        const f = user.user_fields as { plan_tier?: string; seats?: number; vip?: boolean };
        const expected: Record<string, unknown> = {};
        if (f.plan_tier) expected['plan_tier'] = tierName[f.plan_tier];
        if (f.seats !== undefined) expected['seats'] = f.seats;
        // Known difference: an unchecked checkbox reads as unset.
        if (f.vip) expected['vip'] = true;
        expect(contact.custom).toEqual(expected);
      }

      // Tickets: every field and every comment.
      const tickets = read<Ticket>('tickets');
      expect(tickets).toHaveLength(account.tickets!.length);
      const optionName: Record<string, string> = {
        product_widget: 'Widget', product_gadget: 'Gadget', product_gizmo: 'Gizmo', platform_ios: 'iOS', platform_android: 'Android', platform_web: 'Web',
      };
      const keyOf: Record<number, string> = { 401: 'order_number', 402: 'steps_to_reproduce', 403: 'product', 404: 'platforms', 405: 'escalated', 406: 'affected_seats', 407: 'refund_amount', 408: 'due_by_customer' };
      const agentIds = new Set(ids.agents);
      for (const seed of account.tickets!) {
        const ticket = tickets.find((t) => t.id === String(seed.id)) as Ticket;
        expect(ticket, `ticket ${seed.id}`).toBeDefined();
        expect(ticket.subject).toBe(seed.subject);
        expect(ticket.type).toBe(seed.type ?? undefined);
        expect(ticket.priority).toBe(seed.priority ?? undefined);
        expect(ticket.status).toBe(seed.status);
        expect(ticket.channel).toBe(seed.via_channel);
        expect(ticket.requesterId).toBe(String(seed.requester_id));
        expect(ticket.assigneeId).toBe(seed.assignee_id ? String(seed.assignee_id) : undefined);
        expect(ticket.teamId).toBe(seed.group_id ? String(seed.group_id) : undefined);
        const org = account.users!.find((u) => u.id === seed.requester_id)?.organization_id;
        expect(ticket.companyId).toBe(org ? String(org) : undefined);
        expect(ticket.createdAt).toBe(seed.created_at);
        expect(ticket.updatedAt).toBe(seed.updated_at);
        // Tags Zendesk derives from dropdown/checkbox values are left out; the rest are the ticket's own.
        expect(ticket.tags).toEqual(seed.tags);
        const custom: Record<string, unknown> = {};
        for (const { id, value } of seed.custom_fields ?? []) {
          const key = keyOf[id] as string;
          if (id === 403) custom[key] = optionName[value as string];
          else if (id === 404) custom[key] = (value as string[]).map((v) => optionName[v]);
          // Known difference: integers and decimals become numbers ("12.50" → 12.5).
          else if (id === 406 || id === 407) custom[key] = Number(value);
          else custom[key] = value;
        }
        expect(ticket.custom).toEqual(custom);
        expect(ticket.comments).toHaveLength(seed.comments.length);
        seed.comments.forEach((c, i) => {
          const comment = ticket.comments[i] as Ticket['comments'][number];
          expect(comment.id).toBe(String(c.id));
          expect(comment.authorId).toBe(String(c.author_id));
          expect(comment.authorType).toBe(agentIds.has(c.author_id) ? 'agent' : 'contact');
          expect(comment.public).toBe(c.public ?? true);
          expect(comment.createdAt).toBe(c.created_at);
          expect(text(comment.body)).toBe(text(c.html_body ?? c.body ?? '').replace(/\n/g, ' '));
          expect(comment.attachments.map((a) => a.fileName)).toEqual((c.attachments ?? []).map((a) => a.file_name));
          comment.attachments.forEach((a, k) => {
            const content = c.attachments?.[k]?.content as string | Uint8Array;
            expect(readFileSync(join(out, a.url))).toEqual(Buffer.from(content));
          });
        });
      }
      expect(tickets.find((t) => t.id === String(ids.longTicket))?.comments).toHaveLength(105);

      // Help Center: categories, nested sections, articles with translations and attachments.
      const categories = read<KbCategory>('kb_categories');
      for (const c of account.categories!) {
        expect(categories.find((x) => x.id === String(c.id))).toEqual({
          id: String(c.id), name: c.name, description: c.description, locale: 'en-us', position: c.position,
          translations: { de: { name: `Kategorie ${c.id}`, description: 'Beschreibung' } },
        });
      }
      const folders = read<KbFolder>('kb_folders');
      for (const s of account.sections!) {
        const folder = folders.find((f) => f.id === String(s.id)) as KbFolder;
        expect(folder).toMatchObject({ categoryId: String(s.category_id), name: s.name, locale: 'en-us', position: s.position });
        expect(folder.parentFolderId).toBe(s.parent_section_id ? String(s.parent_section_id) : undefined);
      }
      expect(folders.filter((f) => f.parentFolderId).map((f) => f.id)).toEqual(ids.nestedSections.map(String));
      const articles = read<Article>('articles');
      for (const a of account.articles!) {
        const article = articles.find((x) => x.id === String(a.id)) as Article;
        expect(article).toMatchObject({ folderId: String(a.section_id), title: a.title, body: a.body, locale: 'en-us', status: a.draft ? 'draft' : 'published', authorId: String(a.author_id), tags: a.label_names, createdAt: a.created_at, updatedAt: a.updated_at });
        const translation = account.translations!.find((t) => t.source_type === 'Article' && t.source_id === a.id);
        expect(article.translations).toEqual(translation ? [{ locale: 'de', title: translation.title, body: translation.body, status: 'published' }] : []);
        expect(article.attachments.map((x) => x.fileName)).toEqual((a.attachments ?? []).map((x) => x.file_name));
        article.attachments.forEach((x, k) => expect(readFileSync(join(out, x.url))).toEqual(Buffer.from(a.attachments?.[k]?.content as string | Uint8Array)));
      }
      // Known difference: who may see an article (permission group, user segment) is not in the canonical model.
      expect(articles.find((x) => x.id === String(ids.restrictedArticle))).not.toHaveProperty('userSegmentId');
    });
  });
});
