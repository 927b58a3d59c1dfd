/**
 * Replaces the source ids a record points at with the target ids the ledger holds. A required
 * reference that does not resolve stops the record (it would be written half-linked); an optional
 * one is dropped with a warning.
 */
import type { EntityName } from '../model/entities.js';
import { referencesOf, type Reference } from '../model/references.js';
import type { AnyRecord, Article, Contact, KbFolder, Team, Ticket } from '../model/records.js';

export type Resolve = (entity: EntityName, sourceId: string) => string | undefined;

export interface Bound {
  record: AnyRecord;
  missing: Reference[];
  dropped: Reference[];
}

export function bindReferences(entity: EntityName, input: AnyRecord, resolve: Resolve): Bound {
  const missing: Reference[] = [];
  const dropped: Reference[] = [];
  for (const ref of referencesOf(entity, input)) {
    if (resolve(ref.entity, ref.id) !== undefined) continue;
    (ref.required ? missing : dropped).push(ref);
  }
  if (missing.length > 0) return { record: input, missing, dropped };

  const map = (e: EntityName, id: string | undefined) => (id === undefined ? undefined : resolve(e, id));
  const record = structuredClone(input);
  switch (entity) {
    case 'teams': {
      const team = record as Team;
      team.memberIds = team.memberIds.map((id) => map('agents', id)).filter((id): id is string => id !== undefined);
      break;
    }
    case 'contacts': {
      const contact = record as Contact;
      contact.companyIds = contact.companyIds.map((id) => map('companies', id)).filter((id): id is string => id !== undefined);
      break;
    }
    case 'tickets': {
      const ticket = record as Ticket;
      ticket.requesterId = map('contacts', ticket.requesterId) ?? ticket.requesterId;
      setOrDelete(ticket, 'assigneeId', map('agents', ticket.assigneeId));
      setOrDelete(ticket, 'teamId', map('teams', ticket.teamId));
      setOrDelete(ticket, 'companyId', map('companies', ticket.companyId));
      for (const comment of ticket.comments) {
        const authorEntity = comment.authorType === 'agent' ? 'agents' : comment.authorType === 'contact' ? 'contacts' : undefined;
        setOrDelete(comment, 'authorId', authorEntity ? map(authorEntity, comment.authorId) : comment.authorId);
      }
      break;
    }
    case 'kb_folders': {
      const folder = record as KbFolder;
      folder.categoryId = map('kb_categories', folder.categoryId) ?? folder.categoryId;
      setOrDelete(folder, 'parentFolderId', map('kb_folders', folder.parentFolderId));
      break;
    }
    case 'articles': {
      const article = record as Article;
      setOrDelete(article, 'folderId', map('kb_folders', article.folderId));
      setOrDelete(article, 'categoryId', map('kb_categories', article.categoryId));
      setOrDelete(article, 'authorId', map('agents', article.authorId));
      break;
    }
    default:
      break;
  }
  return { record, missing, dropped };
}

function setOrDelete<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}
