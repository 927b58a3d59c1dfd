/**
 * For `verify`: what a record looks like once Intercom holds it and the Intercom source reads it
 * back, from the comparable form of the source's record. These are the known differences of
 * the README (The Intercom platform) that the comparable form can express; the rest (files of a first message moved to
 * the next part, more than 10 files split over parts, attributes the workspace lacks) show up as
 * mismatches, because the comparable form does not say which comment carried which file.
 */
import type { EntityName } from '../../model/entities.js';

type Comparable = Record<string, unknown>;

const CONVERSATION_STATUS: Record<string, string> = { new: 'open', open: 'open', pending: 'open', hold: 'open', solved: 'closed', closed: 'closed' };
const TICKET_STATUS: Record<string, string> = { new: 'new', open: 'open', pending: 'pending', hold: 'pending', solved: 'solved', closed: 'solved' };

export function expectedInIntercom(entity: EntityName, expected: Comparable): Comparable {
  switch (entity) {
    case 'companies':
      // Intercom companies have no domain list.
      return { ...expected, domains: [] };
    case 'fields':
      return expectedField(expected);
    case 'tickets':
      return expected['kind'] === 'ticket' ? expectedTicket(expected) : expectedConversation(expected);
    case 'articles':
      // Intercom articles have no attachments of their own.
      return { ...expected, attachments: [] };
    default:
      return expected;
  }
}

function expectedField(f: Comparable): Comparable {
  if (f['on'] === 'tickets') return f['type'] === 'multi_list' ? { ...f, type: 'list' } : f;
  const options = (f['options'] as string[] | undefined) ?? [];
  // Data attributes: text is a string, a list needs two options, and none holds several values.
  if (f['type'] === 'text' || f['type'] === 'multi_list' || (f['type'] === 'list' && options.length < 2)) return { ...f, type: 'string', options: f['type'] === 'list' ? [] : options };
  return f;
}

interface Line {
  date: string;
  visibility: string;
  author: string;
}

function lines(t: Comparable): Line[] {
  const dates = (t['commentDates'] as string[]) ?? [];
  const visibility = (t['commentVisibility'] as string[]) ?? [];
  const authors = (t['commentAuthors'] as string[]) ?? [];
  return dates.map((date, i) => ({ date, visibility: visibility[i] ?? 'public', author: authors[i] ?? '' }));
}

/** The opening message first, then the parts in the order Intercom keeps them: by time. */
function withLines(t: Comparable, opening: Line[], parts: Line[]): Comparable {
  const ordered = [...opening, ...parts.map((p, i) => ({ p, i })).sort((a, b) => Date.parse(a.p.date) - Date.parse(b.p.date) || a.i - b.i).map((x) => x.p)];
  return {
    ...t,
    comments: ordered.length,
    commentDates: ordered.map((l) => l.date),
    commentVisibility: ordered.map((l) => l.visibility),
    commentAuthors: ordered.map((l) => l.author),
  };
}

function expectedConversation(t: Comparable): Comparable {
  const all = lines(t);
  const first = all[0];
  const opensWithContact = first && first.author.startsWith('contact:') && first.author !== 'contact:' && first.visibility === 'public';
  // A history that does not start with the customer opens with a placeholder from the requester.
  const opening = opensWithContact ? [first] : [{ date: first?.date ?? '', visibility: 'public', author: `contact:${String(t['requesterId'] ?? '')}` }];
  const base = {
    ...t,
    // Priority and channel cannot be written; snoozing needs a time the record does not keep.
    priority: undefined,
    channel: 'chat',
    type: undefined,
    status: CONVERSATION_STATUS[String(t['status'])] ?? t['status'],
  };
  return withLines(base, opening, opensWithContact ? all.slice(1) : all);
}

function expectedTicket(t: Comparable): Comparable {
  const all = lines(t);
  const first = all[0];
  const described = first && first.author.startsWith('contact:') && first.visibility === 'public';
  return withLines(
    {
      ...t,
      priority: undefined,
      channel: undefined,
      // Intercom 2.16 does not show a ticket's tags: they are written but cannot be read back.
      tags: [],
      status: TICKET_STATUS[String(t['status'])] ?? t['status'],
    },
    described ? [first] : [],
    described ? all.slice(1) : all,
  );
}
