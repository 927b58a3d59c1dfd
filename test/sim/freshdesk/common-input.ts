/** Small input helpers shared by the route modules. */
import type { SimResponse } from '../common/sim-server.js';
import { ValidationFailure, validationError } from './http.js';

export function invalidBody(): SimResponse {
  return validationError([{ field: 'body', code: 'invalid_json', message: 'Request body has invalid json format' }]);
}

/** An `updated_since` query value as epoch ms; malformed → 400 `invalid_value`. */
export function parseSince(value: string | null, field = 'updated_since'): number | undefined {
  if (value === null || value === '') return undefined;
  const time = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) throw new ValidationFailure([{ field, code: 'invalid_value', message: 'It should be in the \'combined date and time ISO8601\' format' }]);
  return time;
}
