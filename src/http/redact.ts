/**
 * Keeps secrets out of error messages, URLs and bodies. Besides the configured secrets (each platform
 * client lists its own credentials) it derives those of the Authorization headers as HTTP defines
 * them: a Bearer token; Basic `user:password` (RFC 7617), whole and in its parts.
 */

export const REDACTED = '[REDACTED]';

/** Shorter values (a dummy password such as "X") would mangle ordinary text and protect nothing. */
const MIN_SECRET_LENGTH = 4;

/** Query parameters whose values are credentials whatever they contain. */
const SECRET_PARAM = /token|secret|password|passwd|api[-_]?key|auth|signature|credential|session/i;

/** Header names whose values are credentials. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key']);

export class Redactor {
  private readonly secrets: string[];

  constructor(secrets: readonly string[] = [], headers: Record<string, string> = {}) {
    const found = new Set<string>();
    const add = (value: string | undefined): void => {
      if (value === undefined || value.length < MIN_SECRET_LENGTH) return;
      found.add(value);
      found.add(encodeURIComponent(value));
    };
    for (const secret of secrets) add(secret);
    for (const [name, value] of Object.entries(headers)) {
      if (SECRET_HEADERS.has(name.toLowerCase())) for (const part of credentialParts(value)) add(part);
    }
    // Longest first, so a secret containing another is replaced whole.
    this.secrets = [...found].sort((a, b) => b.length - a.length);
  }

  /** A redactor that also hides the credentials in these (per-request) headers. */
  extend(headers: Record<string, string>): Redactor {
    return new Redactor(this.secrets, headers);
  }

  text(value: string): string {
    let out = value;
    for (const secret of this.secrets) out = out.split(secret).join(REDACTED);
    return out;
  }

  /** A URL fit for an error message: no userinfo, secret-looking query values blanked, secrets removed. */
  url(value: string | URL): string {
    let url: URL;
    try {
      url = new URL(String(value));
    } catch {
      return this.text(String(value));
    }
    if (url.username || url.password) {
      url.username = '';
      url.password = '';
    }
    for (const key of [...new Set(url.searchParams.keys())]) {
      if (SECRET_PARAM.test(key)) url.searchParams.set(key, REDACTED);
    }
    return this.text(url.toString().replaceAll(encodeURIComponent(REDACTED), REDACTED));
  }

  /** Deep copy of a JSON-like value with every secret replaced (error bodies can echo request data). */
  value<T>(value: T): T {
    if (value === undefined || this.secrets.length === 0) return value;
    if (typeof value === 'string') return this.text(value) as T;
    try {
      return JSON.parse(this.text(JSON.stringify(value))) as T;
    } catch {
      return value;
    }
  }
}

/** The whole header value and every credential it carries. */
function credentialParts(headerValue: string): string[] {
  const parts = [headerValue];
  const match = /^(\w+)\s+(.+)$/.exec(headerValue.trim());
  if (!match) return parts;
  const [, scheme, credential] = match as unknown as [string, string, string];
  parts.push(credential);
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(credential, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon >= 0) parts.push(decoded, decoded.slice(0, colon), decoded.slice(colon + 1));
  }
  return parts;
}
