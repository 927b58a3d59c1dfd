/**
 * Response and error helpers shared by the route modules, and small readers for untyped JSON bodies.
 * Error bodies are Zendesk's classic shapes: `{error, description[, details]}` for Support, and
 * `{title, message}` for Help Center validation failures (research §1.5/§1.6).
 */
import type { SimResponse } from '../common/sim-server.js';

export type Json = Record<string, unknown>;

export interface FieldError {
  description: string;
  error: string;
}
export type ErrorDetails = Record<string, FieldError[]>;

export function ok(body: unknown, status = 200, headers?: Record<string, string>): SimResponse {
  return headers ? { status, body, headers } : { status, body };
}

export function noContent(): SimResponse {
  return { status: 204 };
}

/** 422 RecordInvalid, e.g. the duplicate-email shape from cloudbees-oss/zendesk-java-client#91. */
export function recordInvalid(details: ErrorDetails): SimResponse {
  return { status: 422, body: { error: 'RecordInvalid', description: 'Record validation errors', details } };
}

export function fieldError(field: string, description: string, error = 'InvalidValue'): SimResponse {
  return recordInvalid({ [field]: [{ description, error }] });
}

export function notFound(): SimResponse {
  return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } };
}

export function invalidEndpoint(): SimResponse {
  return { status: 404, body: { error: 'InvalidEndpoint', description: 'Not found' } };
}

/**
 * The newer `{errors: [{code, title, detail}]}` envelope (OAS `Errors`), which the OAS documents for
 * rate limiting (PUT /organizations/{id} 429) and invalid pagination parameters (400).
 */
export function errorsBody(code: string, title: string, detail?: string): { errors: Array<Record<string, string>> } {
  return { errors: [{ code, title, ...(detail ? { detail } : {}) }] };
}

export function badRequest(error: string, description: string): SimResponse {
  return { status: 400, body: { error, description } };
}

export function forbidden(): SimResponse {
  return {
    status: 403,
    body: {
      error: 'Forbidden',
      description: 'You do not have access to this page. Please contact the account owner of this help desk for further help.',
    },
  };
}

/** Help Center's validation error (cloudbees-oss/zendesk-java-client#289). */
export function hcInvalid(message: string): SimResponse {
  return { status: 400, body: { title: 'Invalid attribute', message } };
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object under `key` in a request body (`{user: {...}}`), or undefined. */
export function member(body: unknown, key: string): Json | undefined {
  if (!isObject(body)) return undefined;
  const value = body[key];
  return isObject(value) ? value : undefined;
}

export function has(object: Json, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

export function optString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** An integer id from JSON (number or numeric string), else undefined. */
export function optId(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return undefined;
}

export function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((v): v is string => typeof v === 'string');
}

/** Comma-separated ids from a query parameter (`ids=1,2,3`). */
export function idList(value: string | null): number[] {
  if (!value) return [];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^\d+$/.test(s))
    .map(Number);
}

/**
 * Zendesk tags: lower-cased, whitespace splits one string into several tags, duplicates dropped.
 * (Zendesk stores tags case-insensitively and shows them lower case.)
 */
export function normaliseTags(values: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string') continue;
    for (const part of value.trim().toLowerCase().split(/\s+/)) {
      if (part && !out.includes(part)) out.push(part);
    }
  }
  return out;
}

/** Parses an ISO-8601 timestamp; undefined when it is not one. */
export function parseTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The `{count: {value, refreshed_at}}` answer of the `…/count` endpoints. Zendesk's counts are
 * approximate (refreshed daily above 100,000); the simulator's are exact and always fresh.
 */
export function countBody(value: number, context: { store: { iso(): string } }): SimResponse {
  return ok({ count: { value, refreshed_at: context.store.iso() } });
}
