/**
 * Tickets into Freshdesk, which has no import API: a ticket is created with its first message as the
 * description (when that is the requester's public message; otherwise a stand-in holding only the
 * original date), and the rest of the thread follows as notes (note-writer.ts), oldest first.
 * Freshdesk sets every date itself, so the original ones go where the connection says: a first line
 * of each message and a custom date field on the ticket (original-dates.ts).
 *
 * Exactly once: the ticket carries its source id in the connector's source-id field, `pending:<id>`
 * while its notes are being written and `<id>` once whole (ticket-lookup.ts). A create whose answer was
 * lost is looked up before it is sent again; a ticket interrupted half-way fails as an ambiguous write
 * (the engine keeps it in mind), and the next run finds it pending and writes only the notes it lacks.
 * A ticket with notes is created open and gets its status with the final update, so that no note is
 * added to a ticket already resolved or closed.
 */
import { failed, migrated, type Outcome, REASONS, warning, WARNINGS } from '../../model/outcomes.js';
import type { Comment, Ticket } from '../../model/records.js';
import type { LedgerEntry, WriteContext } from '../contracts.js';
import type { FdConversation, FdTicket } from './api-types.js';
import { AttachmentRefused, TicketFiles } from './attachments.js';
import type { FreshdeskClient } from './client.js';
import { priorityToFreshdesk, sourceToFreshdesk, STATUS, statusToFreshdesk } from './codes.js';
import { createOnce } from '../create-once.js';
import { customFieldsFor } from './custom-values.js';
import { failureOf, messageOf } from './failures.js';
import type { FieldCatalogue } from './field-catalogue.js';
import type { HelperFieldNames, HelperFields } from './helper-fields.js';
import { commentsInOrder, NO_SUBJECT, typeAndTags } from './map-ticket.js';
import { requestBody } from './multipart.js';
import { addNote, matchNotes, noteFields } from './note-writer.js';
import { dateFieldValue, withOriginalDate } from './original-dates.js';
import { listConversations } from './read-tickets.js';
import { markerValue, type TicketLookup } from './ticket-lookup.js';

export interface TicketDeps {
  client: FreshdeskClient;
  catalogue: FieldCatalogue;
  helpers: HelperFields;
  lookup: TicketLookup;
}

interface Plan {
  fields: Record<string, unknown>;
  status: number;
  description: Comment | undefined;
  notes: Comment[];
  names: Required<Pick<HelperFieldNames, 'sourceId'>> & HelperFieldNames;
  customValues: Record<string, unknown>;
  warnings: string[];
}

/** Bytes of files already on a ticket, for its attachment budget. */
const attachedBytes = (conversations: readonly FdConversation[]) => conversations.flatMap((c) => c.attachments ?? []).reduce((n, a) => n + (a.size ?? 0), 0);

export class TicketWriter {
  constructor(private readonly deps: TicketDeps) {}

  async write(ticket: Ticket, previous: LedgerEntry | undefined, context: WriteContext): Promise<Outcome> {
    let createdAs: string | undefined;
    try {
      const plan = await this.plan(ticket);
      if (previous) return await this.update(ticket, previous.targetId, previous.children, plan, context);
      const pending = this.deps.lookup.known(ticket.id);
      if (pending && !pending.complete) return await this.complete(ticket, String(pending.id), plan, context, 'completed after an interrupted run');
      const files = new TicketFiles(this.deps.client.tuning.maxTicketAttachmentBytes);
      const parts = plan.description ? await files.take(plan.description, context) : [];
      const started = Date.now();
      const body = await requestBody({ ...plan.fields, status: plan.notes.length > 0 ? STATUS.open : plan.status, custom_fields: this.customFields(plan, ticket, plan.notes.length === 0) }, parts);
      const created = await createOnce(
        async () => (await this.deps.client.request<FdTicket>('POST', '/api/v2/tickets', { ...body, idempotent: false }, 'ticketCreate')).id,
        async () => (await this.deps.lookup.recent(ticket.id, started))?.id,
      );
      createdAs = String(created);
      this.deps.lookup.remember(ticket.id, { id: created, complete: plan.notes.length === 0 });
      const children: Record<string, string> = plan.description ? { [plan.description.id]: 'description' } : {};
      const final = plan.notes.length > 0 ? { status: plan.status, custom_fields: this.customFields(plan, ticket, true) } : undefined;
      return await this.addNotes(ticket, createdAs, plan, children, files, context, final);
    } catch (error) {
      if (error instanceof AttachmentRefused) {
        if (createdAs === undefined) return failed(REASONS.unsupportedAttachment, error.message);
      }
      if (createdAs !== undefined) {
        return failed(REASONS.ambiguousWrite, `ticket ${ticket.id} was created as Freshdesk #${createdAs} but not completed (${messageOf(error)}); the next run writes the notes it lacks`);
      }
      return failureOf(error, `ticket ${ticket.id}`);
    }
  }

  private async plan(ticket: Ticket): Promise<Plan> {
    const { catalogue, helpers } = this.deps;
    const names = await helpers.ensure();
    if (!names.sourceId) {
      throw new Error(`the Freshdesk account has no ticket field labelled "${this.deps.client.settings.sourceIdField}" (it marks written tickets so that none is written twice); create it, or allow create_helper_fields`);
    }
    const custom = await customFieldsFor(catalogue, 'tickets', ticket.custom, [names.sourceId, names.originalDate ?? '']);
    const { type, tags } = typeAndTags(ticket, await catalogue.ticketTypes());
    const ordered = commentsInOrder(ticket);
    const first = ordered[0];
    const opening = first && first.authorType === 'contact' && first.public && (!first.authorId || first.authorId === ticket.requesterId) ? first : undefined;
    const warnings = [...custom.warnings];
    if (ticket.type && !type) warnings.push(`type ${ticket.type} kept as a tag: the Freshdesk account has no such ticket type`);
    if (ticket.status === 'new') warnings.push('status new written as Open: Freshdesk has no New status');
    const dated = this.deps.client.settings.originalDates.noteFirstLine;
    const description = opening
      ? dated
        ? withOriginalDate(opening.body || '<p>(no text)</p>', opening.createdAt)
        : opening.body || '<p>(no text)</p>'
      : dated
        ? withOriginalDate('', ticket.createdAt)
        : `<p>${ticket.subject ?? '(no description)'}</p>`;
    const fields: Record<string, unknown> = {
      requester_id: Number(ticket.requesterId),
      subject: ticket.subject?.trim() || NO_SUBJECT,
      description,
      priority: priorityToFreshdesk(ticket.priority),
      source: sourceToFreshdesk(ticket.channel),
      tags,
      ...(type ? { type } : {}),
      ...(ticket.assigneeId ? { responder_id: Number(ticket.assigneeId) } : {}),
      ...(ticket.teamId ? { group_id: Number(ticket.teamId) } : {}),
    };
    return {
      fields,
      status: statusToFreshdesk(ticket.status, await catalogue.customStatuses()),
      description: opening,
      notes: opening ? ordered.slice(1) : ordered,
      names: { ...names, sourceId: names.sourceId },
      customValues: custom.values,
      warnings,
    };
  }

  private customFields(plan: Plan, ticket: Ticket, complete: boolean): Record<string, unknown> {
    const values: Record<string, unknown> = { ...plan.customValues, [plan.names.sourceId]: markerValue(ticket.id, complete) };
    if (plan.names.originalDate) values[plan.names.originalDate] = dateFieldValue(ticket.createdAt);
    return values;
  }

  /** The notes not written yet, then the final update (status, and the marker that says the ticket is whole). */
  private async addNotes(
    ticket: Ticket,
    ticketId: string,
    plan: Plan,
    known: Record<string, string>,
    files: TicketFiles,
    context: WriteContext,
    final: Record<string, unknown> | undefined,
    extra: string[] = [],
  ): Promise<Outcome> {
    const { client } = this.deps;
    const dated = client.settings.originalDates.noteFirstLine;
    const children = { ...known };
    const fresh = plan.notes.filter((c) => children[c.id] === undefined);
    for (const comment of fresh) {
      const parts = await files.take(comment, context);
      children[comment.id] = await addNote(client, ticketId, noteFields(comment, dated), parts, new Set(Object.values(children)));
    }
    if (final) {
      await client.request('PUT', `/api/v2/tickets/${ticketId}`, { body: final }, 'ticketUpdate');
      this.deps.lookup.remember(ticket.id, { id: Number(ticketId), complete: true });
    }
    const warnings = [...plan.warnings, ...extra, ...files.skipped].map((m) => warning(WARNINGS.adaptedToTarget, m));
    return migrated(ticketId, { children, ...(warnings.length > 0 ? { warnings } : {}) });
  }

  /** A ticket found pending: its notes are matched with what it holds, and the missing ones added. */
  private async complete(ticket: Ticket, ticketId: string, plan: Plan, context: WriteContext, why: string): Promise<Outcome> {
    const conversations = await listConversations(this.deps.client, ticketId);
    const known = matchNotes(plan.notes, conversations, this.deps.client.settings.originalDates.noteFirstLine);
    if (plan.description) known[plan.description.id] = 'description';
    const descriptionBytes = plan.description?.attachments.reduce((n, a) => n + (a.size ?? 0), 0) ?? 0;
    const files = new TicketFiles(this.deps.client.tuning.maxTicketAttachmentBytes, attachedBytes(conversations) + descriptionBytes);
    return this.addNotes(ticket, ticketId, plan, known, files, context, { status: plan.status, custom_fields: this.customFields(plan, ticket, true) }, [why]);
  }

  /**
   * A ticket that changed since it was written: the comments it lacks are added as notes, then its
   * fields are updated. Which comments it has comes from the ledger, or from matching its notes.
   */
  private async update(ticket: Ticket, ticketId: string, children: Record<string, string> | undefined, plan: Plan, context: WriteContext): Promise<Outcome> {
    const { client } = this.deps;
    const conversations = children ? undefined : await listConversations(client, ticketId);
    const known = children ?? { ...matchNotes(plan.notes, conversations ?? [], client.settings.originalDates.noteFirstLine), ...(plan.description ? { [plan.description.id]: 'description' } : {}) };
    const used = ticket.comments.filter((c) => known[c.id] !== undefined).flatMap((c) => c.attachments).reduce((n, a) => n + (a.size ?? 0), 0);
    const files = new TicketFiles(client.tuning.maxTicketAttachmentBytes, used);
    const fresh = plan.notes.filter((c) => known[c.id] === undefined).length;
    const { description: _description, requester_id: _requester, ...changes } = plan.fields;
    const final = { ...changes, status: plan.status, custom_fields: this.customFields(plan, ticket, true) };
    return this.addNotes(ticket, ticketId, plan, known, files, context, final, fresh > 0 ? [`${fresh} new comment(s) added as notes`] : []);
  }
}
