/**
 * What the per-mode Freshdesk tests share: reading a simulator's tickets by the source id the
 * connector stored in its source-id field, the writes a simulator received, and a fetch that records
 * every URL a connector asked for (the request log keeps no query strings).
 */
import type { FreshdeskSim, TicketRecord } from '../../sim/freshdesk/index.js';

export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The connector's default source-id field label (settings.ts: source_id_field). */
const SOURCE_ID_LABEL = 'Desk migrate source id';

/** The source id a ticket carries (`pending:<id>` while incomplete); undefined when it has none. */
export function sourceIdOf(sim: FreshdeskSim, ticket: TicketRecord): string | undefined {
  const field = [...sim.store.ticketFields.values()].find((f) => f.label === SOURCE_ID_LABEL);
  const value = field ? ticket.custom_fields[field.name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Every ticket the simulator holds, by source id; a source id held twice throws. */
export function ticketsBySourceId(sim: FreshdeskSim): Map<string, TicketRecord> {
  const out = new Map<string, TicketRecord>();
  for (const t of sim.store.tickets.values()) {
    const id = sourceIdOf(sim, t);
    if (id === undefined) continue;
    if (out.has(id)) throw new Error(`source id ${id} is held twice (Freshdesk #${out.get(id)?.id} and #${t.id})`);
    out.set(id, t);
  }
  return out;
}

/** `METHOD /path` of every write the simulator saw from `from` on in its log. */
export function writesSince(sim: FreshdeskSim, from = 0): string[] {
  return sim.server.log.slice(from).filter((r) => WRITE_METHODS.has(r.method)).map((r) => `${r.method} ${r.path.replace(/\/\d+(?=\/|$)/g, '/{id}')}`);
}

/** A fetch for Tuning.http.fetch that keeps each URL asked for. */
export function recordingFetch(): { fetch: typeof fetch; urls: URL[] } {
  const urls: URL[] = [];
  return {
    urls,
    fetch: (input, init) => {
      urls.push(new URL(input instanceof Request ? input.url : String(input)));
      return fetch(input, init);
    },
  };
}
