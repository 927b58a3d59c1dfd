/**
 * What the engine asks of a source's streams and a target's sinks, entity by entity. The engine
 * handles every entity the same way, so it sees records untyped; each platform's streams and sinks
 * are typed by their record (contracts.ts).
 */
import { ENTITY_ORDER, type EntityName } from '../model/entities.js';
import type { AnyRecord } from '../model/records.js';
import type { Page, ReadOptions, Sink, Source, Stream, Target } from './contracts.js';

/** The entities a source reads: those it declares a stream for, in dependency order. */
export function readableEntities(source: Source): EntityName[] {
  return ENTITY_ORDER.filter((entity) => source.streams[entity] !== undefined);
}

/** The entities a target writes: those it declares a sink for, in dependency order. */
export function writableEntities(target: Target): EntityName[] {
  return ENTITY_ORDER.filter((entity) => target.sinks[entity] !== undefined);
}

export function streamOf(source: Source, entity: EntityName): Stream<AnyRecord> | undefined {
  return source.streams[entity] as Stream<AnyRecord> | undefined;
}

export function sinkOf(target: Target, entity: EntityName): Sink<AnyRecord> | undefined {
  return target.sinks[entity] as Sink<AnyRecord> | undefined;
}

/** True when the target keeps every article in a folder (Zendesk sections, Freshdesk folders). */
export function articlesNeedFolder(target: Target): boolean {
  return target.sinks.articles?.needsFolder === true;
}

/** The entity's pages, or none when the source has no stream for it. */
export function readEntity(source: Source, entity: EntityName, options: ReadOptions): AsyncIterable<Page<AnyRecord>> {
  return streamOf(source, entity)?.read(options) ?? noPages();
}

/** A stream with nothing (more) to read. */
export async function* noPages(): AsyncGenerator<Page<AnyRecord>> {}
