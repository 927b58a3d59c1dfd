/** Which entities a run moves, in dependency order, and why any requested one is left out. */
import type { Mapping } from '../config/types.js';
import { ENTITY_ORDER, type EntityName } from '../model/entities.js';
import type { Source, Target } from '../platforms/contracts.js';
import { sinkOf, streamOf } from '../platforms/declared-entities.js';

export interface Plan {
  entities: EntityName[];
  notes: string[];
}

export function planEntities(mapping: Mapping, source: Source, target: Target): Plan {
  const wanted = new Set<EntityName>(mapping.entities ?? ENTITY_ORDER);
  const entities: EntityName[] = [];
  const notes: string[] = [];
  for (const entity of ENTITY_ORDER) {
    if (!wanted.has(entity)) continue;
    if (!streamOf(source, entity)) {
      if (mapping.entities) notes.push(`${entity}: ${source.platform} cannot read them, so none are migrated`);
      continue;
    }
    // A target that cannot take an entity still gets its records read: each ends skipped with a
    // reason, so nothing disappears without a line in the report.
    entities.push(entity);
    if (!sinkOf(target, entity)) notes.push(`${entity}: ${target.platform} cannot write them; they are listed as skipped`);
  }
  return { entities, notes };
}
