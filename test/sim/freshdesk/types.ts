/**
 * The records the Freshdesk simulator holds. Timestamps are epoch milliseconds in the store and
 * rendered as ISO 8601 without milliseconds (`2015-08-24T11:56:51Z`), as Freshdesk shows them.
 */
export interface AttachmentRecord {
  id: number;
  name: string;
  content_type: string;
  size: number;
  bytes: Buffer;
  created_at: number;
}

/** Conversation `source` codes (research §2.3). */
export const CONVERSATION_SOURCE = { reply: 0, note: 2, tweet: 5, survey: 6, facebook: 7, forwarded: 8, phone: 9, ecommerce: 11 } as const;

export interface ConversationRecord {
  id: number;
  ticket_id: number;
  body: string;
  body_text: string;
  incoming: boolean;
  private: boolean;
  source: number;
  user_id: number;
  support_email: string | null;
  from_email: string | null;
  to_emails: string[] | null;
  cc_emails: string[];
  bcc_emails: string[];
  attachments: AttachmentRecord[];
  created_at: number;
  updated_at: number;
}

export interface TicketRecord {
  id: number;
  subject: string;
  description: string;
  status: number;
  priority: number;
  source: number;
  type: string | null;
  requester_id: number;
  responder_id: number | null;
  group_id: number | null;
  company_id: number | null;
  product_id: number | null;
  cc_emails: string[];
  tags: string[];
  custom_fields: Record<string, unknown>;
  attachments: AttachmentRecord[];
  conversations: ConversationRecord[];
  spam: boolean;
  deleted: boolean;
  /** Archived regardless of age (seeded so); otherwise archiving follows status and age. */
  archived: boolean;
  due_by: number | null;
  fr_due_by: number | null;
  resolved_at: number | null;
  closed_at: number | null;
  first_responded_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface ContactRecord {
  id: number;
  name: string;
  email: string | null;
  other_emails: string[];
  phone: string | null;
  mobile: string | null;
  twitter_id: string | null;
  unique_external_id: string | null;
  company_id: number | null;
  view_all_tickets: boolean;
  description: string | null;
  job_title: string | null;
  address: string | null;
  language: string;
  time_zone: string | null;
  tags: string[];
  custom_fields: Record<string, unknown>;
  active: boolean;
  deleted: boolean;
  blocked: boolean;
  created_at: number;
  updated_at: number;
}

export interface AgentRecord {
  /** Agent ids are user ids: the same number is a ticket's responder_id and a note's user_id. */
  id: number;
  name: string;
  email: string;
  ticket_scope: 1 | 2 | 3;
  occasional: boolean;
  available: boolean;
  agent_type: number;
  signature: string | null;
  group_ids: number[];
  role_ids: number[];
  skill_ids: number[];
  language: string;
  time_zone: string | null;
  created_at: number;
  updated_at: number;
}

export interface CompanyRecord {
  id: number;
  name: string;
  description: string | null;
  note: string | null;
  domains: string[];
  health_score: string | null;
  account_tier: string | null;
  renewal_date: string | null;
  industry: string | null;
  custom_fields: Record<string, unknown>;
  created_at: number;
  updated_at: number;
}

export interface GroupRecord {
  id: number;
  name: string;
  description: string | null;
  escalate_to: number | null;
  unassigned_for: string | null;
  agent_ids: number[];
  auto_ticket_assign: boolean;
  created_at: number;
  updated_at: number;
}

export type CustomFieldType = 'custom_text' | 'custom_paragraph' | 'custom_checkbox' | 'custom_number' | 'custom_decimal' | 'custom_date' | 'custom_dropdown';

export interface TicketFieldRecord {
  id: number;
  /** `subject`, `status`, ... for default fields; `cf_<label>_<account>` for custom ones. */
  name: string;
  label: string;
  label_for_customers: string;
  description: string | null;
  type: string;
  default: boolean;
  position: number;
  required_for_closure: boolean;
  required_for_agents: boolean;
  required_for_customers: boolean;
  customers_can_edit: boolean;
  displayed_to_customers: boolean;
  /** Dropdown choices (custom_dropdown) or ticket types (default_ticket_type). */
  choices: { id: number; value: string; position: number }[];
  created_at: number;
  updated_at: number;
}

export interface TranslationFields {
  [key: string]: unknown;
  created_at: number;
  updated_at: number;
}

export interface CategoryRecord {
  id: number;
  name: string;
  description: string | null;
  visible_in_portals: number[];
  translations: Map<string, { name: string; description: string | null; created_at: number; updated_at: number }>;
  created_at: number;
  updated_at: number;
}

export interface FolderRecord {
  id: number;
  name: string;
  description: string | null;
  visibility: number;
  category_id: number;
  parent_folder_id: number | null;
  company_ids: number[];
  contact_segment_ids: number[];
  company_segment_ids: number[];
  translations: Map<string, { name: string; description: string | null; created_at: number; updated_at: number }>;
  created_at: number;
  updated_at: number;
}

export interface SeoData {
  meta_title?: string;
  meta_description?: string;
  meta_keywords?: string | string[];
}

export interface ArticleContent {
  title: string;
  description: string;
  status: 1 | 2;
  tags: string[];
  seo_data: SeoData;
  agent_id: number;
  created_at: number;
  updated_at: number;
}

export interface ArticleRecord extends ArticleContent {
  id: number;
  type: 1 | 2;
  folder_id: number;
  thumbs_up: number;
  thumbs_down: number;
  hits: number;
  translations: Map<string, ArticleContent>;
}

/** An email Freshdesk would have sent: replies to the requester, note `notify_emails`. */
export interface SentEmail {
  ticket_id: number;
  conversation_id: number;
  to: string[];
  kind: 'reply' | 'note_notification';
}
