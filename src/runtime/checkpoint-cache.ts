/**
 * The checkpoint folder (journal + outcome logs) travels between runs in the Actions cache.
 *
 * Cache entries are immutable, so every run saves under a new key, `<prefix>-<scope>-<run_id>-<attempt>`,
 * and restores the newest entry by prefix. The scope keeps a shard's entries apart from the base job's:
 * a shard restores its own prefix first, then the base prefix (the checkpoint of the job that migrated
 * everything the shards depend on). The base prefix must not match shard keys, hence `all-`.
 *
 * A newer checkpoint is never replaced by an older one: a state folder already in the workspace that is
 * ahead of the cache entry wins over it, and a run saves only when its folder is ahead of what the cache
 * gave it. `restoreCache` answering nothing and `saveCache` answering -1 are normal outcomes, logged with
 * what they mean for the next run.
 */
import * as cache from '@actions/cache';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SPOOL_FOLDER } from '../engine/page-spool.js';
import type { Shard } from '../engine/shard.js';
import type { Logger } from '../log/logger.js';
import { compareCheckpoints, describeCheckpoint, readCheckpointPosition, recordsMissingFrom, type CheckpointPosition } from './checkpoint-position.js';
import { errorText } from './error-text.js';

export interface CheckpointKeys {
  /** The new, unique key this run saves under. */
  save: string;
  /** Prefixes tried in order; the newest entry of the first that matches is restored. */
  restore: string[];
}

export interface CheckpointLocation {
  /** Absolute state folder, inside the workspace. */
  stateDir: string;
  workspace: string;
  keys: CheckpointKeys;
}

export interface RestoredCheckpoint {
  /** Where the folder the run starts from came from. */
  from: 'cache' | 'workspace' | 'none';
  /** The cache entry found, even when the workspace folder won over it. */
  cacheKey?: string | undefined;
  /** Position of that cache entry: the run saves only when it gets ahead of it. */
  cachePosition?: CheckpointPosition | undefined;
}

export function checkpointKeys(prefix: string, shard: Shard | undefined, runId: string, runAttempt: string): CheckpointKeys {
  const base = `${prefix}-all-`;
  if (!shard) return { save: `${base}${runId}-${runAttempt}`, restore: [base] };
  const own = `${prefix}-shard-${shard.index}-of-${shard.count}-`;
  return { save: `${own}${runId}-${runAttempt}`, restore: [own, base] };
}

export async function restoreCheckpoint(location: CheckpointLocation, log: Logger): Promise<RestoredCheckpoint> {
  const { stateDir, keys } = location;
  const local = readLocalPosition(stateDir, log);
  const aside = `${stateDir}.local-${process.pid}`;
  rmSync(aside, { recursive: true, force: true });
  if (local) renameSync(stateDir, aside);
  else rmSync(stateDir, { recursive: true, force: true });
  const keepLocal = (): RestoredCheckpoint => {
    if (local) renameSync(aside, stateDir);
    return { from: local ? 'workspace' : 'none' };
  };
  if (local) log.info(`The workspace already has a checkpoint (${describeCheckpoint(local)}); comparing it with the cache.`);

  if (!cacheServiceAvailable(log)) {
    log.warn(
      local
        ? 'The Actions cache is not available here: continuing from the workspace’s checkpoint, which is not saved to the cache (a run on another runner starts over).'
        : 'The Actions cache is not available here: the checkpoint is neither restored nor saved, so a rerun on another runner starts over.',
    );
    return keepLocal();
  }
  let key: string | undefined;
  try {
    const [primary = '', ...fallbacks] = keys.restore;
    key = await cache.restoreCache([cachePath(location)], primary, fallbacks);
  } catch (error) {
    log.warn(`The checkpoint could not be restored from the cache: ${message(error)}`);
    rmSync(stateDir, { recursive: true, force: true });
    return keepLocal();
  }
  if (key === undefined) {
    // restoreCache answers undefined both for a miss and for a failed download (it warns on the latter).
    const where = keys.restore.map((k) => `${k}*`).join(' or ');
    log.info(`No checkpoint restored from the cache under ${where} (none saved yet, or the restore failed: see any warning above): ${local ? 'continuing from the workspace’s checkpoint' : 'starting from scratch'}.`);
    return keepLocal();
  }

  const cached = readPosition(stateDir, log);
  if (!cached) {
    log.warn(`Cache entry ${key} holds no checkpoint journal; ignoring it.`);
    rmSync(stateDir, { recursive: true, force: true });
    return { ...keepLocal(), cacheKey: key };
  }
  if (local && compareCheckpoints(local, cached) > 0) {
    rmSync(stateDir, { recursive: true, force: true });
    warnIfDiverged(local, cached, 'the cache entry', log);
    log.info(`Keeping the workspace’s checkpoint: it is ahead of cache entry ${key} (${describeCheckpoint(cached)}).`);
    return { ...keepLocal(), cacheKey: key, cachePosition: cached };
  }
  if (local) {
    warnIfDiverged(cached, local, 'the workspace’s checkpoint', log);
    rmSync(aside, { recursive: true, force: true });
  }
  log.info(`Checkpoint restored from cache entry ${key} (${describeCheckpoint(cached)}).`);
  return { from: 'cache', cacheKey: key, cachePosition: cached };
}

/** Saves the folder under the run's new key if it is ahead of the cache; returns the key saved. */
export async function saveCheckpoint(location: CheckpointLocation, restored: RestoredCheckpoint, log: Logger): Promise<string | undefined> {
  const { stateDir, keys } = location;
  const current = readPosition(stateDir, log);
  if (!current) {
    log.info('No checkpoint to save (the run did not start).');
    return undefined;
  }
  if (restored.cachePosition) {
    const order = compareCheckpoints(current, restored.cachePosition);
    if (order < 0) {
      log.warn(`The checkpoint is behind cache entry ${restored.cacheKey ?? ''} (${describeCheckpoint(current)} against ${describeCheckpoint(restored.cachePosition)}); not saving it over the newer one.`);
      return undefined;
    }
    if (order === 0) {
      log.info(`The checkpoint is unchanged since cache entry ${restored.cacheKey ?? ''}; nothing to save.`);
      return undefined;
    }
  }
  if (!cacheServiceAvailable(log)) return undefined;
  // Pages read ahead hold customers' records: they never go to the cache (a resumed job runs on a
  // fresh runner and reads them again).
  rmSync(join(stateDir, SPOOL_FOLDER), { recursive: true, force: true });
  let id: number;
  try {
    id = await cache.saveCache([cachePath(location)], keys.save);
  } catch (error) {
    log.warn(`The checkpoint could not be saved to the cache: ${message(error)}. ${consequence(restored)}`);
    return undefined;
  }
  if (id === -1) {
    log.warn(`The cache did not accept the checkpoint under ${keys.save} (see the messages above). ${consequence(restored)}`);
    return undefined;
  }
  log.info(`Checkpoint saved to the cache as ${keys.save} (${describeCheckpoint(current)}).`);
  return keys.save;
}

/**
 * No cache service (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset), or a toolkit without the check
 * (@github/local-action's cache stub has only restoreCache and saveCache): both degrade to no cache.
 */
function cacheServiceAvailable(log: Logger): boolean {
  if (typeof cache.isFeatureAvailable !== 'function') {
    log.warn('This runtime’s @actions/cache has no isFeatureAvailable(): the checkpoint cache is not used.');
    return false;
  }
  if (cache.isFeatureAvailable()) return true;
  log.info('No Actions cache service here (ACTIONS_RESULTS_URL and ACTIONS_CACHE_URL are unset).');
  return false;
}

/** The cache client resolves paths from the working directory (the workspace on a runner) and hashes them into the entry's version: keep it relative so it is the same on every runner. */
function cachePath({ stateDir, workspace }: CheckpointLocation): string {
  return relative(workspace, stateDir);
}

function readPosition(stateDir: string, log: Logger): CheckpointPosition | undefined {
  if (!existsSync(stateDir)) return undefined;
  try {
    return readCheckpointPosition(stateDir);
  } catch (error) {
    log.warn(`The checkpoint in ${stateDir} cannot be read: ${message(error)}`);
    return undefined;
  }
}

/** A corrupt folder in the workspace is moved out of the way, not deleted: someone may want to look at it. */
function readLocalPosition(stateDir: string, log: Logger): CheckpointPosition | undefined {
  if (!existsSync(stateDir)) return undefined;
  try {
    return readCheckpointPosition(stateDir);
  } catch (error) {
    const kept = `${stateDir}.unreadable-${Date.now()}`;
    renameSync(stateDir, kept);
    log.warn(`The checkpoint already in the workspace cannot be read (${message(error)}); it is moved to ${kept} and not used.`);
    return undefined;
  }
}

function warnIfDiverged(chosen: CheckpointPosition, other: CheckpointPosition, otherName: string, log: Logger): void {
  const missing = recordsMissingFrom(chosen, other);
  if (missing > 0) {
    log.warn(`The two checkpoints diverged: ${missing} records are in ${otherName} only and may be written again; targets that match existing records (external id, email) will update rather than duplicate them.`);
  }
}

function consequence(restored: RestoredCheckpoint): string {
  return restored.cacheKey
    ? `The next run will start from cache entry ${restored.cacheKey} and redo what this run did since.`
    : 'The next run will start from scratch unless this workspace is kept.';
}

function message(error: unknown): string {
  return errorText(error);
}
