/**
 * Shared set-up of the chaos tests: a seeded Intercom workspace, a Zendesk account ready to receive it
 * (agents and Help Center languages, which the API cannot create), in-process runs of the engine, and
 * the two ways of looking at a Zendesk store: a normalised snapshot (ids, write-time stamps and tokens
 * replaced by stable labels, so two accounts that received the same migration compare equal field by
 * field) and the list of records it holds twice.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parseMapping } from '../../src/config/load-mapping.js';
import type { Mapping } from '../../src/config/types.js';
import type { RunMode } from '../../src/engine/checkpoint.js';
import { migrate } from '../../src/engine/migrate.js';
import type { RunSummary } from '../../src/engine/report.js';
import type { IntercomConnection, IntercomTuning } from '../../src/platforms/intercom/connection.js';
import { IntercomSource } from '../../src/platforms/intercom/source.js';
import { zendeskSettings, type ZendeskConnection } from '../../src/platforms/zendesk/index.js';
import type { Tuning } from '../../src/platforms/zendesk/settings.js';
import { ZendeskTarget } from '../../src/platforms/zendesk/target.js';
import type { Logger } from '../../src/log/logger.js';
import { generateIntercomWorkspace, startIntercomSim, type GeneratedWorkspace, type IntercomSim } from '../sim/intercom/index.js';
import { startZendeskSim, UNLIMITED, type ZendeskSim, type ZendeskSimOptions } from '../sim/zendesk/index.js';
import type { ZendeskStore } from '../sim/zendesk/store.js';
import { chaosMappingYaml } from './chaos-mapping.js';
import { duplicateFinder, keyedByLabel, type Json } from './store-snapshot.js';
import { INTERCOM_TUNING, ZENDESK_TUNING } from './tunings.js';

export const INTERCOM_TOKEN = 'test-token';
export const ZD_TOKEN = 'sim-api-token';
export const CHAOS_ENV = { INTERCOM_TOKEN, ZD_TOKEN };

/**
 * Small enough for a bounded suite, with every edge the generator knows (attachments, an agent-first
 * thread, nested translated collections, an article outside any collection, a draft).
 */
export function chaosWorkspace(seed = 61): GeneratedWorkspace {
  return generateIntercomWorkspace({ seed, contacts: 8, conversations: 8, tickets: 4, longThreadParts: 24, longTicketParts: 16 });
}

/**
 * Scroll expiry in milliseconds: a killed run's open company scroll must not block the next run for a
 * minute. Rate limits relaxed: chaos runs inject their own faults (429 bursts included) and repeat a
 * migration several times a minute; the real budgets are met in test/platforms (see its harnesses).
 */
export function startIntercom(generated: GeneratedWorkspace, options: Parameters<typeof startIntercomSim>[0] = {}): Promise<IntercomSim> {
  return startIntercomSim({ scrollTtlMs: 300, rateLimit: RELAXED_INTERCOM, workspaceRateLimit: RELAXED_INTERCOM, ...options, seed: generated.workspace });
}

const RELAXED_INTERCOM = { limit: 1_000_000, windowMs: 10_000 };

/**
 * A Zendesk account with the workspace's admins as agents and the Help Center in its languages. Its
 * import jobs run in the background as Zendesk's workers do (the simulator's default runs a job only
 * when polled): a job whose client was killed still writes its tickets.
 */
export async function startZendesk(generated: GeneratedWorkspace, options: ZendeskSimOptions = {}): Promise<ZendeskSim> {
  // Rate limits relaxed for the reason startIntercom gives.
  const sim = await startZendeskSim({ ...options, rateLimit: { ...UNLIMITED, ...options.rateLimit }, jobs: { completeAfterMs: 25, ...options.jobs } });
  sim.seed({
    locales: { enabled: ['en-us', 'fr', 'de'], default: 'en-us' },
    users: (generated.workspace.admins ?? []).map((a) => ({ name: a.name, email: a.email, role: 'agent' as const })),
  });
  return sim;
}

export function chaosMapping(intercomUrl: string, zendeskUrl: string, batchSize: number): Mapping {
  const yaml = chaosMappingYaml(intercomUrl, zendeskUrl, batchSize);
  return parseMapping(yaml, 'migration.yml', CHAOS_ENV).mapping;
}

export interface InProcessRun {
  summary: RunSummary;
  /** API requests the connectors sent (retries included), source and target. */
  calls: { source: number; target: number };
}

/** One engine run in-process, state and reports under `work`, both sides closed afterwards. */
export async function runInProcess(
  work: string,
  m: Mapping,
  mode: RunMode,
  options: { log?: Logger; intercomTuning?: IntercomTuning; zendeskTuning?: Tuning; reports?: string } = {},
): Promise<InProcessRun> {
  const source = new IntercomSource(m.source as IntercomConnection, options.log ?? quiet, options.intercomTuning ?? INTERCOM_TUNING);
  const target = new ZendeskTarget(zendeskSettings(m.target as unknown as ZendeskConnection), options.zendeskTuning ?? ZENDESK_TUNING);
  try {
    const summary = await migrate({
      mode,
      mapping: m,
      source,
      target,
      stateDir: join(work, 'state'),
      reportsDir: join(work, options.reports ?? 'reports'),
      log: options.log ?? quiet,
    });
    return { summary, calls: { source: source.client.calls, target: target.client.calls } };
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}

export const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export interface Recorder extends Logger {
  lines: string[];
}

export function recorder(): Recorder {
  const lines: string[] = [];
  const push = (level: string) => (m: string) => void lines.push(`${level}: ${m}`);
  return { lines, debug: () => {}, info: push('info'), warn: push('warn'), error: push('error') };
}

/* --------------------------------------- the Zendesk store --------------------------------------- */

/** Stamps Zendesk sets at write time (the import keeps tickets' and comments' own dates: those stay). */
const WRITE_TIME = new Set(['created_at', 'updated_at', 'edited_at']);
/** Per-account random or sequential values with no meaning across two accounts. */
const NOISE = new Set(['id', 'download_token', 'token', 'audit_id', 'url', 'html_url', 'generated_timestamp']);

/**
 * The store as plain data that two accounts which received the same records share: every id becomes a
 * label made of what identifies the record (external id, email, name, title within its parent), every
 * list is keyed by label, and write-time stamps are left out — except on tickets and their comments,
 * whose dates the Ticket Import API takes from the source.
 */
export function normalizedStore(store: ZendeskStore, baseUrl: string): Record<string, Json> {
  const labels = new Map<number, string>();
  const ticketLabels = new Map<number, string>();
  for (const u of store.users.values()) labels.set(u.id, `user:${u.external_id ?? u.email ?? u.name}`);
  for (const u of store.users.values()) for (const i of u.identities) labels.set(i.id, `identity:${i.type}:${i.value}`);
  for (const o of store.organizations.values()) labels.set(o.id, `org:${o.external_id ?? o.name}`);
  for (const g of store.groups.values()) labels.set(g.id, `group:${g.name}`);
  for (const m of store.organizationMemberships.values()) labels.set(m.id, `orgmember:${labels.get(m.user_id)}@${labels.get(m.organization_id)}`);
  for (const m of store.groupMemberships.values()) labels.set(m.id, `groupmember:${labels.get(m.user_id)}@${labels.get(m.group_id)}`);
  for (const f of store.ticketFields.values()) {
    labels.set(f.id, `ticket_field:${f.title}`);
    for (const o of f.custom_field_options ?? []) labels.set(o.id, `option:${f.title}:${o.value}`);
  }
  for (const [kind, fields] of [['user_field', store.userFields], ['organization_field', store.organizationFields]] as const) {
    for (const f of fields.values()) {
      labels.set(f.id, `${kind}:${f.key}`);
      for (const o of f.custom_field_options ?? []) labels.set(o.id, `option:${f.key}:${o.value}`);
    }
  }
  for (const t of store.tickets.values()) {
    ticketLabels.set(t.id, `ticket:${t.external_id}`);
    t.comments.forEach((c, i) => {
      labels.set(c.id, `comment:${t.external_id}#${i}`);
      for (const a of c.attachments) labels.set(a.id, `attachment:${t.external_id}#${i}/${a.file_name}`);
    });
  }
  const hc = store.hc;
  const title = (item: { source_locale: string; translations: { locale: string; title: string }[] }) =>
    item.translations.find((t) => t.locale === item.source_locale)?.title ?? '';
  for (const p of hc.permissionGroups.values()) labels.set(p.id, `permission_group:${p.name}`);
  for (const s of hc.userSegments.values()) labels.set(s.id, `user_segment:${s.name}`);
  for (const c of hc.categories.values()) labels.set(c.id, `category:${title(c)}`);
  // Sections may nest: label parents first.
  const sectionLabel = (id: number, depth = 0): string => {
    const s = hc.sections.get(id);
    if (!s || depth > 10) return `section:?${id}`;
    const parent = s.parent_section_id ? sectionLabel(s.parent_section_id, depth + 1) : labels.get(s.category_id);
    return `section:${parent}/${title(s)}`;
  };
  for (const s of hc.sections.values()) labels.set(s.id, sectionLabel(s.id));
  for (const a of hc.articles.values()) labels.set(a.id, `article:${labels.get(a.section_id)}/${title(a)}`);
  for (const item of [...hc.categories.values(), ...hc.sections.values(), ...hc.articles.values()]) {
    for (const t of item.translations) labels.set(t.id, `translation:${labels.get(item.id)}:${t.locale}`);
  }
  for (const a of hc.articleAttachments.values()) labels.set(a.id, `article_attachment:${a.article_id === null ? 'none' : labels.get(a.article_id)}/${a.file_name}`);

  const text = (s: string): string =>
    s.split(baseUrl).join('<zendesk>').replace(/(?<=\/)(\d{5,})(?=[/?.#"']|$)/g, (digits) => labels.get(Number(digits)) ?? digits);

  const clean = (value: unknown, keepTimes: boolean, key = ''): Json => {
    if (Buffer.isBuffer(value)) return `sha1:${createHash('sha1').update(value).digest('hex')}`;
    // Files get the time of their upload, whatever the comment's date.
    if (Array.isArray(value)) return value.map((v) => clean(v, keepTimes && key !== 'attachments', key));
    if (typeof value === 'number' && (key.endsWith('_id') || key.endsWith('_ids'))) {
      return key === 'problem_id' ? (ticketLabels.get(value) ?? value) : (labels.get(value) ?? value);
    }
    if (typeof value === 'string') return text(value);
    if (value && typeof value === 'object') {
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) {
        if (NOISE.has(k) || (!keepTimes && WRITE_TIME.has(k)) || typeof v === 'function') continue;
        // Custom values are keyed by field id.
        out[/^\d+$/.test(k) ? (labels.get(Number(k)) ?? k) : k] = clean(v, keepTimes, k);
      }
      return out;
    }
    return (value ?? null) as Json;
  };
  // A record held twice must show as a difference, not overwrite its twin.
  const keyed = <T extends { id: number }>(records: Iterable<T>, label: (r: T) => string, keepTimes = false): Record<string, Json> =>
    keyedByLabel(records, label, (r) => clean(r, keepTimes));
  const byLabel = (r: { id: number }) => labels.get(r.id) ?? `?${r.id}`;
  return {
    users: keyed(store.users.values(), byLabel),
    organizations: keyed(store.organizations.values(), byLabel),
    organizationMemberships: keyed(store.organizationMemberships.values(), byLabel),
    groups: keyed(store.groups.values(), byLabel),
    groupMemberships: keyed(store.groupMemberships.values(), byLabel),
    ticketFields: keyed(store.ticketFields.values(), byLabel),
    userFields: keyed(store.userFields.values(), byLabel),
    organizationFields: keyed(store.organizationFields.values(), byLabel),
    // Imported: the source's dates are part of what was migrated.
    tickets: keyed(store.tickets.values(), (t) => ticketLabels.get(t.id) ?? '', true),
    categories: keyed(hc.categories.values(), byLabel),
    sections: keyed(hc.sections.values(), byLabel),
    articles: keyed(hc.articles.values(), byLabel),
    articleAttachments: keyed(hc.articleAttachments.values(), byLabel),
  };
}

/** Every record the store holds twice, as a readable line; empty when there is none. */
export function duplicatesIn(store: ZendeskStore): string[] {
  const { found, check } = duplicateFinder();
  const users = [...store.users.values()];
  check('user with external id', users.map((u) => u.external_id?.toLowerCase()));
  check('user with email', users.map((u) => u.email?.toLowerCase()));
  const orgs = [...store.organizations.values()];
  check('organization with external id', orgs.map((o) => o.external_id?.toLowerCase()));
  check('organization named', orgs.map((o) => o.name.toLowerCase()));
  check('group named', [...store.groups.values()].map((g) => g.name.toLowerCase()));
  check('ticket field titled', [...store.ticketFields.values()].map((f) => f.title.toLowerCase()));
  check('user field', [...store.userFields.values()].map((f) => f.key));
  check('organization field', [...store.organizationFields.values()].map((f) => f.key));
  check('organization membership', [...store.organizationMemberships.values()].map((m) => `${m.user_id}@${m.organization_id}`));
  const tickets = [...store.tickets.values()];
  check('ticket with external id', tickets.map((t) => t.external_id));
  for (const t of tickets) check(`comment of ticket ${t.external_id}:`, t.comments.map((c) => `${c.author_id} ${c.created_at} ${c.html_body}`));
  for (const t of tickets) check(`attachment of ticket ${t.external_id}:`, t.comments.flatMap((c, i) => c.attachments.map((a) => `#${i} ${a.file_name}`)));
  const hc = store.hc;
  const title = (item: { source_locale: string; translations: { locale: string; title: string }[] }) =>
    item.translations.find((t) => t.locale === item.source_locale)?.title.toLowerCase();
  check('category named', [...hc.categories.values()].map(title));
  check('section', [...hc.sections.values()].map((s) => `${s.category_id}/${s.parent_section_id ?? ''}/${title(s)}`));
  check('article', [...hc.articles.values()].map((a) => `${a.section_id}/${title(a)}`));
  for (const item of [...hc.categories.values(), ...hc.sections.values(), ...hc.articles.values()]) {
    check(`translation of ${item.id}:`, item.translations.map((t) => t.locale));
  }
  check('article attachment', [...hc.articleAttachments.values()].map((a) => `${a.article_id}/${a.file_name}`));
  return found;
}

export type { GeneratedWorkspace, IntercomSim, ZendeskSim };
