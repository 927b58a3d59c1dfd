/**
 * The Zendesk simulator: Support and Help Center APIs on 127.0.0.1, built on the common simulator
 * server (latency and fault injection, request log). See index.ts for the public surface.
 *
 * Request pipeline: attachment downloads (outside /api/v2) → Zendesk 503 fault → rate-limit bucket
 * (Support or Help Center, plus the incremental-export limit) → authentication → route.
 */
import { specRequestCheck } from '../../contract/request-checks.js';
import { assertValidRequests, startSimServer, type SimRequest, type SimResponse, type SimServer } from '../common/sim-server.js';
import { authenticate, unauthorized } from './auth.js';
import { resolveOptions, type RateLimitOptions, type ResolvedOptions, type SimContext, type ZendeskFaults, type ZendeskSimOptions } from './context.js';
import { registerCustomFields } from './custom-fields.js';
import { registerGroups } from './groups.js';
import { addBuiltInAccess, registerHelpCenterAccess } from './hc-access.js';
import { registerHelpCenterArticles } from './hc-articles.js';
import { registerHelpCenterAttachments, serveArticleAttachmentBytes } from './hc-attachments.js';
import { registerHelpCenterStructure } from './hc-structure.js';
import { registerHelpCenterTranslations } from './hc-translations.js';
import { invalidEndpoint, notFound } from './http.js';
import { registerIncremental } from './incremental.js';
import { completeAllJobs, registerJobStatuses, stopJobTimers } from './job-status.js';
import { registerOrganizationMemberships } from './organization-memberships.js';
import { registerOrganizations } from './organizations.js';
import { RateLimiter, rateLimitHeaders, ticketUpdateLimited, tooManyRequests } from './rate-limit.js';
import { Router, type RouteInfo } from './router.js';
import { seedAccount, type SeedResult, type ZendeskAccount } from './seed.js';
import { ZendeskStore } from './store.js';
import { registerTags } from './tags.js';
import { registerTicketFields, addSystemTicketFields } from './ticket-fields.js';
import { registerTicketImport } from './ticket-import.js';
import { registerTickets } from './tickets.js';
import { registerUploads, serveAttachmentBytes } from './uploads.js';
import { newUser, registerUsers } from './users.js';

export interface ZendeskSim {
  /** Base URL, e.g. http://127.0.0.1:41234 — the connector's `https://{subdomain}.zendesk.com`. */
  url: string;
  /** Everything the simulator holds; read it to compare what a connector wrote. */
  store: ZendeskStore;
  /** The common server: `log` of requests, `setFaults` for the generic faults. */
  server: SimServer;
  /** Every route served (method + OAS-style template + which API). */
  routes: RouteInfo[];
  options: ResolvedOptions;
  /** Adds an account's records (see seed.ts for the shapes); returns the ids created. */
  seed(account: ZendeskAccount): SeedResult;
  /** Sets generic faults and the Zendesk 503 fault together. */
  setFaults(faults: ZendeskFaults): void;
  /** Changes the request budgets (and resets the counters). */
  setRateLimit(options: RateLimitOptions): void;
  /** Completes every queued job now, without polls. */
  completeJobs(): void;
  /** `Authorization` header values the simulator accepts. */
  authHeader(kind?: 'api_token' | 'oauth'): string;
  close(): Promise<void>;
}

export async function startZendeskSim(options: ZendeskSimOptions = {}): Promise<ZendeskSim> {
  const resolved = resolveOptions(options);
  const now = options.clock ?? Date.now;
  const store = new ZendeskStore(now);
  const rateLimiter = new RateLimiter(options.rateLimit, now);
  let baseUrl = '';
  const context: SimContext = { store, options: resolved, rateLimiter, baseUrl: () => baseUrl, now };

  const router = new Router();
  // Order matters only where a literal segment and a {param} compete: modules add literals first.
  registerUsers(router);
  registerCustomFields(router);
  registerOrganizations(router);
  registerOrganizationMemberships(router);
  registerGroups(router);
  registerTicketFields(router);
  registerTickets(router);
  registerTicketImport(router);
  registerTags(router);
  registerUploads(router);
  registerJobStatuses(router);
  registerIncremental(router);
  registerHelpCenterAccess(router);
  registerHelpCenterStructure(router);
  registerHelpCenterAttachments(router);
  registerHelpCenterArticles(router);
  registerHelpCenterTranslations(router);

  // A new account: the admin the credentials belong to, system ticket fields, Guide built-ins.
  const admin = newUser(context, store.id(), 'Sim Admin');
  admin.email = resolved.email;
  admin.role = 'admin';
  admin.ticket_restriction = null;
  admin.restricted_agent = false;
  admin.verified = true;
  admin.identities.push({ id: store.id(), type: 'email', value: resolved.email, primary: true, verified: true, created_at: admin.created_at, updated_at: admin.created_at });
  store.users.set(admin.id, admin);
  store.currentUserId = admin.id;
  addSystemTicketFields(context);
  addBuiltInAccess(context);

  let unavailable = options.faults?.unavailable503;
  let counter = 0;

  async function handle(request: SimRequest): Promise<SimResponse> {
    if (!request.path.startsWith('/api/v2/')) {
      return serveAttachmentBytes(context, request.path) ?? serveArticleAttachmentBytes(context, request.path) ?? notFound();
    }
    counter += 1;
    if (unavailable && counter % unavailable.every < unavailable.length) {
      return {
        status: 503,
        headers: { 'retry-after': String(unavailable.retryAfterSeconds) },
        body: { error: 'ServiceUnavailable', description: 'Zendesk is temporarily unavailable (simulated maintenance)' },
      };
    }
    const api = Router.apiOf(request.path);
    const ticketing = api === 'support';
    const taken = rateLimiter.take(api);
    if (!taken.allowed) return tooManyRequests(taken.state, ticketing);
    if (request.path.startsWith('/api/v2/incremental/')) {
      const incremental = rateLimiter.take('incremental');
      if (!incremental.allowed) return tooManyRequests(incremental.state, ticketing);
    }
    const headers = rateLimitHeaders(taken.state, ticketing);
    const withHeaders = (response: SimResponse): SimResponse => ({ ...response, headers: { ...headers, ...(response.headers ?? {}) } });

    if (!authenticate(request.headers, resolved)) return withHeaders(unauthorized());
    const match = router.match(request.method, request.path);
    if (!match) return withHeaders(invalidEndpoint());
    const updated = request.method === 'PUT' ? /^\/api\/v2\/tickets\/(\d+)(?:\.json)?$/.exec(request.path) : null;
    if (updated) {
      const retryAfter = rateLimiter.takeTicketUpdate(Number(updated[1]));
      if (retryAfter !== undefined) return withHeaders(ticketUpdateLimited(retryAfter));
    }
    const response = await match.route.handler({ ...request, params: match.params, locale: match.locale }, context);
    return withHeaders(response);
  }

  const { unavailable503: _zendeskOnly, ...generic } = options.faults ?? {};
  const server = await startSimServer(handle, generic, options.port ?? 0);
  baseUrl = server.url;
  const checking = options.checkRequests ?? true;
  if (checking) server.checkRequests(specRequestCheck('zendesk'));

  return {
    url: server.url,
    store,
    server,
    routes: router.list(),
    options: resolved,
    seed: (account) => seedAccount(context, account),
    setFaults(faults) {
      const { unavailable503, ...rest } = faults;
      unavailable = unavailable503;
      counter = 0;
      server.setFaults(rest);
    },
    setRateLimit: (limits) => rateLimiter.configure(limits),
    completeJobs: () => completeAllJobs(context),
    authHeader(kind = 'api_token') {
      return kind === 'oauth'
        ? `Bearer ${resolved.oauthToken}`
        : `Basic ${Buffer.from(`${resolved.email}/token:${resolved.apiToken}`).toString('base64')}`;
    },
    async close() {
      stopJobTimers(context);
      await server.close();
      if (checking) assertValidRequests(server, 'Zendesk');
    },
  };
}
