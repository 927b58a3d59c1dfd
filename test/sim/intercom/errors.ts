/**
 * Intercom's error envelope and a throwable carrying it. Handlers throw `IntercomApiError`; the router
 * turns it into `{"type":"error.list","request_id":…,"errors":[{code, message}]}` with the status.
 */
import { randomUUID } from 'node:crypto';
import type { SimResponse } from '../common/sim-server.js';

export interface ErrorItem {
  code: string;
  message: string | null;
  field?: string;
}

export class IntercomApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly field?: string,
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string | null, field?: string): {
  type: 'error.list';
  request_id: string;
  errors: ErrorItem[];
} {
  const item: ErrorItem = { code, message };
  if (field !== undefined) item.field = field;
  return { type: 'error.list', request_id: randomUUID(), errors: [item] };
}

export function errorResponse(error: IntercomApiError): SimResponse {
  return { status: error.status, headers: error.headers, body: errorBody(error.code, error.message, error.field) };
}

// The messages below are the ones the 2.16 spec's examples show for each case.
export const notFound = (message = 'Resource Not Found'): IntercomApiError => new IntercomApiError(404, 'not_found', message);
export const userNotFound = (): IntercomApiError => new IntercomApiError(404, 'not_found', 'User Not Found');
export const companyNotFound = (): IntercomApiError => new IntercomApiError(404, 'company_not_found', 'Company Not Found');
export const adminNotFound = (): IntercomApiError => new IntercomApiError(404, 'admin_not_found', 'Admin not found');
export const teamNotFound = (): IntercomApiError => new IntercomApiError(404, 'team_not_found', 'Team not found');
export const ticketNotFound = (): IntercomApiError => new IntercomApiError(404, 'ticket_not_found', 'Ticket not found');
export const badRequest = (code: string, message: string, field?: string): IntercomApiError =>
  new IntercomApiError(400, code, message, {}, field);
export const invalid = (message: string, field?: string): IntercomApiError => badRequest('parameter_invalid', message, field);
export const missing = (message: string, field?: string): IntercomApiError => badRequest('parameter_not_found', message, field);
