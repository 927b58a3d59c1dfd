/**
 * Translations of Help Center items, addressed by locale. Zendesk creates a translation with POST and
 * changes it with PUT (an item's title and body live in its source-locale translation: an article PUT
 * ignores them). A POST for a locale that exists already answers 400, so a POST whose answer was lost
 * is checked with a GET before it is sent again (see ../create-once.ts).
 */
import { HttpError } from '../../http/index.js';
import type { ZendeskClient } from './client.js';
import type { HelpCenterLocales } from './hc-locales.js';
import { createOnce } from '../create-once.js';
import { warning, WARNINGS, type Warning } from '../../model/outcomes.js';

export type HcKind = 'categories' | 'sections' | 'articles';

export interface TranslationText {
  title: string;
  body: string;
  draft?: boolean;
}

export async function putTranslation(client: ZendeskClient, kind: HcKind, id: string, locale: string, text: TranslationText): Promise<void> {
  await client.helpCenter.put(`/api/v2/help_center/${kind}/${id}/translations/${locale}`, { translation: text });
}

async function exists(client: ZendeskClient, kind: HcKind, id: string, locale: string): Promise<boolean> {
  try {
    await client.helpCenter.get(`/api/v2/help_center/${kind}/${id}/translations/${locale}`);
    return true;
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return false;
    throw error;
  }
}

/** Creates the translation, or updates it when it exists. */
export async function upsertTranslation(client: ZendeskClient, kind: HcKind, id: string, locale: string, text: TranslationText): Promise<void> {
  const post = async () => {
    await client.helpCenter.post(`/api/v2/help_center/${kind}/${id}/translations`, { translation: { locale, ...text } });
    return true;
  };
  try {
    // A lost answer: if the translation is there now, the POST was applied; if not, it is sent again.
    await createOnce(post, async () => ((await exists(client, kind, id, locale)) ? true : undefined));
  } catch (error) {
    const taken = error instanceof HttpError && error.status === 400 && /already exists/i.test(error.message);
    if (!taken) throw error;
    await putTranslation(client, kind, id, locale, text);
  }
}

/**
 * Writes the translations of one item; returns source locale → Zendesk locale for those written (the
 * ledger's children) and warnings for those skipped. `written` are the ones an earlier run wrote.
 */
export async function writeTranslations(
  client: ZendeskClient,
  locales: HelpCenterLocales,
  kind: HcKind,
  id: string,
  primary: string,
  translations: readonly { locale: string; text: TranslationText }[],
  written: Readonly<Record<string, string>>,
): Promise<{ children: Record<string, string>; warnings: Warning[] }> {
  const children: Record<string, string> = {};
  const warnings: Warning[] = [];
  const used = new Set<string>();
  for (const { locale, text } of translations) {
    const target = await locales.translation(locale, primary);
    if ('skipped' in target) {
      warnings.push(warning(WARNINGS.translationLeftOut, target.skipped));
      continue;
    }
    if (used.has(target.locale)) {
      warnings.push(warning(WARNINGS.translationLeftOut, `translation ${locale} skipped: another translation is already written as ${target.locale}`));
      continue;
    }
    used.add(target.locale);
    if (written[locale] === target.locale) await putTranslation(client, kind, id, target.locale, text);
    else await upsertTranslation(client, kind, id, target.locale, text);
    children[locale] = target.locale;
  }
  return { children, warnings };
}
