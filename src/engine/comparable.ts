/**
 * The fields `verify` compares, per entity: what a team checks by hand after a migration (ticket
 * type, status, priority, channel, custom fields, people, tags, comment count and dates,
 * attachments; article status, place in the hierarchy, translations, attachments). Lists whose order
 * carries no meaning are sorted, so the comparison does not depend on the order a platform returns.
 */
import type { EntityName } from '../model/entities.js';
import type { Agent, AnyRecord, Article, Company, Contact, FieldDef, KbCategory, KbFolder, Tag, Team, Ticket } from '../model/records.js';

export type Comparable = Record<string, unknown>;

const sorted = (values: readonly string[] | undefined) => [...(values ?? [])].sort();

export function comparable(entity: EntityName, record: AnyRecord): Comparable {
  switch (entity) {
    case 'agents':
      // Agents are matched, not created: the target's agent keeps its own name.
      return { email: (record as Agent).email.toLowerCase() };
    case 'teams': {
      const t = record as Team;
      // Two source agents mapped to one target agent make one member.
      return { name: t.name, memberIds: [...new Set(sorted(t.memberIds))] };
    }
    case 'fields': {
      const f = record as FieldDef;
      return { on: f.on, key: f.key, type: f.type, options: sorted(f.options) };
    }
    case 'companies': {
      const c = record as Company;
      return { name: c.name, domains: sorted(c.domains), custom: c.custom, tags: sorted(c.tags) };
    }
    case 'contacts': {
      const c = record as Contact;
      return { role: c.role, name: c.name, email: c.email?.toLowerCase(), phone: c.phone, companyIds: sorted(c.companyIds), custom: c.custom, tags: sorted(c.tags) };
    }
    case 'tags':
      return { name: (record as Tag).name };
    case 'tickets': {
      const t = record as Ticket;
      return {
        kind: t.kind,
        subject: t.subject,
        type: t.type,
        status: t.status,
        priority: t.priority,
        channel: t.channel,
        custom: t.custom,
        requesterId: t.requesterId,
        assigneeId: t.assigneeId,
        teamId: t.teamId,
        tags: sorted(t.tags),
        comments: t.comments.length,
        commentDates: t.comments.map((c) => new Date(c.createdAt).toISOString()),
        commentVisibility: t.comments.map((c) => (c.public ? 'public' : 'private')),
        commentAuthors: t.comments.map((c) => `${c.authorType}:${c.authorId ?? ''}`),
        attachments: sorted(t.comments.flatMap((c) => c.attachments.map((a) => a.fileName))),
      };
    }
    case 'kb_categories': {
      const c = record as KbCategory;
      return { name: c.name, translations: sorted(Object.keys(c.translations)) };
    }
    case 'kb_folders': {
      const f = record as KbFolder;
      return { name: f.name, categoryId: f.categoryId, parentFolderId: f.parentFolderId, translations: sorted(Object.keys(f.translations)) };
    }
    case 'articles': {
      const a = record as Article;
      return {
        title: a.title,
        status: a.status,
        folderId: a.folderId,
        categoryId: a.folderId ? undefined : a.categoryId,
        translations: sorted(a.translations.map((t) => `${t.locale}:${t.status}:${t.title}`)),
        attachments: sorted(a.attachments.map((x) => x.fileName)),
      };
    }
  }
}

/** The fields whose values differ (compared as JSON; absent and undefined are the same). */
export function differingFields(expected: Comparable, actual: Comparable): string[] {
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...keys].filter((k) => JSON.stringify(normalize(expected[k])) !== JSON.stringify(normalize(actual[k])));
}

/**
 * Values the source side has and the target holds nothing for, one per value: a field (`phone`), or
 * one key of an object field (`custom.plan`). Only the fields `differingFields` names are looked at;
 * a value that changed, or a list that lost some of its members, is a mismatch and no lost value.
 */
export function lostValues(expected: Comparable, actual: Comparable, fields: readonly string[]): { field: string; value: unknown }[] {
  const lost: { field: string; value: unknown }[] = [];
  for (const field of fields) {
    const want = normalize(expected[field]);
    if (want === undefined) continue;
    const have = normalize(actual[field]);
    if (want && typeof want === 'object' && !Array.isArray(want)) {
      const held = (have && typeof have === 'object' && !Array.isArray(have) ? have : {}) as Record<string, unknown>;
      for (const [key, value] of Object.entries(want)) if (normalize(held[key]) === undefined) lost.push({ field: `${field}.${key}`, value });
    } else if (have === undefined) lost.push({ field, value: want });
  }
  return lost;
}

function normalize(value: unknown): unknown {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return undefined;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
    return entries.length === 0 ? undefined : Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
  }
  return value;
}
