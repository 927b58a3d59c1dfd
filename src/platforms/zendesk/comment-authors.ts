/**
 * Who writes each comment in Zendesk. The engine has already turned source authors into Zendesk user
 * ids; a comment whose author did not migrate (or a bot's) needs a stand-in, because Zendesk requires
 * an existing author: the requester for a customer's words, the mapping's default agent (else the API
 * user) for an agent's, the API user for a bot's.
 */
import type { Comment, Ticket } from '../../model/records.js';
import type { WriteContext } from '../contracts.js';
import type { AgentDirectory } from './agent-directory.js';
import { warning, WARNINGS, type Warning } from '../../model/outcomes.js';

export interface CommentAuthors {
  authorOf(comment: Comment): number;
  /** What was substituted, for the record's warning. */
  notes: Warning[];
}

export async function commentAuthors(ticket: Ticket, agents: AgentDirectory, context: WriteContext): Promise<CommentAuthors> {
  const requester = Number(ticket.requesterId);
  const needsAgent = ticket.comments.some((c) => !c.authorId && c.authorType !== 'contact');
  let standIn: number | undefined;
  let standInName = '';
  if (needsAgent) {
    const email = context.options.agents.default;
    const byDefault = email ? await agents.byEmail(email) : undefined;
    const user = byDefault ?? (await agents.me());
    standIn = user.id;
    standInName = user.email ?? user.name;
  }
  const substituted = new Map<string, number>();
  const authorOf = (comment: Comment): number => {
    if (comment.authorId) return Number(comment.authorId);
    const key = comment.authorType;
    substituted.set(key, (substituted.get(key) ?? 0) + 1);
    return comment.authorType === 'contact' ? requester : (standIn ?? requester);
  };
  for (const c of ticket.comments) authorOf(c);
  const notes = [...substituted].map(([type, n]) =>
    warning(WARNINGS.authorSubstituted, type === 'contact' ? `${n} comment(s) by an unmigrated contact written as the requester` : `${n} ${type} comment(s) without a migrated author written as ${standInName}`),
  );
  return { authorOf, notes };
}
