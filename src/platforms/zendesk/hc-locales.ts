/**
 * Help Center locales: content can only be written in locales enabled in the Help Center (research
 * §1.5). A source locale is matched exactly, else by language ("en" → "en-us"); a record whose locale
 * matches none is written in the connection's `locale` (else the Help Center default), and a
 * translation whose locale matches none is skipped with a warning.
 */
import type { ZendeskClient } from './client.js';

interface Enabled {
  locales: string[];
  default: string;
}

const language = (locale: string) => locale.toLowerCase().split(/[-_]/)[0] ?? '';

export class HelpCenterLocales {
  private enabled: Promise<Enabled> | undefined;

  constructor(
    private readonly client: ZendeskClient,
    private readonly preferred: string | undefined,
  ) {}

  private load(): Promise<Enabled> {
    if (!this.enabled) {
      this.enabled = this.client.helpCenter
        .get<{ locales?: string[]; default_locale?: string }>('/api/v2/help_center/locales')
        .then((b) => ({ locales: (b.locales ?? []).map((l) => l.toLowerCase()), default: (b.default_locale ?? b.locales?.[0] ?? 'en-us').toLowerCase() }));
      this.enabled.catch(() => (this.enabled = undefined));
    }
    return this.enabled;
  }

  private match(enabled: Enabled, wanted: string): string | undefined {
    const lower = wanted.toLowerCase().replace('_', '-');
    return enabled.locales.find((l) => l === lower) ?? enabled.locales.find((l) => language(l) === language(lower));
  }

  /** The locale a record is written in; `note` says when it is not the source's own. */
  async primary(locale: string | undefined): Promise<{ locale: string; note?: string }> {
    const enabled = await this.load();
    const found = locale ? this.match(enabled, locale) : undefined;
    if (found) return found === locale?.toLowerCase() ? { locale: found } : { locale: found, note: `locale ${locale} written as ${found}` };
    const fallback = await this.fallback();
    return { locale: fallback, note: `locale ${locale ?? '(none)'} is not enabled in the Help Center; written as ${fallback}` };
  }

  /** Where content in a locale that is not enabled goes: the connection's `locale`, else the Help Center default. */
  private async fallback(): Promise<string> {
    const enabled = await this.load();
    return (this.preferred && this.match(enabled, this.preferred)) || enabled.default;
  }

  /** The enabled locale for a translation, or undefined (with the reason) when there is none. */
  async translation(locale: string, primary: string): Promise<{ locale: string } | { skipped: string }> {
    const enabled = await this.load();
    const found = this.match(enabled, locale);
    if (!found) return { skipped: `translation ${locale} skipped: the locale is not enabled in the Help Center (enabled: ${enabled.locales.join(', ')})` };
    if (found === primary) return { skipped: `translation ${locale} skipped: it would replace the ${primary} text` };
    return { locale: found };
  }
}
