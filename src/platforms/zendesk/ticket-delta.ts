/**
 * A ticket that changed since it was imported: Zendesk cannot import into an existing ticket, so the
 * comments it does not have yet are appended with `PUT /api/v2/tickets/{id}` (one comment per
 * request; they get the time of this run, not their source time), and the last request also carries
 * status, assignee, group, priority, type, tags and custom fields. Which comments exist comes from the
 * ledger's children, or — for a ticket found after a lost ledger — from matching the ticket's comments.
 * A PUT that adds a comment is not idempotent: after a lost answer the ticket is read before retrying.
 * Closed tickets refuse every update: new comments on one go to a follow-up ticket (follow-up.ts), as
 * Zendesk does with a reply to a closed ticket; a change without a new comment fails saying so.
 */
import { failed, migrated, type Outcome, REASONS, warning, WARNINGS } from '../../model/outcomes.js';
import type { Comment, Ticket } from '../../model/records.js';
import type { LedgerEntry, WriteContext } from '../contracts.js';
import type { ZdTicket } from './api-types.js';
import { commentAuthors } from './comment-authors.js';
import { matchComments } from './comment-ids.js';
import { failureOf } from './failures.js';
import { commentPayload, commentsInOrder, ticketTags, ZENDESK_TICKET_TYPES } from './map-ticket.js';
import { listComments } from './read-tickets.js';
import { createOnce } from '../create-once.js';
import type { TicketDeps } from './ticket-deps.js';
import { AttachmentRefused } from './uploads.js';
import { createFollowUp, FOLLOWUP_OF, importedStatus, isClosedRefusal, type ClosedTicket } from './follow-up.js';

interface AuditEvent {
  id: number;
  type: string;
}

export async function updateTicket(ticket: Ticket, previous: LedgerEntry, deps: TicketDeps, context: WriteContext): Promise<Outcome> {
  const ticketId = previous.targetId;
  const label = `ticket ${ticket.id} (Zendesk #${ticketId})`;
  let appended = 0;
  let state: Omit<ClosedTicket, 'closedId'> | undefined;
  try {
    const { authorOf, notes } = await commentAuthors(ticket, deps.agents, context);
    const custom = await deps.customValues.ticketFields(ticket.custom);
    const ordered = commentsInOrder(ticket);
    const known = previous.children ?? matchComments(ordered, await listComments(deps.client, ticketId), authorOf);
    const added: Record<string, string> = {};
    const warnings = [...custom.warnings, ...notes];
    const fresh = ordered.filter((c) => known[c.id] === undefined);
    const fields = {
      status: importedStatus(ticket.status, context),
      priority: ticket.priority ?? null,
      type: ZENDESK_TICKET_TYPES.find((t) => t === ticket.type?.toLowerCase()) ?? null,
      assignee_id: ticket.assigneeId ? Number(ticket.assigneeId) : null,
      group_id: ticket.teamId ? Number(ticket.teamId) : null,
      tags: ticketTags(ticket, context.options.options.tag),
      custom_fields: custom.values,
      ...(ticket.subject ? { subject: ticket.subject } : {}),
    };
    state = { known, fresh, fields, warnings, authorOf };
    for (const [i, comment] of fresh.entries()) {
      const uploads = await deps.uploader.uploadComments([comment], context);
      warnings.push(...uploads.skipped);
      const change = { comment: commentPayload(comment, authorOf(comment), uploads.tokens.get(comment.id), false), ...(i === fresh.length - 1 ? fields : {}) };
      added[comment.id] = await appendComment(ticketId, comment, change, authorOf, new Set([...Object.values(known), ...Object.values(added)]), deps);
      appended++;
    }
    // A ticket found after a lost ledger may already be current: read it rather than send a change it
    // does not need (a closed ticket would refuse it).
    const current = fresh.length === 0 && !previous.children ? (await deps.client.support.get<{ ticket: ZdTicket }>(`/api/v2/tickets/${ticketId}`)).ticket : undefined;
    if (fresh.length === 0 && !(current && holds(current, fields))) await deps.client.support.put(`/api/v2/tickets/${ticketId}`, { ticket: fields });
    if (fresh.length > 0) warnings.push(warning(WARNINGS.commentTimeChanged, `${fresh.length} new comment(s) appended with today's date (Zendesk sets the time of comments added to an existing ticket)`));
    return migrated(ticketId, { children: { ...known, ...added }, ...(warnings.length > 0 ? { warnings } : {}) });
  } catch (error) {
    if (error instanceof AttachmentRefused) return failed(REASONS.unsupportedAttachment, error.message);
    if (isClosedRefusal(error)) {
      // Closed before anything was appended: the new comments go to a follow-up, as Zendesk does.
      if (state && state.fresh.length > 0 && appended === 0) return continueInFollowUp(ticket, { ...state, closedId: ticketId }, deps, context, label);
      return failed(REASONS.rejectedByTarget, `${label} is closed in Zendesk, and closed tickets refuse updates; its changes (no new comment, so no follow-up) were not written`);
    }
    return failureOf(error, label);
  }
}

/**
 * A reply to a closed ticket: a follow-up ticket (`via_followup_source_id`) with the new comments and
 * the record's state. It becomes the ticket's target id, so later deltas append to it; the ledger's
 * children keep the closed ticket (`followup_of:<id>`) and its comments.
 */
async function continueInFollowUp(ticket: Ticket, closed: ClosedTicket, deps: TicketDeps, context: WriteContext, label: string): Promise<Outcome> {
  const [first, ...rest] = closed.fresh as [Comment, ...Comment[]];
  const warnings = [...closed.warnings];
  try {
    const uploads = await deps.uploader.uploadComments([first], context);
    warnings.push(...uploads.skipped);
    const created = await createFollowUp(ticket, closed, { comment: commentPayload(first, closed.authorOf(first), uploads.tokens.get(first.id), false), ...closed.fields }, deps);
    const added: Record<string, string> = { [first.id]: created.commentId };
    for (const [i, comment] of rest.entries()) {
      const more = await deps.uploader.uploadComments([comment], context);
      warnings.push(...more.skipped);
      const change = { comment: commentPayload(comment, closed.authorOf(comment), more.tokens.get(comment.id), false), ...(i === rest.length - 1 ? closed.fields : {}) };
      added[comment.id] = await appendComment(created.id, comment, change, closed.authorOf, new Set(Object.values(added)), deps);
    }
    warnings.push(
      warning(
        WARNINGS.followUpTicket,
        `Zendesk #${closed.closedId} is closed and refuses updates: ${closed.fresh.length} new comment(s) and the ticket's state are in follow-up ticket #${created.id} (via_followup_source_id), dated today`,
      ),
    );
    return migrated(created.id, { children: { ...closed.known, ...added, [`${FOLLOWUP_OF}${closed.closedId}`]: closed.closedId }, warnings });
  } catch (error) {
    if (error instanceof AttachmentRefused) return failed(REASONS.unsupportedAttachment, error.message);
    return failureOf(error, `${label}, follow-up of the closed ticket`);
  }
}

/**
 * One PUT with one comment; returns the new comment's Zendesk id. `knownIds` are the ticket's comments
 * that are someone else's, so an older comment with the same words is never taken for this one.
 */
async function appendComment(
  ticketId: string,
  comment: Comment,
  change: Record<string, unknown>,
  authorOf: (c: Comment) => number,
  knownIds: ReadonlySet<string>,
  deps: TicketDeps,
): Promise<string> {
  const findWritten = async () => {
    const candidates = (await listComments(deps.client, ticketId)).filter((z) => !knownIds.has(String(z.id))).reverse();
    return matchComments([comment], candidates, authorOf)[comment.id];
  };
  const put = async () => {
    const body = await deps.client.support.put<{ audit?: { events?: AuditEvent[] } }>(`/api/v2/tickets/${ticketId}`, { ticket: change }, { idempotent: false });
    const event = body.audit?.events?.find((e) => e.type === 'Comment');
    const id = event ? String(event.id) : await findWritten();
    if (!id) throw new Error(`Zendesk accepted the comment for ticket ${ticketId} but it cannot be found`);
    return id;
  };
  return createOnce(put, findWritten);
}

/** Whether the Zendesk ticket already has every field the update would set. */
function holds(
  ticket: ZdTicket,
  fields: { status: string; priority: string | null; type: string | null; assignee_id: number | null; group_id: number | null; tags: string[]; custom_fields: { id: number; value: unknown }[]; subject?: string },
): boolean {
  // Zendesk answers number fields as strings.
  const same = (a: unknown, b: unknown) => JSON.stringify(typeof a === 'number' ? String(a) : (a ?? null)) === JSON.stringify(typeof b === 'number' ? String(b) : (b ?? null));
  const values = new Map((ticket.custom_fields ?? []).map((f) => [f.id, f.value]));
  // Zendesk adds the tag of every dropdown, multiselect and checkbox value to the ticket's tags.
  const optionTags = new Set([...values.values()].flat().filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase()));
  const tagSet = (tags: string[] | undefined) => [...new Set((tags ?? []).map((t) => t.toLowerCase()).filter((t) => !optionTags.has(t)))].sort();
  return (
    // A new ticket with an assignee is open in Zendesk.
    (same(ticket.status, fields.status) || (fields.status === 'new' && ticket.status === 'open')) &&
    same(ticket.priority, fields.priority) &&
    same(ticket.type, fields.type) &&
    same(ticket.assignee_id, fields.assignee_id) &&
    same(ticket.group_id, fields.group_id) &&
    (fields.subject === undefined || same(ticket.subject, fields.subject)) &&
    same(tagSet(ticket.tags), tagSet(fields.tags)) &&
    fields.custom_fields.every((f) => same(values.get(f.id), f.value))
  );
}
