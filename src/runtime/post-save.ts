/**
 * The Action's post step (action.yml `post:`, the actions/cache pattern). The main step saves the
 * checkpoint itself, even when cancelled (SIGINT/SIGTERM). When it was killed before it could (the
 * runner's grace period ran out, `timeout-minutes`), the post step finds the state it left
 * (core.saveState) without "saved" and saves the checkpoint folder to the cache, so a killed job does
 * not lose what it wrote.
 */
import * as core from '@actions/core';
import { actionLogger, SecretRegistry } from './action-log.js';
import { leftUnsaved } from './cache-state-store.js';
import { saveCheckpoint } from './checkpoint-cache.js';

export async function runPost(): Promise<void> {
  const log = actionLogger(new SecretRegistry());
  try {
    const left = leftUnsaved();
    if (left === 'handled') {
      log.info('The main step saved the checkpoint; nothing to do.');
      return;
    }
    if (left === 'not-restored') {
      log.info('The main step stopped before it restored a checkpoint; nothing to save.');
      return;
    }
    const { location, restored } = left;
    log.warn('The main step ended without saving the checkpoint (killed or timed out): saving it now.');
    process.chdir(location.workspace);
    const key = await saveCheckpoint(location, restored, log);
    if (key) core.notice(`The checkpoint of the stopped run was saved as ${key}: run the workflow again to continue.`, { title: 'desk-migrate: checkpoint saved' });
  } catch (error) {
    // A post step that fails would hide the main step's own result.
    core.warning(`The checkpoint could not be saved by the post step: ${error instanceof Error ? error.message : String(error)}`);
  }
}
