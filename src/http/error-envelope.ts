/**
 * Turns a platform's error body into a code and a sentence. Platform clients may pass their own
 * `parseError`; this default reads the envelopes of the platforms we know:
 *
 * - Intercom:  {"type":"error.list","errors":[{"code","message","field"}]}
 * - Zendesk:   {"error":"RecordInvalid","description","details":{field:[{"description","error"}]}},
 *              {"error":{"title","message"}}, {"errors":[{"code","title","detail"}]}, Help Center {"title","message"}
 * - Freshdesk: {"description":"Validation failed","errors":[{"field","message","code"}]}
 */

export interface ErrorDescription {
  code?: string;
  message: string;
}

const MAX_TEXT = 300;

export function describeErrorBody(_status: number, body: unknown): ErrorDescription | undefined {
  if (typeof body === 'string') return body.trim() ? { message: truncate(body.trim()) } : undefined;
  if (!isObject(body)) return undefined;

  const parts: string[] = [];
  let code: string | undefined;

  const error = body['error'];
  if (typeof error === 'string') code = error;
  else if (isObject(error)) {
    code = text(error['code']) ?? text(error['title']);
    pushUnique(parts, text(error['message']) ?? text(error['title']));
  }

  pushUnique(parts, text(body['description']) ?? text(body['message']) ?? text(body['title']));

  const errors = body['errors'];
  if (Array.isArray(errors)) {
    for (const item of errors.filter(isObject)) {
      code ??= text(item['code']);
      const message = text(item['message']) ?? text(item['detail']) ?? text(item['title']) ?? text(item['code']);
      const field = text(item['field']) ?? (isObject(item['source']) ? text(item['source']['pointer']) : undefined);
      pushUnique(parts, field && message ? `${field}: ${message}` : message);
    }
  }

  const details = body['details'];
  if (isObject(details)) {
    for (const [field, problems] of Object.entries(details)) {
      for (const problem of Array.isArray(problems) ? problems.filter(isObject) : []) {
        pushUnique(parts, text(problem['description']) ?? (text(problem['error']) && `${field}: ${text(problem['error'])}`));
      }
    }
  }

  code ??= text(body['code']);
  if (parts.length === 0 && code === undefined) return undefined;
  const message = truncate(parts.join('; ') || code || '');
  return code === undefined ? { message } : { code, message };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function pushUnique(parts: string[], value: string | undefined): void {
  if (value && !parts.includes(value)) parts.push(value);
}

function truncate(value: string): string {
  return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
}
