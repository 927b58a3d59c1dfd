/**
 * The checkpoint folder through the real @actions/cache client and the simulator's cache service, in
 * process (`inStep` gives each call its step's environment and working directory).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Checkpoint } from '../../src/engine/checkpoint.js';
import { SPOOL_FOLDER } from '../../src/engine/page-spool.js';
import type { Shard } from '../../src/engine/shard.js';
import { checkpointKeys, restoreCheckpoint, saveCheckpoint, type CheckpointLocation, type RestoredCheckpoint } from '../../src/runtime/checkpoint-cache.js';
import { compareCheckpoints, readCheckpointPosition } from '../../src/runtime/checkpoint-position.js';
import type { Logger } from '../../src/log/logger.js';
import { inStep, startActionsRuntimeSim, type ActionsRuntimeSim, type RunnerStep } from '../sim/actions-runtime/index.js';

let sim: ActionsRuntimeSim;
beforeAll(async () => {
  sim = await startActionsRuntimeSim();
});
afterAll(async () => {
  await sim?.close();
});

function recorder(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, debug: () => {}, info: (m) => lines.push(`info: ${m}`), warn: (m) => lines.push(`warn: ${m}`), error: (m) => lines.push(`error: ${m}`) };
}

/** A state folder with `records` contacts in the ledger, written through the engine's own Checkpoint. */
function writeState(stateDir: string, records: number, options: { from?: number; startedAt?: string; complete?: boolean } = {}): void {
  mkdirSync(stateDir, { recursive: true });
  const checkpoint = Checkpoint.open(stateDir);
  checkpoint.beginRun('full', new Date(options.startedAt ?? '2026-11-01T00:00:00Z'));
  const from = options.from ?? 0;
  const written = Array.from({ length: records }, (_, i) => ({ id: `c${from + i}`, entry: { targetId: `t${from + i}`, hash: 'h' } }));
  checkpoint.commit('contacts', written, []);
  if (options.complete) checkpoint.endRun(true);
  checkpoint.close();
}

function location(step: RunnerStep, prefix: string, shard?: Shard): CheckpointLocation {
  return { stateDir: join(step.workspace, '.desk-migrate/state'), workspace: step.workspace, keys: checkpointKeys(prefix, shard, step.runId, String(step.runAttempt)) };
}

async function restore(step: RunnerStep, where: CheckpointLocation, log = recorder()) {
  return { restored: (await inStep(step, () => restoreCheckpoint(where, log))).value, log };
}

async function save(step: RunnerStep, where: CheckpointLocation, restored: RestoredCheckpoint, log = recorder()) {
  return { key: (await inStep(step, () => saveCheckpoint(where, restored, log))).value, log };
}

const records = (stateDir: string) => readCheckpointPosition(stateDir)?.records.size;

describe('checkpoint keys', () => {
  it('are unique per run and attempt, and keep shards apart from the base job', () => {
    expect(checkpointKeys('tickets', undefined, '88', '2')).toEqual({ save: 'tickets-all-88-2', restore: ['tickets-all-'] });
    expect(checkpointKeys('tickets', { index: 1, count: 4 }, '88', '1')).toEqual({
      save: 'tickets-shard-1-of-4-88-1',
      restore: ['tickets-shard-1-of-4-', 'tickets-all-'],
    });
    // Prefix matching: shard 1 of 4 must not find shard 1 of 40.
    expect('tickets-shard-1-of-40-88-1'.startsWith('tickets-shard-1-of-4-')).toBe(false);
  });
});

describe('checkpoint in the cache', () => {
  it('never holds the pages read ahead (customers\' records): the spool is removed before the save', async () => {
    const first = sim.env();
    const where = location(first, 'spool');
    const { restored } = await restore(first, where);
    writeState(where.stateDir, 3);
    mkdirSync(join(where.stateDir, SPOOL_FOLDER));
    writeFileSync(join(where.stateDir, SPOOL_FOLDER, 'tickets.jsonl'), '{"records":[{"subject":"a customer\'s ticket"}]}\n');
    expect((await save(first, where, restored)).key).toBe(`spool-all-${first.runId}-1`);
    expect(existsSync(join(where.stateDir, SPOOL_FOLDER))).toBe(false);

    const second = sim.env();
    const next = location(second, 'spool');
    expect((await restore(second, next)).restored.from).toBe('cache');
    expect(records(next.stateDir)).toBe(3);
    expect(existsSync(join(next.stateDir, SPOOL_FOLDER))).toBe(false);
  });

  it('a first run finds nothing and says so; its save is restored by the next run on a fresh runner', async () => {
    const first = sim.env();
    const where = location(first, 'fresh');
    const { restored, log } = await restore(first, where);
    expect(restored).toEqual({ from: 'none' });
    expect(log.lines.join('\n')).toContain('No checkpoint restored from the cache under fresh-all-* (none saved yet, or the restore failed: see any warning above): starting from scratch.');

    writeState(where.stateDir, 5);
    const { key } = await save(first, where, restored);
    expect(key).toBe(`fresh-all-${first.runId}-1`);

    const second = sim.env();
    const next = location(second, 'fresh');
    const again = await restore(second, next);
    expect(again.restored).toMatchObject({ from: 'cache', cacheKey: key });
    expect(records(next.stateDir)).toBe(5);
  });

  it('without a cache service, a checkpoint kept in the workspace is used and the log does not say the run starts over', async () => {
    const step = sim.env({ vars: { ACTIONS_RESULTS_URL: undefined, ACTIONS_CACHE_URL: undefined } });
    const where = location(step, 'nocache');
    writeState(where.stateDir, 4);
    const { restored, log } = await restore(step, where);
    expect(restored).toEqual({ from: 'workspace' });
    expect(records(where.stateDir)).toBe(4);
    const text = log.lines.join('\n');
    expect(text).toContain('continuing from the workspace’s checkpoint');
    expect(text).not.toMatch(/neither restored|starts over\.$/m);
  });

  it('a shard restores the base job’s checkpoint, then its own; the base never picks up a shard’s', async () => {
    const base = sim.env();
    const baseWhere = location(base, 'sharded');
    writeState(baseWhere.stateDir, 3);
    const baseKey = (await save(base, baseWhere, { from: 'none' })).key;

    const shard = { index: 2, count: 3 };
    const shardRun = sim.env();
    const shardWhere = location(shardRun, 'sharded', shard);
    const fromBase = await restore(shardRun, shardWhere);
    expect(fromBase.restored.cacheKey).toBe(baseKey);
    writeState(shardWhere.stateDir, 4, { from: 3 });
    const shardKey = (await save(shardRun, shardWhere, fromBase.restored)).key;
    expect(shardKey).toBe(`sharded-shard-2-of-3-${shardRun.runId}-1`);

    const shardAgain = sim.env();
    expect((await restore(shardAgain, location(shardAgain, 'sharded', shard))).restored.cacheKey).toBe(shardKey);
    const baseAgain = sim.env();
    expect((await restore(baseAgain, location(baseAgain, 'sharded'))).restored.cacheKey).toBe(baseKey);
  });

  it('a checkpoint in the workspace that is ahead of the cache entry wins; one that is behind loses', async () => {
    const first = sim.env();
    const where = location(first, 'local');
    writeState(where.stateDir, 10);
    const cacheKey = (await save(first, where, { from: 'none' })).key;

    const ahead = sim.env({ workspace: first.workspace });
    writeState(where.stateDir, 5, { from: 10 });
    const kept = await restore(ahead, location(ahead, 'local'));
    expect(kept.restored).toMatchObject({ from: 'workspace', cacheKey });
    expect(records(where.stateDir)).toBe(15);
    expect(kept.log.lines.join('\n')).toContain(`Keeping the workspace’s checkpoint: it is ahead of cache entry ${cacheKey}`);
    expect(existsSync(`${where.stateDir}.local-${process.pid}`)).toBe(false);

    const behind = sim.env();
    const behindWhere = location(behind, 'local');
    writeState(behindWhere.stateDir, 2);
    const replaced = await restore(behind, behindWhere);
    expect(replaced.restored).toMatchObject({ from: 'cache', cacheKey });
    expect(records(behindWhere.stateDir)).toBe(10);
  });

  it('warns when two checkpoints diverged, keeping the one with more records', async () => {
    const first = sim.env();
    const where = location(first, 'diverged');
    writeState(where.stateDir, 6);
    await save(first, where, { from: 'none' });

    const other = sim.env();
    const otherWhere = location(other, 'diverged');
    writeState(otherWhere.stateDir, 4, { from: 100 });
    const { restored, log } = await restore(other, otherWhere);
    expect(restored.from).toBe('cache');
    expect(log.lines.join('\n')).toContain('The two checkpoints diverged: 4 records are in the workspace’s checkpoint only and may be written again');
  });

  it('does not save a checkpoint that is unchanged since, or behind, the one restored', async () => {
    const first = sim.env();
    const where = location(first, 'guard');
    writeState(where.stateDir, 8);
    await save(first, where, { from: 'none' });

    const second = sim.env();
    const secondWhere = location(second, 'guard');
    const { restored } = await restore(second, secondWhere);
    const creates = () => sim.requests().results.filter((r) => r.path.endsWith('/CreateCacheEntry')).length;
    const before = creates();

    const unchanged = await save(second, secondWhere, restored);
    expect(unchanged.key).toBeUndefined();
    expect(unchanged.log.lines.join('\n')).toContain('unchanged since cache entry');

    writeState(secondWhere.stateDir, 1, { startedAt: '2026-11-02T00:00:00Z', from: 50 }); // a resumed run adds one record…
    expect(compareCheckpoints(readCheckpointPosition(secondWhere.stateDir)!, restored.cachePosition!)).toBeGreaterThan(0);
    // …but a folder replaced by an older one must not be saved over the newer entry.
    const older = sim.env();
    writeState(join(older.workspace, 'older'), 3);
    const behind = await save(second, { ...secondWhere, stateDir: join(older.workspace, 'older') }, restored);
    expect(behind.key).toBeUndefined();
    expect(behind.log.lines.join('\n')).toContain('not saving it over the newer one');
    expect(creates()).toBe(before);
  });

  it('handles a refused save (-1) by saying what the next run will start from', async () => {
    const first = sim.env();
    const where = location(first, 'denied');
    writeState(where.stateDir, 2);
    const cacheKey = (await save(first, where, { from: 'none' })).key;

    const second = sim.env();
    const secondWhere = location(second, 'denied');
    const { restored } = await restore(second, secondWhere);
    writeState(secondWhere.stateDir, 2, { from: 2 });
    sim.switches.cacheWriteDenied = true;
    try {
      const { key, log } = await save(second, secondWhere, restored);
      expect(key).toBeUndefined();
      expect(log.lines.join('\n')).toContain(`The next run will start from cache entry ${cacheKey} and redo what this run did since.`);
    } finally {
      sim.switches.cacheWriteDenied = false;
    }
  });
});
