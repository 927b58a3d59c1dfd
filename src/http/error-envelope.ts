/**
 * Turning an error body into a code and a sentence. The envelopes are the platforms' own: each
 * platform client passes its `parseError` (see HttpClientOptions); this module only knows what is
 * true of any HTTP API — a body that is text (a proxy's HTML page, a stack dump) is quoted briefly —
 * and the helpers the platform parsers share.
 */

export interface ErrorDescription {
  code?: string;
  message: string;
}

/** Platform error envelope → code and message; undefined when the body is not one. */
export type ErrorParser = (status: number, body: unknown) => ErrorDescription | undefined;

const MAX_TEXT = 300;
/** A body that is not an envelope is quoted this far at most. */
const MAX_EXCERPT = 120;

/** The fallback for any body no platform parser understood: a text body's excerpt, else nothing. */
export function describeTextBody(_status: number, body: unknown): ErrorDescription | undefined {
  if (typeof body !== 'string') return undefined;
  const excerpt = bodyExcerpt(body);
  return excerpt ? { message: excerpt } : undefined;
}

/** A description from the parts a parser found: duplicates dropped, joined, capped in length. */
export function errorDescription(parts: readonly (string | undefined)[], code?: string): ErrorDescription | undefined {
  const unique: string[] = [];
  for (const part of parts) if (part && !unique.includes(part)) unique.push(part);
  if (unique.length === 0 && code === undefined) return undefined;
  const joined = unique.join('; ') || code || '';
  const message = joined.length > MAX_TEXT ? `${joined.slice(0, MAX_TEXT)}…` : joined;
  return code === undefined ? { message } : { code, message };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-blank string, trimmed; undefined otherwise. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * What an error message may quote of a body that is not a platform envelope: one line of text, at
 * most MAX_EXCERPT characters. An HTML page (a gateway's 502) gives its title, or its text without
 * markup, scripts or styles; a whole page in a message hides the sentence that says what to do.
 */
export function bodyExcerpt(body: string, max = MAX_EXCERPT): string {
  let text = body;
  if (/^\s*</.test(text)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1];
    text = title && title.trim() ? title : text.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ');
    text = text.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  }
  // Control characters would break a log line or a CSV cell.
  text = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
