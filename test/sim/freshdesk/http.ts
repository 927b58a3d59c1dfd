/**
 * Freshdesk's error envelope (research §2.5): validation errors and conflicts as
 * `{description: "Validation failed", errors: [{field, message, code}]}`, other errors as
 * `{code, message}`, 404 without a body.
 */
import type { SimResponse } from '../common/sim-server.js';

export interface FieldError {
  field: string;
  message: string;
  code: string;
  additional_info?: Record<string, unknown>;
}

export class ValidationFailure extends Error {
  constructor(
    readonly errors: FieldError[],
    readonly status = 400,
  ) {
    super(errors.map((e) => `${e.field}: ${e.code}`).join(', '));
  }
}

export function validationError(errors: FieldError[], status = 400): SimResponse {
  return { status, body: { description: 'Validation failed', errors } };
}

export function fieldError(field: string, code: string, message: string, status = 400): SimResponse {
  return validationError([{ field, code, message }], status);
}

export function duplicate(field: string): SimResponse {
  return fieldError(field, 'duplicate_value', 'It should be a unique value', 409);
}

export function simpleError(status: number, code: string, message: string): SimResponse {
  return { status, body: { code, message } };
}

export function notFound(): SimResponse {
  return { status: 404 };
}

export function created(body: unknown, location?: string): SimResponse {
  return { status: 201, body, ...(location ? { headers: { location } } : {}) };
}

export function ok(body: unknown, headers?: Record<string, string>): SimResponse {
  return { status: 200, body, ...(headers ? { headers } : {}) };
}

export const requireFeature = (feature: string): SimResponse =>
  simpleError(403, 'require_feature', `The ${feature} feature(s) is/are not supported in your plan. Please upgrade your account to use it.`);

/** Parses an integer path parameter; Freshdesk answers 404 for ids that are not numbers. */
export function idParam(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}
