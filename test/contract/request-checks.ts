/**
 * The request check the simulators run on every request a client sends (see sim-server.ts
 * `checkRequests`): the request must be an operation of the vendor's OpenAPI description, with only
 * declared query parameters of allowed values and a JSON body its requestBody schema accepts. A
 * violation the spec gets wrong about the real API is removed by an entry of REQUEST_EXCEPTIONS
 * (request-exceptions.ts), the one place such exceptions live, each with its reason.
 */
import type { RequestCheck, SimRequest } from '../sim/common/sim-server.js';
import { specFile } from './spec-file.js';
import { loadSpec, validateRequest, type OpenApiSpec } from './openapi-validator.js';
import { ONE_OF_AS_ANY_OF, REQUEST_EXCEPTIONS, type RequestException } from './request-exceptions.js';

export const SPEC_FILES = {
  intercom: specFile('intercom/api.intercom.io.yaml'),
  zendeskSupport: specFile('zendesk/support-oas.yaml'),
  zendeskHelpCenter: specFile('zendesk/help-center-oas.yaml'),
} as const;

export type SimName = 'intercom' | 'zendesk';

/** Which description documents `path` on `sim`; undefined: not an API call (attachment bytes). */
function specFor(sim: SimName, path: string): OpenApiSpec | undefined {
  if (sim === 'intercom') return path.startsWith('/_files/') ? undefined : loadSpec(SPEC_FILES.intercom, { oneOfAsAnyOf: ONE_OF_AS_ANY_OF.intercom });
  if (!path.startsWith('/api/v2/')) return undefined;
  if (path.startsWith('/api/v2/help_center/') || path.startsWith('/api/v2/guide/')) return loadSpec(SPEC_FILES.zendeskHelpCenter);
  return loadSpec(SPEC_FILES.zendeskSupport);
}

/** How often each exception removed a violation, so a test can find stale ones. */
export const exceptionHits = new Map<string, number>();

/** Violations of one request, minus the listed exceptions. */
export function requestViolations(sim: SimName, request: Pick<SimRequest, 'method' | 'path' | 'query' | 'body'>, exceptions: readonly RequestException[] = REQUEST_EXCEPTIONS): string[] {
  const spec = specFor(sim, request.path);
  if (!spec) return [];
  return validateRequest(spec, request.method, request.path, request.query, request.body).filter((violation) => {
    const exception = exceptions.find((x) => x.sim === sim && x.violation.test(violation) && (!x.onlyNull || pointsAtNull(violation, request.body)));
    if (exception) exceptionHits.set(exception.id, (exceptionHits.get(exception.id) ?? 0) + 1);
    return !exception;
  });
}

/** Whether the body value a `... body /a/b: ...` violation names is null. */
function pointsAtNull(violation: string, body: unknown): boolean {
  const pointer = / body (\/[^:]*):/.exec(violation)?.[1];
  if (!pointer) return false;
  let node: unknown = body;
  for (const part of pointer.slice(1).split('/')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node === null;
}

/** The check a simulator installs on its server. */
export function specRequestCheck(sim: SimName): RequestCheck {
  return (request) => requestViolations(sim, request).map((violation) => `${violation} (sent to ${request.method} ${request.path}${request.query.size ? `?${request.query}` : ''})`);
}
