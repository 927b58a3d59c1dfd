/**
 * Writes a canonical thread as an Intercom conversation: created from the contact with its original
 * `created_at` (the opening message as plain text, images by URL), then every comment as a reply or a
 * note with its own time and files, then title, attributes and tags, then the state (assign, close).
 * No create or reply is sent twice: a lost answer is followed by a look at the conversation. An
 * update (the record changed since it was migrated) appends only the comments not yet there and
 * carries status and assignee changes.
 */
import { migrated, type Outcome, warning, WARNINGS } from '../../model/outcomes.js';
import type { Ticket } from '../../model/records.js';
import type { WriteContext, WriteItem, Written } from '../contracts.js';
import { assigneeOf, type IcConversation, type IcConversationCreated, type IcPart } from './api-types.js';
import { attachmentFiles } from './attachments.js';
import { unlessGone, type IntercomClient } from './client.js';
import { createdBy } from './created-search.js';
import type { IntercomConnection } from './connection.js';
import { createOnce } from './create-once.js';
import { customForIntercom } from './custom-values.js';
import { htmlToText, sameText } from '../../transform/html-text.js';
import { postParts } from './post-parts.js';
import { isPartOf, matchExisting, planOpening, planParts, ThreadNotes, type OpeningPlan, type PlannedPart } from './thread-plan.js';
import type { WriteMemo } from './write-memo.js';
import type { WorkspaceDirectory } from './workspace-directory.js';

export interface ThreadEnv {
  client: IntercomClient;
  directory: WorkspaceDirectory;
  connection: IntercomConnection;
  memo: WriteMemo;
}

interface Current {
  id: string;
  /** The opening message's id (the conversation's source). */
  messageId: string;
  state: IcConversation['state'];
  admin?: string;
  team?: string;
  title: string | null;
  custom: Record<string, unknown>;
  tagIds: Set<string>;
  parts: IcPart[];
  /** Parts the thread has; more than `parts` when Intercom shows only the most recent 500. */
  totalParts: number;
}

/**
 * `candidates`: when the record may already be in the workspace (the engine could not tell), the
 * conversations of its contact created at its time, searched once for the whole batch.
 */
export async function writeConversation(env: ThreadEnv, item: WriteItem<Ticket>, context: WriteContext, candidates?: IcConversation[]): Promise<Outcome> {
  const { client } = env;
  const record = item.record;
  const me = String((await env.directory.me()).id);
  const notes = new ThreadNotes();
  const { opening, rest } = planOpening(record, env.connection.first_message_placeholder, notes);
  const parts = [...opening.followUps, ...planParts(rest, { me, requester: record.requesterId }, opening.createdAt, notes)];
  env.memo.remember('tickets', record.id, () => findWrittenConversation(client, opening, parts));

  let found: IcConversation | undefined;
  if (item.previous) found = await getConversation(client, item.previous.targetId);
  else if (candidates) {
    const hit = candidates.find((c) => opens(c, opening));
    found = hit && (await getConversation(client, hit.id));
  }
  // Comments the ledger knows are in (unless the conversation has since been deleted); the rest are
  // matched against the parts already there (an update interrupted half-way, a recovered write).
  const children: Record<string, string> = { ...(found && item.previous?.children ? item.previous.children : {}) };
  const todo = parts.filter((p) => children[p.commentId] === undefined);
  const current = found ? currentOf(found) : await create(client, record, opening);
  if (opening.commentId && children[opening.commentId] === undefined) children[opening.commentId] = current.messageId;
  await postParts(todo, current.parts, current.totalParts, children, notes, async (part, known) => {
    const posted = await reply(env, current.id, part, known, context, notes);
    // A customer's reply reopens a closed conversation: the state to correct is the one after it.
    current.state = posted.state;
    return posted.partId;
  });

  await updateDetails(env, current, record, notes);
  await applyTags(env, current, record.tags, me);
  await applyState(env, current, record, me);
  const warnings = notes.warnings();
  return migrated(current.id, { children, ...(warnings.length > 0 ? { warnings } : {}) });
}

async function create(client: IntercomClient, record: Ticket, opening: OpeningPlan): Promise<Current> {
  const created = await createOnce(
    `conversation ${record.id}`,
    () =>
      client.post<IcConversationCreated>('/conversations', {
        from: { type: 'contact', id: opening.fromId },
        body: opening.text,
        created_at: opening.createdAt,
        ...(opening.imageUrls.length > 0 ? { attachment_urls: opening.imageUrls } : {}),
      }),
    async () => {
      const hit = await findConversation(client, opening);
      return hit ? { id: hit.source.id, conversation_id: hit.id } : undefined;
    },
  );
  return { id: String(created.conversation_id), messageId: String(created.id), state: 'open', title: null, custom: {}, tagIds: new Set(), parts: [], totalParts: 0 };
}

async function reply(env: ThreadEnv, conversationId: string, part: PlannedPart, known: Set<string>, context: WriteContext, notes: ThreadNotes): Promise<{ partId: string; state: IcConversation['state'] }> {
  const files = part.attachments.length > 0 ? await attachmentFiles(part.attachments, context, (m) => notes.extra.push(warning(WARNINGS.attachmentUnreachable, m))) : [];
  const common = {
    ...(part.body ? { body: part.body } : {}),
    created_at: part.createdAt,
    ...(files.length > 0 ? { attachment_files: files } : {}),
  };
  const body =
    part.author.type === 'admin'
      ? { message_type: part.messageType, type: 'admin', admin_id: part.author.id, ...common, skip_notifications: context.options.options.skip_notifications }
      : { message_type: 'comment', type: 'user', intercom_user_id: part.author.id, ...common };
  const newPart = (c: IcConversation | undefined) => [...(c?.conversation_parts?.conversation_parts ?? [])].reverse().find((p) => !known.has(p.id) && isPartOf(part, p));
  const conversation = await createOnce(
    `reply to conversation ${conversationId}`,
    () => env.client.post<IcConversation>(`/conversations/${conversationId}/reply`, body),
    async () => {
      const c = await getConversation(env.client, conversationId);
      return newPart(c) ? c : undefined;
    },
  );
  return { partId: newPart(conversation)?.id ?? `${conversationId}:${part.commentId}`, state: conversation.state };
}

async function updateDetails(env: ThreadEnv, current: Current, record: Ticket, notes: ThreadNotes): Promise<void> {
  const defined = (await env.directory.conversationAttributes()).filter((a) => !a.archived).map((a) => ({ name: a.name, dataType: a.data_type }));
  const custom = customForIntercom(record.custom, defined);
  if (custom.dropped.length > 0) notes.extra.push(warning(WARNINGS.customFieldLeftOut, `attributes ${custom.dropped.join(', ')} are not conversation attributes in Intercom and were left out; migrate the fields entity or create them`, custom.dropped.map((k) => `custom.${k}`)));
  const title = record.subject && record.subject !== current.title ? record.subject : undefined;
  const changed = Object.entries(custom.values).filter(([k, v]) => current.custom[k] !== v);
  if (!title && changed.length === 0) return;
  await env.client.put(`/conversations/${current.id}`, {
    ...(title ? { title } : {}),
    ...(changed.length > 0 ? { custom_attributes: Object.fromEntries(changed) } : {}),
  });
}

async function applyTags(env: ThreadEnv, current: Current, tags: string[], me: string): Promise<void> {
  for (const name of tags) {
    const id = await env.directory.tagId(name);
    if (current.tagIds.has(id)) continue;
    // Tagging twice leaves one tag: safe to repeat.
    await env.client.post(`/conversations/${current.id}/tags`, { id, admin_id: me }, { idempotent: true });
    current.tagIds.add(id);
  }
}

/**
 * Team, then teammate, then close or reopen, each only when it differs. None of these parts accepts
 * a `created_at`: Intercom stamps them with the time of the import.
 */
async function applyState(env: ThreadEnv, current: Current, record: Ticket, me: string): Promise<void> {
  const closed = record.status === 'solved' || record.status === 'closed';
  const steps: Array<{ body: Record<string, unknown>; done: (c: Current) => boolean }> = [];
  if (record.teamId !== current.team) {
    const team = record.teamId ?? '0';
    steps.push({ body: { message_type: 'assignment', type: 'team', admin_id: me, assignee_id: team }, done: (c) => (c.team ?? '0') === team });
  }
  if (record.assigneeId !== current.admin) {
    const admin = record.assigneeId ?? '0';
    steps.push({ body: { message_type: 'assignment', type: 'admin', admin_id: me, assignee_id: admin }, done: (c) => (c.admin ?? '0') === admin });
  }
  if (closed && current.state !== 'closed') {
    steps.push({ body: { message_type: 'close', type: 'admin', admin_id: record.assigneeId ?? me }, done: (c) => c.state === 'closed' });
  } else if (!closed && current.state === 'closed') {
    steps.push({ body: { message_type: 'open', admin_id: me }, done: (c) => c.state !== 'closed' });
  }
  for (const step of steps) {
    await createOnce(
      `state of conversation ${current.id}`,
      () => env.client.post(`/conversations/${current.id}/parts`, step.body),
      async () => {
        const c = await getConversation(env.client, current.id);
        return c && step.done(currentOf(c)) ? c : undefined;
      },
    );
  }
}

function currentOf(c: IcConversation): Current {
  const admin = assigneeOf(c.admin_assignee_id);
  const team = assigneeOf(c.team_assignee_id);
  return {
    id: String(c.id),
    messageId: String(c.source.id),
    state: c.state,
    ...(admin ? { admin } : {}),
    ...(team ? { team } : {}),
    title: c.title,
    custom: c.custom_attributes ?? {},
    tagIds: new Set((c.tags?.tags ?? []).map((t) => String(t.id))),
    parts: c.conversation_parts?.conversation_parts ?? [],
    totalParts: c.conversation_parts?.total_count ?? c.conversation_parts?.conversation_parts.length ?? 0,
  };
}

export function getConversation(client: IntercomClient, id: string): Promise<IcConversation | undefined> {
  return unlessGone(client.get<IcConversation>(`/conversations/${id}`));
}

/**
 * A conversation this tool created for the opening: same contact, same creation second (both set by
 * the create, and both searchable), same opening text.
 */
async function findConversation(client: IntercomClient, opening: OpeningPlan): Promise<IcConversation | undefined> {
  const candidates = await createdBy<IcConversation>(client, 'conversations', opening.fromId, opening.createdAt);
  return candidates.find((c) => opens(c, opening));
}

function opens(c: IcConversation, opening: OpeningPlan): boolean {
  return (
    c.created_at === opening.createdAt &&
    (c.contacts?.contacts ?? []).some((x) => String(x.id) === opening.fromId) &&
    sameText(htmlToText(c.source.body ?? ''), opening.text)
  );
}

async function findWrittenConversation(client: IntercomClient, opening: OpeningPlan, parts: PlannedPart[]): Promise<Written | undefined> {
  const hit = await findConversation(client, opening);
  const conversation = hit && (await getConversation(client, hit.id));
  if (!conversation) return undefined;
  const children: Record<string, string> = {};
  if (opening.commentId) children[opening.commentId] = conversation.source.id;
  matchExisting(parts, conversation.conversation_parts?.conversation_parts ?? []).forEach((id, i) => {
    const part = parts[i];
    if (id && part) children[part.commentId] ??= id;
  });
  return { targetId: conversation.id, children };
}
