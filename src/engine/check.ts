/**
 * `check`: everything a team wants to know before a migration writes anything, and nothing
 * written. It reads the whole source and decides each record as a full run would (the same scope,
 * duplicate and preparation rules, the target's own refusals; placeholder ids stand for the target
 * ids of records predicted migrated), so its counts and reasons are the full run's. It reports the
 * accounts reached, each permission (proven by a cheap read), counts, the API calls and time the
 * migration will take, every record that will fail, be skipped or change (with its id), and the
 * target settings to review first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Mapping } from '../config/types.js';
import { NetworkError } from '../http/errors.js';
import { stopsTheRun } from '../http/failure-kind.js';
import type { EntityName } from '../model/entities.js';
import { invalidityOf } from '../model/invalid-record.js';
import { failed, migrated, REASONS, warning, WARNINGS, type Outcome, type Warning } from '../model/outcomes.js';
import { referencesOf } from '../model/references.js';
import type { Agent, AnyRecord, Article, KbFolder, Ticket } from '../model/records.js';
import type { Source, Target, WriteContext } from '../platforms/contracts.js';
import { articlesNeedFolder, readEntity, sinkOf, streamOf } from '../platforms/declared-entities.js';
import { MemoryMemo } from '../platforms/memory-memo.js';
import type { AccessCheck } from '../platforms/preflight.js';
import type { Logger } from '../log/logger.js';
import { OutcomeLog, toRow } from './outcome-log.js';
import { planEntities } from './plan.js';
import { DEFAULT_CATEGORY_ID, DEFAULT_CONTAINER_NOTE, DEFAULT_FOLDER_ID, placeInDefaultFolder, prepareRecord, type PrepareContext } from './prepare-record.js';
import { duplicateSourceId, outOfScope } from './record-scope.js';
import { silentProgress, type EntityTally, type ProgressSink } from './progress.js';
import { oneShotRun, writeReports, type CheckDetails, type RunSummary } from './report.js';
import { modeWords } from './mode-words.js';
import { UnreachableHosts } from './unreachable-hosts.js';

export interface CheckOptions {
  mapping: Mapping;
  source: Source;
  target: Target;
  reportsDir: string;
  log: Logger;
  progress?: ProgressSink;
  now?: () => Date;
}

interface Volume {
  records: number;
  comments: number;
  attachments: number;
}

export async function check(options: CheckOptions): Promise<RunSummary> {
  const { mapping, source, target, log } = options;
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const progress = options.progress ?? silentProgress;
  const plan = planEntities(mapping, source, target);

  const accounts = {
    source: (await source.preflight?.account().catch((e: unknown) => `unreachable: ${String(e)}`)) ?? source.platform,
    target: (await target.preflight?.account().catch((e: unknown) => `unreachable: ${String(e)}`)) ?? target.platform,
  };
  const access: CheckDetails['access'] = [
    ...((await source.preflight?.checkAccess(plan.entities)) ?? []).map((a) => ({ side: 'source' as const, ...a })),
    ...((await target.preflight?.checkAccess(plan.entities)) ?? []).map((a) => ({ side: 'target' as const, ...a })),
  ];
  for (const a of access.filter((x: AccessCheck) => !x.ok)) log.error(`${a.side} ${a.permission}: ${a.detail}`);

  // Findings go to a scratch log outside the state folder: check writes no state at all.
  const scratch = mkdtempSync(join(tmpdir(), 'desk-migrate-check-'));
  const rows = new OutcomeLog(scratch, 'check');
  const findings = new Map<string, number>();
  const note = (kind: string) => findings.set(kind, (findings.get(kind) ?? 0) + 1);
  /** Records predicted migrated: they resolve to placeholder target ids, so references bind as in a run. */
  const predicted = new Map<EntityName, Set<string>>();
  const isPredicted = (entity: EntityName, id: string) => predicted.get(entity)?.has(id) === true;
  const resolve = (entity: EntityName, id: string) => (isPredicted(entity, id) ? `check:${entity}:${id}` : undefined);
  /** Why a record is predicted not to migrate, for the messages of the records that need it. */
  const why = new Map<string, string>();
  const volumes = new Map<EntityName, Volume>();
  const agentIds = new Map<string, string | undefined>();
  // The same preparation as `migrate` (prepare-record.ts), the target's own refusals included.
  const context: PrepareContext = {
    mapping,
    resolve,
    agentByEmail: (email) => agentIds.get(email.toLowerCase()),
    whyNotMigrated: (entity, id) => why.get(`${entity}:${id}`),
    refuses: (entity, record) => sinkOf(target, entity)?.refuses?.(record),
    predicting: true,
  };
  const memo = new MemoryMemo();
  const hosts = new UnreachableHosts(memo, 'check');
  const writeContext: WriteContext = { resolve, fetchAttachment: (attachment) => hosts.download(attachment.url, () => source.openAttachment(attachment)), options: mapping, log, memo };

  /** Which side the check is talking to, for a failure that stops it. */
  let side: 'source' | 'target' = 'source';
  let current: EntityName | undefined;
  try {
    side = 'target';
    for (const email of [mapping.agents.default, mapping.defaults.tickets?.assignee]) {
      if (email && !agentIds.has(email.toLowerCase())) agentIds.set(email.toLowerCase(), await target.matchAgent?.(email));
    }
    side = 'source';
    for (current of plan.entities) await checkEntity(current);
  } catch (error) {
    // A refused credential, a host that cannot be reached or stalls: nothing more can be learned, and
    // the answer is "not ready" (exit 2), not a crash.
    if (!(stopsTheRun(error) || error instanceof NetworkError)) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    log.error(`${side} read ${current ?? 'records'} (the check stopped here): ${detail}`);
    access.push({ side, permission: `read ${current ?? 'records'}`, ok: false, detail });
  }

  async function checkEntity(entity: EntityName): Promise<void> {
    const tally: EntityTally = { read: 0, migrated: 0, failed: 0, skipped: 0 };
    const volume: Volume = { records: 0, comments: 0, attachments: 0 };
    const passing = new Set<string>();
    predicted.set(entity, passing);
    const occurrences = new Map<string, number>();
    let deferred: AnyRecord[] = [];
    progress.entityStarted(entity, await streamOf(source, entity)?.count?.({}).catch(() => undefined));

    const settle = (id: string, outcome: Outcome, occurrence?: number) => {
      tally[outcome.status]++;
      rows.add(occurrence ? { ...toRow(entity, id, outcome), occurrence } : toRow(entity, id, outcome));
      if (outcome.status === 'migrated') for (const code of new Set((outcome.warnings ?? []).map((w) => w.code))) note(code);
      else {
        note(outcome.reason);
        if (!occurrence) why.set(`${entity}:${id}`, outcome.reason);
      }
    };

    /** migrate's `admit` and `decide`, without the writes: the outcome a full run would record. */
    const admit = async (input: AnyRecord, first: boolean, canDefer: boolean) => {
      if (first) {
        const seen = occurrences.get(input.id);
        occurrences.set(input.id, (seen ?? 0) + 1);
        if (seen !== undefined) return settle(input.id, duplicateSourceId(entity, input.id, seen + 1), seen + 1);
        const invalid = invalidityOf(input);
        if (invalid) return settle(input.id, failed(REASONS.invalidRecord, invalid));
      }
      let record = input;
      if (entity === 'articles' && articlesNeedFolder(target) && !(record as Article).folderId) {
        // migrate writes the default category and folder on first need, each with its own row.
        for (const [container, id] of [
          ['kb_categories', DEFAULT_CATEGORY_ID],
          ['kb_folders', DEFAULT_FOLDER_ID],
        ] as const) {
          if (isPredicted(container, id)) continue;
          predicted.get(container)?.add(id);
          rows.add(toRow(container, id, migrated('', { warnings: [warning(WARNINGS.defaultFolder, DEFAULT_CONTAINER_NOTE)] })));
        }
        record = placeInDefaultFolder(record as Article);
      }
      const parents = referencesOf(entity, record).filter((r) => r.entity === entity && r.required && !isPredicted(entity, r.id));
      if (canDefer && parents.length > 0) {
        deferred.push(record);
        return;
      }
      const out = outOfScope(entity, record, mapping, target);
      if (out) return settle(record.id, out);
      const prepared = prepareRecord(entity, record, context);
      if ('outcome' in prepared) return settle(record.id, prepared.outcome);
      const warnings = [...prepared.warnings];
      // What the target only matches (agents, teams) is matched now, by reads, as the write would.
      side = 'target';
      const [matched] = (await sinkOf(target, entity)?.matchOnly?.([prepared.record], writeContext)) ?? [];
      side = 'source';
      if (matched?.status === 'failed' && matched.reason === REASONS.unmatchedAgent) {
        // migrate's fallback: an unmatched agent takes the mapping's default agent, when the target has it.
        const fallback = mapping.agents.default;
        if (!fallback || !agentIds.get(fallback.toLowerCase())) return settle(record.id, matched);
        warnings.push(warning(WARNINGS.defaultAgent, `no agent ${(prepared.record as Agent).email} in the target; mapped to the default agent ${fallback}`));
      } else if (matched && matched.status !== 'migrated') return settle(record.id, matched);
      else if (matched?.warnings) warnings.push(...matched.warnings);
      warnings.push(...advice(entity, prepared.record));
      passing.add(record.id);
      volume.records++;
      // Volumes after the mapping: attachments the target refuses cost no call.
      if (entity === 'tickets') {
        const t = prepared.record as Ticket;
        volume.comments += t.comments.length;
        volume.attachments += t.comments.reduce((n, c) => n + c.attachments.length, 0);
      }
      if (entity === 'articles') volume.attachments += (prepared.record as Article).attachments.length;
      // No target id yet: check writes nothing.
      settle(record.id, migrated('', warnings.length > 0 ? { warnings } : {}));
    };

    for await (const page of readEntity(source, entity, {})) {
      for (const record of page.records) {
        tally.read++;
        await admit(record, true, true);
      }
      rows.flush();
      progress.recordsSettled(entity, tally);
    }
    // Records whose parent of the same entity came later in the stream, as migrate decides them.
    for (let progressMade = true; deferred.length > 0 && progressMade; ) {
      const waiting = deferred;
      deferred = [];
      for (const record of waiting) await admit(record, false, true);
      progressMade = deferred.length < waiting.length;
    }
    for (const record of deferred) await admit(record, false, false);
    rows.flush();
    volumes.set(entity, volume);
    progress.entityFinished(entity, tally);
  }

  /** What a team should review although the record migrates as it is. */
  function advice(entity: EntityName, record: AnyRecord): Warning[] {
    if (entity === 'tickets' && !(record as Ticket).assigneeId) {
      const fallback = mapping.defaults.tickets?.assignee;
      const why = fallback ? `the default assignee ${fallback} is not an agent of ${target.platform}` : 'set defaults.tickets.assignee, or review the target\'s assignment rules';
      return [warning(WARNINGS.unassigned, `unassigned: stays unassigned (${why})`)];
    }
    if (entity === 'kb_folders' && (record as KbFolder).parentFolderId) {
      return [warning(WARNINGS.nestedFolder, `a folder inside another folder: kept nested where ${target.platform} supports nested folders (see its platform notes), else placed at the top of its category`)];
    }
    return [];
  }

  const estimate = estimateCost(plan.entities, volumes, source, target);
  // The source's own (Freshdesk reads archived tickets one by one) as well as the target's.
  const reminders = [...(source.preflight?.reminders() ?? []), ...(target.preflight?.reminders() ?? []), ...genericReminders(findings, mapping)];
  const ready = access.every((a) => a.ok);
  const details: CheckDetails = { ready, accounts, access, estimate, reminders, findings: Object.fromEntries(findings) };
  try {
    return writeReports(
      options.reportsDir,
      rows.lastOutcomes(),
      { ...oneShotRun('check', source.platform, target.platform, startedAt, now().toISOString(), plan.notes), check: details },
      CHECK_FILES,
    );
  } finally {
    rows.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

const CHECK_FILES = modeWords('check').files;

function estimateCost(entities: readonly EntityName[], volumes: Map<EntityName, Volume>, source: Source, target: Target): CheckDetails['estimate'] {
  let calls = 0;
  let minutes = 0;
  for (const entity of entities) {
    const v = volumes.get(entity) ?? { records: 0, comments: 0, attachments: 0 };
    for (const side of [source.preflight?.cost(entity), target.preflight?.cost(entity)]) {
      if (!side) continue;
      const n = Math.ceil(v.records * side.callsPerRecord + v.comments * (side.callsPerComment ?? 0) + v.attachments * (side.callsPerAttachment ?? 0));
      calls += n;
      minutes += n / side.requestsPerMinute;
    }
  }
  return { apiCalls: calls, minutes: Math.ceil(minutes) };
}

function genericReminders(findings: Map<string, number>, mapping: Mapping): string[] {
  const out: string[] = [];
  if (findings.get(REASONS.invalidPhone) || mapping.options.invalid_phone === 'keep') {
    out.push('Some phone numbers are not valid: if the target validates phone numbers, turn that off during the migration or keep options.invalid_phone: drop.');
  }
  if (findings.get(WARNINGS.unassigned)) out.push('Some tickets have no assignee: review the target’s assignment rules so imported tickets are not auto-assigned.');
  if (!mapping.options.skip_notifications) out.push('options.skip_notifications is off: customers and agents may be emailed about imported records.');
  return out;
}
