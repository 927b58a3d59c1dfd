/**
 * All state of one simulated Zendesk account. Tests read it directly to compare what a connector
 * wrote; the route modules are the only writers besides `seed`.
 *
 * Ids come from one counter shared by every kind of record, so a connector that passes a user id where
 * an organization id belongs gets "not found" instead of silently hitting another record.
 */
import { randomBytes } from 'node:crypto';
import { IdCounter } from '../common/id-counter.js';
import { isoSeconds } from '../common/iso-seconds.js';
import type {
  HcArticle,
  HcArticleAttachment,
  HcCategory,
  HcNotification,
  HcPermissionGroup,
  HcSection,
  HcUserSegment,
  ZdAttachment,
  ZdCustomField,
  ZdGroup,
  ZdGroupMembership,
  ZdJob,
  ZdOrganization,
  ZdOrganizationMembership,
  ZdTicket,
  ZdTicketField,
  ZdUpload,
  ZdUser,
} from './types.js';

export interface HelpCenterState {
  locales: { enabled: string[]; default: string };
  categories: Map<number, HcCategory>;
  sections: Map<number, HcSection>;
  articles: Map<number, HcArticle>;
  articleAttachments: Map<number, HcArticleAttachment>;
  permissionGroups: Map<number, HcPermissionGroup>;
  userSegments: Map<number, HcUserSegment>;
  notifications: HcNotification[];
}

export class ZendeskStore {
  users = new Map<number, ZdUser>();
  userFields = new Map<number, ZdCustomField>();
  organizations = new Map<number, ZdOrganization>();
  organizationFields = new Map<number, ZdCustomField>();
  organizationMemberships = new Map<number, ZdOrganizationMembership>();
  groups = new Map<number, ZdGroup>();
  groupMemberships = new Map<number, ZdGroupMembership>();
  ticketFields = new Map<number, ZdTicketField>();
  tickets = new Map<number, ZdTicket>();
  /** Jobs in creation order; only the newest 100 are kept, as Zendesk does. */
  jobs = new Map<string, ZdJob>();
  uploads = new Map<string, ZdUpload>();
  /** Every ticket attachment (uploaded or seeded) by id. */
  attachments = new Map<number, ZdAttachment>();
  hc: HelpCenterState = {
    locales: { enabled: ['en-us'], default: 'en-us' },
    categories: new Map(),
    sections: new Map(),
    articles: new Map(),
    articleAttachments: new Map(),
    permissionGroups: new Map(),
    userSegments: new Map(),
    notifications: [],
  };
  /** Id of the authenticated user (the admin the API token or OAuth token belongs to). */
  currentUserId = 0;

  private readonly ids = new IdCounter(10_001);
  private readonly ticketIds = new IdCounter(1);

  constructor(readonly now: () => number) {}

  /** A fresh id for any record except tickets. */
  id(): number {
    return this.ids.next();
  }

  /** Ticket ids are small and sequential in Zendesk (ticket #1, #2, ...), separate from other ids. */
  ticketId(): number {
    return this.ticketIds.next();
  }

  /** Makes sure ids handed out later never collide with an id a seed chose. */
  reserveId(id: number, kind: 'ticket' | 'other' = 'other'): number {
    (kind === 'ticket' ? this.ticketIds : this.ids).reserve(id);
    return id;
  }

  token(): string {
    return randomBytes(12).toString('base64url');
  }

  /** Zendesk's timestamp format: ISO-8601 in UTC to the second. */
  iso(ms: number = this.now()): string {
    return isoSeconds(ms);
  }

  currentUser(): ZdUser {
    const user = this.users.get(this.currentUserId);
    if (!user) throw new Error('the simulator has no current user');
    return user;
  }

  userByEmail(email: string): ZdUser | undefined {
    const wanted = email.trim().toLowerCase();
    for (const user of this.users.values()) {
      if (user.email?.toLowerCase() === wanted) return user;
      if (user.identities.some((i) => i.type === 'email' && i.value.toLowerCase() === wanted)) return user;
    }
    return undefined;
  }

  /** External ids are matched case-insensitively ("ian1" finds "IAN1"), as Zendesk documents. */
  userByExternalId(externalId: string): ZdUser | undefined {
    const wanted = externalId.toLowerCase();
    for (const user of this.users.values()) if (user.external_id?.toLowerCase() === wanted) return user;
    return undefined;
  }

  organizationByExternalId(externalId: string): ZdOrganization | undefined {
    const wanted = externalId.toLowerCase();
    for (const org of this.organizations.values()) if (org.external_id?.toLowerCase() === wanted) return org;
    return undefined;
  }

  organizationByName(name: string): ZdOrganization | undefined {
    const wanted = name.trim().toLowerCase();
    for (const org of this.organizations.values()) if (org.name.toLowerCase() === wanted) return org;
    return undefined;
  }

  isAgent(userId: number | null | undefined): boolean {
    if (userId == null) return false;
    const role = this.users.get(userId)?.role;
    return role === 'agent' || role === 'admin';
  }

  /** Jobs are kept for an hour and only the newest 100 (support.zendesk.com community 4408867925914). */
  addJob(job: ZdJob): void {
    this.jobs.set(job.id, job);
    while (this.jobs.size > 100) {
      const oldest = this.jobs.keys().next().value;
      if (oldest === undefined) break;
      this.jobs.delete(oldest);
    }
  }
}
