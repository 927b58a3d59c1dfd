/**
 * What the simulator stores: one record type per Intercom object, holding every field the API can
 * return or the tests may want to inspect. Timestamps are Unix seconds, as on the wire. Rendering to
 * the 2.16 response shapes happens in the resource modules.
 */

export interface AppRecord {
  id_code: string;
  name: string;
  region: 'US' | 'EU' | 'AU';
  timezone: string;
  created_at: number;
}

export interface AdminRecord {
  id: string;
  name: string;
  email: string;
  job_title: string | null;
  away_mode_enabled: boolean;
  away_mode_reassign: boolean;
  has_inbox_seat: boolean;
  team_ids: number[];
  avatar: string | null;
}

export interface TeamRecord {
  id: string;
  name: string;
  admin_ids: number[];
}

export interface TagRecord {
  id: string;
  name: string;
  created_at: number;
}

/** A tag applied to something, with who and when (only tagging responses show these). */
export interface AppliedTag {
  tag_id: string;
  applied_at: number;
  applied_by: { type: 'admin' | 'contact'; id: string } | null;
}

export type DataAttributeType = 'string' | 'integer' | 'float' | 'boolean' | 'date';

export interface DataAttributeRecord {
  id: number;
  model: 'contact' | 'company';
  name: string;
  full_name: string;
  label: string;
  description: string;
  data_type: DataAttributeType;
  options: string[];
  api_writable: boolean;
  messenger_writable: boolean;
  ui_writable: boolean;
  custom: boolean;
  archived: boolean;
  created_at: number;
  updated_at: number;
  admin_id: string | null;
}

export type ConversationAttributeType = 'string' | 'integer' | 'list' | 'decimal' | 'boolean' | 'datetime' | 'relationship' | 'files';

export interface ConversationAttributeRecord {
  id: number;
  name: string;
  description: string;
  data_type: ConversationAttributeType;
  required: boolean;
  multiline: boolean;
  options: Array<{ id: string; label: string; archived: boolean }>;
  visible_to_team_ids: string[];
  archived: boolean;
  created_at: number;
  updated_at: number;
  admin_id: string | null;
}

export type CustomValue = string | number | boolean | null;

export interface CompanyRecord {
  id: string;
  company_id: string;
  name: string;
  plan: string | null;
  size: number | null;
  website: string | null;
  industry: string | null;
  monthly_spend: number;
  remote_created_at: number | null;
  created_at: number;
  updated_at: number;
  last_request_at: number | null;
  session_count: number;
  custom_attributes: Record<string, CustomValue>;
  tags: AppliedTag[];
}

export interface ContactRecord {
  id: string;
  role: 'user' | 'lead';
  external_id: string | null;
  email: string | null;
  phone: string | null;
  name: string | null;
  avatar: string | null;
  owner_id: string | null;
  unsubscribed_from_emails: boolean;
  created_at: number;
  updated_at: number;
  signed_up_at: number | null;
  last_seen_at: number | null;
  last_replied_at: number | null;
  last_contacted_at: number | null;
  language_override: string | null;
  custom_attributes: Record<string, CustomValue>;
  tags: AppliedTag[];
  /** Intercom company ids, in the order attached. */
  company_ids: string[];
  archived: boolean;
  /** Set once merged: the contact it was merged into (GET then answers 410 Gone). */
  merged_into: string | null;
}

export interface AttachmentRecord {
  type: 'upload';
  name: string;
  url: string;
  content_type: string;
  filesize: number;
  width: number | null;
  height: number | null;
  /** How it reached the simulator: `url` = recorded as given, `file` = bytes stored and served by the sim. */
  origin: 'url' | 'file' | 'seed';
  /** For `file`/`seed` attachments: the key under `store.files`. */
  file_id: string | null;
}

export interface AuthorRef {
  type: 'admin' | 'user' | 'lead' | 'bot' | 'team';
  id: string;
}

export interface PartRecord {
  id: string;
  /** comment, note, quick_reply, close, open, assignment, snoozed, ticket_state_updated_by_admin, … */
  part_type: string;
  body: string | null;
  created_at: number;
  updated_at: number;
  notified_at: number;
  author: AuthorRef;
  assigned_to: { type: 'admin' | 'team' | 'nobody_admin'; id: string } | null;
  attachments: AttachmentRecord[];
  external_id: string | null;
  redacted: boolean;
  /** Conversation state after this part. */
  state: 'open' | 'closed' | 'snoozed';
  /** Ticket parts: the state categories around a state change. */
  previous_ticket_state: TicketStateCategory | null;
  ticket_state: TicketStateCategory | null;
  /** What the request asked for: kept so tests can check that no customer was notified. */
  skip_notifications: boolean;
  /** Whether the request sent its own `created_at` and it was honoured. */
  created_at_from_request: boolean;
}

export interface ConversationSource {
  type: string;
  id: string;
  delivered_as: 'customer_initiated' | 'admin_initiated' | 'automated';
  subject: string;
  body: string;
  author: AuthorRef;
  attachments: AttachmentRecord[];
  url: string | null;
  redacted: boolean;
}

export interface ConversationRecord {
  id: string;
  title: string | null;
  created_at: number;
  updated_at: number;
  waiting_since: number | null;
  snoozed_until: number | null;
  open: boolean;
  state: 'open' | 'closed' | 'snoozed';
  read: boolean;
  priority: 'none' | 'low' | 'medium' | 'high' | 'urgent';
  /** '0' = unassigned, as 2.16 reports it. */
  admin_assignee_id: string;
  team_assignee_id: string;
  company_id: string | null;
  contact_ids: string[];
  tags: AppliedTag[];
  source: ConversationSource;
  parts: PartRecord[];
  custom_attributes: Record<string, CustomValue>;
  /** The message id `POST /conversations` answered with. */
  message_id: string;
}

export type TicketCategory = 'Customer' | 'Back-office' | 'Tracker';
export type TicketStateCategory = 'submitted' | 'in_progress' | 'waiting_on_customer' | 'resolved';

export interface TicketStateRecord {
  id: string;
  category: TicketStateCategory;
  internal_label: string;
  external_label: string;
  archived: boolean;
}

export type TicketAttributeType = 'string' | 'list' | 'integer' | 'decimal' | 'boolean' | 'datetime' | 'files';

export interface TicketTypeAttributeRecord {
  id: string;
  name: string;
  description: string;
  data_type: TicketAttributeType;
  /** For lists: the items with their ids (tickets take the id, not the label). */
  list_items: Array<{ id: string; label: string; archived: boolean }>;
  multiline: boolean;
  allow_multiple_values: boolean;
  order: number;
  required_to_create: boolean;
  required_to_create_for_contacts: boolean;
  visible_on_create: boolean;
  visible_to_contacts: boolean;
  default: boolean;
  archived: boolean;
  created_at: number;
  updated_at: number;
}

export interface TicketTypeRecord {
  id: string;
  name: string;
  description: string;
  icon: string;
  category: TicketCategory;
  is_internal: boolean;
  archived: boolean;
  created_at: number;
  updated_at: number;
  attributes: TicketTypeAttributeRecord[];
  state_ids: string[];
}

export type TicketAttributeValue = string | number | boolean | null | string[];

export interface TicketRecord {
  id: string;
  /** The Inbox number, assigned by Intercom. */
  ticket_id: string;
  ticket_type_id: string;
  contact_ids: string[];
  admin_assignee_id: string;
  team_assignee_id: string;
  created_at: number;
  updated_at: number;
  open: boolean;
  snoozed_until: number | null;
  is_shared: boolean;
  state_id: string;
  previous_state_id: string | null;
  company_id: string | null;
  /** Keyed by attribute name (`_default_title_`, `_default_description_`, custom names). */
  ticket_attributes: Record<string, TicketAttributeValue>;
  parts: PartRecord[];
  tags: AppliedTag[];
  linked_conversation_ids: string[];
  skip_notifications: boolean;
}

export interface HelpCenterRecord {
  id: string;
  identifier: string;
  display_name: string;
  url: string;
  custom_domain: string | null;
  default: boolean;
  website_turned_on: boolean;
  /** The first is the default locale. More than one = multilingual: only then does Intercom return `translated_content`. */
  locales: string[];
  created_at: number;
  updated_at: number;
}

export interface GroupContent {
  name: string;
  description: string;
}

export interface CollectionRecord {
  id: string;
  name: string;
  description: string | null;
  icon: string | null;
  order: number;
  default_locale: string;
  /** Other locales only; the default locale lives in name/description. */
  translations: Record<string, GroupContent>;
  parent_id: string | null;
  help_center_id: string;
  created_at: number;
  updated_at: number;
}

export interface ArticleContent {
  title: string;
  description: string;
  body: string;
  author_id: number;
  state: 'published' | 'draft';
  created_at: number;
  updated_at: number;
}

export interface ArticleRecord {
  id: string;
  title: string;
  description: string | null;
  body: string;
  author_id: number;
  state: 'published' | 'draft';
  /** The collection it sits in, or null for an article outside any collection. */
  parent_id: string | null;
  default_locale: string;
  /** Other locales only. */
  translations: Record<string, ArticleContent>;
  tags: AppliedTag[];
  created_at: number;
  updated_at: number;
}

export interface StoredFile {
  id: string;
  name: string;
  content_type: string;
  data: Buffer;
}

/** Something that would have reached a customer (an email, a push) had this been the real service. */
export interface NotificationRecord {
  kind: 'conversation_reply' | 'ticket_created' | 'ticket_reply' | 'ticket_updated' | 'message';
  target_id: string;
  at: number;
}
