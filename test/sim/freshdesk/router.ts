/**
 * Routes by OpenAPI path template (`/api/v2/tickets/{id}`), so the contract test finds each served
 * route in specs/freshdesk/freshdesk-v2.yaml under the very same key. Literal routes must be added
 * before templates they compete with (`/tickets/archived/{id}` before `/tickets/{id}/...`).
 */
import type { SimRequest, SimResponse } from '../common/sim-server.js';
import type { SimContext } from './context.js';

export interface RouteRequest extends SimRequest {
  params: Record<string, string>;
}

export type RouteHandler = (request: RouteRequest, context: SimContext) => SimResponse | Promise<SimResponse>;

export interface RouteInfo {
  method: string;
  template: string;
}

interface Route extends RouteInfo {
  handler: RouteHandler;
  pattern: RegExp;
  keys: string[];
}

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
    this.routes.push({ method, template, handler, pattern: new RegExp(`^${source}$`), keys });
  }

  list(): RouteInfo[] {
    return this.routes.map(({ method, template }) => ({ method, template }));
  }

  match(method: string, rawPath: string): { route: Route; params: Record<string, string> } | undefined {
    const path = rawPath.length > 1 ? rawPath.replace(/\/$/, '') : rawPath;
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((key, i) => (params[key] = decodeURIComponent(m[i + 1] ?? '')));
      return { route, params };
    }
    return undefined;
  }

  /** Whether any route serves the path with another method (→ 405 rather than 404). */
  hasPath(rawPath: string): boolean {
    return this.routes.some((route) => route.pattern.test(rawPath));
  }
}
