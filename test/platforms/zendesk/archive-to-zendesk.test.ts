/**
 * Archive → Zendesk: a generated archive written through the connector and compared, field by field,
 * with what the Zendesk simulator holds. The differences Zendesk's APIs force are asserted as such
 * (and listed in the README (The Zendesk platform)).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../../bench/generate-archive.mjs';
import type { Article, Company, Contact, KbCategory, KbFolder, Team, Ticket } from '../../../src/model/records.js';
import { ArchiveSource } from '../../../src/platforms/archive/source.js';
import { readCsv, readJsonl, tempDir } from '../../support/workspace.js';
import { archiveYaml, mapping, run, seedAgents, text, withSim, zendeskTarget, zendeskYaml } from './harness.js';

describe('archive → Zendesk', () => {
  test('every entity arrives field by field, through the Ticket Import API', async () => {
    await withSim({}, async (sim) => {
      sim.seed({ locales: { enabled: ['en-us', 'fr'], default: 'en-us' } });
      const agentIds = seedAgents(sim, 4);
      const work = tempDir();
      const source = join(work, 'source');
      await generateArchive(source, { tickets: 30, contacts: 20, companies: 6, articles: 9 });
      const m = mapping(archiveYaml(source), zendeskYaml(sim, '  archive_immediately: true\n'), 'options:\n  tag: migrated\n');
      const { summary } = await run(m, new ArchiveSource(source), zendeskTarget(m), work);
      expect(summary.totals.failed).toBe(0);
      // Known difference: Zendesk has no list of tags to write; tags travel on tickets, users and organizations.
      expect(summary.entities.tags).toMatchObject({ read: 3, skipped: 3, skippedBy: { entity_not_supported: 3 } });
      expect(summary.totals.skipped).toBe(3);
      const read = <T>(entity: string) => readJsonl<T>(join(source, `${entity}.jsonl`));
      const migratedRows = readCsv(join(work, 'reports', 'migrated.csv'));
      const targetOf = (entity: string, id: string) => Number(migratedRows.find((r) => r[0] === entity && r[1] === id)?.[2]);
      const store = sim.store;

      // Agents: matched to the Zendesk agents of the same email.
      for (const [email, id] of agentIds) expect(targetOf('agents', `a${email.match(/\d+/)?.[0]}`)).toBe(id);

      // Teams → groups, with their agents.
      for (const team of read<Team>('teams')) {
        const group = store.groups.get(targetOf('teams', team.id));
        expect(group?.name).toBe(team.name);
        const members = [...store.groupMemberships.values()].filter((g) => g.group_id === group?.id).map((g) => g.user_id).sort();
        expect(members).toEqual([...new Set(team.memberIds.map((a) => targetOf('agents', a)))].sort());
      }

      // Fields: a ticket text field and a user dropdown with its options (as tags).
      const orderNumber = [...store.ticketFields.values()].find((f) => f.title === 'Order number');
      expect(orderNumber?.type).toBe('text');
      const plan = [...store.userFields.values()].find((f) => f.key === 'plan');
      expect(plan?.custom_field_options?.map((o) => [o.name, o.value])).toEqual([['free', 'plan_free'], ['pro', 'plan_pro']]);

      // Companies → organizations, upserted by their own external id.
      for (const company of read<Company>('companies')) {
        const org = store.organizations.get(targetOf('companies', company.id));
        expect(org).toMatchObject({ name: company.name, external_id: company.externalId, domain_names: company.domains, tags: [...company.tags, 'migrated'] });
        // Known difference: a company attribute with no organization field (here `tier`) is left out.
        expect(org?.organization_fields).toEqual({});
      }

      // Contacts → end users.
      for (const contact of read<Contact>('contacts')) {
        const user = store.users.get(targetOf('contacts', contact.id));
        expect(user).toMatchObject({ name: contact.name, email: contact.email, external_id: contact.externalId, role: 'end-user', tags: [...contact.tags, 'migrated'] });
        expect(user?.user_fields).toEqual({ plan: `plan_${contact.custom['plan']}` });
        expect(user?.organization_id).toBe(contact.companyIds[0] ? targetOf('companies', contact.companyIds[0]) : null);
        // Known differences: leads become end users; invalid phones were dropped by the mapping's policy.
        if (!contact.phone || contact.phone === '12345') expect(user?.phone).toBeNull();
        else expect(user?.phone).toBe(contact.phone);
      }

      // Tickets: imported with their dates, comments, authors and attachments.
      const archiveTickets = read<Ticket>('tickets');
      expect(store.tickets.size).toBe(archiveTickets.length);
      for (const ticket of archiveTickets) {
        const zd = store.tickets.get(targetOf('tickets', ticket.id));
        expect(zd, ticket.id).toBeDefined();
        if (!zd) continue;
        expect(zd.imported).toBe(true);
        expect(zd.external_id).toBe(ticket.id);
        expect(zd.subject).toBe(ticket.subject);
        expect(zd.type).toBe(ticket.type ?? null);
        expect(zd.priority).toBe(ticket.priority);
        expect(zd.status).toBe(ticket.status);
        expect(zd.requester_id).toBe(targetOf('contacts', ticket.requesterId));
        expect(zd.assignee_id).toBe(ticket.assigneeId ? targetOf('agents', ticket.assigneeId) : null);
        expect(zd.group_id).toBe(targetOf('teams', ticket.teamId as string));
        // Known difference: a ticket without organization gets its requester's default organization.
        expect(zd.organization_id).toBe(store.users.get(zd.requester_id)?.organization_id ?? null);
        expect(zd.created_at).toBe(ticket.createdAt.replace('.000Z', 'Z'));
        expect(zd.updated_at).toBe(ticket.updatedAt.replace('.000Z', 'Z'));
        expect(zd.tags).toEqual([...ticket.tags, 'migrated']);
        expect(Object.values(zd.custom_field_values)).toEqual(ticket.custom['order_number'] ? [ticket.custom['order_number']] : []);
        // Known difference: the channel is the import's (`api`); Zendesk sets `via` itself.
        expect(zd.via.channel).toBe('api');
        // archive_immediately: closed tickets went straight to the archive.
        expect(zd.archived).toBe(ticket.status === 'closed');
        expect(zd.comments).toHaveLength(ticket.comments.length);
        ticket.comments.forEach((c, i) => {
          const zc = zd.comments[i];
          expect(zc?.author_id).toBe(targetOf(c.authorType === 'agent' ? 'agents' : 'contacts', c.authorId as string));
          expect(zc?.public).toBe(c.public);
          expect(zc?.created_at).toBe(c.createdAt.replace('.000Z', 'Z'));
          expect(text(zc?.html_body ?? '')).toBe(text(c.body));
          expect(zc?.attachments.map((a) => [a.file_name, a.content_type, a.bytes.toString()])).toEqual(
            c.attachments.map((a) => [a.fileName, a.contentType, readFileSync(join(source, a.url), 'utf8')]),
          );
        });
      }

      // Help Center: hierarchy, translations, status, attachments.
      for (const category of read<KbCategory>('kb_categories')) {
        const hc = store.hc.categories.get(targetOf('kb_categories', category.id));
        // Known difference: the archive's "en" is written in the Help Center's enabled "en-us".
        expect(hc?.translations.map((t) => [t.locale, t.title])).toEqual([['en-us', category.name], ['fr', category.translations['fr']?.name]]);
      }
      for (const folder of read<KbFolder>('kb_folders')) {
        const section = store.hc.sections.get(targetOf('kb_folders', folder.id));
        expect(section?.category_id).toBe(targetOf('kb_categories', folder.categoryId));
        expect(section?.parent_section_id).toBe(folder.parentFolderId ? targetOf('kb_folders', folder.parentFolderId) : null);
        expect(section?.translations[0]?.title).toBe(folder.name);
      }
      for (const article of read<Article>('articles')) {
        const hc = store.hc.articles.get(targetOf('articles', article.id));
        if (!hc) throw new Error(`article ${article.id} missing`);
        const section = store.hc.sections.get(hc.section_id);
        if (article.folderId) expect(hc.section_id).toBe(targetOf('kb_folders', article.folderId));
        else {
          // Known difference: Zendesk articles live in a section; one outside any folder goes to the mapping's default.
          expect(section?.translations[0]?.title).toBe('Source Default Folder');
          expect(store.hc.categories.get(section?.category_id ?? 0)?.translations[0]?.title).toBe('Source Default Category');
        }
        expect(hc.translations.map((t) => [t.locale, t.title, t.body, t.draft])).toEqual([
          ['en-us', article.title, article.body, article.status === 'draft'],
          ...article.translations.map((t) => [t.locale, t.title, t.body, t.status === 'draft']),
        ]);
        expect(hc.author_id).toBe(targetOf('agents', article.authorId as string));
        expect(hc.user_segment_id).toBeNull();
        const files = [...store.hc.articleAttachments.values()].filter((a) => a.article_id === hc.id);
        expect(files.map((f) => [f.file_name, f.bytes.toString()])).toEqual(article.attachments.map((a) => [a.fileName, readFileSync(join(source, a.url), 'utf8')]));
        // Known difference: Help Center dates are Zendesk's (the time of the migration).
        expect(hc.created_at).not.toBe(article.createdAt);
      }
      // options.skip_notifications (default true): no subscriber was emailed.
      expect(store.hc.notifications).toEqual([]);
    });
  });
});
