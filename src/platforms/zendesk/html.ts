/** The few HTML chores of the connector; bodies themselves are passed through as HTML. */

const COMMENT_WRAPPER = /^\s*<div class="zd-comment"[^>]*>([\s\S]*)<\/div>\s*$/;

/** Zendesk serves a comment's html_body wrapped in `<div class="zd-comment" dir="auto">…</div>`. */
export function unwrapCommentHtml(html: string): string {
  return COMMENT_WRAPPER.exec(html)?.[1] ?? html;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/** Text of an HTML body with whitespace collapsed: enough to recognise a comment Zendesk rendered. */
export function comparableText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => ENTITIES[m] ?? m)
    .replace(/\s+/g, ' ')
    .trim();
}
