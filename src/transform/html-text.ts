/**
 * HTML → plain text, for the places a service takes text only (Intercom's `POST /conversations`) and
 * for comparing bodies a service re-rendered. Built on html-to-text (a maintained converter on
 * htmlparser2): entities decoded, `<style>`/`<script>`/`<head>` dropped, paragraphs and `<br>` as line
 * breaks, list items bulleted or numbered, tables as aligned columns, quotes (nested too) as `> `, and
 * link targets kept after the link text unless the text is the target.
 */
import { convert, type HtmlToTextOptions } from 'html-to-text';

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true, linkBrackets: ['(', ')'] } },
    // An image's bytes travel as an attachment; its URL in the text would only be noise.
    { selector: 'img', format: 'skip' },
    // Headings and table headers keep the author's case (the library upper-cases them by default).
    ...(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const).map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
};

export function htmlToText(html: string): string {
  // Blank lines around go; a first list item keeps its indent.
  return convert(html, OPTIONS).replace(/^(\s*\n)+|\s+$/g, '');
}

/** Text of an HTML body with whitespace collapsed: enough to recognise a body a service re-rendered. */
export function comparableText(html: string): string {
  return collapse(htmlToText(html));
}

/** Texts compared for lookups: whitespace-insensitive. */
export function sameText(a: string, b: string): boolean {
  return collapse(a) === collapse(b);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
