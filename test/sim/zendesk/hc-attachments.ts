/**
 * Article attachments (research §1.5 [HC-att]): multipart `file` (+ `inline`, `locale`), at most 20 MB.
 * - `POST /api/v2/help_center/articles/{article_id}/attachments` attaches to one article;
 * - `POST /api/v2/help_center/articles/attachments` uploads unassociated, then
 *   `POST /api/v2/help_center/articles/{article_id}/bulk_attachments {attachment_ids}` associates at most
 *   20 per request.
 * Bytes are served at `content_url` (`/hc/article_attachments/{token}/{file_name}`).
 */
import type { SimContext } from './context.js';
import { hcInvalid, isObject, notFound, ok, optId } from './http.js';
import { parseMultipart } from './multipart.js';
import { paginate } from './pagination.js';
import type { RouteRequest, Router } from './router.js';
import type { SimResponse } from '../common/sim-server.js';
import type { HcArticleAttachment } from './types.js';
import { guessContentType } from './uploads.js';

export const MAX_ARTICLE_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_BULK_ATTACHMENTS = 20;

export function articleAttachmentJson(att: HcArticleAttachment, context: SimContext): Record<string, unknown> {
  const relative = `/hc/article_attachments/${att.download_token}/${encodeURIComponent(att.file_name)}`;
  return {
    id: att.id,
    url: `${context.baseUrl()}/api/v2/help_center/articles/attachments/${att.id}.json`,
    article_id: att.article_id,
    display_file_name: att.file_name,
    file_name: att.file_name,
    locale: att.locale,
    content_url: `${context.baseUrl()}${relative}`,
    relative_path: relative,
    content_type: att.content_type,
    size: att.size,
    inline: att.inline,
    created_at: att.created_at,
    updated_at: att.updated_at,
  };
}

function upload(request: RouteRequest, context: SimContext, articleId: number | null): SimResponse {
  const parts = parseMultipart(request.headers['content-type'], request.rawBody);
  const file = parts?.find((p) => p.name === 'file');
  if (!parts || !file || !file.fileName) return hcInvalid('You passed an invalid value for the file attribute. A multipart "file" part is required.');
  if (file.data.length > MAX_ARTICLE_ATTACHMENT_BYTES) return hcInvalid('You passed an invalid value for the file attribute. Attachments are limited to 20 MB.');
  const field = (name: string): string | undefined => parts.find((p) => p.name === name)?.data.toString('utf8');
  const now = context.store.iso();
  const att: HcArticleAttachment = {
    id: context.store.id(),
    article_id: articleId,
    file_name: file.fileName,
    content_type: guessContentType(file.fileName, file.contentType),
    size: file.data.length,
    inline: field('inline') === 'true',
    locale: field('locale') ?? null,
    download_token: context.store.token(),
    bytes: file.data,
    created_at: now,
    updated_at: now,
  };
  context.store.hc.articleAttachments.set(att.id, att);
  return ok({ article_attachment: articleAttachmentJson(att, context) }, 201);
}

export function registerHelpCenterAttachments(router: Router): void {
  router.add('POST', '/api/v2/help_center/articles/attachments', (request, context) => upload(request, context, null));
  router.add('GET', '/api/v2/help_center/articles/attachments/{article_attachment_id}', (request, context) => {
    const att = context.store.hc.articleAttachments.get(Number(request.params['article_attachment_id']));
    return att ? ok({ article_attachment: articleAttachmentJson(att, context) }) : notFound();
  });
  router.add('GET', '/api/v2/help_center/articles/{article_id}/attachments', (request, context) => {
    const articleId = Number(request.params['article_id']);
    if (!context.store.hc.articles.has(articleId)) return notFound();
    const list = [...context.store.hc.articleAttachments.values()].filter((a) => a.article_id === articleId);
    return paginate(request, context, list, { key: 'article_attachments', render: (a) => articleAttachmentJson(a, context), helpCenter: true, defaultPerPage: 30 });
  });
  router.add('POST', '/api/v2/help_center/articles/{article_id}/attachments', (request, context) => {
    const articleId = Number(request.params['article_id']);
    if (!context.store.hc.articles.has(articleId)) return notFound();
    return upload(request, context, articleId);
  });
  router.add('POST', '/api/v2/help_center/articles/{article_id}/bulk_attachments', (request, context) => {
    const articleId = Number(request.params['article_id']);
    if (!context.store.hc.articles.has(articleId)) return notFound();
    const raw = isObject(request.body) ? request.body['attachment_ids'] : undefined;
    if (!Array.isArray(raw) || raw.length === 0) return hcInvalid('You passed an invalid value for the attachment_ids attribute. A list of ids is required.');
    if (raw.length > MAX_BULK_ATTACHMENTS) return hcInvalid(`You passed an invalid value for the attachment_ids attribute. At most ${MAX_BULK_ATTACHMENTS} attachments per request.`);
    const atts: HcArticleAttachment[] = [];
    for (const value of raw) {
      const att = context.store.hc.articleAttachments.get(optId(value) ?? -1);
      if (!att) return notFound();
      if (att.article_id !== null && att.article_id !== articleId) return hcInvalid(`You passed an invalid value for the attachment_ids attribute. Attachment ${att.id} belongs to another article.`);
      atts.push(att);
    }
    for (const att of atts) {
      att.article_id = articleId;
      att.updated_at = context.store.iso();
    }
    return ok({ article_attachments: atts.map((a) => articleAttachmentJson(a, context)) });
  });
}

export function serveArticleAttachmentBytes(context: SimContext, path: string): SimResponse | undefined {
  const m = /^\/hc\/article_attachments\/([^/]+)\//.exec(path);
  if (!m) return undefined;
  for (const att of context.store.hc.articleAttachments.values()) {
    if (att.download_token === m[1]) return { status: 200, headers: { 'content-type': att.content_type, 'content-length': String(att.size) }, body: att.bytes };
  }
  return notFound();
}
