/**
 * Articles. A new article is created in one request with all its translations (so it never exists
 * half-translated) and `notify_subscribers: false` when the mapping asks for no notifications; its
 * marker is its title within its section, looked for before a create. Attachments are then uploaded
 * to it one by one, and URLs of the source files in the body are replaced by the new ones.
 * A changed article: metadata with PUT on the article, title/body/draft through its translations
 * (Zendesk ignores them on the article), new translations and attachments added.
 * Every article needs a permission group (the connection's, else the account's first) and a user
 * segment (the connection's; null = everyone). Zendesk sets its dates: they cannot be kept.
 * Articles outside any folder reach this writer already placed in the mapping's default section.
 */
import { failureKind, HttpError } from '../../http/index.js';
import { migrated, type Outcome, type Warning, warning, WARNINGS } from '../../model/outcomes.js';
import type { Article, Attachment } from '../../model/records.js';
import type { WriteContext, WriteItem } from '../contracts.js';
import type { HcArticle, HcArticleAttachment } from './api-types.js';
import type { ZendeskClient } from './client.js';
import type { HelpCenterLocales } from './hc-locales.js';
import { putTranslation, writeTranslations, type TranslationText } from './hc-translations.js';
import { multipartBody } from './multipart.js';
import { listAll } from './pagination.js';
import { createOnce } from '../create-once.js';
import { AttachmentRefused } from './uploads.js';

const titleKey = (title: string) => title.trim().toLowerCase();
export const attachmentChild = (id: string) => `attachment:${id}`;

export class ArticleWriter {
  private readonly bySection = new Map<number, Map<string, number>>();
  private permissionGroup: Promise<number> | undefined;
  /** Zendesk id → the source id it was written for, by this connection (two articles may share a title). */
  private readonly writtenFor = new Map<number, string>();

  constructor(
    private readonly client: ZendeskClient,
    private readonly locales: HelpCenterLocales,
  ) {}

  async findArticle(sectionId: number, title: string, fresh = false): Promise<number | undefined> {
    let known = this.bySection.get(sectionId);
    if (!known || fresh) {
      const all = await listAll<HcArticle>(this.client.helpCenter, `/api/v2/help_center/sections/${sectionId}/articles`, 'articles');
      known = new Map(all.map((a) => [titleKey(a.title), a.id]));
      this.bySection.set(sectionId, known);
    }
    return known.get(titleKey(title));
  }

  async write(item: WriteItem<Article>, context: WriteContext): Promise<Outcome> {
    const article = item.record;
    const { locale, note } = await this.locales.primary(article.locale);
    const notes = note ? [warning(WARNINGS.localeChanged, note)] : [];
    // The engine places an article outside any folder in the mapping's default folder (articlesNeedFolder).
    if (!article.folderId) throw new Error(`article ${article.id} has no section to go in`);
    const sectionId = Number(article.folderId);
    const draft = article.status === 'draft';
    const translations = article.translations.map((t) => ({ locale: t.locale, text: { title: t.title, body: t.body, draft: t.status === 'draft' } }));
    const written = item.previous?.children ?? {};
    let id: string;
    let children: Record<string, string>;
    let isNew = false;
    if (item.previous) {
      id = item.previous.targetId;
      await this.client.helpCenter.put(`/api/v2/help_center/articles/${id}`, { article: this.metadata(article, sectionId) });
      await putTranslation(this.client, 'articles', id, locale, { title: article.title, body: article.body, draft });
      const result = await writeTranslations(this.client, this.locales, 'articles', id, locale, translations, written);
      children = result.children;
      notes.push(...result.warnings);
    } else {
      const created = await this.create(article, sectionId, locale, translations, context);
      id = String(created.id);
      this.writtenFor.set(created.id, article.id);
      children = created.children;
      notes.push(...created.notes);
      isNew = !created.matched;
    }
    const files = await this.uploadAttachments(id, article.attachments, written, isNew, context);
    notes.push(...files.skipped);
    Object.assign(children, files.children);
    const body = await this.rewriteBody(id, article, files.urls, written);
    if (body !== article.body) await putTranslation(this.client, 'articles', id, locale, { title: article.title, body, draft });
    return migrated(id, { children, ...(notes.length ? { warnings: notes } : {}) });
  }

  private metadata(article: Article, sectionId: number): Record<string, unknown> {
    return {
      section_id: sectionId,
      label_names: article.tags,
      ...(article.position !== undefined ? { position: article.position } : {}),
      ...(article.authorId ? { author_id: Number(article.authorId) } : {}),
    };
  }

  private defaultPermissionGroup(): Promise<number> {
    if (this.client.settings.permissionGroupId !== undefined) return Promise.resolve(this.client.settings.permissionGroupId);
    if (!this.permissionGroup) {
      this.permissionGroup = listAll<{ id: number }>(this.client.helpCenter, '/api/v2/guide/permission_groups', 'permission_groups').then((groups) => {
        const first = groups[0];
        if (!first) throw new Error('the Help Center has no permission group; set permission_group_id in the Zendesk connection');
        return first.id;
      });
      this.permissionGroup.catch(() => (this.permissionGroup = undefined));
    }
    return this.permissionGroup;
  }

  private async create(
    article: Article,
    sectionId: number,
    locale: string,
    translations: { locale: string; text: TranslationText }[],
    context: WriteContext,
  ): Promise<{ id: number; children: Record<string, string>; notes: Warning[]; matched: boolean }> {
    const free = (found: number | undefined) => (found !== undefined && (this.writtenFor.get(found) ?? article.id) === article.id ? found : undefined);
    const existing = free(await this.findArticle(sectionId, article.title));
    if (existing !== undefined) {
      // Ours from a run whose answer or ledger was lost, or the customer's own article of that title.
      const result = await writeTranslations(this.client, this.locales, 'articles', String(existing), locale, translations, {});
      return { id: existing, children: result.children, notes: [warning(WARNINGS.matchedExisting, `matched the existing article "${article.title}" in its section`), ...result.warnings], matched: true };
    }
    const children: Record<string, string> = {};
    const notes: Warning[] = [];
    const inline: Record<string, unknown>[] = [];
    for (const t of translations) {
      const target = await this.locales.translation(t.locale, locale);
      if ('skipped' in target) notes.push(warning(WARNINGS.translationLeftOut, target.skipped));
      else if (Object.values(children).includes(target.locale)) notes.push(warning(WARNINGS.translationLeftOut, `translation ${t.locale} skipped: another translation is already written as ${target.locale}`));
      else {
        inline.push({ locale: target.locale, ...t.text });
        children[t.locale] = target.locale;
      }
    }
    const body = {
      article: {
        title: article.title,
        body: article.body,
        locale,
        draft: article.status === 'draft',
        permission_group_id: await this.defaultPermissionGroup(),
        user_segment_id: this.client.settings.userSegmentId,
        ...this.metadata(article, sectionId),
        ...(inline.length ? { translations: inline } : {}),
      },
      ...(context.options.options.skip_notifications ? { notify_subscribers: false } : {}),
    };
    const id = await createOnce(
      async () => (await this.client.helpCenter.post<{ article: HcArticle }>(`/api/v2/help_center/sections/${sectionId}/articles`, body)).article.id,
      async () => free(await this.findArticle(sectionId, article.title, true)),
    );
    this.bySection.get(sectionId)?.set(titleKey(article.title), id);
    return { id, children, notes, matched: false };
  }

  private async uploadAttachments(
    articleId: string,
    attachments: readonly Attachment[],
    written: Readonly<Record<string, string>>,
    isNew: boolean,
    context: WriteContext,
  ): Promise<{ children: Record<string, string>; urls: Map<string, string>; skipped: Warning[] }> {
    const children: Record<string, string> = {};
    const urls = new Map<string, string>();
    const skipped: Warning[] = [];
    const path = `/api/v2/help_center/articles/${articleId}/attachments`;
    const existing = () => listAll<HcArticleAttachment>(this.client.helpCenter, path, 'article_attachments');
    // A new article has no attachments; an older one may have some from a run that stopped midway.
    let present: HcArticleAttachment[] | undefined = isNew ? [] : undefined;
    for (const attachment of attachments.filter((a) => written[attachmentChild(a.id)] === undefined)) {
      try {
        const bytes = await context.fetchAttachment(attachment);
        const { rawBody, contentType } = await multipartBody({ inline: String(attachment.inline === true) }, { name: attachment.fileName, contentType: attachment.contentType, bytes });
        const upload = async () => (await this.client.helpCenter.request<{ article_attachment: HcArticleAttachment }>('POST', path, { rawBody, contentType })).body.article_attachment;
        present ??= await existing();
        const already = present.find((p) => p.file_name === attachment.fileName && !Object.values(children).includes(String(p.id)));
        const made = already ?? (await createOnce(upload, async () => (await existing()).find((p) => p.file_name === attachment.fileName)));
        children[attachmentChild(attachment.id)] = String(made.id);
        urls.set(attachment.id, made.content_url);
      } catch (error) {
        // An outage is not an unsupported file: the article fails and the next run adds the file.
        if (failureKind(error) !== 'record') throw error;
        const why = `attachment ${attachment.fileName} could not be added (${error instanceof HttpError || error instanceof Error ? error.message : String(error)})`;
        if (context.options.options.unsupported_attachments === 'fail') throw new AttachmentRefused(`${why}; set options.unsupported_attachments: skip to migrate the article without it`);
        skipped.push(warning(WARNINGS.attachmentUnreachable, `${why}, left out`));
      }
    }
    return { children, urls, skipped };
  }

  /** The body with source attachment URLs replaced by the Zendesk ones (inline images). */
  private async rewriteBody(articleId: string, article: Article, urls: Map<string, string>, written: Readonly<Record<string, string>>): Promise<string> {
    const referenced = article.attachments.filter((a) => a.url && article.body.includes(a.url));
    if (referenced.length === 0) return article.body;
    if (referenced.some((a) => !urls.has(a.id) && written[attachmentChild(a.id)])) {
      const present = await listAll<HcArticleAttachment>(this.client.helpCenter, `/api/v2/help_center/articles/${articleId}/attachments`, 'article_attachments');
      for (const a of referenced) {
        const id = written[attachmentChild(a.id)];
        const found = id ? present.find((p) => String(p.id) === id) : undefined;
        if (found) urls.set(a.id, found.content_url);
      }
    }
    let body = article.body;
    for (const a of referenced) {
      const url = urls.get(a.id);
      if (url) body = body.split(a.url).join(url);
    }
    return body;
  }
}
