/**
 * A deterministic Intercom workspace for migration tests: the same `seed` gives the same workspace.
 * Besides ordinary records it always contains the edge cases a connector must survive, and says
 * where they are in `edges`:
 * - a conversation longer than the 500-part read cap, and a ticket likewise;
 * - attachments served by the sim, including one part with more than 10 attachments;
 * - contacts with phones that are not valid E.164, and a lead without an email;
 * - unassigned conversations next to admin- and team-assigned ones; open, closed and snoozed;
 * - an agent-first conversation (the history starts with an admin message);
 * - a company no contact belongs to (invisible to the company lists and scroll);
 * - collections nested three levels deep, translated into every help-center locale, and articles in
 *   each level, translated, plus a draft and an article outside any collection.
 */
import { seededRandom } from '../common/seeded-random.js';
import type { SeedArticle, SeedAttachment, SeedCollection, SeedCompany, SeedContact, SeedConversation, SeedPart, SeedTicket, IntercomWorkspaceSeed } from './seed.js';

export interface GenerateOptions {
  seed?: number;
  /** Ordinary contacts beyond the edge-case ones. Default 8. */
  contacts?: number;
  /** Ordinary companies (each with contacts). Default 3. */
  companies?: number;
  /** Ordinary conversations beyond the edge-case ones. Default 6. */
  conversations?: number;
  /** Ordinary tickets. Default 3. */
  tickets?: number;
  /** Parts in the long conversation. Default 520 (past the 500 cap). */
  longThreadParts?: number;
  /** Parts in the long ticket. Default 505. */
  longTicketParts?: number;
  /** Help center locales, default first. Default en, fr, de. */
  locales?: string[];
  /** First timestamp used (Unix seconds). Default 2023-11-14T22:13:20Z. */
  start?: number;
}

export interface GeneratedEdges {
  longConversationId: string;
  longConversationParts: number;
  longTicketId: string;
  longTicketParts: number;
  attachmentConversationId: string;
  /** The part (in the attachment conversation) that has more than 10 attachments. */
  manyAttachmentsPartId: string;
  agentFirstConversationId: string;
  unassignedConversationIds: string[];
  invalidPhoneContactIds: string[];
  leadWithoutEmailId: string;
  companyWithoutContactsId: string;
  /** Top, middle and leaf collection of the three-level chain. */
  nestedCollectionIds: [string, string, string];
  translatedArticleIds: string[];
  articleOutsideCollectionsId: string;
  draftArticleId: string;
}

export interface GeneratedWorkspace {
  workspace: IntercomWorkspaceSeed;
  edges: GeneratedEdges;
}

const FIRST = ['Ada', 'Brian', 'Chloe', 'Dmitri', 'Eva', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Luca'];
const LAST = ['Lovelace', "O'Neill", 'Dubois', 'Ivanov', 'García', 'Haddad', 'Hopper', 'Tanaka', 'Silva', 'Berg', 'Adeyemi', 'Rossi'];
const VALID_PHONES = ['+353871234567', '+14155552671', '+447911123456', '+33612345678', '+4915123456789', '+61412345678'];
const INVALID_PHONES = ['087 123 4567', '+1 (555) 0100', '12345', '+999123'];

function hex24(prefix: string, n: number): string {
  return prefix + n.toString(16).padStart(24 - prefix.length, '0');
}

export function generateIntercomWorkspace(options: GenerateOptions = {}): GeneratedWorkspace {
  const random = seededRandom(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const start = options.start ?? 1_700_000_000;
  let clock = start;
  const tick = (max = 3600): number => (clock += 1 + Math.floor(random() * max));
  const locales = options.locales ?? ['en', 'fr', 'de'];
  const otherLocales = locales.slice(1);
  let fileCounter = 0;
  const file = (kind: 'png' | 'pdf' | 'txt'): SeedAttachment => {
    fileCounter++;
    const name = `file-${fileCounter}.${kind}`;
    const content_type = kind === 'png' ? 'image/png' : kind === 'pdf' ? 'application/pdf' : 'text/plain';
    return { name, content_type, data: Buffer.from(`${name} generated with seed ${options.seed ?? 42}\n`.repeat(1 + Math.floor(random() * 4))) };
  };

  const admins = [
    { id: '991200001', name: 'Ana Admin', email: 'ana@sim.test', job_title: 'Support lead', team_ids: ['5017001'] },
    { id: '991200002', name: 'Bo Agent', email: 'bo@sim.test', job_title: 'Agent', team_ids: ['5017001', '5017002'] },
    { id: '991200003', name: 'Cy Away', email: 'cy@sim.test', away_mode_enabled: true, team_ids: ['5017002'] },
  ];
  const teams = [
    { id: '5017001', name: 'Tier 1', admin_ids: ['991200001', '991200002'] },
    { id: '5017002', name: 'Billing', admin_ids: ['991200002', '991200003'] },
  ];
  const tags = [
    { id: '7000001', name: 'VIP' },
    { id: '7000002', name: 'bug' },
    { id: '7000003', name: 'billing' },
    { id: '7000004', name: 'Needs follow-up' },
  ];
  const dataAttributes: IntercomWorkspaceSeed['dataAttributes'] = [
    { model: 'contact', name: 'plan', data_type: 'string', label: 'Plan' },
    { model: 'contact', name: 'seats', data_type: 'integer', label: 'Seats' },
    { model: 'contact', name: 'beta_tester', data_type: 'boolean', label: 'Beta tester' },
    { model: 'contact', name: 'trial_ends_at', data_type: 'date', label: 'Trial ends' },
    { model: 'company', name: 'tier', data_type: 'string', label: 'Tier' },
    { model: 'company', name: 'arr', data_type: 'float', label: 'ARR' },
  ];

  const companies: SeedCompany[] = [];
  const companyCount = options.companies ?? 3;
  for (let i = 1; i <= companyCount; i++) {
    const created = tick(86400);
    companies.push({
      id: hex24('6762c0', i),
      company_id: `co-${i}`,
      name: `${pick(LAST)} ${pick(['Ltd', 'GmbH', 'SAS', 'Inc'])} ${i}`,
      plan: pick(['Starter', 'Pro', 'Enterprise']),
      size: 5 + Math.floor(random() * 500),
      website: `https://co-${i}.example.test`,
      industry: pick(['Retail', 'Software', 'Logistics']),
      monthly_spend: Math.floor(random() * 10_000),
      remote_created_at: created - 86400 * 30,
      created_at: created,
      custom_attributes: { tier: pick(['gold', 'silver']), arr: Math.round(random() * 1e6) / 100 },
      tags: i === 1 ? ['VIP'] : [],
    });
  }
  const lonelyCompanyId = hex24('6762c0', companyCount + 1);
  companies.push({ id: lonelyCompanyId, company_id: 'co-no-contacts', name: 'Nobody Works Here', created_at: tick() });

  const contacts: SeedContact[] = [];
  let contactN = 0;
  const addContact = (fields: Partial<SeedContact>): string => {
    contactN++;
    const first = pick(FIRST);
    const last = pick(LAST);
    const created = tick(86400);
    const id = hex24('6762f0', contactN);
    contacts.push({
      id,
      role: 'user',
      external_id: `ext-${contactN}`,
      email: `${first.toLowerCase()}.${contactN}@customer.test`,
      phone: pick(VALID_PHONES),
      name: `${first} ${last}`,
      created_at: created,
      updated_at: created + Math.floor(random() * 86400 * 10),
      signed_up_at: created - 3600,
      custom_attributes: { plan: pick(['free', 'pro']), seats: 1 + Math.floor(random() * 50), beta_tester: random() < 0.5 },
      tags: random() < 0.3 ? ['VIP'] : [],
      companies: companyCount > 0 ? [`co-${1 + (contactN % companyCount)}`] : [],
      ...fields,
    });
    return id;
  };
  for (let i = 0; i < (options.contacts ?? 8); i++) {
    addContact(i % 4 === 3 ? { role: 'lead', external_id: null } : {});
  }
  const invalidPhoneContactIds = INVALID_PHONES.slice(0, 2).map((phone) => addContact({ phone }));
  const leadWithoutEmailId = addContact({ role: 'lead', external_id: null, email: null, name: null, phone: null, companies: [] });
  const customerIds = contacts.filter((c) => c.id !== leadWithoutEmailId).map((c) => c.id as string);

  const conversations: SeedConversation[] = [];
  let conversationN = 0;
  let partN = 0;
  const part = (fields: Omit<SeedPart, 'id' | 'created_at'> & { created_at?: number }): SeedPart => ({ id: String(40_000_000 + ++partN), created_at: fields.created_at ?? tick(), ...fields });
  const addConversation = (fields: Partial<SeedConversation> & Pick<SeedConversation, 'contacts'>): string => {
    conversationN++;
    const id = String(100_000 + conversationN);
    const contactId = fields.contacts[0] as string;
    conversations.push({
      id,
      created_at: tick(),
      source: { author: { type: 'user', id: contactId }, body: `<p>Hello, I need help with order ${conversationN}.</p>`, subject: '' },
      ...fields,
    });
    return id;
  };
  const admin = (): { type: 'admin'; id: string } => ({ type: 'admin', id: pick(admins).id });
  const unassignedConversationIds: string[] = [];
  for (let i = 0; i < (options.conversations ?? 6); i++) {
    const contactId = pick(customerIds);
    const author = admin();
    const parts: SeedPart[] = [
      part({ part_type: 'comment', author, body: '<p>Thanks for reaching out, looking into it.</p>' }),
      part({ part_type: 'note', author, body: '<p>Internal: check the billing system.</p>' }),
      part({ part_type: 'comment', author: { type: 'user', id: contactId }, body: '<p>Any news?</p>' }),
    ];
    const variant = i % 3;
    let admin_assignee_id: string | null = null;
    let team_assignee_id: string | null = null;
    if (variant === 0) {
      unassignedConversationIds.push(String(100_000 + conversationN + 1));
    } else if (variant === 1) {
      admin_assignee_id = author.id;
      parts.push(part({ part_type: 'assignment', author, assigned_to: { type: 'admin', id: author.id }, body: null }));
      parts.push(part({ part_type: 'close', author, body: '<p>Solved, closing.</p>' }));
    } else {
      team_assignee_id = '5017002';
      parts.push(part({ part_type: 'assignment', author, assigned_to: { type: 'team', id: '5017002' }, body: null }));
      parts.push(part({ part_type: 'snoozed', author, body: null }));
    }
    addConversation({
      contacts: [contactId],
      parts,
      admin_assignee_id,
      team_assignee_id,
      snoozed_until: variant === 2 ? clock + 86400 : null,
      tags: variant === 1 ? ['billing'] : [],
      priority: variant === 1 ? 'high' : 'none',
      title: variant === 2 ? 'Refund question' : null,
    });
  }

  // The long thread: alternate customer and admin comments past the read cap.
  const longContact = pick(customerIds);
  const longParts: SeedPart[] = [];
  const longCount = options.longThreadParts ?? 520;
  for (let i = 0; i < longCount; i++) {
    const author = i % 2 === 0 ? admin() : { type: 'user' as const, id: longContact };
    longParts.push(part({ part_type: 'comment', author, body: `<p>Message ${i + 1} of a long thread.</p>`, created_at: tick(600) }));
  }
  const longConversationId = addConversation({ contacts: [longContact], parts: longParts });
  unassignedConversationIds.push(longConversationId);

  // Attachments: images on the first message, a part with 12 files, a note with a PDF.
  const attachmentContact = pick(customerIds);
  const manyAttachments = part({
    part_type: 'comment',
    author: { type: 'user', id: attachmentContact },
    body: '<p>Here are all the screenshots.</p>',
    attachments: Array.from({ length: 12 }, (_, i) => file(i % 2 === 0 ? 'png' : 'txt')),
  });
  const attachmentConversationId = addConversation({
    contacts: [attachmentContact],
    source: { author: { type: 'user', id: attachmentContact }, body: '<p>See attached.</p>', attachments: [file('png'), file('png')] },
    parts: [
      part({ part_type: 'comment', author: admin(), body: '<p>Can you send more?</p>' }),
      manyAttachments,
      part({ part_type: 'note', author: admin(), body: '<p>Invoice attached.</p>', attachments: [file('pdf')] }),
    ],
    admin_assignee_id: '991200001',
  });

  // Agent-first: the admin wrote first (an outbound message the customer answered).
  const agentFirstContact = pick(customerIds);
  const agentAdmin = admin();
  const agentFirstConversationId = addConversation({
    contacts: [agentFirstContact],
    source: { author: agentAdmin, body: '<p>Hi! Your subscription renews next week.</p>', subject: 'Renewal', delivered_as: 'admin_initiated' },
    parts: [
      part({ part_type: 'comment', author: { type: 'user', id: agentFirstContact }, body: '<p>Can I change plans first?</p>' }),
      part({ part_type: 'comment', author: agentAdmin, body: '<p>Of course, done.</p>' }),
      part({ part_type: 'close', author: agentAdmin, body: null }),
    ],
    admin_assignee_id: agentAdmin.id,
  });

  const ticketTypes: IntercomWorkspaceSeed['ticketTypes'] = [
    {
      id: '91',
      name: 'Bug report',
      description: 'Something is broken',
      category: 'Customer',
      icon: '🐞',
      attributes: [
        { name: 'Severity', data_type: 'list', description: 'How bad', list_items: ['Low', 'Medium', 'High'] },
        { name: 'Affected users', data_type: 'integer', description: 'How many' },
      ],
    },
    { id: '92', name: 'Refund approval', description: 'Internal approval', category: 'Back-office', icon: '💸', attributes: [{ name: 'Amount', data_type: 'decimal', description: 'EUR' }] },
  ];
  const tickets: SeedTicket[] = [];
  let ticketN = 0;
  const states = ['submitted', 'in_progress', 'waiting_on_customer', 'resolved'] as const;
  const addTicket = (fields: Partial<SeedTicket>): string => {
    ticketN++;
    const id = String(600 + ticketN);
    const contactId = pick(customerIds);
    const author = admin();
    tickets.push({
      id,
      ticket_type: '91',
      contacts: [contactId],
      created_at: tick(),
      ticket_attributes: { _default_title_: `Ticket ${ticketN}`, _default_description_: `<p>Description ${ticketN}</p>`, Severity: pick(['Low', 'Medium', 'High']), 'Affected users': 1 + ticketN },
      state: states[ticketN % states.length],
      admin_assignee_id: ticketN % 2 === 0 ? author.id : null,
      parts: [
        part({ part_type: 'comment', author, body: '<p>We are on it.</p>' }),
        part({ part_type: 'note', author, body: '<p>Reproduced.</p>' }),
        part({ part_type: 'comment', author: { type: 'user', id: contactId }, body: '<p>Thanks.</p>' }),
      ],
      tags: ticketN === 1 ? ['bug'] : [],
      ...fields,
    });
    return id;
  };
  for (let i = 0; i < (options.tickets ?? 3); i++) addTicket({});
  addTicket({ ticket_type: '92', ticket_attributes: { _default_title_: 'Refund 42 EUR', Amount: 42.5 }, is_shared: false, parts: [part({ part_type: 'note', author: admin(), body: '<p>Approved.</p>' })] });
  const longTicketParts: SeedPart[] = [];
  const longTicketCount = options.longTicketParts ?? 505;
  const longTicketAdmin = admin();
  for (let i = 0; i < longTicketCount; i++) {
    longTicketParts.push(part({ part_type: i % 5 === 0 ? 'note' : 'comment', author: longTicketAdmin, body: `<p>Ticket update ${i + 1}.</p>`, created_at: tick(600) }));
  }
  const longTicketId = addTicket({ parts: longTicketParts, state: 'in_progress' });

  // Help center: a three-level chain, a second top-level collection, articles everywhere.
  const translatedGroup = (name: string): SeedCollection['translated_content'] =>
    Object.fromEntries(otherLocales.map((l) => [l, { name: `${name} (${l})`, description: `${name} — ${l}` }]));
  const collections: SeedCollection[] = [
    { id: '151', name: 'Getting started', description: 'First steps', translated_content: translatedGroup('Getting started'), created_at: tick() },
    { id: '152', name: 'Accounts', description: 'Your account', parent_id: '151', translated_content: translatedGroup('Accounts'), created_at: tick() },
    { id: '153', name: 'Passwords', description: 'Signing in', parent_id: '152', translated_content: translatedGroup('Passwords'), created_at: tick() },
    { id: '154', name: 'Billing', description: null, translated_content: {}, created_at: tick() },
  ];
  const translatedArticle = (title: string, body: string): SeedArticle['translated_content'] =>
    Object.fromEntries(otherLocales.map((l) => [l, { title: `${title} [${l}]`, description: '', body: `${body.replace('</p>', ` (${l})</p>`)}`, state: 'published' as const }]));
  const articleSeeds: SeedArticle[] = [
    { id: '4001', title: 'Welcome', body: '<p>Welcome aboard.</p>', author_id: '991200001', parent_id: '151', translated_content: translatedArticle('Welcome', '<p>Welcome aboard.</p>'), tags: ['VIP'] },
    { id: '4002', title: 'Change your email', body: '<p>Go to settings.</p>', author_id: '991200002', parent_id: '152', translated_content: translatedArticle('Change your email', '<p>Go to settings.</p>') },
    { id: '4003', title: 'Reset your password', body: '<p>Click “forgot password”.</p>', author_id: '991200001', parent_id: '153', translated_content: translatedArticle('Reset your password', '<p>Click “forgot password”.</p>') },
    { id: '4004', title: 'Invoices', body: '<p>Invoices are monthly.</p>', author_id: '991200002', parent_id: '154' },
    { id: '4005', title: 'Release notes', body: '<p>Not in any collection.</p>', author_id: '991200001', parent_id: null },
    { id: '4006', title: 'Upcoming pricing', body: '<p>Draft.</p>', author_id: '991200001', parent_id: '154', state: 'draft' },
  ];
  const articles = articleSeeds.map((a): SeedArticle => ({ ...a, created_at: tick(), updated_at: clock + 10 }));

  return {
    workspace: {
      me: '991200001',
      admins,
      teams,
      tags,
      dataAttributes,
      companies,
      contacts,
      conversations,
      ticketTypes,
      tickets,
      helpCenters: [{ default: true, locales }],
      collections,
      articles,
    },
    edges: {
      longConversationId,
      longConversationParts: longCount,
      longTicketId,
      longTicketParts: longTicketCount,
      attachmentConversationId,
      manyAttachmentsPartId: manyAttachments.id as string,
      agentFirstConversationId,
      unassignedConversationIds,
      invalidPhoneContactIds,
      leadWithoutEmailId,
      companyWithoutContactsId: lonelyCompanyId,
      nestedCollectionIds: ['151', '152', '153'],
      translatedArticleIds: otherLocales.length > 0 ? ['4001', '4002', '4003'] : [],
      articleOutsideCollectionsId: '4005',
      draftArticleId: '4006',
    },
  };
}
