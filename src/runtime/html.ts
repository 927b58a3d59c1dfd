/**
 * HTML for the job summary and the PR comment, where ticket subjects, ids and error messages from the
 * customer's data are shown. `html` is a tagged template that escapes every interpolated value unless
 * it is already `SafeHtml`, so forgetting to escape is not possible by construction.
 *
 * Text is also made safe for GitHub's Markdown around the HTML: a blank line would end the HTML block
 * (what follows would be read as Markdown), so whitespace runs become one space; and `@name` would
 * notify a GitHub user from a PR comment, so a zero-width space is put after such an `@`.
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = string | number | SafeHtml | readonly HtmlValue[] | undefined | null | false;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** One line of user text: whitespace collapsed, cut to `maxLength` characters, mentions defused, escaped. */
export function inlineText(text: string, maxLength = 500): string {
  let line = text.replace(/\s+/g, ' ').trim();
  if (line.length > maxLength) line = `${line.slice(0, maxLength - 1)}…`;
  return escapeHtml(line.replace(/(^|[^\w`])@(?=[A-Za-z0-9])/g, '$1@\u200b'));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Joins fragments, one per line (never a blank line, see above). */
/** One fragment per line; empty ones are left out, since a blank line would end the HTML block. */
export function lines(fragments: readonly SafeHtml[]): SafeHtml {
  return new SafeHtml(fragments.filter((f) => f.value !== '').map((f) => f.value).join('\n'));
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return inlineText(String(value));
}
