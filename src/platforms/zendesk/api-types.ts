/**
 * The parts of Zendesk's JSON the connector reads (Support OAS and Help Center docs). Only the
 * members used are declared; everything else in a response is ignored.
 */

export interface ZdUser {
  id: number;
  name: string;
  email: string | null;
  role: 'end-user' | 'agent' | 'admin';
  external_id: string | null;
  organization_id: number | null;
  phone: string | null;
  locale?: string;
  tags?: string[];
  user_fields?: Record<string, unknown>;
  active?: boolean;
  suspended?: boolean;
  created_at: string;
  updated_at: string;
}

export interface ZdOrganization {
  id: number;
  name: string;
  external_id: string | null;
  domain_names?: string[];
  details?: string | null;
  notes?: string | null;
  tags?: string[];
  organization_fields?: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

export interface ZdGroup {
  id: number;
  name: string;
  description?: string;
  deleted?: boolean;
}

export interface ZdGroupMembership {
  id: number;
  user_id: number;
  group_id: number;
}

export interface ZdFieldOption {
  id?: number;
  name: string;
  value: string;
}

/** A ticket field, or a user/organization field (those have a `key`). */
export interface ZdFieldDefinition {
  id: number;
  type: string;
  title: string;
  key?: string;
  description?: string;
  active?: boolean;
  /** False for Zendesk's built-in ticket fields (subject, status, …), which are not custom fields. */
  removable?: boolean;
  tag?: string | null;
  custom_field_options?: ZdFieldOption[];
}

export interface ZdVia {
  channel?: string;
}

export interface ZdAttachment {
  id: number;
  file_name: string;
  content_url: string;
  content_type: string;
  size?: number;
  inline?: boolean;
}

export interface ZdComment {
  id: number;
  author_id: number;
  body?: string;
  html_body?: string;
  public: boolean;
  created_at: string;
  attachments?: ZdAttachment[];
}

export interface ZdTicket {
  id: number;
  external_id: string | null;
  via?: ZdVia;
  created_at: string;
  updated_at: string;
  type: string | null;
  subject: string | null;
  priority: string | null;
  status: string;
  requester_id: number;
  assignee_id: number | null;
  organization_id: number | null;
  group_id: number | null;
  tags?: string[];
  custom_fields?: { id: number; value: unknown }[];
}

export interface ZdJobResult {
  index?: number;
  id?: number;
  status?: string;
  error?: string;
  details?: string;
  success?: boolean;
}

export interface ZdJobStatus {
  id: string;
  job_type?: string;
  status: 'queued' | 'working' | 'completed' | 'failed' | 'killed';
  total?: number;
  /** Items done so far; null until the job starts. */
  progress?: number | null;
  message?: string | null;
  results?: ZdJobResult[] | null;
}

export interface ZdUpload {
  token: string;
}

export interface HcTranslation {
  id: number;
  locale: string;
  title: string;
  body: string | null;
  draft?: boolean;
}

export interface HcCategory {
  id: number;
  name: string;
  description?: string;
  locale: string;
  source_locale: string;
  position?: number;
  translations?: HcTranslation[];
}

export interface HcSection extends HcCategory {
  category_id: number;
  parent_section_id?: number | null;
}

export interface HcArticle {
  id: number;
  section_id: number;
  title: string;
  body: string | null;
  locale: string;
  source_locale: string;
  draft: boolean;
  author_id?: number;
  position?: number;
  label_names?: string[];
  created_at: string;
  updated_at: string;
  translations?: HcTranslation[];
}

export interface HcArticleAttachment {
  id: number;
  file_name: string;
  content_url: string;
  content_type: string;
  size?: number;
  inline?: boolean;
}
