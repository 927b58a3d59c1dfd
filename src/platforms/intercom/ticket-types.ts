/**
 * Ticket types and their attributes in the target. A ticket names its type; a missing type is created
 * (as a Customer type: the canonical record does not say more), and an attribute a ticket carries but
 * its type lacks is added, with the data type and list items of the conversation attribute of that
 * name (written by the fields entity) or, failing that, of the value itself. List values travel as
 * labels and are written as the ids of the type's list items.
 */
import type { CustomValues } from '../../model/records.js';
import { listData, type IcConversationAttribute, type IcTicketState, type IcTicketType, type IcTicketTypeAttribute } from './api-types.js';
import type { IntercomClient } from './client.js';
import { createOnce } from './create-once.js';
import { ticketTypeAttributes } from './map-fields.js';
import { DESCRIPTION, TITLE } from './map-ticket.js';
import { unixFromIso } from './timestamps.js';
import type { WorkspaceDirectory } from './workspace-directory.js';
import type { Logger } from '../../log/logger.js';

const FROM_CONVERSATION_TYPE: Record<string, string> = {
  string: 'string',
  integer: 'integer',
  decimal: 'decimal',
  boolean: 'boolean',
  datetime: 'datetime',
  list: 'list',
};

export class TicketTypeCatalog {
  private types: Promise<IcTicketType[]> | undefined;
  private readonly pending = new Map<string, Promise<unknown>>();

  constructor(
    private readonly client: IntercomClient,
    private readonly directory: WorkspaceDirectory,
    private readonly log: Logger,
  ) {}

  /** The type with this name (case-insensitive), created when the workspace has none. */
  async byName(name: string): Promise<IcTicketType> {
    const existing = await this.find(name);
    if (existing) return existing;
    return this.once(`type:${name.toLowerCase()}`, async () => {
      const again = await this.find(name);
      if (again) return again;
      const created = await createOnce(
        `ticket type ${name}`,
        () => this.client.post<IcTicketType>('/ticket_types', { name, category: 'Customer', description: 'Created by desk-migrate' }),
        () => this.find(name, true),
      );
      (await this.list()).push(created);
      this.log.info(`Created the Intercom ticket type "${name}" (category Customer); review its category, icon and states in Intercom.`);
      return created;
    });
  }

  stateId(type: IcTicketType, category: IcTicketState['category']): string | undefined {
    return listData(type.ticket_states).find((s) => s.category === category)?.id;
  }

  /** Ticket attribute values for a type, adding the attributes it lacks; what cannot be written is named in `dropped`. */
  async attributes(type: IcTicketType, custom: CustomValues): Promise<{ type: IcTicketType; values: Record<string, unknown>; dropped: string[] }> {
    let current = type;
    const missing = Object.entries(custom).filter(([name, value]) => value !== null && name !== TITLE && name !== DESCRIPTION && !attributeOf(current, name));
    if (missing.length > 0) {
      const definitions = await this.directory.conversationAttributes();
      for (const [name, value] of missing) await this.addAttribute(current, name, value, definitions);
      current = await this.refresh(current.id);
    }
    const values: Record<string, unknown> = {};
    const dropped: string[] = [];
    for (const [name, value] of Object.entries(custom)) {
      if (value === null) continue;
      const attribute = attributeOf(current, name);
      const converted = attribute ? convert(attribute, value) : undefined;
      if (attribute && converted !== undefined) values[attribute.name] = converted;
      else dropped.push(name);
    }
    return { type: current, values, dropped };
  }

  private async addAttribute(type: IcTicketType, name: string, value: CustomValues[string], definitions: IcConversationAttribute[]): Promise<void> {
    const definition = definitions.find((d) => d.name.toLowerCase() === name.toLowerCase() && !d.archived);
    const dataType = (definition && FROM_CONVERSATION_TYPE[definition.data_type]) ?? inferType(value);
    const items = dataType === 'list' ? (definition?.options?.map((o) => o.label) ?? (Array.isArray(value) ? value : [String(value)])) : [];
    const body = {
      name,
      description: definition?.description || `${name} (migrated)`,
      data_type: dataType,
      ...(dataType === 'list' ? { list_items: items.join(','), allow_multiple_values: Array.isArray(value) } : {}),
      ...(dataType === 'string' && definition?.multiline ? { multiline: true } : {}),
    };
    await this.once(`attribute:${type.id}:${name.toLowerCase()}`, () =>
      createOnce(
        `attribute ${name} of ticket type ${type.name}`,
        () => this.client.post<IcTicketTypeAttribute>(`/ticket_types/${type.id}/attributes`, body),
        async () => attributeOf(await this.refresh(type.id), name),
      ),
    );
  }

  private async refresh(id: string): Promise<IcTicketType> {
    const fresh = await this.client.get<IcTicketType>(`/ticket_types/${id}`);
    const list = await this.list();
    const i = list.findIndex((t) => String(t.id) === String(id));
    if (i >= 0) list[i] = fresh;
    else list.push(fresh);
    return fresh;
  }

  private async find(name: string, reload = false): Promise<IcTicketType | undefined> {
    if (reload) this.types = undefined;
    return (await this.list()).find((t) => t.name.toLowerCase() === name.toLowerCase() && !t.archived);
  }

  private list(): Promise<IcTicketType[]> {
    this.types ??= this.client.get<{ data: IcTicketType[] }>('/ticket_types').then((r) => r.data);
    return this.types;
  }

  /** One request per key at a time: concurrent tickets of a new type create it once. */
  private once<T>(key: string, run: () => Promise<T>): Promise<T> {
    const known = this.pending.get(key) as Promise<T> | undefined;
    if (known) return known;
    const started = run();
    this.pending.set(key, started);
    started.catch(() => this.pending.delete(key));
    return started;
  }
}

function attributeOf(type: IcTicketType, name: string): IcTicketTypeAttribute | undefined {
  const all = ticketTypeAttributes(type).filter((a) => !a.archived);
  return all.find((a) => a.name === name) ?? all.find((a) => a.name.toLowerCase() === name.toLowerCase());
}

function inferType(value: CustomValues[string]): string {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'decimal';
  if (Array.isArray(value)) return 'list';
  return 'string';
}

/** A canonical value as the attribute takes it; undefined when it cannot be written (unknown list label). */
function convert(attribute: IcTicketTypeAttribute, value: NonNullable<CustomValues[string]>): unknown {
  const items = attribute.input_options?.list_options ?? [];
  const itemId = (label: string) => items.find((i) => i.label === label && !i.archived)?.id ?? items.find((i) => i.label.toLowerCase() === label.toLowerCase())?.id;
  switch (attribute.data_type) {
    case 'list': {
      if (Array.isArray(value)) {
        const ids = value.map(itemId);
        return ids.every((id) => id !== undefined) ? ids : undefined;
      }
      return itemId(String(value));
    }
    case 'datetime':
      return typeof value === 'string' ? unixFromIso(value) : value;
    case 'integer':
    case 'decimal':
      return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    case 'string':
      return Array.isArray(value) ? value.join(', ') : String(value);
    default:
      return value;
  }
}
