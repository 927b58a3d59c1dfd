/**
 * Freshdesk sets the time of every ticket and note it is given: `created_at` is no input (research
 * §2.4). The original time of each message therefore travels as its first line (when the connection
 * says so, the default), in a form the Freshdesk reader recognises and takes off again, so that a
 * Freshdesk → Freshdesk or Freshdesk → archive round trip keeps the dates.
 */
import { escapeHtml } from './html.js';

const LINE = /^\s*<p>Originally written ([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z)(?: by [^<]*)?<\/p>\s*/;

export function withOriginalDate(body: string, createdAt: string, author?: string): string {
  const instant = new Date(Date.parse(createdAt)).toISOString();
  return `<p>Originally written ${instant}${author ? ` by ${escapeHtml(author)}` : ''}</p>${body}`;
}

/** The body without the date line, and the date it carried. */
export function takeOriginalDate(body: string): { body: string; createdAt?: string } {
  const match = LINE.exec(body);
  return match ? { body: body.slice(match[0].length), createdAt: match[1] as string } : { body };
}

/** A date field holds a day: YYYY-MM-DD of the instant, in UTC. */
export function dateFieldValue(iso: string): string {
  return new Date(Date.parse(iso)).toISOString().slice(0, 10);
}
