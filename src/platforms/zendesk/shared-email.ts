/**
 * Zendesk keeps one user per email, case-insensitively, and `create_or_update` matches by email: two
 * source contacts with one email (an Intercom lead sharing a user's email, emails differing by case)
 * would overwrite each other. This is the rule that decides instead (options.shared_email):
 * - `merge` (default): the contacts become one user. Users win over leads, otherwise the earliest
 *   created; name and external id come from the winner, tags and organizations are united. Every
 *   merged contact migrates to that user's id with a `merged_into` warning naming the winner.
 * - `keep_second_without_email`: the contact that comes second is written as its own user without
 *   the email, with an `email_shared` warning.
 * The user Zendesk already holds for the email is the truth: a contact of this run is compared with
 * it by what this run knows of the contact that wrote it; a user written by an earlier run (or not by
 * this tool) stays the winner, since its contact's role and date are no longer known.
 */
import type { Contact } from '../../model/records.js';

export type SharedEmailRule = 'merge' | 'keep_second_without_email';

/** Who holds an email: a contact written in this run, or a user found in Zendesk. */
export interface Claim {
  userId: number;
  /** Source contact id; absent for a user this run did not write. */
  sourceId?: string;
  role?: Contact['role'];
  createdAt?: string;
  /** An agent's email: contacts merge into the agent, which is never changed. */
  agent?: boolean;
  tags: string[];
  companyIds: string[];
}

export function emailKey(email: string | undefined): string | undefined {
  const key = email?.trim().toLowerCase();
  return key ? key : undefined;
}

/** True when `a` wins over `b`: users over leads, then the earlier created, then the first seen. */
export function winsOver(a: Pick<Contact, 'role' | 'createdAt'>, b: Pick<Contact, 'role' | 'createdAt'>): boolean {
  if (a.role !== b.role) return a.role === 'user';
  return Date.parse(a.createdAt) < Date.parse(b.createdAt);
}

/** Whether a contact of this run replaces the holder of its email as the winner. */
export function replacesHolder(contact: Contact, holder: Claim): boolean {
  if (holder.agent || holder.sourceId === undefined || !holder.role || !holder.createdAt) return false;
  return winsOver(contact, { role: holder.role, createdAt: holder.createdAt });
}

export function union(...lists: readonly string[][]): string[] {
  return [...new Set(lists.flat())];
}

export function mergedIntoMessage(contactId: string, userId: number, winnerId: string | undefined): string {
  const winner = winnerId === undefined ? 'a user already in Zendesk' : `contact ${winnerId}`;
  return `merged_into: contact ${contactId} shares its email with ${winner} and is merged into Zendesk user ${userId} (one user per email in Zendesk; options.shared_email: merge)`;
}
