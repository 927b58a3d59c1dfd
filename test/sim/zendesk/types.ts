/**
 * Records as the Zendesk simulator stores them. Field names and value shapes follow Zendesk's JSON
 * (snake_case, ISO-8601 seconds `2024-01-02T03:04:05Z`, integer ids) so tests can compare what a
 * connector wrote with what it read field by field. Fields a response computes (url, html_url,
 * counts) are not stored; fields only the simulator needs are marked "internal".
 */

export type Role = 'end-user' | 'agent' | 'admin';

export interface ZdIdentity {
  id: number;
  type: 'email' | 'phone_number';
  value: string;
  primary: boolean;
  verified: boolean;
  created_at: string;
  updated_at: string;
}

export interface ZdUser {
  id: number;
  name: string;
  email: string | null;
  role: Role;
  external_id: string | null;
  organization_id: number | null;
  default_group_id: number | null;
  phone: string | null;
  locale: string;
  time_zone: string;
  tags: string[];
  user_fields: Record<string, unknown>;
  details: string;
  notes: string;
  alias: string;
  signature: string;
  verified: boolean;
  active: boolean;
  suspended: boolean;
  moderator: boolean;
  only_private_comments: boolean;
  restricted_agent: boolean;
  ticket_restriction: string | null;
  created_at: string;
  updated_at: string;
  /** Email and phone identities; the primary email identity mirrors `email`. */
  identities: ZdIdentity[];
}

export interface ZdOrganization {
  id: number;
  name: string;
  external_id: string | null;
  domain_names: string[];
  details: string | null;
  notes: string | null;
  group_id: number | null;
  shared_tickets: boolean;
  shared_comments: boolean;
  tags: string[];
  organization_fields: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

export interface ZdOrganizationMembership {
  id: number;
  user_id: number;
  organization_id: number;
  default: boolean;
  created_at: string;
  updated_at: string;
}

export interface ZdGroup {
  id: number;
  name: string;
  description: string;
  is_public: boolean;
  default: boolean;
  deleted: boolean;
  created_at: string;
  updated_at: string;
}

export interface ZdGroupMembership {
  id: number;
  user_id: number;
  group_id: number;
  default: boolean;
  created_at: string;
  updated_at: string;
}

export interface ZdFieldOption {
  id: number;
  name: string;
  value: string;
  position: number;
  default?: boolean;
}

/** Ticket field types Zendesk accepts on create; the system types exist only as built-ins. */
export const CUSTOM_TICKET_FIELD_TYPES = [
  'text',
  'textarea',
  'checkbox',
  'date',
  'integer',
  'decimal',
  'regexp',
  'partialcreditcard',
  'tagger',
  'multiselect',
  'lookup',
] as const;
export const SYSTEM_TICKET_FIELD_TYPES = ['subject', 'description', 'status', 'tickettype', 'priority', 'group', 'assignee'] as const;

export interface ZdTicketField {
  id: number;
  type: string;
  title: string;
  raw_title: string;
  description: string;
  raw_description: string;
  position: number;
  active: boolean;
  required: boolean;
  collapsed_for_agents: boolean;
  regexp_for_validation: string | null;
  title_in_portal: string;
  raw_title_in_portal: string;
  visible_in_portal: boolean;
  editable_in_portal: boolean;
  required_in_portal: boolean;
  tag: string | null;
  removable: boolean;
  agent_description: string | null;
  custom_field_options?: ZdFieldOption[];
  created_at: string;
  updated_at: string;
}

/** User and organization field definitions (`key` is what `user_fields`/`organization_fields` use). */
export interface ZdCustomField {
  id: number;
  key: string;
  type: string;
  title: string;
  raw_title: string;
  description: string;
  raw_description: string;
  position: number;
  active: boolean;
  system: boolean;
  regexp_for_validation: string | null;
  tag: string | null;
  custom_field_options?: ZdFieldOption[];
  created_at: string;
  updated_at: string;
}

export interface ZdAttachment {
  id: number;
  file_name: string;
  content_type: string;
  size: number;
  inline: boolean;
  /** Token in the content URL (`/attachments/token/{token}/?name=`). Internal. */
  download_token: string;
  /** The bytes. Internal. */
  bytes: Buffer;
  created_at: string;
}

export interface ZdVia {
  channel: string;
  source: { from: Record<string, unknown>; to: Record<string, unknown>; rel: string | null };
}

export interface ZdComment {
  id: number;
  type: 'Comment';
  author_id: number;
  body: string;
  html_body: string;
  plain_body: string;
  public: boolean;
  attachments: ZdAttachment[];
  audit_id: number;
  via: ZdVia;
  created_at: string;
  metadata: { system: Record<string, unknown>; custom: Record<string, unknown> };
}

export type TicketStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
export type TicketPriority = 'urgent' | 'high' | 'normal' | 'low';
export type TicketType = 'problem' | 'incident' | 'question' | 'task';

export interface ZdTicket {
  id: number;
  /** Follow-up tickets created from this closed one (`via_followup_source_id`). */
  followup_ids?: number[];
  external_id: string | null;
  via: ZdVia;
  created_at: string;
  updated_at: string;
  type: TicketType | null;
  subject: string | null;
  raw_subject: string | null;
  priority: TicketPriority | null;
  status: TicketStatus;
  recipient: string | null;
  requester_id: number;
  submitter_id: number;
  assignee_id: number | null;
  organization_id: number | null;
  group_id: number | null;
  collaborator_ids: number[];
  follower_ids: number[];
  email_cc_ids: number[];
  problem_id: number | null;
  due_at: string | null;
  tags: string[];
  /** Custom field values by field id, normalised (see custom-field-values.ts). */
  custom_field_values: Record<number, unknown>;
  brand_id: number;
  ticket_form_id: number | null;
  comments: ZdComment[];
  /** Unix seconds of the last change of any kind: what incremental exports filter on. */
  generated_timestamp: number;
  /** Set by the Ticket Import API; Zendesk does not return it on the ticket. Internal. */
  solved_at: string | null;
  /** True for tickets written by /imports/tickets. Internal. */
  imported: boolean;
  /** True when `archive_immediately=true` put a closed ticket straight into the archive. Internal. */
  archived: boolean;
}

export interface JobResultCreated {
  index: number;
  id: number;
}
export interface JobResultUpsert {
  index: number;
  id: number;
  status: 'Created' | 'Updated';
  email?: string | null;
  external_id?: string | null;
}
export interface JobResultFailed {
  index: number;
  error: string;
  details: string;
  success: false;
}
/** Failed, as field reports show it: a numeric id (of no record written) and `status: "Failed"`. */
export interface JobResultFailedWithId {
  index: number;
  id: number;
  error: string;
  details: string;
  status: 'Failed';
}
/** Failed with only `error` and `details`. */
export interface JobResultErrorOnly {
  index: number;
  error: string;
  details: string;
}
export type JobResult = JobResultCreated | JobResultUpsert | JobResultFailed | JobResultFailedWithId | JobResultErrorOnly;

export interface ZdJob {
  id: string;
  job_type: string;
  status: 'queued' | 'working' | 'completed' | 'failed';
  total: number;
  progress: number | null;
  message: string | null;
  results: JobResult[] | null;
  /** Internal: when it was queued (clock ms), how often it was polled, and the work to run. */
  created_ms: number;
  polls: number;
  run: (() => JobResult[]) | null;
}

export interface ZdUpload {
  token: string;
  attachments: ZdAttachment[];
  created_ms: number;
  expires_ms: number;
  /** Set once a comment consumed the token; a consumed token cannot be used again. */
  consumed_by_comment: number | null;
}

/* ---------------------------------- Help Center ---------------------------------- */

export type HcSourceType = 'Article' | 'Section' | 'Category';

export interface HcTranslation {
  id: number;
  source_id: number;
  source_type: HcSourceType;
  locale: string;
  title: string;
  body: string | null;
  draft: boolean;
  outdated: boolean;
  hidden: boolean;
  created_at: string;
  updated_at: string;
  created_by_id: number;
  updated_by_id: number;
}

export interface HcCategory {
  id: number;
  position: number;
  source_locale: string;
  outdated: boolean;
  created_at: string;
  updated_at: string;
  /** Name/description per locale; the source-locale one is the category's own. */
  translations: HcTranslation[];
}

export interface HcSection {
  id: number;
  category_id: number;
  parent_section_id: number | null;
  position: number;
  sorting: 'manual' | 'created_at' | 'updated_at' | 'title';
  source_locale: string;
  outdated: boolean;
  theme_template: string;
  created_at: string;
  updated_at: string;
  translations: HcTranslation[];
}

export interface HcArticle {
  id: number;
  section_id: number;
  author_id: number;
  permission_group_id: number;
  user_segment_id: number | null;
  user_segment_ids: number[];
  comments_disabled: boolean;
  promoted: boolean;
  position: number;
  label_names: string[];
  content_tag_ids: string[];
  vote_sum: number;
  vote_count: number;
  source_locale: string;
  created_at: string;
  updated_at: string;
  edited_at: string;
  translations: HcTranslation[];
}

export interface HcArticleAttachment {
  id: number;
  /** Null until associated (unassociated uploads for bulk_attachments). */
  article_id: number | null;
  file_name: string;
  content_type: string;
  size: number;
  inline: boolean;
  locale: string | null;
  download_token: string;
  bytes: Buffer;
  created_at: string;
  updated_at: string;
}

export interface HcPermissionGroup {
  id: number;
  name: string;
  built_in: boolean;
  edit: number[];
  publish: number[];
  created_at: string;
  updated_at: string;
}

export interface HcUserSegment {
  id: number;
  name: string;
  user_type: 'signed_in_users' | 'staff';
  group_ids: number[];
  organization_ids: number[];
  tags: string[];
  or_tags: string[];
  added_user_ids: number[];
  built_in: boolean;
  created_at: string;
  updated_at: string;
}

/** Every article create/translation that would have emailed subscribers (notify_subscribers not false). */
export interface HcNotification {
  article_id: number;
  at: string;
}
