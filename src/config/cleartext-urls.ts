/**
 * A connection that would send credentials in clear text is refused: any `http://` address in a
 * `source:`/`target:` block (whatever the key: base_url, a token endpoint, a proxy), unless the host
 * is this machine (the simulators, a local proxy) or the block says `allow_insecure_http: true`.
 * One rule for every platform, so a new platform's URL keys are covered without knowing their names.
 */
import { isIP } from 'node:net';
import { describeValue, formatPath, type ValueOrigins } from './describe-issue.js';

export const INSECURE_HTTP_KEY = 'allow_insecure_http';

export interface CleartextUrl {
  /** Path of the value, from the document's root. */
  path: (string | number)[];
  message: string;
}

export function findCleartextUrls(document: Record<string, unknown>, origins: ValueOrigins = () => undefined): CleartextUrl[] {
  const found: CleartextUrl[] = [];
  for (const side of ['source', 'target'] as const) {
    const block = document[side];
    if (!block || typeof block !== 'object' || (block as Record<string, unknown>)[INSECURE_HTTP_KEY] === true) continue;
    for (const [path, url] of strings(block, [side])) {
      if (!/^\s*http:\/\//i.test(url)) continue;
      const host = hostOf(url.trim());
      if (host !== undefined && isLoopback(host)) continue;
      const variables = origins(path);
      const what = variables ? `${describeValue(url, variables)} is an http:// address of another machine, which` : `http:// to ${host ?? 'this host'}`;
      const fix = `use https://, or, only for a network you trust, add ${INSECURE_HTTP_KEY}: true under ${side}:`;
      found.push({ path, message: `${formatPath(path)}: ${what} would send the credentials in clear text; ${fix}` });
    }
  }
  return found;
}

function* strings(node: unknown, path: (string | number)[]): Generator<[(string | number)[], string]> {
  if (typeof node === 'string') yield [path, node];
  else if (Array.isArray(node)) for (const [i, item] of node.entries()) yield* strings(item, [...path, i]);
  else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) yield* strings(value, [...path, key]);
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** 127.0.0.0/8, ::1 and localhost: traffic that never leaves the machine. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  // WHATWG URLs write IPv6 compressed, and an IPv4-mapped 127.x.x.x as ::ffff:7fxx:xxxx.
  if (isIP(host) === 6) return host === '::1' || /^::ffff:(7f[0-9a-f]{2}:|127\.)/.test(host);
  return false;
}
