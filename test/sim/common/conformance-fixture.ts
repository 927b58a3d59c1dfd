/**
 * What the conformance suite (test/conformance/) needs of a platform: each registered platform has
 * one at test/sim/<name>/conformance.ts, exported as `fixture`. A platform gets the suite by
 * having one; a registered platform without one fails the suite.
 */
import type { Mapping } from '../../../src/config/types.js';
import type { EntityName } from '../../../src/model/entities.js';
import type { Source, Target } from '../../../src/platforms/contracts.js';

/** The properties the suite checks; a fixture may declare, with the reason, one it cannot show. */
export type Property = 'cursor-resume' | 'since' | 'lost-answer' | 'access-error' | 'unreachable';

export interface ConformanceFixture {
  /** The registry name. */
  platform: string;
  /** A fresh, empty instance (a simulator, a folder). */
  start(): Promise<ConformanceInstance>;
  /** Properties this platform cannot show as a whole, and why: the suite reports each as a declared gap. */
  gaps?: Partial<Record<Property, string>>;
  /** Entities whose reads ignore `since` (a read of everything is the platform's only answer), and why. */
  sinceUnsupported?: Partial<Record<EntityName, string>>;
  /**
   * Entities whose read cannot resume at a page (a server-side iterator): a resumed read starts over,
   * and why that loses nothing. The suite then checks only that it leaves no gap.
   */
  resumeStartsOver?: Partial<Record<EntityName, string>>;
  /**
   * Entities the target cannot always find by source id, and what keeps their resend from
   * duplicating instead. The suite then checks only that nothing was written twice.
   */
  notFoundBySourceId?: Partial<Record<EntityName, string>>;
}

export interface ConformanceInstance {
  /** The connection block for `source:`/`target:`, each line indented two spaces, and the env it reads. */
  connection: string;
  env: Record<string, string>;
  /** The connector as the platform's own tests build it (their quick tunings), from a parsed mapping. */
  source?(mapping: Mapping): Source;
  target?(mapping: Mapping): Target;
  /** Fills the instance with a small account of every entity it can hold, to be read. */
  seedSource(): Promise<void>;
  /** What must exist before the generated archive is written (agents to match, Help Center languages). */
  prepareTarget(): Promise<void>;
  /** The next write that creates a record of this entity is applied and its answer lost; false when the instance has no such write. */
  loseNextCreate(entity: EntityName): boolean;
  /** From now on every request is refused as the service refuses a revoked credential (401) or a missing permission (403). */
  refuse(status: 401 | 403): void;
  /** How many answers were lost so far (the request handled, its connection dropped). */
  lostAnswers(): number;
  /** How many requests were refused with 401/403 so far. */
  refusals(): number;
  /** How many records of this entity the instance holds: a duplicate shows as one more. */
  stored(entity: EntityName): number;
  close(): Promise<void>;
}
