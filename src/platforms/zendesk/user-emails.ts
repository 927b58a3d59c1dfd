/**
 * Which Zendesk user holds an email, for the shared-email rule (see write-users.ts). Asking the user
 * search once per contact doubled the cost of writing contacts: one search beside each upsert. A
 * migration's target usually holds few users, so the account's users are read once instead, from the
 * incremental export (1,000 a request, on its own budget), when there are at most
 * `tuning.emailScanMaxUsers` of them; a larger account is searched email by email, as before.
 * Either way what was just created may be missing (the search index and the export both lag behind
 * writes by about a minute): users this run writes are known from its own answers (the writer's
 * holders), and another integration creating the same person during the minute is out of reach of both.
 */
import type { ZdUser } from './api-types.js';
import type { ZendeskClient } from './client.js';
import { cursorExport, type CursorExportPage } from './incremental.js';
import { emailKey } from './shared-email.js';

const EXPORT_PAGE = 1000;

export class UserEmails {
  /** Every user by email, or undefined when the account is too large to read whole. */
  private index: Promise<Map<string, ZdUser> | undefined> | undefined;

  constructor(private readonly client: ZendeskClient) {}

  async holder(key: string): Promise<ZdUser | undefined> {
    const index = await this.indexed();
    if (index) return index.get(key);
    const body = await this.client.support.get<{ users?: ZdUser[] }>('/api/v2/users/search', { query: `email:${key}` });
    return body.users?.find((u) => emailKey(u.email ?? undefined) === key);
  }

  private indexed(): Promise<Map<string, ZdUser> | undefined> {
    this.index ??= this.readAll();
    // A failed read is tried again by the next lookup rather than remembered.
    this.index.catch(() => (this.index = undefined));
    return this.index;
  }

  private async readAll(): Promise<Map<string, ZdUser> | undefined> {
    const limit = this.client.tuning.emailScanMaxUsers;
    if (limit <= 0) return undefined;
    const counted = await this.client.support.get<{ count?: { value?: number } }>('/api/v2/users/count');
    if ((counted.count?.value ?? Infinity) > limit) return undefined;
    const index = new Map<string, ZdUser>();
    let position: { cursor: string } | { startTime: number } = { startTime: 0 };
    for (;;) {
      const page: CursorExportPage<ZdUser> = await cursorExport<ZdUser>(this.client, 'users', position, EXPORT_PAGE);
      for (const user of page.items) {
        const key = emailKey(user.email ?? undefined);
        if (key) index.set(key, user);
      }
      if (page.endOfStream || !page.afterCursor) return index;
      position = { cursor: page.afterCursor };
    }
  }
}
