/**
 * The subset of Intercom 2.16 response shapes the connector reads, written by hand from the vendored
 * OpenAPI description (only the fields used). Timestamps are Unix seconds.
 */

export interface IcPages {
  page?: number;
  per_page?: number;
  total_pages?: number;
  next?: { per_page?: number; starting_after?: string } | null;
}

export interface IcAdmin {
  id: string;
  name: string;
  email: string;
  away_mode_enabled?: boolean;
  team_ids?: number[];
}

export interface IcTeam {
  id: string;
  name: string;
  admin_ids: Array<number | string>;
}

export interface IcTag {
  id: string;
  name: string;
}

export interface IcMe {
  id: string;
  email: string;
  app?: { name?: string; region?: string; timezone?: string; id_code?: string };
}

export interface IcDataAttribute {
  id: number;
  model: 'contact' | 'company';
  name: string;
  label?: string;
  description?: string;
  data_type: string;
  options?: string[];
  custom: boolean;
  archived: boolean;
}

export interface IcConversationAttribute {
  id: number | string;
  name: string;
  description?: string;
  data_type: string;
  multiline?: boolean;
  options?: Array<{ id: string; label: string; archived?: boolean }>;
  archived?: boolean;
}

export interface IcInlineList<T> {
  data: T[];
  url?: string;
  total_count?: number;
  has_more?: boolean;
}

export interface IcCompany {
  id: string;
  company_id: string;
  name: string;
  plan?: { name?: string } | Record<string, never>;
  remote_created_at?: number;
  created_at: number;
  updated_at: number;
  custom_attributes?: Record<string, unknown>;
  tags?: { tags: IcTag[] };
}

export interface IcContact {
  id: string;
  role: 'user' | 'lead';
  external_id: string | null;
  email: string | null;
  phone: string | null;
  name: string | null;
  language_override?: string | null;
  created_at: number;
  updated_at: number;
  custom_attributes?: Record<string, unknown>;
  tags?: IcInlineList<{ id: string }>;
  companies?: IcInlineList<{ id: string }>;
}

export interface IcAttachment {
  name: string;
  url: string;
  content_type: string;
  filesize?: number;
}

export interface IcAuthor {
  type: string;
  id: string;
  name?: string | null;
  email?: string | null;
}

export interface IcPart {
  id: string;
  part_type: string;
  body: string | null;
  created_at: number;
  author: IcAuthor;
  attachments?: IcAttachment[];
  assigned_to?: { type: string; id: string } | null;
}

export interface IcConversation {
  id: string;
  title: string | null;
  created_at: number;
  updated_at: number;
  state: 'open' | 'closed' | 'snoozed';
  priority?: string;
  admin_assignee_id: number | string | null;
  team_assignee_id: number | string | null;
  company?: { id: string } | null;
  tags?: { tags: IcTag[] };
  source: {
    id: string;
    type: string;
    subject?: string;
    body: string;
    author: IcAuthor;
    attachments?: IcAttachment[];
  };
  contacts?: { contacts: Array<{ id: string }> };
  custom_attributes?: Record<string, unknown>;
  conversation_parts?: { conversation_parts: IcPart[]; total_count: number };
}

export interface IcConversationCreated {
  id: string;
  conversation_id: string;
}

export interface IcListItem {
  id: string;
  label: string;
  archived?: boolean;
}

export interface IcTicketTypeAttribute {
  id: string;
  name: string;
  description?: string;
  data_type: string;
  input_options?: { list_options?: IcListItem[]; allow_multiple_values?: boolean; multiline?: boolean } | null;
  default?: boolean;
  archived?: boolean;
}

export interface IcTicketState {
  id: string;
  category: 'submitted' | 'in_progress' | 'waiting_on_customer' | 'resolved';
}

export interface IcTicketType {
  id: string;
  name: string;
  category: 'Customer' | 'Back-office' | 'Tracker';
  description?: string;
  archived?: boolean;
  ticket_type_attributes?: { data: IcTicketTypeAttribute[] } | IcTicketTypeAttribute[];
  ticket_states?: { data: IcTicketState[] } | IcTicketState[];
}

export interface IcTicketPart extends IcPart {
  type?: string;
}

export interface IcTicket {
  id: string;
  ticket_attributes: Record<string, unknown>;
  ticket_state: IcTicketState | null;
  ticket_type: IcTicketType | null;
  contacts?: { contacts: Array<{ id: string }> };
  admin_assignee_id: number | string | null;
  team_assignee_id: number | string | null;
  created_at: number;
  updated_at: number;
  open?: boolean;
  is_shared?: boolean;
  ticket_parts?: { ticket_parts: IcTicketPart[]; total_count: number };
}

export interface IcHelpCenter {
  id: string | number;
  default: boolean;
  locales?: string[];
}

export interface IcCollection {
  id: string;
  name: string;
  description: string | null;
  order?: number;
  default_locale: string;
  parent_id: string | null;
  created_at?: number;
  updated_at?: number;
  translated_content?: Record<string, unknown>;
}

export interface IcArticleContent {
  title: string;
  description?: string;
  body: string;
  author_id?: number;
  state: 'published' | 'draft';
}

export interface IcArticle {
  id: string;
  title: string;
  description?: string | null;
  body: string;
  author_id: number;
  state: 'published' | 'draft';
  parent_ids?: Array<number | string>;
  default_locale: string;
  created_at: number;
  updated_at: number;
  translated_content?: Record<string, unknown>;
  tags?: { tags: IcTag[] };
}

/** Lists that the spec types as `{type: 'list', data}` and some examples as bare arrays. */
export function listData<T>(value: { data: T[] } | T[] | undefined | null): T[] {
  if (!value) return [];
  return Array.isArray(value) ? value : value.data;
}

/** 2.16 reports "unassigned" as 0; older versions as null. */
export function assigneeOf(value: number | string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const id = String(value);
  return id === '0' || id === '' ? undefined : id;
}
