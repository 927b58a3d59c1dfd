/**
 * What each record points at. The engine uses this to skip a record whose dependency failed, to
 * resolve ids to target ids, and to collect what a demo sample needs.
 */
import type { EntityName } from './entities.js';
import type { AnyRecord, Article, Contact, KbFolder, Team, Ticket } from './records.js';

export interface Reference {
  entity: EntityName;
  id: string;
  /** A required reference must resolve, or the record is skipped; an optional one may be dropped. */
  required: boolean;
  /** Where in the record, for messages: "requesterId", "comments[3].authorId". */
  path: string;
}

export function referencesOf(entity: EntityName, record: AnyRecord): Reference[] {
  switch (entity) {
    case 'teams':
      return (record as Team).memberIds.map((id, i) => ({ entity: 'agents', id, required: false, path: `memberIds[${i}]` }));
    case 'contacts':
      return (record as Contact).companyIds.map((id, i) => ({ entity: 'companies', id, required: false, path: `companyIds[${i}]` }));
    case 'tickets':
      return ticketReferences(record as Ticket);
    case 'kb_folders': {
      const f = record as KbFolder;
      const refs: Reference[] = [{ entity: 'kb_categories', id: f.categoryId, required: true, path: 'categoryId' }];
      if (f.parentFolderId) refs.push({ entity: 'kb_folders', id: f.parentFolderId, required: true, path: 'parentFolderId' });
      return refs;
    }
    case 'articles': {
      const a = record as Article;
      const refs: Reference[] = [];
      if (a.folderId) refs.push({ entity: 'kb_folders', id: a.folderId, required: true, path: 'folderId' });
      if (a.categoryId) refs.push({ entity: 'kb_categories', id: a.categoryId, required: true, path: 'categoryId' });
      if (a.authorId) refs.push({ entity: 'agents', id: a.authorId, required: false, path: 'authorId' });
      return refs;
    }
    default:
      return [];
  }
}

function ticketReferences(t: Ticket): Reference[] {
  const refs: Reference[] = [{ entity: 'contacts', id: t.requesterId, required: true, path: 'requesterId' }];
  if (t.assigneeId) refs.push({ entity: 'agents', id: t.assigneeId, required: false, path: 'assigneeId' });
  if (t.teamId) refs.push({ entity: 'teams', id: t.teamId, required: false, path: 'teamId' });
  if (t.companyId) refs.push({ entity: 'companies', id: t.companyId, required: false, path: 'companyId' });
  t.comments.forEach((c, i) => {
    if (!c.authorId) return;
    const entity = c.authorType === 'agent' ? 'agents' : c.authorType === 'contact' ? 'contacts' : undefined;
    if (entity) refs.push({ entity, id: c.authorId, required: false, path: `comments[${i}].authorId` });
  });
  return refs;
}
