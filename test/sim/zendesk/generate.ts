/**
 * A deterministic Zendesk account for migration tests: same `seed` → same account, byte for byte.
 * Ids are explicit (so fixtures can refer to them) and stay clear of the ids the simulator allocates
 * at start (10,001 upwards).
 *
 * Edge cases it always contains (when the counts allow):
 * - one ticket with `longTicketComments` comments (default 120: more than one 100-item comment page);
 * - comments with attachments (text and binary), private notes, HTML bodies, non-ASCII text;
 * - unassigned tickets (no assignee, no group), tickets without type or priority;
 * - every custom ticket field type the engine maps (text, textarea, dropdown, multiselect, checkbox,
 *   integer, decimal, date) with values set and unset;
 * - a closed ticket archived immediately, solved tickets, a ticket with an external_id;
 * - users with mixed-case external ids, user and organization custom fields, an agent without group;
 * - Help Center: nested sections, translated categories/sections/articles, a draft article, an article
 *   restricted to a user segment, article attachments.
 */
import { isoSeconds } from '../common/iso-seconds.js';
import { seededRandom } from '../common/seeded-random.js';
import type {
  SeedArticle,
  SeedCategory,
  SeedComment,
  SeedCustomField,
  SeedGroup,
  SeedOrganization,
  SeedSection,
  SeedTicket,
  SeedTicketField,
  SeedTranslation,
  SeedUser,
  ZendeskAccount,
} from './seed.js';
import type { TicketPriority, TicketStatus, TicketType } from './types.js';

export interface GenerateOptions {
  seed: number;
  endUsers?: number;
  agents?: number;
  organizations?: number;
  groups?: number;
  tickets?: number;
  /** Comments per ordinary ticket: 1..max. Default 6. */
  maxCommentsPerTicket?: number;
  /** Comments on the one long ticket. Default 120. */
  longTicketComments?: number;
  categories?: number;
  articles?: number;
  /** Enabled Help Center locales; the first is the default. Default ['en-us', 'de']. */
  locales?: string[];
  /** Time of the oldest record. Default 2023-01-01T00:00:00Z. Everything is at most ~200 days later. */
  startTime?: string;
}

/** Ids of the generated records by role, for tests that want to point at a particular edge case. */
export interface GeneratedIds {
  agents: number[];
  endUsers: number[];
  organizations: number[];
  groups: number[];
  ticketFields: Record<'text' | 'textarea' | 'dropdown' | 'multiselect' | 'checkbox' | 'integer' | 'decimal' | 'date', number>;
  longTicket: number;
  archivedTicket: number;
  unassignedTickets: number[];
  categories: number[];
  sections: number[];
  nestedSections: number[];
  articles: number[];
  draftArticle: number;
  restrictedArticle: number;
  restrictedSegment: number;
  permissionGroup: number;
}

export function generateZendeskAccount(options: GenerateOptions): { account: ZendeskAccount; ids: GeneratedIds } {
  const random = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const start = Date.parse(options.startTime ?? '2023-01-01T00:00:00Z');
  const at = isoSeconds;
  const day = 86_400_000;
  const locales = (options.locales ?? ['en-us', 'de']).map((l) => l.toLowerCase());
  const defaultLocale = locales[0] ?? 'en-us';
  const second = locales[1];

  const counts = {
    endUsers: options.endUsers ?? 20,
    agents: options.agents ?? 4,
    organizations: options.organizations ?? 5,
    groups: options.groups ?? 2,
    tickets: options.tickets ?? 30,
    maxComments: options.maxCommentsPerTicket ?? 6,
    longComments: options.longTicketComments ?? 120,
    categories: options.categories ?? 2,
    articles: options.articles ?? 8,
  };

  const groups: SeedGroup[] = Array.from({ length: counts.groups }, (_, i) => ({
    id: 101 + i,
    name: ['Support', 'Billing', 'Escalations', 'Sales'][i] ?? `Group ${i + 1}`,
    description: `Group ${i + 1}`,
    created_at: at(start + i * 1000),
  }));

  const userFields: SeedCustomField[] = [
    { id: 301, key: 'plan_tier', type: 'dropdown', title: 'Plan tier', custom_field_options: [{ id: 311, name: 'Free', value: 'tier_free' }, { id: 312, name: 'Pro', value: 'tier_pro' }] },
    { id: 302, key: 'seats', type: 'integer', title: 'Seats' },
    { id: 303, key: 'vip', type: 'checkbox', title: 'VIP' },
  ];
  const organizationFields: SeedCustomField[] = [
    { id: 351, key: 'region', type: 'text', title: 'Region' },
    { id: 352, key: 'renewal', type: 'date', title: 'Renewal date' },
  ];

  const organizations: SeedOrganization[] = Array.from({ length: counts.organizations }, (_, i) => ({
    id: 201 + i,
    name: `Org ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''} Ltd`,
    external_id: `ORG-${i + 1}`,
    domain_names: [`org${i + 1}.example.com`],
    details: i % 2 === 0 ? `Details of org ${i + 1}` : null,
    notes: null,
    tags: i % 2 === 0 ? ['customer', `region_${i % 3}`] : [],
    organization_fields: i % 2 === 0 ? { region: pick(['EMEA', 'APAC', 'AMER']), renewal: at(start + int(100, 300) * day).slice(0, 10) } : {},
    created_at: at(start + i * 60_000),
  }));

  const agents: SeedUser[] = Array.from({ length: counts.agents }, (_, i) => ({
    id: 1001 + i,
    name: `Agent ${i + 1}`,
    email: `agent${i + 1}@support.example.com`,
    role: i === 0 ? 'admin' : 'agent',
    // The last agent has no group: its tickets still need an assignee without group.
    default_group_id: i < counts.agents - 1 && groups.length > 0 ? (groups[i % groups.length]?.id ?? null) : null,
    created_at: at(start + 2 * day + i * 1000),
  }));

  const endUsers: SeedUser[] = Array.from({ length: counts.endUsers }, (_, i) => {
    const org = i % 4 === 3 || organizations.length === 0 ? null : (organizations[i % organizations.length]?.id ?? null);
    return {
      id: 2001 + i,
      name: i === 1 ? 'Zoë Ünïcode-Ñame' : `Customer ${i + 1}`,
      email: i === 5 ? null : `customer${i + 1}@mail.example.org`,
      phone: i === 5 ? '+4512345678' : null,
      // Mixed-case external ids: Zendesk matches them case-insensitively.
      external_id: i % 3 === 0 ? `Cust-${i + 1}` : null,
      organization_id: org,
      tags: i % 5 === 0 ? ['newsletter'] : [],
      user_fields: i % 2 === 0 ? { plan_tier: pick(['tier_free', 'tier_pro']), seats: int(1, 50), vip: i % 4 === 0 } : {},
      locale: i % 7 === 0 ? 'de' : 'en-US',
      created_at: at(start + 3 * day + i * 3_600_000),
    };
  });

  const ticketFields: SeedTicketField[] = [
    { id: 401, type: 'text', title: 'Order number' },
    { id: 402, type: 'textarea', title: 'Steps to reproduce' },
    {
      id: 403,
      type: 'tagger',
      title: 'Product',
      custom_field_options: [
        { id: 451, name: 'Widget', value: 'product_widget' },
        { id: 452, name: 'Gadget', value: 'product_gadget' },
        { id: 453, name: 'Gizmo', value: 'product_gizmo' },
      ],
    },
    {
      id: 404,
      type: 'multiselect',
      title: 'Platforms',
      custom_field_options: [
        { id: 461, name: 'iOS', value: 'platform_ios' },
        { id: 462, name: 'Android', value: 'platform_android' },
        { id: 463, name: 'Web', value: 'platform_web' },
      ],
    },
    { id: 405, type: 'checkbox', title: 'Escalated', tag: 'escalated' },
    { id: 406, type: 'integer', title: 'Affected seats' },
    { id: 407, type: 'decimal', title: 'Refund amount' },
    { id: 408, type: 'date', title: 'Due by customer' },
  ];

  const statuses: TicketStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
  const priorities: Array<TicketPriority | null> = ['low', 'normal', 'high', 'urgent', null];
  const types: Array<TicketType | null> = ['question', 'incident', 'problem', 'task', null];
  const agentIds = agents.map((a) => a.id as number);
  const endUserIds = endUsers.map((u) => u.id as number);
  let commentId = 100_001;
  let attachmentId = 200_001;

  const tickets: SeedTicket[] = [];
  const unassigned: number[] = [];
  let longTicket = 0;
  let archivedTicket = 0;
  for (let i = 0; i < counts.tickets; i++) {
    const id = i + 1;
    const requester = endUserIds.length > 0 ? (endUserIds[i % endUserIds.length] as number) : (agentIds[0] as number);
    const isUnassigned = i % 5 === 1 || agentIds.length === 0;
    const assignee = isUnassigned ? null : (agentIds[i % agentIds.length] as number);
    const assigneeGroup = assignee === null ? null : (agents.find((a) => a.id === assignee)?.default_group_id ?? null);
    const isLong = i === 0 && counts.longComments > 0;
    const isArchived = i === 2;
    const status: TicketStatus = isArchived ? 'closed' : isUnassigned ? pick(['new', 'open', 'pending']) : pick(statuses);
    const created = start + 10 * day + i * 4 * 3_600_000;
    const nComments = isLong ? counts.longComments : int(1, counts.maxComments);
    const comments: SeedComment[] = [];
    for (let c = 0; c < nComments; c++) {
      const fromAgent = c % 2 === 1 && assignee !== null;
      const author = fromAgent ? assignee : requester;
      const isPrivate = fromAgent && c % 3 === 0;
      const comment: SeedComment = {
        id: commentId++,
        author_id: author,
        public: !isPrivate,
        created_at: at(created + c * 600_000),
      };
      if (c % 4 === 2) comment.html_body = `<p>Reply ${c + 1} with <strong>markup</strong> &amp; a <a href="https://example.com/${id}">link</a></p>`;
      else comment.body = c === 0 ? `Problem report ${id}: ${pick(['cannot log in', 'billing question', 'crash on start', 'feature request'])}.\nSecond line — ünïcödé ✓` : `Comment ${c + 1} on ticket ${id}`;
      if ((i % 3 === 0 && c === 0) || (isLong && c === 50)) {
        comment.attachments = [
          { id: attachmentId++, file_name: `log-${id}-${c}.txt`, content_type: 'text/plain', content: `log line 1 for ticket ${id}\nlog line 2\n` },
          ...(i % 6 === 0 ? [{ id: attachmentId++, file_name: `screen-${id}.png`, content_type: 'image/png', content: Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10, i % 256, c % 256, 0, 255]) }] : []),
        ];
      }
      comments.push(comment);
    }
    const custom: Array<{ id: number; value: unknown }> = [];
    if (i % 2 === 0) custom.push({ id: 401, value: `ORD-${10_000 + i}` });
    if (i % 7 === 0) custom.push({ id: 402, value: '1. open app\n2. tap login' });
    if (i % 3 !== 2) custom.push({ id: 403, value: pick(['product_widget', 'product_gadget', 'product_gizmo']) });
    if (i % 4 === 0) custom.push({ id: 404, value: i % 8 === 0 ? ['platform_ios', 'platform_web'] : ['platform_android'] });
    if (i % 5 === 0) custom.push({ id: 405, value: true });
    if (i % 6 === 0) custom.push({ id: 406, value: int(1, 500) });
    if (i % 9 === 0) custom.push({ id: 407, value: '12.50' });
    if (i % 10 === 0) custom.push({ id: 408, value: at(created + 30 * day).slice(0, 10) });
    const last = Date.parse(comments[comments.length - 1]?.created_at ?? at(created));
    const ticket: SeedTicket = {
      id,
      subject: `Ticket ${id} subject`,
      type: pick(types),
      priority: pick(priorities),
      status,
      requester_id: requester,
      assignee_id: assignee,
      group_id: isUnassigned ? null : assigneeGroup,
      tags: i % 2 === 0 ? ['from_generator', `batch_${i % 3}`] : [],
      custom_fields: custom,
      via_channel: pick(['web', 'email', 'api', 'chat']),
      external_id: i % 4 === 0 ? `SRC-${id}` : null,
      created_at: at(created),
      updated_at: at(last + 60_000),
      ...(status === 'solved' || status === 'closed' ? { solved_at: at(last + 30_000) } : {}),
      archived: isArchived,
      comments,
    };
    if (isLong) longTicket = id;
    if (isArchived) archivedTicket = id;
    if (isUnassigned) unassigned.push(id);
    tickets.push(ticket);
  }

  // Help Center.
  const permissionGroup = 5901;
  const restrictedSegment = 5951;
  const categories: SeedCategory[] = Array.from({ length: counts.categories }, (_, i) => ({
    id: 5001 + i,
    name: `Category ${i + 1}`,
    description: `About category ${i + 1}`,
    locale: defaultLocale,
    position: i,
    created_at: at(start + 5 * day + i * 1000),
  }));
  const sections: SeedSection[] = [];
  const nestedSections: number[] = [];
  let sectionId = 5101;
  for (const category of categories) {
    const top = sectionId++;
    sections.push({ id: top, category_id: category.id as number, name: `Section ${top}`, description: 'Top-level section', locale: defaultLocale, position: 0 });
    const nested = sectionId++;
    sections.push({ id: nested, category_id: category.id as number, parent_section_id: top, name: `Nested ${nested}`, description: 'Nested section', locale: defaultLocale, position: 1 });
    nestedSections.push(nested);
  }
  const articles: SeedArticle[] = [];
  const translations: SeedTranslation[] = [];
  const articleIds: number[] = [];
  for (let i = 0; i < counts.articles && sections.length > 0; i++) {
    const id = 5201 + i;
    const section = sections[i % sections.length] as SeedSection;
    const article: SeedArticle = {
      id,
      section_id: section.id as number,
      title: `How to ${pick(['reset a password', 'export data', 'invite a teammate', 'change plan'])} (${id})`,
      body: `<h2>Steps</h2><ol><li>Open settings</li><li>Click <em>Go</em></li></ol><p>Article ${id}.</p>`,
      locale: defaultLocale,
      draft: i === 1,
      author_id: agentIds[i % Math.max(1, agentIds.length)],
      permission_group_id: permissionGroup,
      user_segment_id: i === 2 ? restrictedSegment : null,
      label_names: i % 2 === 0 ? ['howto'] : [],
      position: i,
      promoted: i === 0,
      created_at: at(start + 6 * day + i * 3_600_000),
      updated_at: at(start + 7 * day + i * 3_600_000),
      ...(i % 3 === 0
        ? {
            attachments: [
              { id: 6001 + i, file_name: `diagram-${id}.png`, content_type: 'image/png', content: Uint8Array.from([137, 80, 78, 71, i % 256]), inline: true },
              { id: 6501 + i, file_name: `guide-${id}.pdf`, content_type: 'application/pdf', content: `%PDF-1.4 guide ${id}` },
            ],
          }
        : {}),
    };
    if (article.author_id === undefined) delete article.author_id;
    articles.push(article);
    articleIds.push(id);
    if (second && i % 2 === 0) translations.push({ source_type: 'Article', source_id: id, locale: second, title: `Anleitung ${id}`, body: `<p>Übersetzung von ${id}</p>`, draft: false });
  }
  if (second) {
    for (const c of categories) translations.push({ source_type: 'Category', source_id: c.id as number, locale: second, title: `Kategorie ${c.id}`, body: 'Beschreibung' });
    for (const s of sections.slice(0, 1)) translations.push({ source_type: 'Section', source_id: s.id as number, locale: second, title: `Abschnitt ${s.id}`, body: '' });
  }

  const account: ZendeskAccount = {
    locales: { enabled: locales, default: defaultLocale },
    permissionGroups: [{ id: permissionGroup, name: 'Writers' }],
    userSegments: [{ id: restrictedSegment, name: 'Pro customers', user_type: 'signed_in_users', tags: ['pro'] }],
    groups,
    userFields,
    organizationFields,
    organizations,
    users: [...agents, ...endUsers],
    ticketFields,
    tickets,
    categories,
    sections,
    articles,
    translations,
  };
  return {
    account,
    ids: {
      agents: agentIds,
      endUsers: endUserIds,
      organizations: organizations.map((o) => o.id as number),
      groups: groups.map((g) => g.id as number),
      ticketFields: { text: 401, textarea: 402, dropdown: 403, multiselect: 404, checkbox: 405, integer: 406, decimal: 407, date: 408 },
      longTicket,
      archivedTicket,
      unassignedTickets: unassigned,
      categories: categories.map((c) => c.id as number),
      sections: sections.map((s) => s.id as number),
      nestedSections,
      articles: articleIds,
      draftArticle: articleIds[1] ?? 0,
      restrictedArticle: articleIds[2] ?? 0,
      restrictedSegment,
      permissionGroup,
    },
  };
}
