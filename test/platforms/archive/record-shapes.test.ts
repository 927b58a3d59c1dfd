/** An archive line of the wrong shape fails alone as invalid_record, naming file:line and fields; the run goes on. */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { generateArchive } from '../../../bench/generate-archive.mjs';
import { runArchive } from '../../support/run-archive.js';
import { readCsv, tempDir } from '../../support/workspace.js';
import { KEEP } from './archive-ticket.js';

test('wrong types and missing fields fail the record with invalid_record, quoting no value', async () => {
  const work = tempDir();
  const source = join(work, 'source');
  await generateArchive(source, { tickets: 3 });
  appendFileSync(join(source, 'agents.jsonl'), JSON.stringify({ id: 'bad-agent', email: 42, name: 'x' }) + '\n');
  appendFileSync(
    join(source, 'tickets.jsonl'),
    JSON.stringify({ id: 'bad-ticket', kind: 'ticket', status: 'open', requesterId: 'c1', comments: 'secret-looking text', createdAt: 'not a date', updatedAt: '2024-01-01T00:00:00Z' }) + '\n',
  );
  const summary = await runArchive(work, source, 'full', KEEP);
  expect(summary.complete).toBe(true);
  expect(summary.entities.tickets).toMatchObject({ read: 4, migrated: 3, failedBy: { invalid_record: 1 } });
  const failed = readCsv(join(work, 'reports', 'failed.csv'));
  expect(failed).toEqual([
    ['agents', 'bad-agent', '', 'invalid_record', `${join(source, 'agents.jsonl')}:5: agent bad-agent does not fit the archive format: email: must be a string`, ''],
    ['tickets', 'bad-ticket', '', 'invalid_record', `${join(source, 'tickets.jsonl')}:4: ticket bad-ticket does not fit the archive format: createdAt: must be a date (ISO 8601); comments: must be a list`, ''],
  ]);
});
