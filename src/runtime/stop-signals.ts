/**
 * SIGINT and SIGTERM (Ctrl-C; the runner cancelling a job sends SIGINT, then SIGTERM) stop a run
 * after its current batch, so the checkpoint is saved. Both entries listen the same way.
 */
import type { Logger } from '../log/logger.js';
import type { StopSignals } from './runtime.js';

/** `why` is what the signal likely means where the run is (the Action: a cancelled job). */
export function stopOnSignals(log: Logger, why = ''): StopSignals {
  const controller = new AbortController();
  const onSignal = (name: string) => () => {
    log.warn(`${name} received${why}: finishing the current batch, then saving the checkpoint.`);
    controller.abort();
  };
  const onInt = onSignal('SIGINT');
  const onTerm = onSignal('SIGTERM');
  process.once('SIGINT', onInt);
  process.once('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}
