/** The few HTML chores of the connector; bodies themselves are passed through as HTML (text: transform/html-text.ts). */

const COMMENT_WRAPPER = /^\s*<div class="zd-comment"[^>]*>([\s\S]*)<\/div>\s*$/;

/** Zendesk serves a comment's html_body wrapped in `<div class="zd-comment" dir="auto">…</div>`. */
export function unwrapCommentHtml(html: string): string {
  return COMMENT_WRAPPER.exec(html)?.[1] ?? html;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
