/**
 * Shared rules of the `*_many` endpoints: at most 100 items per request (research §1.4), the list
 * under the plural key, one job per request.
 */
import type { SimResponse } from '../common/sim-server.js';
import { badRequest, isObject, type Json } from './http.js';

export const BULK_LIMIT = 100;

/** The items under `key`, or the 400 answer for a missing list or one longer than 100. */
export function bulkItems(body: unknown, key: string): Json[] | SimResponse {
  const list = isObject(body) ? body[key] : undefined;
  if (!Array.isArray(list) || list.length === 0) return badRequest('InvalidValue', `${key}: a non-empty array is required`);
  if (list.length > BULK_LIMIT) return badRequest('TooManyValues', `${key}: too many values, the maximum is ${BULK_LIMIT}`);
  return list.map((item) => (isObject(item) ? item : {}));
}

export function isResponse(value: unknown): value is SimResponse {
  return isObject(value) && typeof value['status'] === 'number' && !Array.isArray(value);
}

/** A failed job item in the documented shape `{index, error, details, success: false}`. */
export function failedItem(index: number, error: string, details: string): { index: number; error: string; details: string; success: false } {
  return { index, error, details, success: false };
}

/** Flattens 422 details into the one-line `details` string a job result carries. */
export function detailsText(details: Record<string, Array<{ description: string }>>): string {
  return Object.values(details)
    .flat()
    .map((d) => d.description)
    .join('; ');
}
