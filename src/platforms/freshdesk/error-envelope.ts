/**
 * Freshdesk's error envelope → code and message (the HttpClient's `parseError` hook):
 * {"description":"Validation failed","errors":[{"field","message","code"}]}, or {"code","message"}.
 */
import { describeTextBody, errorDescription, isObject, text, type ErrorDescription } from '../../http/index.js';

export function parseFreshdeskError(status: number, body: unknown): ErrorDescription | undefined {
  if (!isObject(body)) return describeTextBody(status, body);
  const parts: (string | undefined)[] = [text(body['description']) ?? text(body['message'])];
  let code: string | undefined;
  const errors = body['errors'];
  if (Array.isArray(errors)) {
    for (const item of errors.filter(isObject)) {
      code ??= text(item['code']);
      const message = text(item['message']) ?? text(item['code']);
      const field = text(item['field']);
      parts.push(field && message ? `${field}: ${message}` : message);
    }
  }
  code ??= text(body['code']);
  return errorDescription(parts, code);
}
