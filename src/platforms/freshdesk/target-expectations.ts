/**
 * What Freshdesk does to a record on its way in, applied to the source's side before `verify`
 * compares it with what the Freshdesk reader sees. Each difference is listed in
 * docs/platforms/freshdesk.md.
 */
import type { EntityName } from '../../model/entities.js';
import type { AnyRecord, Contact, FieldDef, Ticket } from '../../model/records.js';
import { sourceFromFreshdesk, sourceToFreshdesk } from './codes.js';
import { squash } from './field-catalogue.js';
import { contactName } from './map-people.js';
import { commentsInOrder, NO_SUBJECT, typeAndTags } from './map-ticket.js';

type Comparable = Record<string, unknown>;

/** Custom values are keyed by their field's label in snake case; dates hold a day. */
function custom(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [squash(k), Array.isArray(v) ? v.join(', ') : v]));
}

export function expectedInFreshdesk(entity: EntityName, expected: Comparable, record: AnyRecord, ticketTypes: readonly string[]): Comparable {
  switch (entity) {
    case 'tickets': {
      const ticket = record as Ticket;
      const { type, tags } = typeAndTags({ ...ticket, tags: Array.isArray(expected['tags']) ? (expected['tags'] as string[]) : [] }, ticketTypes);
      const ordered = commentsInOrder(ticket);
      const order = ordered.map((c) => ticket.comments.indexOf(c));
      const reorder = (key: string) => (Array.isArray(expected[key]) ? { [key]: order.map((i) => (expected[key] as unknown[])[i]) } : {});
      return {
        ...expected,
        kind: 'ticket',
        // Freshdesk requires a subject and a priority (its default is Low).
        subject: typeof expected['subject'] === 'string' && expected['subject'].trim() ? expected['subject'] : NO_SUBJECT,
        priority: expected['priority'] ?? 'low',
        type,
        tags: [...new Set(tags)].sort(),
        // Freshdesk has no New status: new tickets are open.
        status: expected['status'] === 'new' ? 'open' : expected['status'],
        channel: sourceFromFreshdesk(sourceToFreshdesk(ticket.channel)),
        custom: custom(expected['custom']),
        // Notes are written oldest first; bots and unmigrated agents write as the API key's agent.
        ...reorder('commentDates'),
        ...reorder('commentVisibility'),
        ...reorder('commentAuthors'),
      };
    }
    case 'contacts': {
      const companies = Array.isArray(expected['companyIds']) ? (expected['companyIds'] as string[]) : [];
      // No leads in Freshdesk; a name is required; one company without the Multiple Companies feature.
      return { ...expected, role: 'user', name: contactName(record as Contact), companyIds: companies.slice(0, 1), custom: custom(expected['custom']) };
    }
    case 'companies':
      // Freshdesk companies have no tags.
      return { ...expected, tags: [], custom: custom(expected['custom']) };
    case 'fields':
      // A field is read back keyed by its label.
      return { ...expected, key: squash((record as FieldDef).label || String(expected['key'] ?? '')), type: expected['type'] === 'multi_list' ? 'text' : expected['type'], options: expected['type'] === 'multi_list' ? [] : expected['options'] };
    case 'articles':
      // The API takes no article attachments.
      return { ...expected, attachments: [] };
    default:
      return expected;
  }
}
