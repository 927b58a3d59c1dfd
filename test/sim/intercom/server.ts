/**
 * The Intercom 2.16 simulator: `startIntercomSim()` serves the API on 127.0.0.1 over the shared sim
 * server (latency and fault injection), in this order per request:
 *   1. `GET /_files/{id}/{name}`: attachment bytes, no auth (like Intercom's signed attachment URLs);
 *   2. bearer token (401 `unauthorized` "Access Token Invalid", without rate-limit headers);
 *   3. `Intercom-Version` (400 `intercom_version_invalid` for a version that does not exist);
 *   4. the rate limits, the app's (per token) then the workspace's (429 `rate_limit_exceeded`;
 *      `X-RateLimit-*` headers of the app's budget on every authenticated answer);
 *   5. the route, whose errors come back as Intercom's `error.list`.
 * The base URL is whatever the client chooses for its region: the simulator serves every region alike.
 */
import type { FaultOptions, SimRequest, SimResponse, SimServer } from '../common/sim-server.js';
import { assertValidRequests, startSimServer } from '../common/sim-server.js';
import { specRequestCheck } from '../../contract/request-checks.js';
import { registerAdminRoutes } from './admins.js';
import { checkToken, checkVersion } from './auth.js';
import { registerCompanyRoutes } from './companies.js';
import { registerContactRoutes } from './contacts.js';
import { registerConversationRoutes } from './conversations.js';
import { installStandardAttributes, registerDataAttributeRoutes } from './data-attributes.js';
import { IntercomApiError, errorBody, errorResponse } from './errors.js';
import { installDefaultHelpCenter, registerHelpCenterRoutes } from './help-center.js';
import { RateLimiter } from './rate-limit.js';
import { Router, type IntercomSimPolicies, type SimConfig } from './router.js';
import { seedWorkspace, type IntercomWorkspaceSeed } from './seed.js';
import { IntercomStore } from './store.js';
import { registerTagRoutes } from './tags.js';
import { installTicketStates, registerTicketRoutes } from './tickets.js';

export interface IntercomSimOptions {
  /** The accepted access token. Default `test-token`. */
  token?: string;
  /**
   * Requests per window for each app (token). Default Intercom's 10,000 a minute per app, enforced in
   * 10-second windows: 1,667 per 10,000 ms. Tests use small values, or relax it to go fast.
   */
  rateLimit?: { limit: number; windowMs: number };
  /** Requests per window for the whole workspace, every app together. Default 25,000 per 60,000 ms. */
  workspaceRateLimit?: { limit: number; windowMs: number };
  /** More accepted tokens: other apps installed in the same workspace, each with its own app budget. */
  otherAppTokens?: string[];
  /** Latency and fault injection (see FaultOptions); change later with `sim.server.setFaults`. */
  faults?: FaultOptions;
  /** Parts returned by GET on a conversation or ticket. Default 500, as the real API. */
  maxParts?: number;
  /** Attachments per list per part. Default 10. */
  maxAttachmentsPerPart?: number;
  /** Companies per scroll page. Default 50. */
  scrollPageSize?: number;
  /** Idle time after which the company scroll expires. Default 60,000 ms. */
  scrollTtlMs?: number;
  /** Refuse custom attributes that have no data attribute. Default true. */
  strictCustomAttributes?: boolean;
  /**
   * Behaviours the real API's documentation is silent on, each `reject` | `accept` | `drop`, so a suite
   * can run its round trips under each (docs/platforms/intercom.md, "Assumed behaviours").
   * - `invalidPhone`: a contact phone that is not valid E.164 (see phone.ts). Default `reject`: the
   *   shared research (intercom-api.md, "Phone validation") found no documented behaviour, only E.164
   *   examples and an "Invalid phone number" error on another endpoint, and Intercom's phone validation
   *   setting refuses such numbers when on; refusing is the stricter of the plausible answers and the
   *   one a connector must survive per record. `drop` is the dangerous one: 200 and the phone gone.
   */
  policies?: Partial<IntercomSimPolicies>;
  /** Seconds before a new contact is visible to search. Default 0. */
  searchIndexLagSeconds?: number;
  /** Unix seconds for created_at/updated_at stamps. Default the wall clock. */
  now?: () => number;
  /** Milliseconds clock for rate-limit windows and scroll expiry. Default Date.now. */
  clockMs?: () => number;
  /** Workspace timezone (contact search matches dates by day in it). Default UTC. */
  timezone?: string;
  /**
   * Check every request against specs/intercom (test/contract/request-checks.ts); `close()` then
   * throws if one did not validate. Default true; off only for tests that send invalid requests on purpose.
   */
  checkRequests?: boolean;
  /** A workspace to seed before the first request. */
  seed?: IntercomWorkspaceSeed;
  port?: number;
}

/** One request as the simulator saw it, for assertions and call counting. */
export interface IntercomRequestRecord {
  method: string;
  path: string;
  /** The route template matched, e.g. `POST /conversations/{conversation_id}/reply`; undefined if none. */
  route: string | undefined;
  status: number;
  /** The `Intercom-Version` header sent, if any. */
  version: string | undefined;
  body: unknown;
}

export interface IntercomSim {
  url: string;
  server: SimServer;
  store: IntercomStore;
  rateLimiter: RateLimiter;
  /** Requests that reached the Intercom handler (faults injected before it are only in `server.log`). */
  requests: IntercomRequestRecord[];
  seed(workspace: IntercomWorkspaceSeed): void;
  setRateLimit(limit: number, windowMs: number): void;
  /** Counts of handled requests per route template. */
  callCounts(): Record<string, number>;
  /** Every `METHOD template` the simulator serves. */
  routes(): string[];
  close(): Promise<void>;
}

export const DEFAULT_TOKEN = 'test-token';

/** 10,000 a minute per app, enforced per 10-second window (the real message reads "…of 167 in 10_seconds" for 1,000 a minute). */
const APP_LIMIT_PER_WINDOW = Math.ceil(10_000 / 6);

export async function startIntercomSim(options: IntercomSimOptions = {}): Promise<IntercomSim> {
  const store = new IntercomStore({ now: options.now });
  if (options.timezone) store.app.timezone = options.timezone;
  installStandardAttributes(store);
  installTicketStates(store);
  installDefaultHelpCenter(store);

  const clockMs = options.clockMs ?? Date.now;
  const config: SimConfig = {
    maxParts: options.maxParts ?? 500,
    maxAttachmentsPerPart: options.maxAttachmentsPerPart ?? 10,
    scrollPageSize: options.scrollPageSize ?? 50,
    scrollTtlMs: options.scrollTtlMs ?? 60_000,
    strictCustomAttributes: options.strictCustomAttributes ?? true,
    policies: { invalidPhone: options.policies?.invalidPhone ?? 'reject' },
    clockMs,
  };
  const appLimit = () => ({ limit: options.rateLimit?.limit ?? APP_LIMIT_PER_WINDOW, windowMs: options.rateLimit?.windowMs ?? 10_000, clockMs });
  const limiter = new RateLimiter(appLimit());
  const workspace = new RateLimiter({ limit: options.workspaceRateLimit?.limit ?? 25_000, windowMs: options.workspaceRateLimit?.windowMs ?? 60_000, clockMs });
  const token = options.token ?? DEFAULT_TOKEN;
  const appLimiters = new Map<string, RateLimiter>([[token, limiter], ...(options.otherAppTokens ?? []).map((t) => [t, new RateLimiter(appLimit())] as const)]);

  const router = new Router();
  registerAdminRoutes(router);
  registerTagRoutes(router);
  registerDataAttributeRoutes(router);
  registerCompanyRoutes(router);
  registerContactRoutes(router, { searchIndexLagSeconds: options.searchIndexLagSeconds ?? 0 });
  registerConversationRoutes(router);
  registerTicketRoutes(router);
  registerHelpCenterRoutes(router);

  const requests: IntercomRequestRecord[] = [];

  async function handle(request: SimRequest): Promise<SimResponse> {
    const file = /^\/_files\/([^/]+)(?:\/[^/]*)?$/.exec(request.path);
    if (request.method === 'GET' && file?.[1]) {
      const stored = store.files.get(file[1]);
      if (!stored) return { status: 404, body: errorBody('not_found', 'Resource Not Found') };
      return { status: 200, headers: { 'content-type': stored.content_type, 'content-length': String(stored.data.length) }, body: stored.data };
    }
    const matched = router.match(request.method, request.path);
    const record: IntercomRequestRecord = {
      method: request.method,
      path: request.path,
      route: matched ? `${request.method} ${matched.route.template}` : undefined,
      status: 0,
      version: undefined,
      body: request.body,
    };
    requests.push(record);
    const response = await answer(request, record);
    record.status = response.status;
    return response;
  }

  async function answer(request: SimRequest, record: IntercomRequestRecord): Promise<SimResponse> {
    let app: RateLimiter;
    try {
      app = appLimiters.get(checkToken(request, appLimiters)) as RateLimiter;
    } catch (error) {
      if (error instanceof IntercomApiError) return errorResponse(error);
      throw error;
    }
    // The app's budget first; a request the app may send still counts against the workspace's.
    const appDecision = app.take();
    const decision = appDecision.allowed ? workspace.take() : appDecision;
    const over = !appDecision.allowed ? app : !decision.allowed ? workspace : undefined;
    const limitHeaders = app.headers(appDecision.allowed && !decision.allowed ? { ...appDecision, remaining: 0, reset: decision.reset } : appDecision);
    try {
      const sent = request.headers['intercom-version'];
      record.version = Array.isArray(sent) ? sent[0] : sent;
      checkVersion(request);
      if (over) throw new IntercomApiError(429, 'rate_limit_exceeded', over.message());
      const response = await router.handle(request, store, config);
      return { ...response, headers: { ...limitHeaders, ...(response.headers ?? {}) } };
    } catch (error) {
      if (!(error instanceof IntercomApiError)) throw error;
      const response = errorResponse(error);
      return { ...response, headers: { ...limitHeaders, ...(response.headers ?? {}) } };
    }
  }

  const server = await startSimServer(handle, options.faults ?? {}, options.port ?? 0);
  store.baseUrl = server.url;
  const checking = options.checkRequests ?? true;
  if (checking) server.checkRequests(specRequestCheck('intercom'));
  const sim: IntercomSim = {
    url: server.url,
    server,
    store,
    rateLimiter: limiter,
    requests,
    seed: (workspace) => seedWorkspace(store, workspace),
    setRateLimit: (limit, windowMs) => {
      for (const app of appLimiters.values()) app.configure(limit, windowMs);
    },
    callCounts() {
      const counts: Record<string, number> = {};
      for (const r of requests) {
        const key = r.route ?? `${r.method} ${r.path}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    },
    routes: () => router.templates().map((r) => `${r.method} ${r.template}`),
    async close() {
      await server.close();
      if (checking) assertValidRequests(server, 'Intercom');
    },
  };
  if (options.seed) sim.seed(options.seed);
  return sim;
}
