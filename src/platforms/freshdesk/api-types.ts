/** The parts of Freshdesk's API v2 objects this connector reads and writes (developers.freshdesk.com/api). */

export interface FdAttachment {
  id: number;
  name: string;
  content_type: string;
  size: number;
  attachment_url: string;
}

export interface FdAgent {
  id: number;
  available?: boolean;
  occasional?: boolean;
  /** Freshdesk's roles; `role_ids` name the account's roles, `type` support_agent|field_agent|collaborator. */
  role_ids?: number[];
  contact: { name: string; email: string; active?: boolean };
}

export interface FdGroup {
  id: number;
  name: string;
  description?: string | null;
  agent_ids?: number[];
}

export interface FdCompany {
  id: number;
  name: string;
  description?: string | null;
  note?: string | null;
  domains?: string[];
  account_tier?: string | null;
  custom_fields?: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

export interface FdContact {
  id: number;
  name: string;
  email?: string | null;
  phone?: string | null;
  mobile?: string | null;
  unique_external_id?: string | null;
  language?: string | null;
  company_id?: number | null;
  other_companies?: { company_id: number }[] | number[];
  tags?: string[];
  custom_fields?: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

export interface FdTicket {
  id: number;
  subject?: string | null;
  description?: string | null;
  status: number;
  priority: number;
  source: number;
  type?: string | null;
  requester_id: number;
  responder_id?: number | null;
  group_id?: number | null;
  company_id?: number | null;
  tags?: string[];
  custom_fields?: Record<string, unknown>;
  attachments?: FdAttachment[];
  created_at: string;
  updated_at: string;
}

export interface FdConversation {
  id: number;
  body: string;
  body_text?: string;
  incoming: boolean;
  private: boolean;
  /** 0 reply, 2 note, 5 tweet, 6 survey feedback, 7 Facebook, 8 forwarded email, 9 phone, 11 e-commerce. */
  source: number;
  user_id: number;
  attachments?: FdAttachment[];
  created_at: string;
  updated_at?: string;
}

export interface FdChoice {
  value?: string;
  label?: string;
  id?: number;
  position?: number;
}

/** A ticket, contact or company field. `name` is generated (`cf_order_number` / `cf_order_number_1234`). */
export interface FdField {
  id: number;
  name: string;
  label: string;
  type: string;
  default?: boolean;
  /** Dropdown choices: strings (ticket fields) or objects (contact/company fields; admin API). */
  choices?: (string | FdChoice)[] | Record<string, unknown>;
  description?: string | null;
}

export interface FdCategory {
  id: number;
  name: string;
  description?: string | null;
  created_at?: string;
}

export interface FdFolder {
  id: number;
  name: string;
  description?: string | null;
  parent_folder_id?: number | null;
  category_id?: number;
  visibility?: number;
}

export interface FdArticle {
  id: number;
  title: string;
  description: string;
  status: number;
  folder_id: number;
  category_id?: number;
  agent_id?: number;
  tags?: string[];
  attachments?: FdAttachment[];
  created_at: string;
  updated_at: string;
}

export interface FdHelpdeskSettings {
  primary_language: string;
  supported_languages?: string[];
  portal_languages?: string[];
}
