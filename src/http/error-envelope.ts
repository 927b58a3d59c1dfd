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
/** A body that is not an envelope (a proxy's HTML page, a stack dump) is quoted this far at most. */
const MAX_EXCERPT = 120;

export function describeErrorBody(_status: number, body: unknown): ErrorDescription | undefined {
  if (typeof body === 'string') {
    const excerpt = bodyExcerpt(body);
    return excerpt ? { message: excerpt } : undefined;
  }
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

/**
 * What an error message may quote of a body that is not a platform envelope: one line of text, at
 * most MAX_EXCERPT characters. An HTML page (a gateway's 502) gives its title, or its text without
 * markup, scripts or styles; a whole page in a message hides the sentence that says what to do.
 */
export function bodyExcerpt(body: string, max = MAX_EXCERPT): string {
  let text = body;
  if (/^\s*</.test(text)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1];
    text = title && title.trim() ? title : text.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ');
    text = text.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  }
  // Control characters would break a log line or a CSV cell.
  text = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
