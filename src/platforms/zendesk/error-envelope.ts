/**
 * Zendesk's error envelopes → code and message (the HttpClient's `parseError` hook):
 * Support {"error":"RecordInvalid","description","details":{field:[{"description","error"}]}},
 * {"error":{"title","message"}}, {"errors":[{"code","title","detail"}]}, Help Center {"title","message"}.
 */
import { describeTextBody, errorDescription, isObject, text, type ErrorDescription } from '../../http/index.js';

export function parseZendeskError(status: number, body: unknown): ErrorDescription | undefined {
  if (!isObject(body)) return describeTextBody(status, body);
  const parts: (string | undefined)[] = [];
  let code: string | undefined;

  const error = body['error'];
  if (typeof error === 'string') code = error;
  else if (isObject(error)) {
    code = text(error['code']) ?? text(error['title']);
    parts.push(text(error['message']) ?? text(error['title']));
  }
  parts.push(text(body['description']) ?? text(body['message']) ?? text(body['title']));

  const errors = body['errors'];
  if (Array.isArray(errors)) {
    for (const item of errors.filter(isObject)) {
      code ??= text(item['code']);
      const message = text(item['message']) ?? text(item['detail']) ?? text(item['title']) ?? text(item['code']);
      const field = text(item['field']) ?? (isObject(item['source']) ? text(item['source']['pointer']) : undefined);
      parts.push(field && message ? `${field}: ${message}` : message);
    }
  }

  const details = body['details'];
  if (isObject(details)) {
    for (const [field, problems] of Object.entries(details)) {
      for (const problem of Array.isArray(problems) ? problems.filter(isObject) : []) {
        const error = text(problem['error']);
        parts.push(text(problem['description']) ?? (error && `${field}: ${error}`));
      }
    }
  }
  code ??= text(body['code']);
  return errorDescription(parts, code);
}
