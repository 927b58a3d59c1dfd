/**
 * Contacts → end users, upserted by external id (see map-user.ts). With Zendesk's bulk user import
 * enabled, a batch is one `create_or_update_many` job; it is off by default and answers 403, after
 * which this connection upserts one user per request. Upserts are safe to repeat, so a lost answer or a
 * lost job is simply sent again one by one. Memberships beyond the default organization are added one by
 * one; an existing one answers 422, which is fine.
 */
import { mapLimit } from '../map-limit.js';
import { HttpError } from '../../http/index.js';
import { failed, migrated, type Outcome, REASONS, type Warning, warning, WARNINGS } from '../../model/outcomes.js';
import type { Contact } from '../../model/records.js';
import type { WriteContext } from '../contracts.js';
import type { ZdJobStatus, ZdUser } from './api-types.js';
import { classifyJobResult } from './job-result.js';
import type { ZendeskClient } from './client.js';
import { findByExternalId, showManyByExternalId } from './external-ids.js';
import type { CustomValueWriter } from './custom-values.js';
import { failureOf } from './failures.js';
import { waitForJob } from './job-status.js';
import { contactExternalId, isAgentRole, userPayload } from './map-user.js';
import { emailKey, mergedIntoMessage, replacesHolder, union, winsOver, type Claim, type SharedEmailRule } from './shared-email.js';
import { zendeskTags } from './tags.js';
import { UserEmails } from './user-emails.js';

interface Prepared {
  contact: Contact;
  user: Record<string, unknown>;
  warnings: Warning[];
  /** The lower-cased email this item holds for the contacts that share it. */
  holds?: string;
}

/** A contact merged into another's user: a user Zendesk holds, or the batch item that wins. */
interface Merge {
  at: number;
  item: Prepared;
  into: Claim | Prepared;
}

export class UserWriter {
  /** Whether the account has bulk user import; learnt from the first bulk request. */
  private bulk: 'unknown' | 'on' | 'off' = 'unknown';
  /** Lower-cased email → who holds it in Zendesk, for the contacts of this run that share it. */
  private readonly holders = new Map<string, Claim>();
  private readonly emails: UserEmails;

  constructor(
    private readonly client: ZendeskClient,
    private readonly customValues: CustomValueWriter,
  ) {
    this.emails = new UserEmails(client);
  }

  /** Lower-cased external id → Zendesk id, for up to 100 external ids a request. */
  showMany(externalIds: readonly string[]): Promise<Map<string, number>> {
    return showManyByExternalId(this.client, 'users', externalIds);
  }

  findByExternalId(externalId: string): Promise<ZdUser | undefined> {
    return findByExternalId<ZdUser>(this.client, 'users', externalId);
  }

  async write(contacts: readonly Contact[], context: WriteContext): Promise<Outcome[]> {
    const outcomes: Outcome[] = new Array(contacts.length);
    const prepared: { at: number; item: Prepared }[] = [];
    for (const [at, contact] of contacts.entries()) {
      try {
        const custom = await this.customValues.keyedFields('contacts', contact.custom);
        prepared.push({ at, item: { contact, user: userPayload(contact, custom.values, context.options.options.skip_notifications), warnings: custom.warnings } });
      } catch (error) {
        outcomes[at] = failureOf(error, `contact ${contact.id}`);
      }
    }
    let merges: Merge[];
    let toWrite: { at: number; item: Prepared }[];
    try {
      ({ merges, toWrite } = await this.sharedEmails(prepared, context.options.options.shared_email));
    } catch (error) {
      for (const { at, item } of prepared) outcomes[at] = failureOf(error, `contact ${item.contact.id}`);
      return outcomes;
    }
    const ids = this.bulk !== 'off' && toWrite.length > 1 ? await this.upsertMany(toWrite.map((p) => p.item)) : undefined;
    const userOf = new Map<Prepared, number>();
    // Without bulk import, one by one but concurrently: as many as the Support budget can serve.
    await mapLimit(toWrite, ids ? 1 : this.client.support.workers, async ({ at, item }, i) => {
      const result = ids?.[i] ?? (await this.upsertOne(item));
      if ('id' in result) userOf.set(item, result.id);
      outcomes[at] = 'id' in result ? await this.withMemberships(item, result.id) : result.outcome;
      if ('id' in result && item.holds) this.holders.set(item.holds, claimOf(item, result.id));
    });
    for (const merge of merges) outcomes[merge.at] = await this.mergeInto(merge, userOf);
    return outcomes;
  }

  /**
   * Applies options.shared_email to the batch (see shared-email.ts): returns the items to write, with
   * the winners' tags and organizations united, and the contacts merged into another user.
   */
  private async sharedEmails(prepared: { at: number; item: Prepared }[], rule: SharedEmailRule): Promise<{ merges: Merge[]; toWrite: { at: number; item: Prepared }[] }> {
    const groups = new Map<string, { at: number; item: Prepared }[]>();
    // A contact Zendesk holds by its external id is that user already: create_or_update matches it
    // first, and an email another user holds then fails it as a conflict, as before.
    const withEmail = prepared.filter((p) => emailKey(p.item.contact.email) !== undefined);
    const existing = withEmail.length > 0 ? await this.showMany(withEmail.map((p) => contactExternalId(p.item.contact))) : new Map<string, number>();
    for (const p of withEmail) {
      if (existing.has(contactExternalId(p.item.contact).toLowerCase())) continue;
      const key = emailKey(p.item.contact.email);
      if (key) groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    const merges: Merge[] = [];
    const losers = new Set<Prepared>();
    for (const [key, members] of groups) {
      const holder = await this.holder(key, members.map((m) => m.item.contact));
      if (rule === 'keep_second_without_email') {
        // The first holder of the email keeps it: the user Zendesk has, else the batch's first contact.
        const [first, ...later] = members;
        if (!holder && first) first.item.holds = key;
        for (const { item } of holder ? members : later) {
          delete item.user['email'];
          const owner = holder ? `Zendesk user ${holder.userId}${holder.sourceId ? ` (contact ${holder.sourceId})` : ''}` : `contact ${first?.item.contact.id}`;
          item.warnings.push(warning(WARNINGS.emailShared, `email_shared: written without its email ${item.contact.email ?? ''}, which ${owner} holds (one user per email in Zendesk; options.shared_email: keep_second_without_email)`));
        }
        continue;
      }
      let winner: Prepared | undefined;
      if (!holder) winner = members[0]?.item;
      for (const { item } of members) {
        const best = winner?.contact;
        if (best ? winsOver(item.contact, best) : holder && replacesHolder(item.contact, holder)) winner = item;
      }
      for (const m of members) {
        if (m.item === winner) continue;
        losers.add(m.item);
        merges.push({ at: m.at, item: m.item, into: winner ?? (holder as Claim) });
      }
      if (winner) {
        // The winner is written with everything the group holds: Zendesk keeps one user for them all.
        const tags = union(holder?.tags ?? [], ...members.map((m) => m.item.contact.tags));
        const companyIds = union(winner.contact.companyIds, holder?.companyIds ?? [], ...members.map((m) => m.item.contact.companyIds));
        winner.user['tags'] = zendeskTags(tags);
        if (companyIds[0] !== undefined) winner.user['organization_id'] = Number(companyIds[0]);
        winner.contact = { ...winner.contact, companyIds };
        winner.holds = key;
        if (holder?.sourceId) winner.warnings.push(warning(WARNINGS.mergedInto, `merged_into: contact ${holder.sourceId}, written to Zendesk user ${holder.userId} earlier in this run, is merged into this contact, which wins (users win over leads, else the earliest); its name and external id are now this contact's`));
      }
    }
    return { merges, toWrite: prepared.filter((p) => !losers.has(p.item)) };
  }

  /**
   * Who holds an email already: a contact this run wrote, or a user Zendesk has (the truth, whatever
   * run wrote it). A user with one of `contacts`' own external ids is that contact, not another.
   */
  private async holder(key: string, contacts: readonly Contact[]): Promise<Claim | undefined> {
    const known = this.holders.get(key);
    if (known) return contacts.some((c) => c.id === known.sourceId) ? undefined : known;
    const user = await this.emails.holder(key);
    if (!user) return undefined;
    const own = new Set(contacts.map((c) => contactExternalId(c).toLowerCase()));
    if (user.external_id && own.has(user.external_id.toLowerCase())) return undefined;
    const claim: Claim = { userId: user.id, agent: isAgentRole(user.role), tags: user.tags ?? [], companyIds: user.organization_id ? [String(user.organization_id)] : [] };
    this.holders.set(key, claim);
    return claim;
  }

  /** A contact merged into another's user: that user gets its tags and organizations, never its name. */
  private async mergeInto(merge: Merge, userOf: ReadonlyMap<Prepared, number>): Promise<Outcome> {
    const { item, into } = merge;
    const winnerId = 'userId' in into ? into.userId : userOf.get(into);
    const winnerSource = 'userId' in into ? into.sourceId : into.contact.id;
    if (winnerId === undefined) {
      return failed(REASONS.conflict, `contact ${item.contact.id} shares its email with contact ${winnerSource}, which failed; both are tried again on the next run`);
    }
    const warnings = [...item.warnings];
    if ('userId' in into && !into.agent) {
      const tags = zendeskTags(union(into.tags, item.contact.tags));
      try {
        if (tags.length > into.tags.length) await this.client.support.put(`/api/v2/users/${winnerId}`, { user: { tags } }, { idempotent: true });
        into.tags = tags;
      } catch (error) {
        warnings.push(warning(WARNINGS.tagNotApplied, `tags not added to Zendesk user ${winnerId}: ${error instanceof Error ? error.message : String(error)}`));
      }
      await this.addMemberships(winnerId, item.contact.companyIds.filter((c) => !into.companyIds.includes(c)), warnings);
      into.companyIds = union(into.companyIds, item.contact.companyIds);
    }
    warnings.push(warning(WARNINGS.mergedInto, mergedIntoMessage(item.contact.id, winnerId, winnerSource) + ('agent' in into && into.agent ? '; that user is an agent and was not changed' : '')));
    return migrated(String(winnerId), { warnings });
  }

  private async upsertOne(item: Prepared): Promise<{ id: number } | { outcome: Outcome }> {
    try {
      const body = await this.client.support.post<{ user: ZdUser }>('/api/v2/users/create_or_update', { user: item.user }, { idempotent: true });
      return { id: body.user.id };
    } catch (error) {
      return { outcome: failureOf(error, `contact ${item.contact.id} (${item.contact.email ?? 'no email'})`) };
    }
  }

  /** One job for the batch; undefined when bulk import is unavailable or its outcome is unknown. */
  private async upsertMany(items: readonly Prepared[]): Promise<({ id: number } | { outcome: Outcome } | undefined)[] | undefined> {
    let job: ZdJobStatus;
    try {
      const body = await this.client.support.post<{ job_status: ZdJobStatus }>('/api/v2/users/create_or_update_many', { users: items.map((i) => i.user) }, { idempotent: true });
      this.bulk = 'on';
      job = await waitForJob(this.client, body.job_status.id);
    } catch (error) {
      // 403: bulk import is not enabled for this account. Anything else (a lost answer, a lost job):
      // upserts are safe to repeat, so the batch is sent again one user at a time.
      if (error instanceof HttpError && error.status === 403) this.bulk = 'off';
      return undefined;
    }
    if (job.status !== 'completed') return undefined;
    const results: ({ id: number } | { outcome: Outcome } | undefined)[] = items.map(() => undefined);
    for (const r of job.results ?? []) {
      if (r.index === undefined || r.index >= items.length) continue;
      const item = items[r.index] as Prepared;
      const outcome = classifyJobResult(r);
      if (outcome.written) results[r.index] = { id: outcome.id };
      else {
        const reason = outcome.error === 'DuplicateValue' ? REASONS.conflict : REASONS.rejectedByTarget;
        results[r.index] = { outcome: failed(reason, `Zendesk refused contact ${item.contact.id} (${item.contact.email ?? 'no email'}): ${outcome.reason}`) };
      }
    }
    return results;
  }

  private async withMemberships(item: Prepared, userId: number): Promise<Outcome> {
    const warnings = [...item.warnings];
    await this.addMemberships(userId, item.contact.companyIds.slice(1), warnings);
    return migrated(String(userId), warnings.length ? { warnings } : {});
  }

  /** Memberships beyond the default organization, one by one; an existing one answers 422, which is fine. */
  private async addMemberships(userId: number, organizationIds: readonly string[], warnings: Warning[]): Promise<void> {
    for (const organizationId of organizationIds) {
      try {
        await this.client.support.post(
          '/api/v2/organization_memberships',
          { organization_membership: { user_id: userId, organization_id: Number(organizationId) } },
          { idempotent: true },
        );
      } catch (error) {
        if (!(error instanceof HttpError && error.status === 422 && /taken|already/i.test(error.message))) {
          warnings.push(warning(WARNINGS.membershipNotAdded, `membership of organization ${organizationId} not added: ${error instanceof Error ? error.message : String(error)}`));
        }
      }
    }
  }
}

function claimOf(item: Prepared, userId: number): Claim {
  const { contact } = item;
  return { userId, sourceId: contact.id, role: contact.role, createdAt: contact.createdAt, tags: zendeskTags(contact.tags), companyIds: contact.companyIds };
}
