/**
 * Sharding splits the heavy entities (tickets, articles) across parallel jobs by a hash of the
 * record id. Dependencies (agents, contacts, …) are not sharded: a base job migrates them first and
 * every shard starts from its checkpoint, so no two jobs ever write the same record.
 */
import { createHash } from 'node:crypto';
import type { EntityName } from '../model/entities.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export const SHARDED_ENTITIES: readonly EntityName[] = ['tickets', 'articles'];

/** `2/4`: this job's number, from 1, over the number of jobs; undefined for anything else. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

export function inShard(shard: Shard, id: string): boolean {
  const bucket = createHash('sha1').update(id).digest().readUInt32BE(0) % shard.count;
  return bucket === shard.index - 1;
}
