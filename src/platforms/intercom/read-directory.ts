/** Small, unpaginated lists: teammates, teams, tags and attribute definitions, each one page. */
import type { Agent, FieldDef, Tag, Team } from '../../model/records.js';
import type { Logger } from '../../log/logger.js';
import type { IcTicketType } from './api-types.js';
import type { IntercomClient } from './client.js';
import { fieldFromConversationAttribute, fieldFromDataAttribute, fieldsFromTicketType } from './map-fields.js';
import type { WorkspaceDirectory } from './workspace-directory.js';

export async function readAgents(directory: WorkspaceDirectory): Promise<Agent[]> {
  return (await directory.admins()).map((a) => ({ id: String(a.id), email: a.email, name: a.name }));
}

export async function readTeams(directory: WorkspaceDirectory): Promise<Team[]> {
  return (await directory.teams()).map((t) => ({ id: String(t.id), name: t.name, memberIds: (t.admin_ids ?? []).map(String) }));
}

export async function readTags(directory: WorkspaceDirectory): Promise<Tag[]> {
  return (await directory.tags()).map((t) => ({ id: String(t.id), name: t.name }));
}

export async function readFields(client: IntercomClient, directory: WorkspaceDirectory, log: Logger): Promise<FieldDef[]> {
  const fields: FieldDef[] = [];
  for (const model of ['contact', 'company'] as const) {
    for (const a of await directory.dataAttributes(model)) if (a.custom && !a.archived) fields.push(fieldFromDataAttribute(a));
  }
  for (const a of await directory.conversationAttributes()) {
    if (a.archived) continue;
    const field = fieldFromConversationAttribute(a);
    if (field) fields.push(field);
    else log.warn(`Intercom conversation attribute "${a.name}" is of type ${a.data_type}, which has no equivalent; it is not migrated.`);
  }
  for (const type of await ticketTypes(client)) if (!type.archived) fields.push(...fieldsFromTicketType(type));
  return fields;
}

export async function ticketTypes(client: IntercomClient): Promise<IcTicketType[]> {
  return (await client.get<{ data: IcTicketType[] }>('/ticket_types')).data;
}
