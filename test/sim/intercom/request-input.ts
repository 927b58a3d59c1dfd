/**
 * Typed reading of request bodies and query strings. Intercom answers a wrong type or a missing required
 * field with a 400 `parameter_invalid` / `parameter_not_found`; these helpers throw exactly that.
 */
import { invalid, missing } from './errors.js';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The request body as an object; a missing body reads as `{}`. */
export function bodyObject(body: unknown): JsonObject {
  if (body === undefined || body === null) return {};
  if (!isObject(body)) throw invalid('Request body must be a JSON object');
  return body;
}

export function optString(input: JsonObject, key: string): string | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return String(value); // Intercom accepts numeric ids where strings are declared
  if (typeof value !== 'string') throw invalid(`${key} must be a string`, key);
  return value;
}

export function reqString(input: JsonObject, key: string, message = `${key} is a required parameter.`): string {
  const value = optString(input, key);
  if (value === undefined || value === '') throw missing(message, key);
  return value;
}

/** A value that may be explicitly null (to clear it) or absent (to leave it). */
export function nullableString(input: JsonObject, key: string): string | null | undefined {
  if (!(key in input)) return undefined;
  if (input[key] === null) return null;
  return optString(input, key);
}

export function optInteger(input: JsonObject, key: string): number | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw invalid(`${key} must be an integer`, key);
  return Math.trunc(n);
}

export function nullableInteger(input: JsonObject, key: string): number | null | undefined {
  if (!(key in input)) return undefined;
  if (input[key] === null) return null;
  return optInteger(input, key);
}

export function optBoolean(input: JsonObject, key: string): boolean | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalid(`${key} must be a boolean`, key);
  return value;
}

export function optObject(input: JsonObject, key: string): JsonObject | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw invalid(`${key} must be an object`, key);
  return value;
}

export function optArray(input: JsonObject, key: string): unknown[] | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw invalid(`${key} must be an array`, key);
  return value;
}

/** `?per_page=` style integer query parameter. */
export function queryInteger(query: URLSearchParams, key: string): number | undefined {
  const raw = query.get(key);
  if (raw === null || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw invalid(`${key} must be a positive integer`, key);
  return Number(raw);
}
