/**
 * A deterministic Freshdesk account for migration tests: same options → same account. Ids are
 * explicit and stay clear of the ids the simulator allocates (tickets from 1, other records from
 * 100,001): contacts 1,000+, agents 500+, companies 200+, groups 300+, fields 400+, tickets 10,000+,
 * conversations 2,000,000+, solutions 900,000+.
 *
 * Edge cases it always contains: a ticket with `longTicketConversations` conversations (default 120:
 * more than one 100-item page); customer messages (incoming notes), public and private notes and
 * replies; attachments; HTML and non-ASCII bodies; unassigned tickets; every custom field type with
 * values set and unset; the custom status 6; an archived ticket (closed, inactive 150 days), spam and
 * deleted tickets, tickets created in the last 30 days and older ones; contacts with
 * `unique_external_id`, `other_emails`, phone only; Solutions with a draft article, optional
 * sub-folders and translations.
 *
 * `bulkTickets` adds that many light tickets (no conversations, status Resolved) with distinct
 * `updated_at` over the year before `endTime`, yielded lazily: enough to pass the list's
 * 300-page × 100 cap without building them all up front.
 */
import { isoSeconds } from '../common/iso-seconds.js';
import { seededRandom } from '../common/seeded-random.js';
import type { FreshdeskAccount, SeedArticle, SeedCategory, SeedCompany, SeedContact, SeedConversation, SeedFolder, SeedTicket, SeedTicketField } from './seed.js';
import type { CustomFieldType } from './types.js';

export interface GenerateOptions {
  seed: number;
  contacts?: number;
  companies?: number;
  agents?: number;
  groups?: number;
  tickets?: number;
  longTicketConversations?: number;
  bulkTickets?: number;
  /** The account's "now": recent tickets are just before it. Default 2026-01-01T00:00:00Z. */
  endTime?: string;
  /** Account number of the generated `cf_` names; match the simulator's `accountNumber`. Default 297457. */
  accountNumber?: number;
  /** Languages with translations of every category, folder and article. Default none. */
  translations?: string[];
  /** Add a sub-folder (needs the simulator's flexibleHierarchy to be visible). Default false. */
  subfolders?: boolean;
}

export interface GeneratedIds {
  agents: number[];
  contacts: number[];
  companies: number[];
  groups: number[];
  /** Custom field API names by type. */
  fields: Record<CustomFieldType, string>;
  longTicket: number;
  archivedTicket: number;
  spamTicket: number;
  deletedTicket: number;
  recentTicket: number;
  customStatusTicket: number;
  attachmentTicket: number;
  /** Ordinary tickets (not bulk), all ids. */
  tickets: number[];
  bulk: { first: number; count: number };
  categories: number[];
  folders: number[];
  subfolder: number | undefined;
  articles: number[];
  draftArticle: number;
}

const DAY = 86_400_000;
const FIELD_TYPES: CustomFieldType[] = ['custom_text', 'custom_paragraph', 'custom_checkbox', 'custom_number', 'custom_decimal', 'custom_date', 'custom_dropdown'];

export function generateFreshdeskAccount(options: GenerateOptions): { account: FreshdeskAccount; ids: GeneratedIds } {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const end = Date.parse(options.endTime ?? '2026-01-01T00:00:00Z');
  const at = isoSeconds;
  const suffix = options.accountNumber ?? 297457;
  const counts = { contacts: options.contacts ?? 40, companies: options.companies ?? 6, agents: options.agents ?? 4, groups: options.groups ?? 3, tickets: Math.max(options.tickets ?? 40, 8) };

  const companies: SeedCompany[] = Array.from({ length: counts.companies }, (_, i) => ({
    id: 200 + i, name: `${pick(['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Soylent'])} ${i + 1}`, domains: [`company${i + 1}.example`], created_at: at(end - 400 * DAY + i * DAY),
    custom_fields: i % 2 === 0 ? { tier: ['gold', 'silver'][i % 2 === 0 ? 0 : 1], seats: 5 + i } : {},
  }));
  const agents = Array.from({ length: counts.agents }, (_, i) => ({ id: 500 + i, name: `Agent ${i + 1}`, email: `agent${i + 1}@support.example`, ticket_scope: 1 as const }));
  const groups = Array.from({ length: counts.groups }, (_, i) => ({ id: 300 + i, name: ['Billing', 'Technical', 'Sales', 'Returns'][i % 4] + (i >= 4 ? ` ${i}` : ''), agent_ids: agents.filter((_, j) => j % counts.groups === i).map((a) => a.id) }));
  const contacts: SeedContact[] = Array.from({ length: counts.contacts }, (_, i) => {
    const c: SeedContact = { id: 1000 + i, name: i % 7 === 3 ? `Zoë Ünal ${i}` : `Customer ${i + 1}`, created_at: at(end - 380 * DAY + i * 3_600_000) };
    if (i % 11 === 5) c.phone = `+1555000${String(i).padStart(4, '0')}`;
    else c.email = `customer${i + 1}@mail${i % 3}.example`;
    if (i % 4 === 0) c.unique_external_id = `ext-${i + 1}`;
    if (i % 9 === 2) c.other_emails = [`alt${i + 1}@mail.example`];
    if (companies.length > 0 && i % 2 === 0) c.company_id = companies[i % companies.length]?.id;
    if (i % 3 === 0) c.custom_fields = { plan: ['free', 'pro'][i % 2], beta_tester: i % 2 === 0 };
    return c;
  });
  const fields: Record<CustomFieldType, string> = Object.fromEntries(FIELD_TYPES.map((t) => [t, `cf_${t.slice('custom_'.length)}_field_${suffix}`])) as Record<CustomFieldType, string>;
  const ticketFields: SeedTicketField[] = FIELD_TYPES.map((type, i) => ({
    id: 400 + i, name: fields[type], label: `${type.slice('custom_'.length)} field`, type, ...(type === 'custom_dropdown' ? { choices: ['Refund', 'Exchange', 'Question'] } : {}),
  }));
  const fieldValue = (type: CustomFieldType, i: number): unknown =>
    ({ custom_text: `value ${i}`, custom_paragraph: `line one\nline two ${i}`, custom_checkbox: i % 2 === 0, custom_number: i * 3, custom_decimal: i + 0.5, custom_date: at(end - i * DAY).slice(0, 10), custom_dropdown: ['Refund', 'Exchange', 'Question'][i % 3] })[type];

  const requesters = contacts.map((c) => c.id as number);
  const conversationId = { next: 2_000_000 };
  const conversations = (n: number, requester: number, agent: number, start: number, attach: boolean): SeedConversation[] =>
    Array.from({ length: n }, (_, k) => {
      const kind = k % 4;
      const c: SeedConversation = {
        id: conversationId.next++,
        body: kind === 0 ? `<p>Customer message ${k} — ça marche?</p>` : kind === 1 ? `<p>Agent reply <b>${k}</b></p>` : kind === 2 ? `<p>Internal note ${k}</p>` : `<p>Public note ${k}</p>`,
        user_id: kind === 0 ? requester : agent,
        incoming: kind === 0,
        private: kind === 2,
        source: kind === 1 ? 0 : 2,
        created_at: at(start + (k + 1) * 3_600_000),
      };
      if (attach && k === 1) c.attachments = [{ name: 'screenshot.png', content_type: 'image/png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) }];
      return c;
    });

  const tickets: SeedTicket[] = [];
  for (let i = 0; i < counts.tickets; i++) {
    const created = end - (200 - i * (190 / counts.tickets)) * DAY;
    const requester = requesters[i % requesters.length] ?? 1000;
    const agent = agents.length > 0 ? (agents[i % agents.length]?.id ?? 500) : 500;
    const t: SeedTicket = {
      id: 10_000 + i,
      subject: i % 5 === 0 ? `Überweisung fehlgeschlagen #${i}` : `Question ${i}`,
      description: `<div>Hello, I need help with order ${i}.</div>`,
      status: [2, 3, 4, 2][i % 4],
      priority: 1 + (i % 4),
      source: [1, 2, 3, 7][i % 4],
      type: i % 6 === 0 ? null : pick(['Question', 'Incident', 'Problem']),
      requester_id: requester,
      responder_id: i % 5 === 4 ? null : agent,
      group_id: i % 5 === 4 ? null : (groups[i % Math.max(groups.length, 1)]?.id ?? null),
      tags: i % 3 === 0 ? ['vip', `batch-${i % 2}`] : [],
      custom_fields: Object.fromEntries(FIELD_TYPES.filter((_, k) => (i + k) % 3 !== 0).map((type) => [fields[type], fieldValue(type, i)])),
      conversations: conversations(1 + (i % 5), requester, agent, created, i % 4 === 1),
      created_at: at(created),
      updated_at: at(created + 6 * 3_600_000 + (i % 5 + 1) * 3_600_000),
    };
    tickets.push(t);
  }
  const special = (index: number, patch: Partial<SeedTicket>) => Object.assign(tickets[index] as SeedTicket, patch);
  const long = special(0, { conversations: conversations(options.longTicketConversations ?? 120, requesters[0] ?? 1000, agents[0]?.id ?? 500, end - 200 * DAY, true) });
  long.updated_at = at(end - 200 * DAY + ((options.longTicketConversations ?? 120) + 2) * 3_600_000);
  const archived = special(1, { status: 5, created_at: at(end - 190 * DAY), updated_at: at(end - 150 * DAY) });
  const spam = special(2, { spam: true });
  const deleted = special(3, { deleted: true });
  const customStatus = special(4, { status: 6 });
  const attachment = special(5, { attachments: [{ name: 'invoice.pdf', content_type: 'application/pdf', bytes: Buffer.from('%PDF-1.4 simulated') }] });
  const recent = special(6, { created_at: at(end - 5 * DAY), updated_at: at(end - 4 * DAY), conversations: conversations(2, requesters[6 % requesters.length] ?? 1000, agents[0]?.id ?? 500, end - 5 * DAY, false) });

  const languages = options.translations ?? [];
  const translate = (name: string) => Object.fromEntries(languages.map((l) => [l, { name: `${name} (${l})`, title: `${name} (${l})`, description: `<p>${name} — ${l}</p>` }]));
  const categories: SeedCategory[] = [
    { id: 900_000, name: 'Getting started', description: 'Basics', translations: translate('Getting started') },
    { id: 900_001, name: 'Billing', translations: translate('Billing') },
  ];
  const folders: SeedFolder[] = [
    { id: 900_100, category_id: 900_000, name: 'Accounts', translations: translate('Accounts') },
    { id: 900_101, category_id: 900_000, name: 'Agents only', visibility: 3, translations: translate('Agents only') },
    { id: 900_102, category_id: 900_001, name: 'Invoices', translations: translate('Invoices') },
  ];
  if (options.subfolders) folders.push({ id: 900_103, category_id: 900_000, parent_folder_id: 900_100, name: 'Passwords', translations: translate('Passwords') });
  const articles: SeedArticle[] = folders.flatMap((folder, i) => [
    { id: 900_200 + i * 2, folder_id: folder.id as number, title: `How to ${folder.name.toLowerCase()}`, description: `<p>Steps for ${folder.name} <img src="https://cdn.example/x.png"></p>`, tags: ['howto'], agent_id: agents[0]?.id, translations: Object.fromEntries(Object.entries(translate(`How to ${folder.name.toLowerCase()}`)).map(([l, t]) => [l, { title: t.title, description: t.description }])), created_at: at(end - 300 * DAY), updated_at: at(end - 100 * DAY) },
    { id: 900_201 + i * 2, folder_id: folder.id as number, title: `${folder.name} FAQ`, description: `<p>FAQ</p>`, status: (i === 0 ? 1 : 2) as 1 | 2, created_at: at(end - 250 * DAY) },
  ]);

  const bulkCount = options.bulkTickets ?? 0;
  const bulkFirst = 10_000 + counts.tickets;
  const bulkRequester = requesters[0] ?? 1000;
  function* bulkTickets(): Generator<SeedTicket> {
    const span = 364 * DAY;
    for (let k = 0; k < bulkCount; k++) {
      const updated = end - 365 * DAY + Math.floor(((k + 1) * span) / (bulkCount + 1));
      yield { id: bulkFirst + k, subject: `Bulk ticket ${k}`, status: 4, requester_id: bulkRequester, created_at: at(updated - 3_600_000), updated_at: at(updated) };
    }
  }

  return {
    account: {
      companies, agents, groups, contacts, ticketFields,
      contactFields: [{ label: 'Plan', type: 'custom_dropdown', choices: ['free', 'pro'] }, { label: 'Beta tester', type: 'custom_checkbox' }],
      companyFields: [{ label: 'Tier', type: 'custom_text' }, { label: 'Seats', type: 'custom_number' }],
      statuses: [{ id: 6, label: 'Waiting on customer', customer_label: 'Awaiting your reply' }],
      tickets,
      ...(bulkCount > 0 ? { bulkTickets: { [Symbol.iterator]: bulkTickets } } : {}),
      categories, folders, articles,
    },
    ids: {
      agents: agents.map((a) => a.id), contacts: requesters, companies: companies.map((c) => c.id as number), groups: groups.map((g) => g.id),
      fields,
      longTicket: long.id as number, archivedTicket: archived.id as number, spamTicket: spam.id as number, deletedTicket: deleted.id as number,
      recentTicket: recent.id as number, customStatusTicket: customStatus.id as number, attachmentTicket: attachment.id as number,
      tickets: tickets.map((t) => t.id as number),
      bulk: { first: bulkFirst, count: bulkCount },
      categories: categories.map((c) => c.id as number), folders: folders.map((f) => f.id as number), subfolder: options.subfolders ? 900_103 : undefined,
      articles: articles.map((a) => a.id as number), draftArticle: 900_201,
    },
  };
}
