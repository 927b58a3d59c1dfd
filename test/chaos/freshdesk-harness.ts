/**
 * The chaos tests with Freshdesk as the target: a Freshdesk account ready to receive the chaos
 * workspace (its admins as agents, Solutions with the workspace's languages and nested folders), an
 * in-process Intercom → Freshdesk run, and the two ways of looking at a Freshdesk store: a normalised
 * snapshot (ids and write-time stamps replaced by stable labels, so two accounts that received the
 * same migration compare equal field by field) and the list of records it holds twice.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parseMapping } from '../../src/config/load-mapping.js';
import type { Mapping } from '../../src/config/types.js';
import type { RunMode } from '../../src/engine/checkpoint.js';
import { migrate } from '../../src/engine/migrate.js';
import type { Logger } from '../../src/log/logger.js';
import { freshdeskSettings, type FreshdeskConnection } from '../../src/platforms/freshdesk/index.js';
import { FreshdeskTarget } from '../../src/platforms/freshdesk/target.js';
import type { IntercomConnection } from '../../src/platforms/intercom/connection.js';
import { IntercomSource } from '../../src/platforms/intercom/source.js';
import { startFreshdeskSim, type FreshdeskSim, type FreshdeskSimOptions } from '../sim/freshdesk/index.js';
import type { FreshdeskStore } from '../sim/freshdesk/store.js';
import { INTERCOM_TOKEN, quiet, type GeneratedWorkspace, type InProcessRun } from './harness.js';
import { duplicateFinder, keyedByLabel, type Json } from './store-snapshot.js';
import { FD_KEY, FRESHDESK_TUNING, freshdeskChaosMappingYaml } from './freshdesk-mapping.js';
import { INTERCOM_TUNING } from './tunings.js';

export const FD_CHAOS_ENV = { INTERCOM_TOKEN, FD_KEY };

/**
 * A Freshdesk account with the workspace's admins as agents (paid seats, which the API cannot create)
 * and the features its Solutions need. Rate limits relaxed: chaos runs inject their own faults (429
 * bursts included) and repeat a migration several times a minute; the real budgets are met in
 * test/platforms/freshdesk (its harness relaxes them the same way, test/sim/freshdesk tests them).
 */
export async function startFreshdesk(generated: GeneratedWorkspace, options: FreshdeskSimOptions = {}): Promise<FreshdeskSim> {
  const sim = await startFreshdeskSim({
    plan: '2000',
    features: { multilingual: true, flexibleHierarchy: true },
    languages: { primary: 'en', supported: ['fr', 'de'] },
    ...options,
    rateLimit: { perMinute: 1_000_000, ticketsList: 1_000_000, contactsList: 1_000_000, ticketCreate: 1_000_000, ticketUpdate: 1_000_000, ...options.rateLimit },
  });
  sim.seed({ agents: (generated.workspace.admins ?? []).map((a) => ({ name: a.name, email: a.email })) });
  return sim;
}

export function freshdeskChaosMapping(intercomUrl: string, freshdeskUrl: string, batchSize: number): Mapping {
  return parseMapping(freshdeskChaosMappingYaml(intercomUrl, freshdeskUrl, batchSize), 'migration.yml', FD_CHAOS_ENV).mapping;
}

/** One Intercom → Freshdesk engine run in-process, state and reports under `work`. */
export async function runIntoFreshdesk(work: string, m: Mapping, mode: RunMode, options: { log?: Logger; reports?: string } = {}): Promise<InProcessRun> {
  const source = new IntercomSource(m.source as IntercomConnection, options.log ?? quiet, INTERCOM_TUNING);
  const target = new FreshdeskTarget(freshdeskSettings(m.target as unknown as FreshdeskConnection), FRESHDESK_TUNING);
  try {
    const summary = await migrate({ mode, mapping: m, source, target, stateDir: join(work, 'state'), reportsDir: join(work, options.reports ?? 'reports'), log: options.log ?? quiet });
    return { summary, calls: { source: source.client.calls, target: target.client.calls } };
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}

/* -------------------------------------- the Freshdesk store -------------------------------------- */

/** Stamps Freshdesk sets at write time (it takes no date from the client), and SLA times derived from them. */
const WRITE_TIME = /(_at|^due_by|^fr_due_by)$/;
/** Per-account sequential values with no meaning across two accounts. */
const NOISE = new Set(['id']);

/** The label of the connector's source-id field, and the value it holds on a ticket. */
const SOURCE_ID_LABEL = 'Desk migrate source id';
function sourceIdField(store: FreshdeskStore): string | undefined {
  return [...store.ticketFields.values()].find((f) => f.label === SOURCE_ID_LABEL)?.name;
}

/**
 * The store as plain data that two accounts which received the same records share: every id becomes
 * a label made of what identifies the record (source id, external id, email, name, title within its
 * parent), every list is keyed by label, write-time stamps are left out and file bytes become hashes.
 */
export function normalizedFreshdesk(store: FreshdeskStore): Record<string, Json> {
  const labels = new Map<number, string>();
  const ticketLabels = new Map<number, string>();
  const sourceField = sourceIdField(store);
  for (const a of store.agents.values()) labels.set(a.id, `agent:${a.email}`);
  for (const c of store.contacts.values()) labels.set(c.id, `contact:${c.unique_external_id ?? c.email ?? c.name}`);
  for (const c of store.companies.values()) labels.set(c.id, `company:${c.name}`);
  for (const g of store.groups.values()) labels.set(g.id, `group:${g.name}`);
  for (const [kind, fields] of [['ticket_field', store.ticketFields], ['contact_field', store.contactFields], ['company_field', store.companyFields]] as const) {
    for (const f of fields.values()) labels.set(f.id, `${kind}:${f.label}`);
  }
  for (const t of store.tickets.values()) ticketLabels.set(t.id, `ticket:${String(sourceField ? t.custom_fields[sourceField] : t.id)}`);
  for (const c of store.categories.values()) labels.set(c.id, `category:${c.name}`);
  const folderLabel = (id: number, depth = 0): string => {
    const f = store.folders.get(id);
    if (!f || depth > 10) return `folder:?${id}`;
    return `folder:${f.parent_folder_id ? folderLabel(f.parent_folder_id, depth + 1) : labels.get(f.category_id)}/${f.name}`;
  };
  for (const f of store.folders.values()) labels.set(f.id, folderLabel(f.id));
  for (const a of store.articles.values()) labels.set(a.id, `article:${labels.get(a.folder_id)}/${a.title}`);

  const clean = (value: unknown, key = ''): Json => {
    if (Buffer.isBuffer(value)) return `sha1:${createHash('sha1').update(value).digest('hex')}`;
    if (value instanceof Map) return clean(Object.fromEntries(value), key);
    if (Array.isArray(value)) return value.map((v) => clean(v, key));
    if (typeof value === 'number' && (key.endsWith('_id') || key.endsWith('_ids'))) return (key === 'ticket_id' ? ticketLabels.get(value) : labels.get(value)) ?? value;
    if (value && typeof value === 'object') {
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) {
        if (NOISE.has(k) || WRITE_TIME.test(k) || typeof v === 'function') continue;
        out[k] = clean(v, k);
      }
      return out;
    }
    return (value ?? null) as Json;
  };
  // A record held twice must show as a difference, not overwrite its twin.
  const keyed = <T extends { id: number }>(records: Iterable<T>, label: (r: T) => string): Record<string, Json> => keyedByLabel(records, label, (r) => clean(r));
  const byLabel = (r: { id: number }) => labels.get(r.id) ?? `?${r.id}`;
  return {
    agents: keyed(store.agents.values(), byLabel),
    contacts: keyed(store.contacts.values(), byLabel),
    companies: keyed(store.companies.values(), byLabel),
    groups: keyed(store.groups.values(), byLabel),
    ticketFields: keyed(store.ticketFields.values(), byLabel),
    contactFields: keyed(store.contactFields.values(), byLabel),
    companyFields: keyed(store.companyFields.values(), byLabel),
    tickets: keyed(store.tickets.values(), (t) => ticketLabels.get(t.id) ?? ''),
    categories: keyed(store.categories.values(), byLabel),
    folders: keyed(store.folders.values(), byLabel),
    articles: keyed(store.articles.values(), byLabel),
    // History goes in as notes: no customer is emailed.
    sentEmails: store.sentEmails.length,
  };
}

/** Every record the store holds twice, as a readable line; empty when there is none. */
export function duplicatesInFreshdesk(store: FreshdeskStore): string[] {
  const { found, check } = duplicateFinder();
  const contacts = [...store.contacts.values()];
  check('contact with external id', contacts.map((c) => c.unique_external_id?.toLowerCase()));
  check('contact with email', contacts.map((c) => c.email?.toLowerCase()));
  check('company named', [...store.companies.values()].map((c) => c.name.toLowerCase()));
  check('group named', [...store.groups.values()].map((g) => g.name.toLowerCase()));
  check('ticket field labelled', [...store.ticketFields.values()].map((f) => f.label.toLowerCase()));
  check('contact field labelled', [...store.contactFields.values()].map((f) => f.label.toLowerCase()));
  check('company field labelled', [...store.companyFields.values()].map((f) => f.label.toLowerCase()));
  const field = sourceIdField(store);
  const tickets = [...store.tickets.values()];
  // `pending:<id>` and `<id>` are one ticket each: the same source id twice is a duplicate either way.
  check('ticket with source id', tickets.map((t) => (field ? String(t.custom_fields[field] ?? '').replace(/^pending:/, '') || undefined : undefined)));
  for (const t of tickets) check(`note of ticket #${t.id}:`, t.conversations.map((c) => `${c.user_id} ${c.private} ${c.body}`));
  for (const t of tickets) check(`attachment of ticket #${t.id}:`, t.conversations.flatMap((c, i) => c.attachments.map((a) => `#${i} ${a.name}`)));
  check('category named', [...store.categories.values()].map((c) => c.name.toLowerCase()));
  check('folder', [...store.folders.values()].map((f) => `${f.category_id}/${f.parent_folder_id ?? ''}/${f.name.toLowerCase()}`));
  check('article', [...store.articles.values()].map((a) => `${a.folder_id}/${a.title.toLowerCase()}`));
  return found;
}

export type { FreshdeskSim };
