/**
 * The Freshdesk simulator: API v2 on 127.0.0.1, built on the common simulator server (latency and
 * fault injection, request log). See index.ts for the public surface and README.md for behaviour.
 *
 * Request pipeline: attachment bytes (outside /api/v2, no auth) → rate limit (invalid requests count
 * too) → authentication → route → rate-limit headers on the answer.
 */
import { startSimServer, type SimRequest, type SimResponse, type SimServer } from '../common/sim-server.js';
import { newAgent, registerAgents } from './agents.js';
import { serveAttachmentBytes } from './attachments.js';
import { authenticate, basicAuthHeader, unauthorized } from './auth.js';
import { registerCompanies } from './companies.js';
import { registerContacts } from './contacts.js';
import type { SimContext } from './context.js';
import { addDefaultCustomerFields, registerCustomerFields } from './customer-fields.js';
import { registerConversations } from './conversations.js';
import { registerGroups } from './groups.js';
import { notFound, simpleError, ValidationFailure, validationError } from './http.js';
import { resolveOptions, type FreshdeskSimOptions, type RateLimitOptions, type ResolvedOptions } from './options.js';
import { RateLimiter, tooManyRequests } from './rate-limit.js';
import { readWriteInput } from './request-input.js';
import { Router, type RouteInfo } from './router.js';
import { seedAccount, type FreshdeskAccount, type SeedResult } from './seed.js';
import { registerSettings } from './settings.js';
import { registerSolutionTranslations } from './solution-translations.js';
import { registerSolutions } from './solutions.js';
import { FreshdeskStore } from './store.js';
import { addDefaultTicketFields, registerTicketFields } from './ticket-fields.js';
import { registerTicketWrites } from './ticket-write.js';
import { registerTicketReads } from './tickets.js';
import type { FaultOptions } from '../common/sim-server.js';

export interface FreshdeskSim {
  /** Base URL, e.g. http://127.0.0.1:41234 — the connector's `https://{domain}.freshdesk.com`. */
  url: string;
  store: FreshdeskStore;
  server: SimServer;
  /** Every route served: method and the spec's path template. */
  routes: RouteInfo[];
  options: ResolvedOptions;
  seed(account: FreshdeskAccount): SeedResult;
  setFaults(faults: FaultOptions): void;
  /** Changes budgets (and resets the counters). */
  setRateLimit(limits: RateLimitOptions): void;
  /**
   * Every POST/PUT body the simulator received on a route, as parsed (multipart files become
   * `attachments: ['<binary>', ...]`): validate a connector's requests against the spec with
   * `requestContractErrors` (request-contract.ts).
   */
  writes: RecordedWrite[];
  /** `Authorization` header value for the simulator's API key. */
  authHeader(): string;
  close(): Promise<void>;
}

export interface RecordedWrite {
  method: 'POST' | 'PUT';
  /** The spec's path template, e.g. `/api/v2/tickets/{id}/notes`. */
  template: string;
  body: Record<string, unknown>;
  multipart: boolean;
  /** The simulator's answer. */
  status: number;
}

export const API_VERSION_HEADER = 'latest=v2; requested=v2';

export async function startFreshdeskSim(options: FreshdeskSimOptions = {}): Promise<FreshdeskSim> {
  const resolved = resolveOptions(options);
  const now = options.clock ?? Date.now;
  const store = new FreshdeskStore();
  const rateLimiter = new RateLimiter(resolved.plan, options.rateLimit, now);
  let baseUrl = '';
  const writes: RecordedWrite[] = [];
  const context: SimContext = { store, options: resolved, now, baseUrl: () => baseUrl };

  const router = new Router();
  registerContacts(router);
  registerCompanies(router);
  registerAgents(router);
  registerGroups(router);
  registerTicketFields(router);
  registerCustomerFields(router);
  registerTicketReads(router);
  registerTicketWrites(router);
  registerConversations(router);
  registerSettings(router);
  registerSolutions(router);
  registerSolutionTranslations(router);

  // A new account: the agent the API key belongs to, the default ticket fields and statuses.
  const admin = newAgent(store.id(), 'Sim Admin', 'admin@sim.freshdesk.com', now());
  store.agents.set(admin.id, admin);
  store.currentAgentId = admin.id;
  addDefaultTicketFields(context);
  addDefaultCustomerFields(context);

  async function handle(request: SimRequest): Promise<SimResponse> {
    if (!request.path.startsWith('/api/v2/')) return serveAttachmentBytes(context, request.path) ?? notFound();
    const charge = rateLimiter.charge(request.method, request.path, request.query);
    if (!charge.allowed) return tooManyRequests(charge.headers);
    const withHeaders = (response: SimResponse): SimResponse => ({
      ...response,
      headers: { ...charge.headers, 'x-freshdesk-api-version': API_VERSION_HEADER, ...(response.headers ?? {}) },
    });
    if (!authenticate(request.headers, resolved.apiKey)) return withHeaders(unauthorized());
    const match = router.match(request.method, request.path);
    if (!match) {
      return withHeaders(router.hasPath(request.path) ? simpleError(405, 'method_not_allowed', `${request.method} method is not allowed`) : notFound());
    }
    let response: SimResponse;
    try {
      response = await match.route.handler({ ...request, params: match.params }, context);
    } catch (error) {
      if (!(error instanceof ValidationFailure)) throw error;
      response = validationError(error.errors, error.status);
    }
    if (request.method === 'POST' || request.method === 'PUT') await recordWrite(request.method, match.route.template, request, response.status);
    return withHeaders(response);
  }

  async function recordWrite(method: 'POST' | 'PUT', template: string, request: SimRequest, status: number): Promise<void> {
    const input = await readWriteInput(request);
    if (input === 'invalid_body') return;
    const body = input.files.length > 0 ? { ...input.fields, attachments: input.files.map(() => '<binary>') } : input.fields;
    writes.push({ method, template, body, multipart: input.multipart, status });
  }

  const server = await startSimServer(handle, options.faults ?? {}, options.port ?? 0);
  baseUrl = server.url;
  return {
    url: server.url,
    store,
    server,
    routes: router.list(),
    writes,
    options: resolved,
    seed: (account) => seedAccount(context, account),
    setFaults: (faults) => server.setFaults(faults),
    setRateLimit: (limits) => rateLimiter.configure(limits),
    authHeader: () => basicAuthHeader(resolved.apiKey),
    close: () => server.close(),
  };
}
