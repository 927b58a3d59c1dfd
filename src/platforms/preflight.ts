/**
 * What a platform tells `check` before anything is written: which account the credentials reach,
 * whether each permission the migration needs is granted (each proven by a cheap read), what the
 * migration will cost in API calls, and which of the account's settings to review first.
 */
import type { EntityName } from '../model/entities.js';

export interface AccessCheck {
  /** What is needed, in the platform's words: "read conversations", "write Help Center articles". */
  permission: string;
  ok: boolean;
  /** How it was proven, or what to do when it is missing. */
  detail: string;
}

export interface CostModel {
  /** API calls per record of the entity, on average. */
  callsPerRecord: number;
  /** Extra calls per comment and per attachment (tickets, articles). */
  callsPerComment?: number;
  callsPerAttachment?: number;
  /** Requests per minute this migration may use (after the share left to other integrations). */
  requestsPerMinute: number;
}

export interface Preflight {
  /** The workspace, account or folder the connection reaches, for people to recognise. */
  account(): Promise<string>;
  checkAccess(entities: readonly EntityName[]): Promise<AccessCheck[]>;
  /** Undefined when moving this entity makes no API calls (a local folder). */
  cost(entity: EntityName): CostModel | undefined;
  /** Settings of the account to review before migrating (phone validation, notifications, …). */
  reminders(): string[];
}
