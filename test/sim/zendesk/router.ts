/**
 * A small router over OpenAPI-style path templates (`/api/v2/users/{user_id}`), so the contract test
 * can look up each served route in Zendesk's OAS by the very same template.
 * Zendesk accepts an optional `.json` suffix, and Help Center paths an optional `/{locale}` segment
 * after `/help_center` (`/api/v2/help_center/de/articles`); both are normalised here.
 */
import type { SimRequest, SimResponse } from '../common/sim-server.js';
import type { SimContext } from './context.js';

export type Api = 'support' | 'help_center';

export interface RouteRequest extends SimRequest {
  params: Record<string, string>;
  /** Locale segment of a Help Center path, when the client used one. */
  locale: string | undefined;
}

export type RouteHandler = (request: RouteRequest, context: SimContext) => SimResponse | Promise<SimResponse>;

export interface Route {
  method: string;
  template: string;
  api: Api;
  handler: RouteHandler;
  pattern: RegExp;
  keys: string[];
}

/** The served routes, for coverage checks: method and OAS-style template. */
export interface RouteInfo {
  method: string;
  template: string;
  api: Api;
}

const LOCALE_SEGMENT = /^\/api\/v2\/help_center\/([a-z]{2,3}(?:-[a-z0-9]{2,4})?)(\/.*)$/i;

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, template: string, handler: RouteHandler): void {
    const keys: string[] = [];
    const source = template
      .split('/')
      .map((segment) => {
        const m = /^\{(\w+)\}$/.exec(segment);
        if (!m) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        keys.push(m[1] ?? '');
        return '([^/]+)';
      })
      .join('/');
    const api: Api = template.startsWith('/api/v2/help_center') || template.startsWith('/api/v2/guide') ? 'help_center' : 'support';
    this.routes.push({ method, template, api, handler, pattern: new RegExp(`^${source}$`), keys });
  }

  list(): RouteInfo[] {
    return this.routes.map(({ method, template, api }) => ({ method, template, api }));
  }

  /** Normalises the path and finds the route; literal routes win because they are added first. */
  match(method: string, rawPath: string): { route: Route; params: Record<string, string>; locale: string | undefined } | undefined {
    let path = rawPath.replace(/\.json$/, '');
    if (path.length > 1) path = path.replace(/\/$/, '');
    const candidates = [{ path, locale: undefined as string | undefined }];
    const localized = LOCALE_SEGMENT.exec(path);
    if (localized) candidates.push({ path: `/api/v2/help_center${localized[2] ?? ''}`, locale: localized[1]?.toLowerCase() });
    for (const candidate of candidates) {
      for (const route of this.routes) {
        if (route.method !== method) continue;
        const m = route.pattern.exec(candidate.path);
        if (!m) continue;
        const params: Record<string, string> = {};
        route.keys.forEach((key, i) => (params[key] = decodeURIComponent(m[i + 1] ?? '')));
        return { route, params, locale: candidate.locale };
      }
    }
    return undefined;
  }

  /** Which API a path belongs to, for rate limiting requests that match no route. */
  static apiOf(path: string): Api {
    return path.startsWith('/api/v2/help_center') || path.startsWith('/api/v2/guide') ? 'help_center' : 'support';
  }
}
