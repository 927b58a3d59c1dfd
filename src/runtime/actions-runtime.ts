/**
 * The Action's runtime: the log and progress go through @actions/core (groups, annotations, masked
 * secrets), the checkpoint lives in the Actions cache, and the reports are published to the job
 * (outputs, artifact, job summary, PR comment). Paths are inside the workspace: the cache archives
 * paths relative to it, and later steps can read the reports.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { modeWords } from '../engine/mode-words.js';
import type { RunSummary } from '../engine/report.js';
import type { Logger } from '../log/logger.js';
import type { Mode } from '../run-options.js';
import type { ActionInputs } from './action-inputs.js';
import { ActionProgress, actionLogger, SecretRegistry } from './action-log.js';
import { CacheStateStore } from './cache-state-store.js';
import { checkpointKeys } from './checkpoint-cache.js';
import { publishResults } from './publish-results.js';
import type { ReportPublisher, RunProgress, Runtime, StopSignals } from './runtime.js';
import { stopOnSignals } from './stop-signals.js';

/** One state folder per state-key-prefix: two migrations in one workspace (two steps, a self-hosted runner) never share a ledger. */
const stateDirOf = (prefix: string) => `.desk-migrate/state-${prefix}`;
const REPORTS_DIR = '.desk-migrate/reports';

export class ActionsRuntime implements Runtime {
  readonly log: Logger;
  readonly state: CacheStateStore;
  readonly reports: ReportPublisher;

  constructor(
    inputs: ActionInputs,
    private readonly secretRegistry: SecretRegistry,
    env: NodeJS.ProcessEnv,
  ) {
    this.log = actionLogger(secretRegistry);
    const { workspace } = inputs;
    this.state = new CacheStateStore(
      {
        stateDir: join(workspace, stateDirOf(inputs.stateKeyPrefix)),
        workspace,
        keys: checkpointKeys(inputs.stateKeyPrefix, inputs.shard, env.GITHUB_RUN_ID ?? 'local', env.GITHUB_RUN_ATTEMPT ?? '1'),
      },
      this.log,
    );
    const dir = join(workspace, REPORTS_DIR);
    this.reports = {
      dir,
      name: 'The reports folder',
      // The artifact and the summary show this run's reports only, never a previous step's.
      open: () => rmSync(dir, { recursive: true, force: true }),
      publish: (summary: RunSummary) => publishResults(summary, inputs, dir, secretRegistry.redactor, this.log, env),
    };
  }

  secrets(values: readonly string[]): void {
    this.secretRegistry.add(values);
  }

  progress(mode: Mode): RunProgress {
    return new ActionProgress(10_000, Date.now, modeWords(mode));
  }

  signals(): StopSignals {
    return stopOnSignals(this.log, ' (job cancelled?)');
  }
}
