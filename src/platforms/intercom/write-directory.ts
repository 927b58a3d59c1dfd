/**
 * Teammates and teams cannot be created through the API: they are matched (by email, by name) and an
 * unmatched one fails with what to provision. Tags are found or created by name. Field definitions
 * become data attributes (contacts, companies) or conversation attributes (tickets).
 */
import { failed, migrated, type Outcome, REASONS, warning, WARNINGS } from '../../model/outcomes.js';
import type { Agent, FieldDef, FieldType, Tag, Team } from '../../model/records.js';
import type { WriteContext } from '../contracts.js';
import type { IcConversationAttribute, IcDataAttribute } from './api-types.js';
import type { IntercomClient } from './client.js';
import { createOnce } from './create-once.js';
import { RecordRefused } from './failures.js';
import type { WorkspaceDirectory } from './workspace-directory.js';
import { conversationAttributeId, dataAttributeId } from './map-fields.js';

export async function matchAgent(directory: WorkspaceDirectory, agent: Agent): Promise<Outcome> {
  const admin = await directory.adminByEmail(agent.email);
  if (admin) return migrated(String(admin.id));
  return failed(
    REASONS.unmatchedAgent,
    `No Intercom teammate has the email ${agent.email} (the API cannot create teammates): invite ${agent.email} in Intercom ` +
      '(Settings → Workspace → Teammates) and run again, or map it with agents.table or agents.default.',
  );
}

export async function matchTeam(directory: WorkspaceDirectory, team: Team, context: WriteContext): Promise<Outcome> {
  const teams = await directory.teams();
  const byName = (name: string) => teams.find((t) => t.name.trim().toLowerCase() === name.trim().toLowerCase());
  const found = byName(team.name);
  if (found) {
    const members = new Set((found.admin_ids ?? []).map(String));
    const missing = team.memberIds.filter((id) => !members.has(id));
    return migrated(String(found.id), missing.length > 0 ? { warnings: [warning(WARNINGS.teamMembersNotSet, `teammates ${missing.join(', ')} are not members of the Intercom team "${found.name}" (the API cannot change team membership)`)] } : {});
  }
  const fallback = context.options.teams.default;
  const defaultTeam = fallback ? byName(fallback) : undefined;
  if (defaultTeam) return migrated(String(defaultTeam.id), { warnings: [warning(WARNINGS.defaultTeam, `no Intercom team is named "${team.name}"; mapped to the default team "${defaultTeam.name}"`)] });
  return failed(
    REASONS.unmatchedTeam,
    `No Intercom team is named "${team.name}" (the API cannot create teams): create it in Intercom (Settings → Workspace → Teammates → Teams) ` +
      'and run again, or map it with teams.table or teams.default.',
  );
}

export async function writeTag(directory: WorkspaceDirectory, tag: Tag): Promise<Outcome> {
  return migrated(await directory.tagId(tag.name));
}

const DATA_TYPES: Record<FieldType, string> = {
  string: 'string',
  text: 'string',
  number: 'integer',
  decimal: 'float',
  boolean: 'boolean',
  date: 'date',
  list: 'options',
  multi_list: 'string',
};

const CONVERSATION_TYPES: Record<FieldType, string> = {
  string: 'string',
  text: 'string',
  number: 'integer',
  decimal: 'decimal',
  boolean: 'boolean',
  date: 'datetime',
  list: 'list',
  multi_list: 'list',
};

export async function writeField(client: IntercomClient, directory: WorkspaceDirectory, field: FieldDef): Promise<Outcome> {
  if (field.on === 'tickets') return writeConversationAttribute(client, directory, field);
  const model = field.on === 'companies' ? 'company' : 'contact';
  const find = async (): Promise<IcDataAttribute | undefined> => {
    directory.forget(`data_attributes:${model}`);
    return (await directory.dataAttributes(model)).find((a) => a.name.toLowerCase() === field.key.toLowerCase());
  };
  const existing = (await directory.dataAttributes(model)).find((a) => a.name.toLowerCase() === field.key.toLowerCase());
  if (existing && !existing.custom) {
    throw new RecordRefused(REASONS.rejectedByTarget, `Intercom has a built-in ${model} attribute "${existing.name}"; map this field to another key under fields.${field.on}`);
  }
  if (existing) return migrated(dataAttributeId(existing.id));
  const options = field.options ?? [];
  // A list needs two options in Intercom; fewer is kept as text.
  const dataType = field.type === 'list' && options.length < 2 ? 'string' : DATA_TYPES[field.type];
  const body = {
    name: field.key,
    model,
    data_type: dataType,
    ...(field.description ? { description: field.description } : {}),
    ...(dataType === 'options' ? { options: options.map((value) => ({ value })) } : {}),
  };
  const created = await createOnce(`${model} attribute ${field.key}`, () => client.post<IcDataAttribute>('/data_attributes', body), find);
  directory.forget(`data_attributes:${model}`);
  const note = field.type === 'multi_list' ? 'Intercom data attributes hold one value: the multi-select list is kept as text' : undefined;
  return migrated(dataAttributeId(created.id), note ? { warnings: [warning(WARNINGS.fieldTypeChanged, note)] } : {});
}

async function writeConversationAttribute(client: IntercomClient, directory: WorkspaceDirectory, field: FieldDef): Promise<Outcome> {
  const find = async (): Promise<IcConversationAttribute | undefined> => {
    directory.forget('conversation_attributes');
    return (await directory.conversationAttributes()).find((a) => a.name.toLowerCase() === field.key.toLowerCase());
  };
  const existing = (await directory.conversationAttributes()).find((a) => a.name.toLowerCase() === field.key.toLowerCase());
  if (existing) return migrated(conversationAttributeId(existing.id));
  const dataType = CONVERSATION_TYPES[field.type];
  const body = {
    name: field.key,
    data_type: dataType,
    ...(field.description ? { description: field.description } : {}),
    ...(field.type === 'text' ? { multiline: true } : {}),
    ...(dataType === 'list' ? { options: (field.options ?? []).map((label) => ({ label })) } : {}),
  };
  const created = await createOnce(`conversation attribute ${field.key}`, () => client.post<IcConversationAttribute>('/conversations/attributes', body), find);
  directory.forget('conversation_attributes');
  const note = field.type === 'multi_list' ? 'Intercom list attributes hold one value: the multi-select list is single-select in Intercom' : undefined;
  return migrated(conversationAttributeId(created.id), note ? { warnings: [warning(WARNINGS.fieldTypeChanged, note)] } : {});
}
