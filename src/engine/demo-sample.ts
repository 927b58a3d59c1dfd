/**
 * The demo migration's sample: N tickets and N articles chosen reproducibly from a seed, hard cases
 * first (longest thread, attachments, unassigned, translations, nested folders), plus everything
 * those records depend on. The same seed and source always give the same sample, so a demo can be
 * rerun and compared, and the full run later finds the demo's records in the ledger.
 */
import { createHash } from 'node:crypto';
import type { Mapping } from '../config/types.js';
import type { EntityName } from '../model/entities.js';
import { referencesOf } from '../model/references.js';
import type { AnyRecord, Article, KbFolder, Ticket } from '../model/records.js';
import type { Source } from '../platforms/contracts.js';
import { readEntity } from '../platforms/declared-entities.js';

interface Candidate {
  id: string;
  rank: string;
  refs: { entity: EntityName; id: string }[];
  tags: string[];
}

export class DemoSample {
  private readonly ids = new Map<EntityName, Set<string>>();
  private readonly tagNames = new Set<string>();
  /** Why each hard case was picked, for the report. */
  readonly picks: string[] = [];

  includes(entity: EntityName, record: AnyRecord): boolean {
    if (entity === 'fields') return true;
    if (entity === 'tags') return this.tagNames.has((record as { name: string }).name);
    return this.ids.get(entity)?.has(record.id) ?? false;
  }

  add(entity: EntityName, id: string): boolean {
    let set = this.ids.get(entity);
    if (!set) this.ids.set(entity, (set = new Set()));
    if (set.has(id)) return false;
    set.add(id);
    return true;
  }

  addTags(tags: readonly string[] | undefined): void {
    for (const tag of tags ?? []) this.tagNames.add(tag);
  }
}

/** What a hard case may need to know besides the record: which folders sit inside another folder. */
interface SampleContext {
  nestedFolders: ReadonlySet<string>;
}

const HARD_CASES: Partial<Record<EntityName, { label: string; score: (record: AnyRecord, context: SampleContext) => number }[]>> = {
  tickets: [
    { label: 'longest thread', score: (r) => (r as Ticket).comments.length },
    { label: 'most attachments', score: (r) => (r as Ticket).comments.reduce((n, c) => n + c.attachments.length, 0) },
    { label: 'unassigned', score: (r) => ((r as Ticket).assigneeId ? 0 : 1) },
    { label: 'truncated by the source', score: (r) => ((r as Ticket).truncatedFrom ?? 0) },
  ],
  articles: [
    { label: 'most translations', score: (r) => (r as Article).translations.length },
    { label: 'attachments', score: (r) => (r as Article).attachments.length },
    { label: 'outside any folder', score: (r) => ((r as Article).folderId ? 0 : 1) },
    { label: 'in a nested folder', score: (r, c) => (c.nestedFolders.has((r as Article).folderId ?? '') ? 1 : 0) },
  ],
};

export async function selectDemoSample(source: Source, entities: readonly EntityName[], mapping: Mapping): Promise<DemoSample> {
  const sample = new DemoSample();
  const seed = String(mapping.demo.seed);
  const sizes: Partial<Record<EntityName, number>> = { tickets: mapping.demo.tickets, articles: mapping.demo.articles };
  const addRefs = (entity: EntityName, record: AnyRecord) => {
    for (const ref of referencesOf(entity, record)) sample.add(ref.entity, ref.id);
    sample.addTags((record as { tags?: string[] }).tags);
  };

  const nestedFolders = new Set<string>();
  if (entities.includes('articles') && entities.includes('kb_folders')) {
    for await (const page of readEntity(source, 'kb_folders', {})) for (const f of page.records as KbFolder[]) if (f.parentFolderId) nestedFolders.add(f.id);
  }
  const context: SampleContext = { nestedFolders };

  // Walk entities from the last to the first: every reference points at an entity not yet walked.
  for (const entity of [...entities].reverse()) {
    const size = sizes[entity];
    if (size !== undefined) {
      for (const candidate of await pickSample(source, entity, size, seed, sample.picks, context)) {
        sample.add(entity, candidate.id);
        for (const ref of candidate.refs) sample.add(ref.entity, ref.id);
        sample.addTags(candidate.tags);
      }
    } else if (entity === 'kb_folders') {
      // Folders point at parent folders: collect the (small) tree, then close over ancestors.
      const folders = new Map<string, AnyRecord>();
      for await (const page of readEntity(source, entity, {})) for (const f of page.records) folders.set(f.id, f);
      const queue = [...folders.keys()].filter((id) => sample.includes(entity, { id } as AnyRecord));
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        const folder = folders.get(id);
        if (!folder) continue;
        for (const ref of referencesOf(entity, folder)) if (sample.add(ref.entity, ref.id) && ref.entity === 'kb_folders') queue.push(ref.id);
      }
    } else if (entity !== 'fields' && entity !== 'tags') {
      for await (const page of readEntity(source, entity, {})) {
        for (const record of page.records) if (sample.includes(entity, record)) addRefs(entity, record);
      }
    }
  }
  return sample;
}

async function pickSample(source: Source, entity: EntityName, size: number, seed: string, picks: string[], context: SampleContext): Promise<Candidate[]> {
  if (size === 0) return [];
  const cases = HARD_CASES[entity] ?? [];
  const best: ({ candidate: Candidate; score: number } | undefined)[] = cases.map(() => undefined);
  let bottom: Candidate[] = [];
  for await (const page of readEntity(source, entity, {})) {
    for (const record of page.records) {
      const candidate: Candidate = {
        id: record.id,
        rank: createHash('sha1').update(`${seed}:${entity}:${record.id}`).digest('hex'),
        refs: referencesOf(entity, record).map(({ entity: e, id }) => ({ entity: e, id })),
        tags: (record as { tags?: string[] }).tags ?? [],
      };
      cases.forEach((c, i) => {
        const score = c.score(record, context);
        const current = best[i];
        if (score > 0 && (!current || score > current.score || (score === current.score && candidate.rank < current.candidate.rank))) {
          best[i] = { candidate, score };
        }
      });
      // Keep the `size` lowest ranks: a reproducible random sample in O(size) memory.
      if (bottom.length < size || candidate.rank < (bottom[bottom.length - 1]?.rank ?? '')) {
        bottom.push(candidate);
        bottom.sort((a, b) => (a.rank < b.rank ? -1 : 1));
        if (bottom.length > size) bottom = bottom.slice(0, size);
      }
    }
  }
  const chosen = new Map<string, Candidate>();
  cases.forEach((c, i) => {
    const hit = best[i];
    if (hit && chosen.size < size && !chosen.has(hit.candidate.id)) {
      chosen.set(hit.candidate.id, hit.candidate);
      picks.push(`${entity} ${hit.candidate.id}: ${c.label}`);
    }
  });
  for (const candidate of bottom) if (chosen.size < size) chosen.set(candidate.id, candidate);
  return [...chosen.values()];
}
