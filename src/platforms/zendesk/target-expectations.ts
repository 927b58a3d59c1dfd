/**
 * What Zendesk does to a record on its way in, applied to the source's side before `verify`
 * compares it with what the Zendesk reader sees (each difference is listed in the README (The Zendesk platform)).
 */
import type { EntityName } from '../../model/entities.js';
import type { AnyRecord, Contact } from '../../model/records.js';
import { zendeskFieldKey } from './custom-fields.js';
import { ZENDESK_TICKET_TYPES } from './map-ticket.js';
import { contactName } from './map-user.js';
import { slug, zendeskTag, zendeskTags } from './tags.js';

type Comparable = Record<string, unknown>;

const tags = (value: unknown) => zendeskTags(Array.isArray(value) ? (value as string[]) : []).sort();

/**
 * An unchecked checkbox reads back as unset (Zendesk returns `false` for every record that never set
 * it); a ticket field is keyed by its title in snake case.
 */
function custom(value: unknown, keyOf: (key: string) => string = (k) => k): unknown {
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== false).map(([k, v]) => [keyOf(k), v]));
}

/** Zendesk lists a ticket's comments by date: the per-comment lists, reordered the same way. */
function byDate(expected: Comparable): Comparable {
  const dates = expected['commentDates'];
  if (!Array.isArray(dates)) return {};
  const order = dates.map((d, i) => ({ at: Date.parse(String(d)), i })).sort((a, b) => a.at - b.at || a.i - b.i).map(({ i }) => i);
  const reorder = (key: string) => (Array.isArray(expected[key]) ? { [key]: order.map((i) => (expected[key] as unknown[])[i]) } : {});
  return { ...reorder('commentDates'), ...reorder('commentVisibility'), ...reorder('commentAuthors') };
}

export function expectedInZendesk(entity: EntityName, expected: Comparable, record: AnyRecord): Comparable {
  switch (entity) {
    case 'tickets': {
      const type = typeof expected['type'] === 'string' ? expected['type'].toLowerCase() : undefined;
      const known = ZENDESK_TICKET_TYPES.find((t) => t === type);
      const extra = type && !known ? [`type_${slug(type)}`] : [];
      return {
        ...expected,
        kind: 'ticket',
        type: known,
        // A new ticket with an assignee is open in Zendesk.
        status: expected['status'] === 'new' && expected['assigneeId'] ? 'open' : expected['status'],
        // The channel of an imported ticket is the import's.
        channel: 'api',
        tags: [...new Set([...tags(expected['tags']), ...extra.map(zendeskTag)])].sort(),
        custom: custom(expected['custom'], slug),
        ...byDate(expected),
      };
    }
    case 'contacts': {
      // Leads are end users. Zendesk requires a name: the target makes one up the same way.
      const name = contactName(record as Contact);
      return { ...expected, name, role: 'user', tags: tags(expected['tags']), custom: custom(expected['custom']) };
    }
    case 'companies':
      return { ...expected, tags: tags(expected['tags']), custom: custom(expected['custom']) };
    case 'fields': {
      const key = String(expected['key'] ?? '');
      return { ...expected, key: expected['on'] === 'tickets' ? slug(key) : zendeskFieldKey(key) };
    }
    default:
      return expected;
  }
}
