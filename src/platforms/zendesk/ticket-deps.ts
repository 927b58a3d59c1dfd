/** What writing a ticket needs from the target: the client and the per-run directories and caches. */
import type { AgentDirectory } from './agent-directory.js';
import type { ZendeskClient } from './client.js';
import type { CustomValueWriter } from './custom-values.js';
import type { TicketLookup } from './ticket-lookup.js';
import type { Uploader } from './uploads.js';

export interface TicketDeps {
  client: ZendeskClient;
  uploader: Uploader;
  customValues: CustomValueWriter;
  agents: AgentDirectory;
  lookup: TicketLookup;
}
