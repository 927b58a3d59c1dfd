/**
 * Where the vendored OpenAPI descriptions are. Resolved from import.meta.dirname rather than
 * `new URL(..., import.meta.url)`, which ncc would follow and copy every spec into the sandbox
 * bundle (that bundle runs its simulators without the request check and ships no specs/).
 */
import { join } from 'node:path';

export const specFile = (relative: string): string => join(import.meta.dirname, '..', '..', 'specs', relative);
