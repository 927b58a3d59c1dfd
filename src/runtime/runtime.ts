/**
 * What a run needs from where it runs, as one interface with two implementations (the shape of
 * actions/cache's state provider): the CLI keeps everything in folders (folder-runtime.ts), the Action
 * carries the checkpoint in the Actions cache and publishes its reports to the job (actions-runtime.ts).
 * run.ts drives either one the same way, so the entries only choose and build theirs.
 */
import type { ProgressSink } from '../engine/progress.js';
import type { RunSummary } from '../engine/report.js';
import type { Logger } from '../log/logger.js';
import type { Mode } from '../run-options.js';

export interface Runtime {
  readonly log: Logger;
  /** Values to mask from here on; called as soon as the mapping's credentials are read, before anything is logged. */
  secrets(values: readonly string[]): void;
  readonly state: StateStore;
  readonly reports: ReportPublisher;
  /** Progress of one run; closed when the run ends, however it ends. */
  progress(mode: Mode): RunProgress;
  /** Stop requests (SIGINT, SIGTERM) for the length of one run: the run stops after its batch. */
  signals(): StopSignals;
}

/** Where the checkpoint folder lives between runs. */
export interface StateStore {
  /** The folder the run reads and writes its checkpoint in. */
  readonly dir: string;
  /** How messages name the folder (the CLI: `--state`). */
  readonly name: string;
  /** Before the run (after the mapping is checked): bring the newest checkpoint into `dir`. */
  restore(): Promise<void>;
  /** After a run that restored, failed or not: a run that failed halfway has still written records. */
  save(): Promise<void>;
}

/** Where the reports go once the engine has written them to their folder. */
export interface ReportPublisher {
  readonly dir: string;
  /** How messages name the folder (the CLI: `--reports`). */
  readonly name: string;
  /** Before the run writes any report. */
  open(): void;
  /** After the checkpoint is saved, for every run that wrote reports (a failed one too, before its error is thrown). */
  publish(summary: RunSummary): Promise<void>;
}

export interface RunProgress extends ProgressSink {
  close(): void;
}

export interface StopSignals {
  signal: AbortSignal;
  dispose(): void;
}
