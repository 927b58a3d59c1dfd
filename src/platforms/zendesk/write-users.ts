/**
 * Contacts → end users, upserted by external id (see map-user.ts). With Zendesk's bulk user import
 * enabled, a batch is one `create_or_update_many` job; it is off by default and answers 403, after
 * which this connection upserts one user per request. Upserts are safe to repeat, so a lost answer or a
 * lost job is simply sent again one by one. Memberships beyond the default organization are added one by
 * one; an existing one answers 422, which is fine.
 */
import { HttpError } from '../../http/index.js';
import { failed, migrated, type Outcome, REASONS, type Warning, warning, WARNINGS } from '../../model/outcomes.js';
import type { Contact } from '../../model/records.js';
import type { WriteContext } from '../contracts.js';
import type { ZdJobStatus, ZdUser } from './api-types.js';
import { classifyJobResult } from './job-result.js';
import type { ZendeskClient } from './client.js';
import type { CustomValueWriter } from './custom-values.js';
import { failureOf } from './failures.js';
import { waitForJob } from './job-status.js';
import { userPayload } from './map-user.js';

interface Prepared {
  contact: Contact;
  user: Record<string, unknown>;
  warnings: Warning[];
}

export class UserWriter {
  /** Whether the account has bulk user import; learnt from the first bulk request. */
  private bulk: 'unknown' | 'on' | 'off' = 'unknown';
  /** Zendesk user id → the source contact written to it, to report contacts merged by email. */
  private readonly writtenBy = new Map<number, string>();

  constructor(
    private readonly client: ZendeskClient,
    private readonly customValues: CustomValueWriter,
  ) {}

  /** Lower-cased external id → Zendesk id, for up to 100 external ids a request. */
  async showMany(externalIds: readonly string[]): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    // The list is comma-separated: an id with a comma cannot be asked for this way.
    const askable = externalIds.filter((id) => !id.includes(','));
    for (let i = 0; i < askable.length; i += 100) {
      const body = await this.client.support.get<{ users?: ZdUser[] }>('/api/v2/users/show_many', { external_ids: askable.slice(i, i + 100) });
      for (const record of body.users ?? []) if (record.external_id) found.set(record.external_id.toLowerCase(), record.id);
    }
    return found;
  }

  async findByExternalId(externalId: string): Promise<ZdUser | undefined> {
    const body = await this.client.support.get<{ users?: ZdUser[] }>('/api/v2/users/search', { external_id: externalId });
    return body.users?.find((u) => u.external_id?.toLowerCase() === externalId.toLowerCase());
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
    const ids = this.bulk !== 'off' && prepared.length > 1 ? await this.upsertMany(prepared.map((p) => p.item)) : undefined;
    for (const [i, { at, item }] of prepared.entries()) {
      const result = ids?.[i] ?? (await this.upsertOne(item));
      outcomes[at] = 'id' in result ? await this.withMemberships(item, result.id) : result.outcome;
    }
    return outcomes;
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
    const earlier = this.writtenBy.get(userId);
    if (earlier !== undefined && earlier !== item.contact.id) {
      // create_or_update also matches by email: two source contacts with one email are one Zendesk user.
      warnings.push(warning(WARNINGS.sharedTargetRecord, `same Zendesk user as contact ${earlier} (Zendesk matched the email ${item.contact.email ?? ''}); its external id is now ${String(item.user['external_id'])}`));
    }
    this.writtenBy.set(userId, item.contact.id);
    for (const organizationId of item.contact.companyIds.slice(1)) {
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
    return migrated(String(userId), warnings.length ? { warnings } : {});
  }
}
