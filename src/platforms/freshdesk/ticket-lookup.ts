/**
 * Finding tickets this connector wrote, by the source id it stored in its source-id field. The field
 * says `pending:<id>` while the ticket's notes are being written and `<id>` once the ticket is whole,
 * so that a ticket interrupted half-way is completed, never taken for done nor created twice.
 * Freshdesk cannot be searched by a custom text field reliably (search leaves out recent and archived
 * tickets), so the ticket list is read instead:
 * - after a lost answer, the tickets updated since just before the write (a page or two);
 * - when a checkpoint is lost or a restart recovers its writes, the whole list once per connection
 *   (one request per 100 tickets in the account); later writes of this connection are remembered.
 */
import type { FdTicket } from './api-types.js';
import type { FreshdeskClient } from './client.js';
import type { HelperFields } from './helper-fields.js';
import { listStep, type ListWindow } from './ticket-list.js';

export interface FoundTicket {
  id: number;
  /** False while the connector was still writing its notes. */
  complete: boolean;
}

const PENDING = 'pending:';

export function markerValue(sourceId: string, complete: boolean): string {
  return complete ? sourceId : `${PENDING}${sourceId}`;
}

export class TicketLookup {
  private readonly bySourceId = new Map<string, FoundTicket>();
  private scanned = false;

  constructor(
    private readonly client: FreshdeskClient,
    private readonly helpers: HelperFields,
  ) {}

  remember(sourceId: string, found: FoundTicket): void {
    this.bySourceId.set(sourceId, found);
  }

  known(sourceId: string): FoundTicket | undefined {
    return this.bySourceId.get(sourceId);
  }

  /** After a lost answer: the tickets updated since `sinceMs` (less some slack for clocks). */
  async recent(sourceId: string, sinceMs: number): Promise<FoundTicket | undefined> {
    await this.scan(new Date(sinceMs - this.client.tuning.lookupSlackMs).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    return this.known(sourceId);
  }

  /** Every ticket of the account carrying one of these source ids. */
  async find(sourceIds: readonly string[]): Promise<Map<string, FoundTicket>> {
    if (!this.scanned) {
      await this.scan('1970-01-01T00:00:00Z');
      this.scanned = true;
    }
    const found = new Map<string, FoundTicket>();
    for (const id of sourceIds) {
      const ticket = this.known(id);
      if (ticket) found.set(id, ticket);
    }
    return found;
  }

  private async scan(since: string): Promise<void> {
    const field = (await this.helpers.existing()).sourceId;
    if (!field) return; // no ticket was ever written with a source id
    let position: ListWindow | undefined = { window: since, page: 1, seenAtWindow: [] };
    while (position) {
      const step = await listStep(this.client, position, false);
      for (const ticket of step.fresh) this.index(ticket, field);
      position = step.next;
    }
  }

  private index(ticket: FdTicket, field: string): void {
    const value = ticket.custom_fields?.[field];
    if (typeof value !== 'string' || value === '') return;
    const complete = !value.startsWith(PENDING);
    this.bySourceId.set(complete ? value : value.slice(PENDING.length), { id: ticket.id, complete });
  }
}
