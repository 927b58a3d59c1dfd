/**
 * `check`: everything a team wants to know before a migration writes anything, and nothing
 * written. It reads the whole source through the same mapping rules as a real run and reports the
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
import { entityLabel, type EntityName } from '../model/entities.js';
import { failed, migrated, REASONS, skipped, type Outcome } from '../model/outcomes.js';
import { referencesOf } from '../model/references.js';
import type { Agent, AnyRecord, Article, KbFolder, Ticket } from '../model/records.js';
import type { Source, Target } from '../platforms/contracts.js';
import type { AccessCheck } from '../platforms/preflight.js';
import type { Logger } from '../log/logger.js';
import { applyMapping } from '../transform/apply-mapping.js';
import { OutcomeLog, toRow } from './outcome-log.js';
import { planEntities } from './plan.js';
import { silentProgress, type EntityTally, type ProgressSink } from './progress.js';
import { oneShotRun, writeReports, type CheckDetails, type RunSummary } from './report.js';
import { modeWords } from './mode-words.js';

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
  /** Ids that a real run would migrate, to tell which records would lose a dependency. */
  const wouldMigrate = new Map<EntityName, Set<string>>();
  const volumes = new Map<EntityName, Volume>();
  const folders = new Map<string, KbFolder>();
  const unmatchedAgents = new Set<string>();

  /** Which side the check is talking to, for a failure that stops it. */
  let side: 'source' | 'target' = 'source';
  let entity: EntityName | undefined;
  try {
    for (entity of plan.entities) await checkEntity(entity);
  } catch (error) {
    // A refused credential, a host that cannot be reached or stalls: nothing more can be learned, and
    // the answer is "not ready" (exit 2), not a crash.
    if (!(stopsTheRun(error) || error instanceof NetworkError)) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    log.error(`${side} read ${entity ?? 'records'} (the check stopped here): ${detail}`);
    access.push({ side, permission: `read ${entity ?? 'records'}`, ok: false, detail });
  }

  async function checkEntity(entity: EntityName): Promise<void> {
    const tally: EntityTally = { read: 0, migrated: 0, failed: 0, skipped: 0 };
    const volume: Volume = { records: 0, comments: 0, attachments: 0 };
    const passing = new Set<string>();
    wouldMigrate.set(entity, passing);
    progress.entityStarted(entity, await source.count?.(entity, {}).catch(() => undefined));
    for await (const page of source.read(entity, {})) {
      for (const record of page.records) {
        tally.read++;
        const { outcome, transformed } = await judge(entity, record);
        if (outcome.status === 'migrated') {
          passing.add(record.id);
          volume.records++;
          // Volumes after the mapping: attachments the target refuses cost no call.
          if (entity === 'tickets') {
            const t = transformed as Ticket;
            volume.comments += t.comments.length;
            volume.attachments += t.comments.reduce((n, c) => n + c.attachments.length, 0);
          }
          if (entity === 'articles') volume.attachments += (transformed as Article).attachments.length;
        }
        tally[outcome.status]++;
        rows.add(toRow(entity, record.id, outcome));
        if (entity === 'kb_folders') folders.set(record.id, record as KbFolder);
      }
      rows.flush();
      progress.recordsSettled(entity, tally);
    }
    volumes.set(entity, volume);
    progress.entityFinished(entity, tally);
  }

  async function judge(entity: EntityName, record: AnyRecord): Promise<{ outcome: Outcome; transformed: AnyRecord }> {
    const transformed = applyMapping(entity, record, mapping);
    if ('failure' in transformed) {
      note(transformed.failure.reason);
      return { outcome: transformed.failure, transformed: record };
    }
    if ('skip' in transformed) return { outcome: transformed.skip, transformed: record };
    return { outcome: await judgeMapped(entity, record, transformed.record, transformed.warnings), transformed: transformed.record };
  }

  async function judgeMapped(entity: EntityName, record: AnyRecord, mapped: AnyRecord, mappingWarnings: string[]): Promise<Outcome> {
    const transformed = { record: mapped, warnings: mappingWarnings };
    const warnings = [...transformed.warnings];
    for (const w of warnings) note(w.startsWith('phone dropped') ? 'invalid phone (will be dropped)' : / not migrated$/.test(w) ? 'attachment the target refuses (will be left out)' : 'changed by the mapping');
    for (const ref of referencesOf(entity, transformed.record)) {
      if (wouldMigrate.get(ref.entity)?.has(ref.id)) continue;
      if (ref.entity === 'agents' && unmatchedAgents.has(ref.id) && mapping.agents.default) {
        warnings.push(`${ref.path}: agent ${ref.id} has no match; goes to the default agent ${mapping.agents.default}`);
        continue;
      }
      // A parent of the same entity (a folder's parent folder) may come later in the stream.
      if (ref.required && ref.entity !== entity) {
        note(REASONS.dependencyFailed);
        return skipped(REASONS.dependencyFailed, `${entityLabel(entity)} ${record.id} needs ${entityLabel(ref.entity)} ${ref.id} (${ref.path}), which will not migrate`);
      }
      if (!ref.required) warnings.push(`${ref.path}: ${entityLabel(ref.entity)} ${ref.id} will not migrate, left out`);
    }
    if (entity === 'agents' && target.matchAgent && !target.createsAgents) {
      const agent = transformed.record as Agent;
      side = 'target';
      const match = await target.matchAgent(agent.email);
      side = 'source';
      if (!match) {
        unmatchedAgents.add(record.id);
        note(REASONS.unmatchedAgent);
        if (!mapping.agents.default) {
          return failed(REASONS.unmatchedAgent, `no agent ${agent.email} in ${target.platform}; create it there, add it to agents.table, or set agents.default`);
        }
        warnings.push(`no agent ${agent.email} in ${target.platform}; its records go to the default agent ${mapping.agents.default}`);
      }
    }
    if (entity === 'tickets') {
      const ticket = transformed.record as Ticket;
      if (ticket.truncatedFrom) {
        note(REASONS.truncatedSource);
        const message = `the source returned ${ticket.comments.length} of the thread's ${ticket.truncatedFrom} parts: the oldest ${ticket.truncatedFrom - ticket.comments.length} are not reachable through its API`;
        if (mapping.options.truncated_threads === 'fail') return failed(REASONS.truncatedSource, `${message}; set options.truncated_threads: migrate to move what can be read`);
        warnings.push(message);
      }
      if (!ticket.assigneeId) {
        note('unassigned');
        const fallback = mapping.defaults.tickets?.assignee;
        warnings.push(fallback ? `unassigned: will be assigned to ${fallback}` : `unassigned: stays unassigned (set defaults.tickets.assignee, or review the target's assignment rules)`);
      }
    }
    if (entity === 'articles') {
      const article = transformed.record as Article;
      const folder = article.folderId ? folders.get(article.folderId) : undefined;
      const kb = mapping.knowledge_base;
      if (!article.folderId && target.articlesNeedFolder) {
        note('outside the KB tree');
        warnings.push(`outside a Category > Folder > Article tree: goes to "${kb.default_category}" > "${kb.default_folder}"`);
      } else if (folder?.parentFolderId) {
        note('deeper than three levels');
        warnings.push(`in a nested folder (${folder.id} inside ${folder.parentFolderId}): deeper than Category > Folder > Article; check the target keeps nested folders`);
      }
    }
    // No target id yet: check writes nothing.
    return migrated('', warnings.length > 0 ? { warning: warnings.join('; ') } : {});
  }

  const estimate = estimateCost(plan.entities, volumes, source, target);
  const reminders = [...(target.preflight?.reminders() ?? []), ...genericReminders(findings, mapping)];
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

/** check's files say what will happen, not what happened. */
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
  if (findings.get('unassigned')) out.push('Some tickets have no assignee: review the target’s assignment rules so imported tickets are not auto-assigned.');
  if (!mapping.options.skip_notifications) out.push('options.skip_notifications is off: customers and agents may be emailed about imported records.');
  return out;
}
