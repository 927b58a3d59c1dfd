/**
 * Turns a source record into what is written to the target: the mapping's rules, references
 * rewritten to target ids, the default assignee, the knowledge-base default folder, and what the
 * target refuses before any call. `migrate` writes the result, `check` predicts from it (with
 * placeholder target ids), `verify` compares the target with it: all three see the same record.
 */
import type { Mapping } from '../config/types.js';
import { entityLabel, type EntityName } from '../model/entities.js';
import { failed, REASONS, skipped, warning, WARNINGS, type Failed, type Skipped, type Warning } from '../model/outcomes.js';
import type { AnyRecord, Article, Ticket } from '../model/records.js';
import { applyMapping } from '../transform/apply-mapping.js';
import { bindReferences, type Resolve } from './bind-references.js';

/** Source-side ids of the knowledge-base category and folder desk-migrate creates when needed. */
export const DEFAULT_CATEGORY_ID = 'desk-migrate:default-category';
export const DEFAULT_FOLDER_ID = 'desk-migrate:default-folder';
/** The warning on the default category's and folder's own rows. */
export const DEFAULT_CONTAINER_NOTE = 'created for articles outside a Category > Folder > Article tree';

export interface PrepareContext {
  mapping: Mapping;
  resolve: Resolve;
  /** Target id of an agent named by email in the mapping (defaults), if the target has it. */
  agentByEmail: (email: string) => string | undefined;
  /** Why a record of another entity did not migrate, for messages. */
  whyNotMigrated?: (entity: EntityName, id: string) => string | undefined;
  /** Whether a record that did not migrate failed for a reason that may pass (the next run tries it again). */
  mayStillMigrate?: (entity: EntityName, id: string) => boolean;
  /** What the target refuses of a prepared record without asking it (Target.refuses). */
  refuses?: (entity: EntityName, record: AnyRecord) => Failed | Skipped | undefined;
  /** `check`: messages say what will happen, not what happened. */
  predicting?: boolean;
}

export type Prepared = { record: AnyRecord; warnings: Warning[] } | { outcome: Failed | Skipped };

/** An article outside any folder, moved to the default folder (for targets that need one). */
/** The default folder of one category (knowledge_base.category_articles: default_folder_in_category). */
export function categoryDefaultFolderId(categoryId: string): string {
  return `${DEFAULT_FOLDER_ID}:${categoryId}`;
}

export function placeInDefaultFolder(article: Article, folderId = DEFAULT_FOLDER_ID): Article {
  const { categoryId: _dropped, ...placed } = article;
  return { ...placed, folderId };
}

/** What happened to an article the engine placed in a default folder, for its report row. */
function placement(folderId: string | undefined, mapping: Mapping): string | undefined {
  const kb = mapping.knowledge_base;
  if (folderId === DEFAULT_FOLDER_ID) {
    return `placed in "${kb.default_category}" > "${kb.default_folder}": it had no folder in the source (it sat directly in a category, or in no collection), and every article of the target sits in a folder; knowledge_base.category_articles: default_folder_in_category keeps an article of a category in it`;
  }
  if (folderId?.startsWith(`${DEFAULT_FOLDER_ID}:`)) {
    return `placed in a folder "${kb.default_folder}" of its own category: it sat directly in the category in the source, and every article of the target sits in a folder (knowledge_base.category_articles: default_folder_in_category)`;
  }
  return undefined;
}

export function prepareRecord(entity: EntityName, record: AnyRecord, context: PrepareContext): Prepared {
  const { mapping } = context;
  const transformed = applyMapping(entity, record, mapping);
  if ('failure' in transformed) return { outcome: transformed.failure };
  if ('skip' in transformed) return { outcome: transformed.skip };
  const truncated = entity === 'tickets' ? truncation(record as Ticket, mapping) : undefined;
  if (truncated?.status === 'failed') return { outcome: truncated };
  const bound = bindReferences(entity, transformed.record, context.resolve);
  const warnings = [...transformed.warnings, ...(truncated ? [warning(WARNINGS.truncatedSource, truncated.message)] : [])];
  const placed = entity === 'articles' ? placement((record as Article).folderId, mapping) : undefined;
  if (placed) warnings.push(warning(WARNINGS.defaultFolder, placed));
  // An optional reference is left out only when its record will not come: one whose failure may pass
  // would be missing for good (the record counts as migrated and is not written again), so it waits.
  const waitFor = [...bound.missing, ...bound.dropped.filter((ref) => context.mayStillMigrate?.(ref.entity, ref.id))];
  if (waitFor.length > 0) {
    const waiting = waitFor.some((ref) => context.mayStillMigrate?.(ref.entity, ref.id));
    const why = waitFor
      .map((ref) => {
        const reason = context.whyNotMigrated?.(ref.entity, ref.id);
        return `${entityLabel(ref.entity)} ${ref.id} (${ref.path}), which ${context.predicting ? 'will not migrate' : 'was not migrated'}${reason ? ` (${reason})` : ''}`;
      })
      .join('; ');
    const message = `${entityLabel(entity)} ${record.id} needs ${why}${waiting ? '; it is migrated by the run that migrates it' : ''}`;
    return { outcome: waiting ? { ...skipped(REASONS.dependencyFailed, message), waiting: true } : skipped(REASONS.dependencyFailed, message) };
  }
  const assigned = entity === 'tickets' ? applyDefaultAssignee(bound.record as { assigneeId?: string }, bound.dropped.some((r) => r.path === 'assigneeId'), context) : undefined;
  if (assigned) warnings.push(warning(WARNINGS.defaultAssignee, assigned));
  for (const ref of bound.dropped) {
    if (ref.path !== 'assigneeId' || !assigned) warnings.push(warning(WARNINGS.referenceLeftOut, `${ref.path}: ${entityLabel(ref.entity)} ${ref.id} ${context.predicting ? 'will not migrate' : 'was not migrated'}, left out`));
  }
  const refused = context.refuses?.(entity, bound.record);
  if (refused) return { outcome: refused };
  return { record: bound.record, warnings };
}

/** A thread the source could return only in part (Intercom: the 500 most recent parts). */
function truncation(ticket: Ticket, mapping: Mapping): Failed | { status: 'warning'; message: string } | undefined {
  if (!ticket.truncatedFrom) return undefined;
  const message = `the source returned ${ticket.comments.length} of the thread's ${ticket.truncatedFrom} parts: the oldest ${ticket.truncatedFrom - ticket.comments.length} are not reachable through its API`;
  return mapping.options.truncated_threads === 'fail'
    ? failed(REASONS.truncatedSource, `${message}; set options.truncated_threads: migrate to move what can be read`)
    : { status: 'warning', message };
}

/** An unassigned ticket (or one whose agent did not migrate) goes to the mapping's default assignee. */
function applyDefaultAssignee(ticket: { assigneeId?: string }, assigneeDropped: boolean, context: PrepareContext): string | undefined {
  if (ticket.assigneeId) return undefined;
  const { mapping } = context;
  const email = assigneeDropped ? (mapping.agents.default ?? mapping.defaults.tickets?.assignee) : mapping.defaults.tickets?.assignee;
  const targetId = email ? context.agentByEmail(email) : undefined;
  if (!email || !targetId) return undefined;
  ticket.assigneeId = targetId;
  return `assigned to the default agent ${email}`;
}
