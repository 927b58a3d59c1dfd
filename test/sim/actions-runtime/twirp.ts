/**
 * Twirp JSON conventions shared by the cache and artifact services.
 *
 * Requests come from protobuf-ts clients with `useProtoFieldName: true`: snake_case names, default values
 * omitted, int64 as strings, wrapper types (`StringValue`, `Int64Value`) as bare JSON values, Timestamps as
 * RFC 3339. The readers below also accept camelCase, as a protobuf JSON parser does. Responses use
 * snake_case. Errors are `{"code","msg"}` with the HTTP status Twirp maps each code to; the toolkit's
 * clients retry only 500/502/503/504 (artifact also 429), so every refusal here is a 4xx.
 */
import type { SimResponse } from '../common/sim-server.js';

export type TwirpCode =
  | 'invalid_argument'
  | 'malformed'
  | 'unauthenticated'
  | 'permission_denied'
  | 'not_found'
  | 'already_exists'
  | 'failed_precondition'
  | 'bad_route'
  | 'internal';

const STATUS: Record<TwirpCode, number> = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412,
  bad_route: 404,
  internal: 500,
};

export class TwirpError extends Error {
  constructor(
    readonly code: TwirpCode,
    message: string,
  ) {
    super(message);
  }
}

export function twirpErrorResponse(code: TwirpCode, msg: string): SimResponse {
  return { status: STATUS[code], body: { code, msg } };
}

export function twirpOk(body: Record<string, unknown>): SimResponse {
  return { status: 200, body };
}

function snakeToCamel(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

function raw(body: Record<string, unknown>, name: string): unknown {
  return body[name] ?? body[snakeToCamel(name)];
}

/** A string field (also a bare `StringValue` wrapper). */
export function str(body: Record<string, unknown>, name: string): string | undefined {
  const value = raw(body, name);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && typeof (value as { value?: unknown }).value === 'string') return (value as { value: string }).value;
  throw new TwirpError('malformed', `field ${name} must be a string`);
}

export function requiredStr(body: Record<string, unknown>, name: string): string {
  const value = str(body, name);
  if (!value) throw new TwirpError('invalid_argument', `${name} is required`);
  return value;
}

/** An int64 field: a JSON string or number (also a bare `Int64Value` wrapper). */
export function int64(body: Record<string, unknown>, name: string): number | undefined {
  let value = raw(body, name);
  if (typeof value === 'object' && value !== null && 'value' in value) value = (value as { value: unknown }).value;
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : typeof value === 'number' ? value : NaN;
  if (!Number.isSafeInteger(n)) throw new TwirpError('malformed', `field ${name} must be an int64`);
  return n;
}

export function stringList(body: Record<string, unknown>, name: string): string[] {
  const value = raw(body, name);
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new TwirpError('malformed', `field ${name} must be a list of strings`);
  }
  return value as string[];
}

/** A `google.protobuf.Timestamp` in RFC 3339. */
export function timestamp(body: Record<string, unknown>, name: string): Date | undefined {
  const value = raw(body, name);
  if (value === undefined || value === null) return undefined;
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new TwirpError('malformed', `field ${name} must be an RFC 3339 timestamp`);
  return new Date(ms);
}
