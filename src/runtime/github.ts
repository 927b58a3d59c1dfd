/**
 * The Action's runtime: inputs from the workflow step, secrets masked, progress in the log,
 * outputs for later steps.
 */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { MappingError } from '../config/mapping-error.js';
import { MODES, run, type Mode } from '../run.js';
import type { Logger } from './logger.js';

export async function runAction(): Promise<void> {
  const log: Logger = { debug: core.debug, info: core.info, warn: core.warning, error: core.error };
  try {
    const configFile = core.getInput('mapping', { required: true });
    const mode = core.getInput('mode') || 'demo';
    if (!MODES.includes(mode as Mode)) throw new Error(`input mode must be one of ${MODES.join(', ')}, not "${mode}"`);
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const summary = await run({
      configFile: resolve(workspace, configFile),
      mode: mode as Mode,
      stateDir: resolve(workspace, core.getInput('state-dir') || '.desk-migrate/state'),
      reportsDir: resolve(workspace, core.getInput('reports-dir') || '.desk-migrate/reports'),
      log,
      onSecrets: (secrets) => secrets.forEach((s) => core.setSecret(s)),
    });
    core.setOutput('migrated', summary.totals.migrated);
    core.setOutput('failed', summary.totals.failed);
    core.setOutput('skipped', summary.totals.skipped);
    core.setOutput('complete', summary.complete);
  } catch (error) {
    if (error instanceof MappingError) {
      for (const p of error.problems) {
        core.error(p.message, { file: p.file, ...(p.line ? { startLine: p.line } : {}), ...(p.column ? { startColumn: p.column } : {}) });
      }
      core.setFailed('The mapping file has errors (see the annotations).');
    } else core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
