/**
 * `verify`: reads the target back and compares every migrated record (or a seeded sample) with
 * what the source says it should be, field by field. The source record goes through the same
 * preparation as in `migrate` (mapping rules, target ids, defaults), then through what the target
 * platform is known not to carry, and is compared with the target's record read through the
 * target platform's own reader.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Mapping } from '../config/types.js';
import type { EntityName } from '../model/entities.js';
import { failed, migrated, REASONS, skipped, type Warning } from '../model/outcomes.js';
import type { AnyRecord, Article } from '../model/records.js';
import type { Source, Target } from '../platforms/contracts.js';
import { articlesNeedFolder, readEntity, sinkOf, streamOf } from '../platforms/declared-entities.js';
import type { Logger } from '../log/logger.js';
import { Checkpoint, type StateIdentity } from './checkpoint.js';
import { comparable, differingFields, lostValues, type Comparable } from './comparable.js';
import { csvLine } from './csv-cells.js';
import { OutcomeLog, toRow } from './outcome-log.js';
import { planEntities } from './plan.js';
import { placeInDefaultFolder, prepareRecord } from './prepare-record.js';
import { claimStateIdentity } from './state-identity.js';
import { silentProgress, type EntityTally, type ProgressSink } from './progress.js';
import { oneShotRun, writeReports, type RunSummary } from './report.js';
import { modeWords } from './mode-words.js';

export interface VerifyOptions {
  mapping: Mapping;
  source: Source;
  target: Target;
  /** The target platform read as a source: how `verify` sees what was written. */
  targetReader: Source;
  stateDir: string;
  reportsDir: string;
  log: Logger;
  progress?: ProgressSink;
  /** Compare at most this many records per entity, chosen by the mapping's demo seed. */
  sample?: number;
  /** The source and target of this mapping: a state folder of another pair is refused. */
  identity?: StateIdentity;
  now?: () => Date;
}

export async function verify(options: VerifyOptions): Promise<RunSummary> {
  const { mapping, source, target, targetReader, log } = options;
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const progress = options.progress ?? silentProgress;
  const checkpoint = Checkpoint.open(options.stateDir, { readOnly: true, warn: (m) => log.warn(m) });
  claimStateIdentity(checkpoint, options.identity, { readOnly: true });
  if (checkpoint.isNew) log.warn(`No checkpoint in ${options.stateDir}: nothing is known to be migrated, so there is nothing to compare. Pass the state folder of the migration.`);
  const plan = planEntities(mapping, source, target);
  const scratch = mkdtempSync(join(tmpdir(), 'desk-migrate-verify-'));
  const rows = new OutcomeLog(scratch, 'verify');
  mkdirSync(options.reportsDir, { recursive: true });
  const mismatches = openSync(join(options.reportsDir, 'mismatches.csv'), 'w');
  writeSync(mismatches, csvLine(['entity', 'source_id', 'target_id', 'field', 'expected', 'actual']));
  const values = openSync(join(options.reportsDir, 'lost-values.csv'), 'w');
  writeSync(values, csvLine(['entity', 'source_id', 'target_id', 'field', 'source_value', 'status', 'warning_code', 'warning']));
  const mismatchedFields: Record<string, number> = {};
  const lostCounts: Record<string, number> = {};
  const leftOutCounts: Record<string, number> = {};
  const count = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  let compared = 0;
  let matched = 0;
  const agentIds = new Map<string, string | undefined>();
  for (const email of [mapping.agents.default, mapping.defaults.tickets?.assignee]) {
    if (email) agentIds.set(email.toLowerCase(), await target.matchAgent?.(email));
  }
  const inSample = (entity: EntityName, id: string) =>
    options.sample === undefined || createHash('sha1').update(`${mapping.demo.seed}:verify:${entity}:${id}`).digest().readUInt32BE(0) / 2 ** 32 < options.sample / Math.max(1, checkpoint.size(entity));

  try {
    for (const entity of plan.entities) {
      if (!sinkOf(target, entity) || !streamOf(targetReader, entity)) continue;
      const tally: EntityTally = { read: 0, migrated: 0, failed: 0, skipped: 0 };
      progress.entityStarted(entity, checkpoint.size(entity));
      // The target's side, keyed by target id, for the records this verify will compare.
      const wanted = new Set<string>();
      for (const [id, entry] of checkpoint.entries(entity)) if (inSample(entity, id)) wanted.add(entry.targetId);
      const actual = new Map<string, Comparable>();
      const byIds = streamOf(targetReader, entity)?.readByIds?.([...wanted]);
      if (byIds) {
        for await (const records of byIds) for (const record of records) actual.set(record.id, comparable(entity, record));
      } else {
        for await (const page of readEntity(targetReader, entity, {})) {
          for (const record of page.records) if (wanted.has(record.id)) actual.set(record.id, comparable(entity, record));
        }
      }

      for await (const page of readEntity(source, entity, {})) {
        for (const record of page.records) {
          tally.read++;
          const entry = checkpoint.get(entity, record.id);
          let row;
          if (!entry) row = skipped(REASONS.notMigrated, 'not in the ledger: it was not migrated');
          else if (!inSample(entity, record.id)) row = skipped(REASONS.notInSample, 'not in the verify sample', entry.targetId);
          else {
            const found = actual.get(entry.targetId);
            const side = expectedOf(entity, record, entry.targetId, entry.warnings ?? []);
            compared++;
            for (const left of side?.leftOut ?? []) {
              count(leftOutCounts, `${entity}.${left.field}`);
              writeSync(values, csvLine([entity, record.id, entry.targetId, left.field, show(left.value), 'left_out', left.warning.code, left.warning.message]));
            }
            const known = side && side.leftOut.length > 0 ? { warnings: [...new Set(side.leftOut.map((l) => l.warning))] } : {};
            if (!found) row = failed(REASONS.mismatch, `${entry.targetId} is not in the target`);
            else if (!side) row = failed(REASONS.mismatch, 'the mapping now rejects this record; it was migrated under an earlier mapping');
            else {
              const expected = side.expected;
              const fields = differingFields(expected, found);
              for (const field of fields) {
                mismatchedFields[`${entity}.${field}`] = (mismatchedFields[`${entity}.${field}`] ?? 0) + 1;
                writeSync(mismatches, csvLine([entity, record.id, entry.targetId, field, show(expected[field]), show(found[field])]));
              }
              const lost = lostValues(expected, found, fields);
              for (const value of lost) {
                count(lostCounts, `${entity}.${value.field}`);
                writeSync(values, csvLine([entity, record.id, entry.targetId, value.field, show(value.value), 'lost', '', '']));
              }
              if (fields.length === 0) matched++;
              const lostText = lost.length > 0 ? `; the target lost ${lost.map((l) => `${l.field} (${show(l.value)})`).join(', ')}` : '';
              row = fields.length === 0 ? migrated(entry.targetId, known) : failed(REASONS.mismatch, `differs in ${fields.join(', ')}${lostText}`);
            }
            if (!found) {
              mismatchedFields[`${entity}.(record)`] = (mismatchedFields[`${entity}.(record)`] ?? 0) + 1;
              writeSync(mismatches, csvLine([entity, record.id, entry.targetId, '(record)', 'present', 'missing']));
            }
          }
          tally[row.status]++;
          rows.add(toRow(entity, record.id, row));
        }
        rows.flush();
        progress.recordsSettled(entity, tally);
      }
      progress.entityFinished(entity, tally);
    }
    closeSync(mismatches);
    closeSync(values);
    return writeReports(
      options.reportsDir,
      rows.lastOutcomes(),
      { ...oneShotRun('verify', source.platform, target.platform, startedAt, now().toISOString(), plan.notes), verify: { compared, matched, mismatchedFields, sampled: options.sample !== undefined, lostValues: lostCounts, leftOutValues: leftOutCounts } },
      modeWords('verify').files,
    );
  } finally {
    rows.close();
    checkpoint.close();
    rmSync(scratch, { recursive: true, force: true });
  }

  /**
   * The source's side as the target should hold it, without the values a warning says were left out
   * (returned in `leftOut`, each with its warning and the value the source had).
   */
  function expectedOf(entity: EntityName, record: AnyRecord, targetId: string, written: readonly Warning[]): { expected: Comparable; leftOut: LeftOut[] } | undefined {
    const placed = entity === 'articles' && articlesNeedFolder(target) && !(record as Article).folderId ? placeInDefaultFolder(record as Article) : record;
    const prepared = prepareRecord(entity, placed, {
      mapping,
      resolve: (e, id) => checkpoint.targetId(e, id),
      agentByEmail: (email) => agentIds.get(email.toLowerCase()),
    });
    if ('outcome' in prepared) return undefined;
    const leftOut: LeftOut[] = [];
    for (const w of [...written, ...prepared.warnings]) {
      for (const field of w.fields ?? []) {
        if (leftOut.some((l) => l.field === field)) continue;
        const value = takeValue(prepared.record, field) ?? valueAt(record, field);
        if (value !== undefined && value !== null && value !== '') leftOut.push({ field, value, warning: w });
      }
    }
    const expected = comparable(entity, prepared.record);
    // An agent with no match in the target was mapped to the default agent: that one is expected.
    const fallback = mapping.agents.default;
    if (entity === 'agents' && fallback && targetId === agentIds.get(fallback.toLowerCase())) expected.email = fallback.toLowerCase();
    return { expected: sinkOf(target, entity)?.expectedInTarget?.(expected, prepared.record) ?? expected, leftOut };
  }
}

interface LeftOut {
  field: string;
  value: unknown;
  warning: Warning;
}

/** The value a warning's field names: `phone`, or `custom.<key>` (one key of an object field). */
function valueAt(record: AnyRecord, field: string): unknown {
  const [head = '', ...rest] = field.split('.');
  const value = (record as unknown as Record<string, unknown>)[head];
  if (rest.length === 0) return value;
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[rest.join('.')] : undefined;
}

/** `valueAt`, removing the value from the (prepared, so private) record. */
function takeValue(record: AnyRecord, field: string): unknown {
  const value = valueAt(record, field);
  const [head = '', ...rest] = field.split('.');
  const holder = record as unknown as Record<string, unknown>;
  if (rest.length === 0) delete holder[head];
  else if (holder[head] && typeof holder[head] === 'object') delete (holder[head] as Record<string, unknown>)[rest.join('.')];
  return value;
}

function show(value: unknown): string {
  return value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
}
