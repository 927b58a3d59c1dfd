/**
 * Checks what a connector sent against specs/freshdesk/freshdesk-v2.yaml: every recorded POST/PUT
 * body is validated against its operation's request schema (strict: unknown attributes fail, as
 * Freshdesk refuses them). Use in connector tests: `expect(requestContractErrors(sim)).toEqual([])`
 * (every write), or pass a filter, e.g. `(w) => w.status < 300`.
 */
import { specFile } from '../../contract/spec-file.js';
import { loadSpec, validateRequestBody } from '../../contract/openapi-validator.js';
import type { FreshdeskSim, RecordedWrite } from './server.js';

export const FRESHDESK_SPEC_FILE = specFile('freshdesk/freshdesk-v2.yaml');

export function requestContractErrors(sim: Pick<FreshdeskSim, 'writes'>, which: (write: RecordedWrite) => boolean = () => true): string[] {
  const spec = loadSpec(FRESHDESK_SPEC_FILE);
  return sim.writes.filter(which).flatMap((write) =>
    validateRequestBody(spec, write.method, write.template, write.body).map((error) => `${write.method} ${write.template}: ${error}`),
  );
}
