import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Vendor knowledge (error envelopes, rate-limit header families, credential forms) lives in each
// platform's client, as hooks the HTTP layer calls (issue 11, item 2).
describe('src/http', () => {
  it('names no platform', () => {
    const dir = join(import.meta.dirname, '../../src/http');
    const offenders = readdirSync(dir)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => (readFileSync(join(dir, file), 'utf8').match(/intercom|zendesk|freshdesk/gi) ?? []).map((word) => `${file}: ${word}`));
    expect(offenders).toEqual([]);
  });
});
