/**
 * Conversation and ticket parts: building them from reply bodies, who wrote them, and the read-side cap.
 * GET on a conversation or ticket returns at most `maxParts` (500 on the real service) parts: the most
 * recent ones, oldest first, while `total_count` still counts all of them, which is how a reader can
 * tell the thread was cut.
 */
import { invalid } from './errors.js';
import type { AuthorRef, PartRecord } from './records.js';
import type { IntercomStore } from './store.js';

export const PART_ID_BASE = 40_000_000;

export function newPart(
  store: IntercomStore,
  fields: Partial<PartRecord> & Pick<PartRecord, 'part_type' | 'author' | 'state'>,
  createdAt?: number,
): PartRecord {
  const at = createdAt ?? store.now();
  const now = store.now();
  return {
    id: store.nextNumericId('part', PART_ID_BASE),
    body: null,
    created_at: at,
    updated_at: Math.max(at, now),
    notified_at: at,
    assigned_to: null,
    attachments: [],
    external_id: null,
    redacted: false,
    previous_ticket_state: null,
    ticket_state: null,
    skip_notifications: false,
    created_at_from_request: createdAt !== undefined,
    ...fields,
  };
}

/** Parts in thread order: by created_at, then by creation. */
export function threadOrder(parts: readonly PartRecord[]): PartRecord[] {
  return parts
    .map((part, index) => ({ part, index }))
    .sort((a, b) => a.part.created_at - b.part.created_at || a.index - b.index)
    .map((x) => x.part);
}

/** The parts a GET returns: the `max` most recent, in thread order. */
export function cappedParts(parts: readonly PartRecord[], max: number): PartRecord[] {
  const ordered = threadOrder(parts);
  return ordered.length > max ? ordered.slice(ordered.length - max) : ordered;
}

export function renderAuthor(store: IntercomStore, author: AuthorRef, emailNullable: boolean): Record<string, unknown> {
  let name: string | null = null;
  let email: string | null = null;
  if (author.type === 'admin' || author.type === 'bot') {
    const admin = store.admins.get(author.id);
    name = admin?.name ?? (author.type === 'bot' ? 'Operator' : null);
    email = admin?.email ?? null;
  } else if (author.type === 'team') {
    name = store.teams.get(author.id)?.name ?? null;
  } else {
    const contact = store.contacts.get(author.id);
    name = contact?.name ?? null;
    email = contact?.email ?? null;
  }
  const out: Record<string, unknown> = { type: author.type, id: author.id, name };
  // Part authors declare email as a non-null email string: leave it out rather than send null or ''.
  if (email !== null || emailNullable) out['email'] = email;
  return out;
}

/** `display_as=plaintext`: bodies without markup. */
export function plaintext(html: string | null): string | null {
  if (html === null) return null;
  return html
    .replace(/<a [^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gi, '$2 ($1)')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain-text bodies (conversation create) are stored as a paragraph, as Intercom renders them. */
export function paragraph(text: string): string {
  return `<p>${escapeHtml(text)}</p>`;
}

export function readCreatedAt(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw invalid('created_at must be a Unix timestamp in seconds', 'created_at');
  return value;
}
