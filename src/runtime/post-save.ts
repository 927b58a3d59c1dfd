/**
 * The Action's post step (action.yml `post:`, the actions/cache pattern). The main step saves the
 * checkpoint itself, even when cancelled (SIGINT/SIGTERM). When it was killed before it could (the
 * runner's grace period ran out, `timeout-minutes`), the post step finds the state it left
 * (core.saveState) without "saved" and saves the checkpoint folder to the cache, so a killed job does
 * not lose what it wrote.
 */
import * as core from '@actions/core';
import { actionLogger, SecretRegistry } from './action-log.js';
import { saveCheckpoint, type CheckpointLocation, type RestoredCheckpoint } from './checkpoint-cache.js';

const LOCATION = 'checkpoint-location';
const SAVED = 'checkpoint-saved';

/** Main step: where the checkpoint is and what was restored, before the run starts. */
export function rememberCheckpoint(location: CheckpointLocation, restored: RestoredCheckpoint): void {
  const { cachePosition: _position, ...kept } = restored;
  core.saveState(LOCATION, JSON.stringify({ location, restored: kept }));
}

/** Main step: the checkpoint was saved (or there was nothing to save); the post step has nothing to do. */
export function checkpointHandled(): void {
  core.saveState(SAVED, 'true');
}

export async function runPost(): Promise<void> {
  const log = actionLogger(new SecretRegistry());
  try {
    if (core.getState(SAVED) === 'true') {
      log.info('The main step saved the checkpoint; nothing to do.');
      return;
    }
    const remembered = core.getState(LOCATION);
    if (!remembered) {
      log.info('The main step stopped before it restored a checkpoint; nothing to save.');
      return;
    }
    const { location, restored } = JSON.parse(remembered) as { location: CheckpointLocation; restored: RestoredCheckpoint };
    log.warn('The main step ended without saving the checkpoint (killed or timed out): saving it now.');
    process.chdir(location.workspace);
    const key = await saveCheckpoint(location, restored, log);
    if (key) core.notice(`The checkpoint of the stopped run was saved as ${key}: run the workflow again to continue.`, { title: 'desk-migrate: checkpoint saved' });
  } catch (error) {
    // A post step that fails would hide the main step's own result.
    core.warning(`The checkpoint could not be saved by the post step: ${error instanceof Error ? error.message : String(error)}`);
  }
}
