/**
 * The CLI's runtime: the checkpoint and the reports are folders on this machine, so there is nothing
 * to restore, save or publish (the null provider of the interface); what differs between callers is
 * the log, the progress and whether the process's signals stop the run.
 */
import type { ProgressSink } from '../engine/progress.js';
import type { RunSummary } from '../engine/report.js';
import type { Logger } from '../log/logger.js';
import type { Mode } from '../run-options.js';
import type { ReportPublisher, RunProgress, Runtime, StateStore, StopSignals } from './runtime.js';
import { stopOnSignals } from './stop-signals.js';

export interface FolderRuntimeOptions {
  stateDir: string;
  reportsDir: string;
  log: Logger;
  /** How messages name the folders (the CLI: `--state`, `--reports`). */
  names?: { state: string; reports: string };
  onSecrets?: (values: readonly string[]) => void;
  progress?: (mode: Mode) => ProgressSink;
  /** `process`: SIGINT and SIGTERM stop the run; an AbortSignal: the caller stops it; none: nothing does. */
  stop?: 'process' | AbortSignal;
}

export class FolderRuntime implements Runtime {
  readonly log: Logger;
  readonly state: StateStore;
  readonly reports: ReportPublisher;

  constructor(private readonly options: FolderRuntimeOptions) {
    this.log = options.log;
    const names = options.names ?? { state: 'The state folder', reports: 'The reports folder' };
    this.state = { dir: options.stateDir, name: names.state, restore: async () => {}, save: async () => {} };
    // The engine writes the reports into the folder; that is all publishing means here.
    this.reports = { dir: options.reportsDir, name: names.reports, open: () => {}, publish: async (_summary: RunSummary) => {} };
  }

  secrets(values: readonly string[]): void {
    this.options.onSecrets?.(values);
  }

  progress(mode: Mode): RunProgress {
    const sink = this.options.progress?.(mode);
    return {
      entityStarted: (entity, expected) => sink?.entityStarted(entity, expected),
      recordsSettled: (entity, tally) => sink?.recordsSettled(entity, tally),
      entityFinished: (entity, tally) => sink?.entityFinished(entity, tally),
      close: () => {},
    };
  }

  signals(): StopSignals {
    const { stop } = this.options;
    if (stop === 'process') return stopOnSignals(this.log);
    return { signal: stop ?? new AbortController().signal, dispose: () => {} };
  }
}
