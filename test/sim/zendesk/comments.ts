/**
 * Building ticket comments from request payloads, shared by the Ticket Import API, ticket create and
 * ticket update (research §1.4, OAS TicketCommentObject):
 * - body from `value` or `body` (plain text) or `html_body` (HTML). Zendesk renders the HTML wrapped in
 *   `<div class="zd-comment" dir="auto">…</div>` and derives the plain `body`/`plain_body`; readers that
 *   compare bodies must unwrap it.
 * - `public: false` is an internal note; default true.
 * - `author_id` must be an existing user (default: the requester on import, the authenticated user on
 *   create and update).
 * - `created_at` only on import: not before 1970 and not in the future, else the ticket is refused
 *   (the documentation says these "can't" be set without saying what happens; refusing is stricter
 *   than clamping). Elsewhere `created_at` is read-only and ignored.
 * - `uploads: [token]` attach previously uploaded files (see uploads.ts for the token rules).
 */
import type { SimContext } from './context.js';
import { has, optId, optString, parseTime, type ErrorDetails, type Json } from './http.js';
import { checkUploads, consumeUploads } from './uploads.js';
import type { ZdComment, ZdUpload, ZdVia } from './types.js';

export interface PreparedComment {
  author_id: number;
  body: string;
  html_body: string;
  public: boolean;
  created_ms: number;
  uploads: ZdUpload[];
}

export function apiVia(): ZdVia {
  return { channel: 'api', source: { from: {}, to: {}, rel: null } };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => ENTITIES[m] ?? m)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const WRAP_OPEN = '<div class="zd-comment" dir="auto">';

export function wrapHtml(html: string): string {
  return html.startsWith(WRAP_OPEN) ? html : `${WRAP_OPEN}${html}</div>`;
}

export function textToHtml(text: string): string {
  return wrapHtml(
    text
      .split(/\n{2,}/)
      .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
      .join(''),
  );
}

const EPOCH_1970 = 0;

export function prepareComment(
  context: SimContext,
  input: Json,
  options: { allowCreatedAt: boolean; defaultAuthor: number; field?: string },
): { comment: PreparedComment } | { details: ErrorDetails } {
  const field = options.field ?? 'comment';
  const invalid = (description: string, error = 'InvalidValue'): { details: ErrorDetails } => ({ details: { [field]: [{ description, error }] } });
  const { store } = context;

  const html = optString(input['html_body']);
  const text = optString(input['value']) ?? optString(input['body']);
  if ((html ?? text ?? '').trim() === '') return invalid('Comment: cannot be blank', 'BlankValue');

  const authorId = has(input, 'author_id') ? optId(input['author_id']) : options.defaultAuthor;
  if (authorId === undefined || !store.users.has(authorId)) return invalid(`Comment: author ${String(input['author_id'])} is not a user`);

  let createdMs = context.now();
  if (options.allowCreatedAt && has(input, 'created_at') && input['created_at'] !== null) {
    const ms = parseTime(input['created_at']);
    if (ms === undefined) return invalid(`Comment: created_at ${String(input['created_at'])} is not a valid time`);
    if (ms < EPOCH_1970) return invalid('Comment: created_at cannot be before 1970');
    if (ms > context.now()) return invalid('Comment: created_at cannot be in the future');
    createdMs = ms;
  }

  const uploads = checkUploads(context, input['uploads']);
  if ('message' in uploads) return invalid(`Comment: ${uploads.message}`);

  const htmlBody = html !== undefined ? wrapHtml(html) : textToHtml(text ?? '');
  const body = html !== undefined ? htmlToText(html) : (text ?? '');
  return {
    comment: {
      author_id: authorId,
      body,
      html_body: htmlBody,
      public: input['public'] !== false,
      created_ms: createdMs,
      uploads: uploads.uploads,
    },
  };
}

/** Turns a prepared comment into a stored one, consuming its upload tokens. */
export function commitComment(context: SimContext, prepared: PreparedComment, auditId: number): ZdComment {
  const id = context.store.id();
  return {
    id,
    type: 'Comment',
    author_id: prepared.author_id,
    body: prepared.body,
    html_body: prepared.html_body,
    plain_body: prepared.body,
    public: prepared.public,
    attachments: consumeUploads(prepared.uploads, id),
    audit_id: auditId,
    via: apiVia(),
    created_at: context.store.iso(prepared.created_ms),
    metadata: { system: { client: 'desk-migrate simulator' }, custom: {} },
  };
}

/** Two comments of one request must not consume the same token twice. */
export function sharedUpload(comments: PreparedComment[]): string | undefined {
  const seen = new Set<string>();
  for (const c of comments) {
    for (const u of c.uploads) {
      if (seen.has(u.token)) return u.token;
      seen.add(u.token);
    }
  }
  return undefined;
}
