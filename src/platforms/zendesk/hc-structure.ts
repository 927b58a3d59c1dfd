/**
 * Help Center categories and sections. Zendesk has no external id for them, so the marker of a record
 * this connector wrote is its name within its parent: a category is matched by name, a section by name
 * within its category and parent section, before anything is created — a rerun after a lost answer or a
 * lost ledger finds them instead of creating them twice. An item this connection already wrote for
 * another source record is not taken: two source folders may share a name.
 *
 * Nested sections (Guide Enterprise) are created with `parent_section_id`; an account without the
 * feature refuses it, and from then on sections are created at the top of their category, with a
 * warning.
 */
import { HttpError } from '../../http/index.js';
import { migrated, type Outcome, type Warning, warning, WARNINGS } from '../../model/outcomes.js';
import type { KbCategory, KbFolder, Translated } from '../../model/records.js';
import type { WriteItem } from '../contracts.js';
import type { HcCategory, HcSection } from './api-types.js';
import type { ZendeskClient } from './client.js';
import type { HelpCenterLocales } from './hc-locales.js';
import { putTranslation, writeTranslations } from './hc-translations.js';
import { listAll } from './pagination.js';
import { createOnce } from '../create-once.js';

interface Made {
  id: number;
  notes: Warning[];
}

const nameKey = (name: string) => name.trim().toLowerCase();
const sectionKey = (parent: number | undefined, name: string) => `${parent ?? ''}|${nameKey(name)}`;

function translationsOf(record: { translations: Record<string, Translated> }) {
  return Object.entries(record.translations).map(([locale, t]) => ({ locale, text: { title: t.name, body: t.description ?? '' } }));
}

export class HelpCenterStructure {
  private categories: Map<string, number> | undefined;
  private readonly sections = new Map<number, Map<string, number>>();
  /** False once the account refused a nested section. */
  private nesting = true;
  /** Zendesk id → the source id it was written for, by this connection. */
  private readonly writtenFor = new Map<number, string>();

  constructor(
    private readonly client: ZendeskClient,
    private readonly locales: HelpCenterLocales,
  ) {}

  async findCategory(name: string, fresh = false): Promise<number | undefined> {
    if (!this.categories || fresh) {
      const all = await listAll<HcCategory>(this.client.helpCenter, '/api/v2/help_center/categories', 'categories');
      this.categories = new Map(all.map((c) => [nameKey(c.name), c.id]));
    }
    return this.categories.get(nameKey(name));
  }

  async findSection(categoryId: number, parent: number | undefined, name: string, fresh = false): Promise<number | undefined> {
    let known = this.sections.get(categoryId);
    if (!known || fresh) {
      const all = await listAll<HcSection>(this.client.helpCenter, `/api/v2/help_center/categories/${categoryId}/sections`, 'sections');
      known = new Map(all.map((s) => [sectionKey(s.parent_section_id ?? undefined, s.name), s.id]));
      this.sections.set(categoryId, known);
    }
    return known.get(sectionKey(parent, name));
  }

  writeCategory(item: WriteItem<KbCategory>): Promise<Outcome> {
    const r = item.record;
    return this.writeContainer('categories', item, (locale) => this.ensureCategory(r.id, r.name, r.description, locale, r.position));
  }

  writeFolder(item: WriteItem<KbFolder>): Promise<Outcome> {
    const r = item.record;
    const parent = r.parentFolderId ? Number(r.parentFolderId) : undefined;
    return this.writeContainer('sections', item, (locale) => this.ensureSection(r.id, Number(r.categoryId), parent, r.name, r.description, locale, r.position));
  }

  /** A category or section: created (or found by name) once, later renamed and moved in place; then its translations. */
  private async writeContainer(kind: 'categories' | 'sections', item: WriteItem<KbCategory | KbFolder>, create: (locale: string) => Promise<Made>): Promise<Outcome> {
    const record = item.record;
    const { locale, note } = await this.locales.primary(record.locale);
    const notes = note ? [warning(WARNINGS.localeChanged, note)] : [];
    let id: string;
    if (item.previous) {
      id = item.previous.targetId;
      await putTranslation(this.client, kind, id, locale, { title: record.name, body: record.description ?? '' });
      const key = kind === 'categories' ? 'category' : 'section';
      if (record.position !== undefined) await this.client.helpCenter.put(`/api/v2/help_center/${kind}/${id}`, { [key]: { position: record.position } });
    } else {
      const made = await create(locale);
      id = String(made.id);
      notes.push(...made.notes);
    }
    const translations = await writeTranslations(this.client, this.locales, kind, id, locale, translationsOf(record), item.previous?.children ?? {});
    notes.push(...translations.warnings);
    return migrated(id, { children: translations.children, ...(notes.length ? { warnings: notes } : {}) });
  }

  /** An item found by name that this connection has not written for another source record. */
  private free(found: number | undefined, sourceId: string): number | undefined {
    if (found === undefined) return undefined;
    const owner = this.writtenFor.get(found);
    return owner === undefined || owner === sourceId ? found : undefined;
  }

  private ensureCategory(sourceId: string, name: string, description: string | undefined, locale: string, position?: number): Promise<Made> {
    return this.claim(sourceId, () => this.makeCategory(sourceId, name, description, locale, position));
  }

  private ensureSection(sourceId: string, categoryId: number, parent: number | undefined, name: string, description: string | undefined, locale: string, position?: number): Promise<Made> {
    return this.claim(sourceId, () => this.makeSection(sourceId, categoryId, parent, name, description, locale, position));
  }

  private async claim(sourceId: string, make: () => Promise<Made>): Promise<Made> {
    const made = await make();
    this.writtenFor.set(made.id, sourceId);
    return made;
  }

  private async makeCategory(sourceId: string, name: string, description: string | undefined, locale: string, position?: number): Promise<Made> {
    const existing = this.free(await this.findCategory(name), sourceId);
    if (existing !== undefined) return { id: existing, notes: [warning(WARNINGS.matchedExisting, `matched the existing category "${name}"`)] };
    const id = await createOnce(
      async () =>
        (
          await this.client.helpCenter.post<{ category: HcCategory }>('/api/v2/help_center/categories', {
            category: { name, description: description ?? '', locale, ...(position !== undefined ? { position } : {}) },
          })
        ).category.id,
      async () => this.free(await this.findCategory(name, true), sourceId),
    );
    this.categories?.set(nameKey(name), id);
    return { id, notes: [] };
  }

  private async makeSection(sourceId: string, categoryId: number, parent: number | undefined, name: string, description: string | undefined, locale: string, position?: number): Promise<Made> {
    const notes: Warning[] = [];
    let under = parent;
    if (under !== undefined && !this.nesting) {
      under = undefined;
      notes.push(warning(WARNINGS.nestedFolder, 'nested sections need Guide Enterprise; created at the top of its category'));
    }
    const existing = this.free(await this.findSection(categoryId, under, name), sourceId);
    if (existing !== undefined) return { id: existing, notes: [...notes, warning(WARNINGS.matchedExisting, `matched the existing section "${name}"`)] };
    const create = async () =>
      (
        await this.client.helpCenter.post<{ section: HcSection }>(`/api/v2/help_center/categories/${categoryId}/sections`, {
          section: { name, description: description ?? '', locale, ...(position !== undefined ? { position } : {}), ...(under !== undefined ? { parent_section_id: under } : {}) },
        })
      ).section.id;
    let id: number;
    try {
      id = await createOnce(create, async () => this.free(await this.findSection(categoryId, under, name, true), sourceId));
    } catch (error) {
      if (under === undefined || !(error instanceof HttpError && error.status === 400 && /parent_section_id/.test(error.message))) throw error;
      this.nesting = false;
      return this.makeSection(sourceId, categoryId, parent, name, description, locale, position);
    }
    this.sections.get(categoryId)?.set(sectionKey(under, name), id);
    return { id, notes };
  }
}
