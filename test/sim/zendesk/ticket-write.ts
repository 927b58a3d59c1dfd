/**
 * Validation and writing of ticket payloads for the three ways a ticket changes: the Ticket Import API
 * (`import`), plain create (`create`) and update (`update`). Everything is validated first and
 * committed only when valid, so a refused write leaves no half-made ticket or consumed upload.
 *
 * Differences between the modes (research §1.4):
 * - `created_at`, `updated_at`, `solved_at` are honoured on import only (values before 1970 are rounded
 *   up to 1970); plain create ignores them (zenpy#190, zendesk_api_client_php#394).
 * - import takes `comments: [...]` with per-comment `author_id`/`created_at`; create and update take one
 *   `comment` written now.
 * - `archive_immediately=true` sends an imported `closed` ticket straight to the archive: it keeps its
 *   id, shows and exports normally, but is no longer listed by `GET /api/v2/tickets`.
 * - a `closed` ticket cannot be updated (422 "closed prevents ticket update"); a reply to it is a
 *   follow-up: a new ticket created with `via_followup_source_id` (closed sources only), listed in the
 *   closed ticket's `followup_ids`, its `via.source.rel` `follow_up`.
 * Requester, submitter, assignee (must be agent/admin), group and organization ids must exist.
 */
import type { SimContext } from './context.js';
import { apiVia, commitComment, prepareComment, sharedUpload, type PreparedComment } from './comments.js';
import { has, isObject, normaliseTags, optId, optString, parseTime, type ErrorDetails, type Json } from './http.js';
import { applyTicketCustomFields, customFieldTags } from './ticket-fields.js';
import { newUser } from './users.js';
import type { TicketPriority, TicketStatus, TicketType, ZdTicket } from './types.js';

export type WriteMode = 'import' | 'create' | 'update';

const STATUSES: TicketStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const PRIORITIES: TicketPriority[] = ['urgent', 'high', 'normal', 'low'];
const TYPES: TicketType[] = ['problem', 'incident', 'question', 'task'];

export interface TicketPlan {
  mode: WriteMode;
  input: Json;
  /** A requester given as `{name, email}` that does not exist yet; created on commit. */
  newRequester?: { name: string; email: string };
  requesterId?: number;
  submitterId?: number;
  assigneeId?: number | null;
  groupId?: number | null;
  organizationId?: number | null;
  status?: TicketStatus;
  priority?: TicketPriority | null;
  type?: TicketType | null;
  customValues: Record<number, unknown>;
  comments: PreparedComment[];
  createdMs?: number;
  updatedMs?: number;
  solvedMs?: number | null;
  archive: boolean;
  /** The closed ticket a follow-up is created from. */
  followupSource?: ZdTicket;
}

function err(field: string, description: string, error = 'InvalidValue'): { details: ErrorDetails } {
  return { details: { [field]: [{ description, error }] } };
}

/** Ticket import rounds timestamps before 1970 up to 1970 (ticket import docs, "Timestamps"). */
function importTime(value: unknown, field: string): number | { details: ErrorDetails } | undefined {
  if (value === undefined || value === null) return undefined;
  const ms = parseTime(value);
  if (ms === undefined) return err(field, `${field}: ${String(value)} is not a valid time`);
  return Math.max(0, ms);
}

function userRef(context: SimContext, input: Json, key: string, label: string): number | null | undefined | { details: ErrorDetails } {
  if (!has(input, key)) return undefined;
  if (input[key] === null) return null;
  const id = optId(input[key]);
  if (id === undefined || !context.store.users.has(id)) return err(key, `${label}: ${String(input[key])} is not a valid user`);
  return id;
}

function isDetails(value: unknown): value is { details: ErrorDetails } {
  return isObject(value) && 'details' in value;
}

export function planTicket(
  context: SimContext,
  input: Json,
  mode: WriteMode,
  existing?: ZdTicket,
  archiveImmediately = false,
): { plan: TicketPlan } | { details: ErrorDetails } {
  const { store } = context;
  if (existing && existing.status === 'closed') return err('status', 'Status: closed prevents ticket update', 'ClosedPreventsUpdate');
  const plan: TicketPlan = { mode, input, customValues: existing?.custom_field_values ?? {}, comments: [], archive: false };
  if (has(input, 'via_followup_source_id')) {
    // Follow-ups are how Zendesk answers a closed ticket: only a create names one, and only a closed source.
    const source = store.tickets.get(optId(input['via_followup_source_id']) ?? -1);
    if (mode !== 'create' || !source || source.status !== 'closed') return err('via_followup_source_id', 'Via followup source: is not a closed ticket');
    plan.followupSource = source;
  }

  // Requester: an id, or `requester: {name, email}` matched by email or created.
  const requester = userRef(context, input, 'requester_id', 'Requester');
  if (isDetails(requester)) return requester;
  if (typeof requester === 'number') plan.requesterId = requester;
  else if (requester === null) return err('requester_id', 'Requester: cannot be blank', 'BlankValue');
  else if (isObject(input['requester'])) {
    const email = optString(input['requester']['email']);
    if (!email) return err('requester', 'Requester: an email is required');
    const found = store.userByEmail(email);
    if (found) plan.requesterId = found.id;
    else plan.newRequester = { email, name: optString(input['requester']['name']) ?? email.split('@')[0] ?? email };
  }
  if (mode !== 'update' && plan.requesterId === undefined && !plan.newRequester) return err('requester_id', 'Requester: cannot be blank', 'BlankValue');

  const submitter = userRef(context, input, 'submitter_id', 'Submitter');
  if (isDetails(submitter)) return submitter;
  if (typeof submitter === 'number') plan.submitterId = submitter;

  let assignee = userRef(context, input, 'assignee_id', 'Assignee');
  if (isDetails(assignee)) return assignee;
  if (assignee === undefined && has(input, 'assignee_email')) {
    const found = store.userByEmail(optString(input['assignee_email']) ?? '');
    if (!found) return err('assignee_email', 'Assignee: email does not belong to a user');
    assignee = found.id;
  }
  if (typeof assignee === 'number' && !store.isAgent(assignee)) return err('assignee_id', 'Assignee: is not an agent');
  plan.assigneeId = assignee;

  if (has(input, 'group_id')) {
    const id = input['group_id'] === null ? null : optId(input['group_id']);
    if (id === undefined || (id !== null && !store.groups.has(id))) return err('group_id', 'Group: is invalid');
    plan.groupId = id;
  }
  if (has(input, 'organization_id')) {
    const id = input['organization_id'] === null ? null : optId(input['organization_id']);
    if (id === undefined || (id !== null && !store.organizations.has(id))) return err('organization_id', 'Organization: is invalid');
    plan.organizationId = id;
  }
  if (has(input, 'status')) {
    const status = optString(input['status']) as TicketStatus | undefined;
    if (!status || !STATUSES.includes(status)) return err('status', `Status: ${String(input['status'])} is not valid`);
    plan.status = status;
  }
  if (has(input, 'priority')) {
    const priority = input['priority'] === null ? null : (optString(input['priority']) as TicketPriority | undefined);
    if (priority === undefined || (priority !== null && !PRIORITIES.includes(priority))) return err('priority', `Priority: ${String(input['priority'])} is not valid`);
    plan.priority = priority;
  }
  if (has(input, 'type')) {
    const type = input['type'] === null ? null : (optString(input['type']) as TicketType | undefined);
    if (type === undefined || (type !== null && !TYPES.includes(type))) return err('type', `Type: ${String(input['type'])} is not valid`);
    plan.type = type;
  }

  const custom = applyTicketCustomFields(context, plan.customValues, input['custom_fields'] ?? input['fields']);
  if ('details' in custom) return custom;
  plan.customValues = custom.values;

  if (mode === 'import') {
    for (const [key, target] of [
      ['created_at', 'createdMs'],
      ['updated_at', 'updatedMs'],
      ['solved_at', 'solvedMs'],
    ] as const) {
      const t = importTime(input[key], key);
      if (isDetails(t)) return t;
      if (t !== undefined) plan[target] = t;
    }
  }

  // Comments.
  const defaultAuthor = plan.requesterId ?? store.currentUserId;
  const rawComments: Json[] = [];
  if (mode === 'import') {
    if (has(input, 'comments') && !Array.isArray(input['comments'])) return err('comments', 'Comments: must be a list');
    for (const c of (input['comments'] as unknown[] | undefined) ?? []) rawComments.push(isObject(c) ? c : {});
    if (rawComments.length === 0 && optString(input['description'])) rawComments.push({ value: input['description'], author_id: defaultAuthor });
  } else {
    const comment = isObject(input['comment']) ? input['comment'] : undefined;
    if (comment) rawComments.push(comment);
    else if (mode === 'create' && optString(input['description'])) rawComments.push({ value: input['description'] });
  }
  if (mode !== 'update' && rawComments.length === 0) return err('description', 'Description: cannot be blank', 'BlankValue');
  for (const raw of rawComments) {
    const author = mode === 'import' ? defaultAuthor : store.currentUserId;
    const prepared = prepareComment(context, raw, { allowCreatedAt: mode === 'import', defaultAuthor: author });
    if ('details' in prepared) return prepared;
    plan.comments.push(prepared.comment);
  }
  const reused = sharedUpload(plan.comments);
  if (reused) return err('comment', `Comment: Upload token ${reused} was already used`);

  if (mode === 'import' && archiveImmediately && (plan.status ?? 'new') === 'closed') plan.archive = true;
  return { plan };
}

/** Writes a validated plan: creates the ticket (import/create) or changes `existing` (update). */
export function commitTicket(context: SimContext, plan: TicketPlan, existing?: ZdTicket): ZdTicket {
  const { store } = context;
  const now = context.now();
  const input = plan.input;
  if (plan.newRequester) {
    const user = newUser(context, store.id(), plan.newRequester.name);
    user.email = plan.newRequester.email;
    user.identities.push({ id: store.id(), type: 'email', value: user.email, primary: true, verified: false, created_at: user.created_at, updated_at: user.created_at });
    store.users.set(user.id, user);
    plan.requesterId = user.id;
  }
  const auditId = store.id();
  const createdMs = plan.createdMs ?? now;
  const ticket: ZdTicket = existing ?? {
    id: store.ticketId(),
    external_id: null,
    via: apiVia(),
    created_at: store.iso(createdMs),
    updated_at: store.iso(createdMs),
    type: null,
    subject: null,
    raw_subject: null,
    priority: null,
    status: 'new',
    recipient: null,
    requester_id: plan.requesterId ?? store.currentUserId,
    submitter_id: plan.submitterId ?? (plan.mode === 'import' ? (plan.requesterId ?? store.currentUserId) : store.currentUserId),
    assignee_id: null,
    organization_id: null,
    group_id: null,
    collaborator_ids: [],
    follower_ids: [],
    email_cc_ids: [],
    problem_id: null,
    due_at: null,
    tags: [],
    custom_field_values: {},
    brand_id: 360_000_001,
    ticket_form_id: null,
    comments: [],
    generated_timestamp: 0,
    solved_at: null,
    imported: plan.mode === 'import',
    archived: false,
  };

  if (plan.followupSource) {
    ticket.via = { channel: 'api', source: { from: { ticket_id: plan.followupSource.id, subject: plan.followupSource.subject }, to: {}, rel: 'follow_up' } };
    plan.followupSource.followup_ids = [...(plan.followupSource.followup_ids ?? []), ticket.id];
  }
  if (plan.requesterId !== undefined) ticket.requester_id = plan.requesterId;
  if (plan.submitterId !== undefined && !existing) ticket.submitter_id = plan.submitterId;
  if (plan.assigneeId !== undefined) ticket.assignee_id = plan.assigneeId;
  if (plan.groupId !== undefined) ticket.group_id = plan.groupId;
  if (plan.organizationId !== undefined) ticket.organization_id = plan.organizationId;
  else if (!existing) ticket.organization_id = store.users.get(ticket.requester_id)?.organization_id ?? null;
  if (plan.priority !== undefined) ticket.priority = plan.priority;
  if (plan.type !== undefined) ticket.type = plan.type;
  if (has(input, 'subject')) ticket.subject = ticket.raw_subject = optString(input['subject']) ?? null;
  if (has(input, 'external_id')) ticket.external_id = input['external_id'] === null ? null : (optString(input['external_id']) ?? null);
  if (has(input, 'recipient')) ticket.recipient = optString(input['recipient']) ?? null;
  if (has(input, 'due_at')) ticket.due_at = typeof input['due_at'] === 'string' ? store.iso(parseTime(input['due_at']) ?? now) : null;
  if (has(input, 'brand_id')) ticket.brand_id = optId(input['brand_id']) ?? ticket.brand_id;
  if (has(input, 'ticket_form_id')) ticket.ticket_form_id = optId(input['ticket_form_id']) ?? null;
  for (const key of ['collaborator_ids', 'follower_ids', 'email_cc_ids'] as const) {
    if (Array.isArray(input[key])) ticket[key] = (input[key] as unknown[]).map(optId).filter((id): id is number => id !== undefined && store.users.has(id));
  }

  // Tags: explicit tags replace; dropdown/checkbox values add theirs and drop the tags they replaced.
  const oldDerived = customFieldTags(context, ticket.custom_field_values);
  let tags = ticket.tags;
  if (has(input, 'tags')) tags = normaliseTags(Array.isArray(input['tags']) ? input['tags'] : []);
  if (Array.isArray(input['additional_tags'])) tags = normaliseTags([...tags, ...input['additional_tags']]);
  if (Array.isArray(input['remove_tags'])) {
    const remove = normaliseTags(input['remove_tags']);
    tags = tags.filter((t) => !remove.includes(t));
  }
  const newDerived = customFieldTags(context, plan.customValues);
  tags = normaliseTags([...tags.filter((t) => !oldDerived.includes(t) || newDerived.includes(t)), ...newDerived]);
  ticket.tags = tags;
  ticket.custom_field_values = plan.customValues;

  for (const prepared of plan.comments) ticket.comments.push(commitComment(context, prepared, auditId));
  ticket.comments.sort((a, b) => (a.created_at === b.created_at ? a.id - b.id : a.created_at < b.created_at ? -1 : 1));

  let status = plan.status ?? ticket.status;
  // A new ticket with an assignee is open, as in Zendesk.
  if (status === 'new' && ticket.assignee_id !== null) status = 'open';
  ticket.status = status;

  if (plan.mode === 'import') {
    const lastComment = ticket.comments.reduce((max, c) => Math.max(max, Date.parse(c.created_at)), createdMs);
    ticket.updated_at = store.iso(plan.updatedMs ?? lastComment);
    if (plan.solvedMs !== undefined) ticket.solved_at = plan.solvedMs === null ? null : store.iso(plan.solvedMs);
    else if (status === 'solved' || status === 'closed') ticket.solved_at = ticket.updated_at;
    ticket.archived = plan.archive;
  } else {
    ticket.updated_at = store.iso(now);
    if ((status === 'solved' || status === 'closed') && !ticket.solved_at) ticket.solved_at = ticket.updated_at;
  }
  ticket.generated_timestamp = Math.floor(now / 1000);
  store.tickets.set(ticket.id, ticket);
  return ticket;
}
