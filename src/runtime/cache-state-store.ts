/**
 * The Action's state store: the checkpoint folder travels between runs in the Actions cache
 * (checkpoint-cache.ts). What was restored is remembered in the step's state (core.saveState), so the
 * post step (post-save.ts) can still save the folder when the main step is killed before it does.
 */
import * as core from '@actions/core';
import type { Logger } from '../log/logger.js';
import { restoreCheckpoint, saveCheckpoint, type CheckpointLocation, type RestoredCheckpoint } from './checkpoint-cache.js';
import type { StateStore } from './runtime.js';

const LOCATION = 'checkpoint-location';
const SAVED = 'checkpoint-saved';

export class CacheStateStore implements StateStore {
  readonly name = 'The state folder';
  /** The cache key this run saved under; undefined until saved, or when nothing was. */
  savedKey: string | undefined;
  private restored: RestoredCheckpoint = { from: 'none' };

  constructor(
    private readonly location: CheckpointLocation,
    private readonly log: Logger,
  ) {}

  get dir(): string {
    return this.location.stateDir;
  }

  async restore(): Promise<void> {
    this.restored = await core.group('Restore the checkpoint', () => restoreCheckpoint(this.location, this.log));
    const { cachePosition: _position, ...kept } = this.restored;
    core.saveState(LOCATION, JSON.stringify({ location: this.location, restored: kept }));
  }

  async save(): Promise<void> {
    this.savedKey = await core.group('Save the checkpoint', () => saveCheckpoint(this.location, this.restored, this.log));
    core.setOutput('checkpoint-key', this.savedKey ?? '');
    // The checkpoint was saved (or there was nothing to save): the post step has nothing to do.
    core.saveState(SAVED, 'true');
  }
}

/** Post step: what the main step restored, when it left the checkpoint unsaved; `handled` when it saved it. */
export function leftUnsaved(): { location: CheckpointLocation; restored: RestoredCheckpoint } | 'handled' | 'not-restored' {
  if (core.getState(SAVED) === 'true') return 'handled';
  const remembered = core.getState(LOCATION);
  if (!remembered) return 'not-restored';
  return JSON.parse(remembered) as { location: CheckpointLocation; restored: RestoredCheckpoint };
}
