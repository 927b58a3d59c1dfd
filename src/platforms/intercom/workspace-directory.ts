/**
 * Workspace-wide lists both sides consult many times (teammates, teams, tags, data attributes, the
 * help center), each fetched once per run and kept in memory. Tags are found or created by name,
 * one request per name however many records carry it.
 */
import type { IcAdmin, IcConversationAttribute, IcDataAttribute, IcHelpCenter, IcMe, IcTag, IcTeam } from './api-types.js';
import type { IntercomClient } from './client.js';

export class WorkspaceDirectory {
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly tagIds = new Map<string, Promise<string>>();

  constructor(private readonly client: IntercomClient) {}

  me(): Promise<IcMe> {
    return this.once('me', () => this.client.get<IcMe>('/me'));
  }

  admins(): Promise<IcAdmin[]> {
    return this.once('admins', async () => (await this.client.get<{ admins: IcAdmin[] }>('/admins')).admins);
  }

  teams(): Promise<IcTeam[]> {
    return this.once('teams', async () => (await this.client.get<{ teams: IcTeam[] }>('/teams')).teams);
  }

  async adminByEmail(email: string): Promise<IcAdmin | undefined> {
    const wanted = email.trim().toLowerCase();
    return (await this.admins()).find((a) => a.email.toLowerCase() === wanted);
  }

  tags(): Promise<IcTag[]> {
    return this.once('tags', async () => (await this.client.get<{ data: IcTag[] }>('/tags')).data);
  }

  async tagNames(): Promise<Map<string, string>> {
    return new Map((await this.tags()).map((t) => [t.id, t.name]));
  }

  /** The id of the tag with this name (case-insensitive), created if the workspace has none. */
  tagId(name: string): Promise<string> {
    const key = name.trim().toLowerCase();
    let pending = this.tagIds.get(key);
    if (!pending) {
      pending = (async () => {
        const known = (await this.tags()).find((t) => t.name.toLowerCase() === key);
        if (known) return known.id;
        // POST /tags finds or creates by name: repeating it cannot make a second tag.
        return (await this.client.post<IcTag>('/tags', { name: name.trim() }, { idempotent: true })).id;
      })();
      pending.catch(() => this.tagIds.delete(key));
      this.tagIds.set(key, pending);
    }
    return pending;
  }

  dataAttributes(model: 'contact' | 'company'): Promise<IcDataAttribute[]> {
    return this.once(`data_attributes:${model}`, async () => (await this.client.get<{ data: IcDataAttribute[] }>('/data_attributes', { model })).data);
  }

  conversationAttributes(): Promise<IcConversationAttribute[]> {
    return this.once('conversation_attributes', async () => (await this.client.get<{ data: IcConversationAttribute[] }>('/conversations/attributes')).data);
  }

  defaultHelpCenter(): Promise<IcHelpCenter | undefined> {
    return this.once('help_center', async () => {
      const centers = (await this.client.get<{ data: IcHelpCenter[] }>('/help_center/help_centers')).data;
      return centers.find((c) => c.default) ?? centers[0];
    });
  }

  /** Forget a list after this run changed it (a data attribute created, …). */
  forget(key: 'data_attributes:contact' | 'data_attributes:company' | 'conversation_attributes'): void {
    this.cache.delete(key);
  }

  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let pending = this.cache.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = load();
      // A failed load is not cached: the next caller tries again.
      pending.catch(() => this.cache.delete(key));
      this.cache.set(key, pending);
    }
    return pending;
  }
}
