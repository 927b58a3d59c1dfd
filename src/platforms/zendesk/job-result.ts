/**
 * What one item of a finished bulk job says (research §1.4 "Job statuses"). Zendesk reports a failed
 * item in more than one shape: the docs show `{index, error, details, success: false}`, field reports
 * show `{index, id, error, details, status: "Failed"}` (a numeric id that names no written record) and
 * `{index, error, details}`. An item is written only when it carries an id and none of the failure marks;
 * every reader of job results classifies through here so no shape is counted as written.
 */
import type { ZdJobResult } from './api-types.js';

export type JobItemOutcome = { written: true; id: number } | { written: false; error: string | undefined; reason: string };

export function classifyJobResult(result: ZdJobResult): JobItemOutcome {
  const failed = result.success === false || (typeof result.status === 'string' && /fail|error/i.test(result.status)) || Boolean(result.error);
  if (!failed && typeof result.id === 'number') return { written: true, id: result.id };
  return { written: false, error: result.error, reason: [result.error, result.details].filter(Boolean).join(': ') || 'no reason given' };
}
