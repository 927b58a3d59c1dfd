// Writes a deterministic archive workspace (every entity, attachments, translations, nested KB)
// line by line, so 100,000 tickets never sit in memory. Used by tests, benchmarks and examples/.
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';

/** mulberry32: the same seed always gives the same workspace. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeLines(file, count, make) {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    if (!out.write(JSON.stringify(make(i)) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const iso = (base, offsetMinutes) => new Date(Date.UTC(2023, 0, 1) + (base * 60 + offsetMinutes) * 60_000).toISOString();

/**
 * @param {string} dir
 * @param {{ tickets?: number, commentsPerTicket?: number, contacts?: number, companies?: number, agents?: number,
 *           articles?: number, seed?: number, attachmentEvery?: number }} [options]
 */
export async function generateArchive(dir, options = {}) {
  const o = { tickets: 50, commentsPerTicket: 5, contacts: 30, companies: 8, agents: 4, articles: 12, seed: 7, attachmentEvery: 10, ...options };
  const rand = random(o.seed);
  const pick = (n) => Math.floor(rand() * n);
  mkdirSync(join(dir, 'attachments'), { recursive: true });
  const attachment = (entity, recordId, n) => {
    const fileName = n % 3 === 0 ? `report-${n}.pdf` : `screenshot-${n}.png`;
    const path = `attachments/${entity}/${recordId}/f${n}-${fileName}`;
    mkdirSync(join(dir, 'attachments', entity, recordId), { recursive: true });
    const bytes = Buffer.from(`file ${n} of ${entity} ${recordId}\n`);
    writeFileSync(join(dir, path), bytes);
    return { id: `f${n}`, fileName, contentType: fileName.endsWith('.pdf') ? 'application/pdf' : 'image/png', size: bytes.length, url: path };
  };

  await writeLines(join(dir, 'agents.jsonl'), o.agents, (i) => ({ id: `a${i + 1}`, email: `agent${i + 1}@helpdesk.test`, name: `Agent ${i + 1}`, role: i === 0 ? 'admin' : 'agent', active: true }));
  await writeLines(join(dir, 'teams.jsonl'), 2, (i) => ({ id: `g${i + 1}`, name: i === 0 ? 'Support' : 'Billing', memberIds: [`a${i + 1}`, `a${Math.min(o.agents, i + 2)}`] }));
  await writeLines(join(dir, 'fields.jsonl'), 2, (i) =>
    i === 0
      ? { id: 'fd1', on: 'tickets', key: 'order_number', label: 'Order number', type: 'string' }
      : { id: 'fd2', on: 'contacts', key: 'plan', label: 'Plan', type: 'list', options: ['free', 'pro'] },
  );
  await writeLines(join(dir, 'companies.jsonl'), o.companies, (i) => ({
    id: `co${i + 1}`, name: `Company ${i + 1}`, externalId: `ext-co-${i + 1}`, domains: [`company${i + 1}.test`],
    createdAt: iso(i, 0), updatedAt: iso(i, 5), custom: { tier: i % 2 ? 'gold' : 'silver' }, tags: i % 3 === 0 ? ['vip'] : [],
  }));
  await writeLines(join(dir, 'contacts.jsonl'), o.contacts, (i) => ({
    id: `c${i + 1}`, role: i % 5 === 4 ? 'lead' : 'user', name: `Customer ${i + 1}`, email: `customer${i + 1}@example.test`,
    // Every seventh phone is invalid on purpose: the mapping's invalid_phone policy decides.
    ...(i % 7 === 6 ? { phone: '12345' } : { phone: `+3361234${String(5000 + i).slice(-4)}` }),
    externalId: `ext-c-${i + 1}`, companyIds: i % 4 === 3 ? [] : [`co${(i % o.companies) + 1}`],
    createdAt: iso(i, 10), updatedAt: iso(i, 20), custom: { plan: i % 2 ? 'pro' : 'free' }, tags: i % 6 === 0 ? ['vip'] : [],
  }));
  await writeLines(join(dir, 'tags.jsonl'), 3, (i) => ({ id: `tg${i + 1}`, name: ['vip', 'refund', 'bug'][i] }));
  let attachments = 0;
  await writeLines(join(dir, 'tickets.jsonl'), o.tickets, (i) => {
    const id = `t${i + 1}`;
    const requester = `c${(i % o.contacts) + 1}`;
    const comments = [];
    const n = i === 0 ? o.commentsPerTicket * 4 : o.commentsPerTicket; // one long thread
    for (let k = 0; k < n; k++) {
      const agent = k % 2 === 1;
      const withFile = o.attachmentEvery > 0 && (i * n + k) % o.attachmentEvery === 0;
      comments.push({
        id: `${id}-m${k + 1}`, authorType: agent ? 'agent' : 'contact', authorId: agent ? `a${(i % o.agents) + 1}` : requester,
        body: `<p>${agent ? 'Reply' : 'Message'} ${k + 1} on ticket ${i + 1}</p>`, public: !(agent && k % 4 === 3),
        createdAt: iso(i, 30 + k * 7), attachments: withFile ? [attachment('tickets', id, ++attachments)] : [],
      });
    }
    return {
      id, kind: i % 3 === 0 ? 'conversation' : 'ticket', subject: `Question ${i + 1}`,
      status: ['open', 'pending', 'solved', 'closed'][i % 4], priority: ['low', 'normal', 'high', 'urgent'][pick(4)],
      type: i % 3 === 0 ? undefined : ['question', 'incident', 'problem'][i % 3], channel: i % 2 ? 'email' : 'chat',
      requesterId: requester, ...(i % 9 === 8 ? {} : { assigneeId: `a${(i % o.agents) + 1}` }), teamId: `g${(i % 2) + 1}`,
      tags: i % 5 === 0 ? ['refund'] : [], custom: i % 3 === 0 ? {} : { order_number: `ORD-${1000 + i}` },
      createdAt: iso(i, 30), updatedAt: iso(i, 30 + n * 7), comments,
    };
  });
  await writeLines(join(dir, 'kb_categories.jsonl'), 2, (i) => ({
    id: `kc${i + 1}`, name: i === 0 ? 'Getting started' : 'Billing', locale: 'en', position: i,
    translations: { fr: { name: i === 0 ? 'Premiers pas' : 'Facturation' } },
  }));
  await writeLines(join(dir, 'kb_folders.jsonl'), 3, (i) => ({
    id: `kf${i + 1}`, categoryId: i === 2 ? 'kc2' : 'kc1', ...(i === 1 ? { parentFolderId: 'kf1' } : {}),
    name: ['Accounts', 'Passwords', 'Invoices'][i], locale: 'en', position: i, translations: {},
  }));
  await writeLines(join(dir, 'articles.jsonl'), o.articles, (i) => ({
    id: `ar${i + 1}`, ...(i === o.articles - 1 ? {} : { folderId: `kf${(i % 3) + 1}` }),
    title: `How to ${i + 1}`, body: `<h1>How to ${i + 1}</h1><p>Steps.</p>`, status: i % 4 === 3 ? 'draft' : 'published',
    locale: 'en', authorId: `a${(i % o.agents) + 1}`, position: i, tags: [], createdAt: iso(i, 40), updatedAt: iso(i, 50),
    translations: i % 2 === 0 ? [{ locale: 'fr', title: `Comment faire ${i + 1}`, body: `<p>Étapes.</p>`, status: 'published' }] : [],
    attachments: i % 5 === 0 ? [attachment('articles', `ar${i + 1}`, ++attachments)] : [],
  }));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ format: 'desk-migrate-archive', version: 1, generatedBy: 'bench/generate-archive.mjs', options: o }, null, 2) + '\n');
  return o;
}

// Run directly: node bench/generate-archive.mjs DIR [tickets]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, tickets] = process.argv.slice(2);
  if (!dir) throw new Error('usage: node bench/generate-archive.mjs DIR [tickets]');
  await generateArchive(dir, tickets ? { tickets: Number(tickets), contacts: Math.max(30, Number(tickets) / 10) } : {});
}
