/**
 * A small route table: `METHOD /path/{param}` templates, matched in registration order, with
 * handlers that return a JSON body (sent as 200) or a full response built with `respond()`.
 */
import type { SimRequest, SimResponse } from '../common/sim-server.js';
import { notFound } from './errors.js';
import type { SimPolicy } from './phone.js';
import type { IntercomStore } from './store.js';

export interface IntercomSimPolicies {
  invalidPhone: SimPolicy;
}

export interface SimConfig {
  /** Parts returned by GET on a conversation or ticket (the real cap is 500, the most recent ones). */
  maxParts: number;
  /** Attachments allowed per list (`attachment_urls`, `attachment_files`) on one part. */
  maxAttachmentsPerPart: number;
  /** Companies per scroll page. */
  scrollPageSize: number;
  /** Idle time after which the company scroll expires. */
  scrollTtlMs: number;
  /** Reject custom attributes that have no data attribute (see contacts.ts). */
  strictCustomAttributes: boolean;
  /** What to do where the real API's behaviour is undocumented (see IntercomSimOptions.policies). */
  policies: IntercomSimPolicies;
  clockMs: () => number;
}

export interface RouteContext {
  request: SimRequest;
  params: Record<string, string>;
  query: URLSearchParams;
  store: IntercomStore;
  config: SimConfig;
}

const RESPONSE = Symbol('response');
export interface FullResponse {
  [RESPONSE]: true;
  response: SimResponse;
}

export function respond(response: SimResponse): FullResponse {
  return { [RESPONSE]: true, response };
}

function isFullResponse(value: unknown): value is FullResponse {
  return typeof value === 'object' && value !== null && RESPONSE in value;
}

export type RouteHandler = (ctx: RouteContext) => unknown;

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  keys: string[];
  handler: RouteHandler;
}

export class Router {
  private readonly routes: Route[] = [];

  on(method: string, template: string, handler: RouteHandler): this {
    const keys: string[] = [];
    const source = template
      .split('/')
      .map((segment) => {
        const m = /^\{(\w+)\}$/.exec(segment);
        if (!m?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        keys.push(m[1]);
        return '([^/]+)';
      })
      .join('/');
    this.routes.push({ method: method.toUpperCase(), template, pattern: new RegExp(`^${source}/?$`), keys, handler });
    return this;
  }

  /** The template a request matches, for logs and tests. */
  match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method.toUpperCase()) continue;
      const m = route.pattern.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((key, i) => (params[key] = decodeURIComponent(m[i + 1] ?? '')));
      return { route, params };
    }
    return undefined;
  }

  templates(): Array<{ method: string; template: string }> {
    return this.routes.map((r) => ({ method: r.method, template: r.template }));
  }

  async handle(request: SimRequest, store: IntercomStore, config: SimConfig): Promise<SimResponse> {
    const found = this.match(request.method, request.path);
    // Unknown routes and methods (e.g. POST /admins: teammates cannot be created) get Intercom's 404.
    if (!found) throw notFound();
    const result = await found.route.handler({ request, params: found.params, query: request.query, store, config });
    if (isFullResponse(result)) return result.response;
    return { status: 200, body: result };
  }
}
