/**
 * What ends a record before it is prepared, the same in `migrate` and in `check` (so that `check`
 * predicts these outcomes): a second record with an id already read, a record outside the mapping's
 * date filters, an entity the target cannot store.
 */
import type { Mapping } from '../config/types.js';
import { entityLabel, type EntityName } from '../model/entities.js';
import { failed, REASONS, skipped, type Failed, type Skipped } from '../model/outcomes.js';
import type { AnyRecord } from '../model/records.js';
import type { Target } from '../platforms/contracts.js';
import { sinkOf } from '../platforms/declared-entities.js';

/** Why a record falls outside the mapping's date filters, if it does. */
export function outsideFilters(record: AnyRecord, mapping: Mapping): string | undefined {
  const { created_after, created_before, updated_after } = mapping.filters;
  const { createdAt, updatedAt } = record as { createdAt?: string; updatedAt?: string };
  const before = (a: string, b: string) => Date.parse(a) < Date.parse(b);
  if (createdAt && created_after && before(createdAt, created_after)) return `created ${createdAt}, before filters.created_after`;
  if (createdAt && created_before && !before(createdAt, created_before)) return `created ${createdAt}, not before filters.created_before`;
  if (updatedAt && updated_after && before(updatedAt, updated_after)) return `updated ${updatedAt}, before filters.updated_after`;
  return undefined;
}

/** Skipped for the filters or because the target has nowhere to put the entity. */
export function outOfScope(entity: EntityName, record: AnyRecord, mapping: Mapping, target: Target): Skipped | undefined {
  const outside = outsideFilters(record, mapping);
  if (outside) return skipped(REASONS.filteredOut, outside);
  if (!sinkOf(target, entity)) return skipped(REASONS.entityNotSupported, `${target.platform} cannot store ${entity}`);
  return undefined;
}

/** The `occurrence`-th record read with one id: it would overwrite or be folded into the first. */
export function duplicateSourceId(entity: EntityName, id: string, occurrence: number): Failed {
  return failed(REASONS.duplicateSourceId, `${entityLabel(entity)} ${id} appears ${occurrence} times in the source; only its first record is used. Ids must be unique: fix the source and run again`);
}
