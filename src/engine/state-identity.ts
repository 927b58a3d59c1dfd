/**
 * A state folder belongs to one migration: one source and one target. Its ledger says what is
 * already in *that* target, so used with another pair it would skip records that were never
 * written there. The pair is recorded on first use and checked on every later one.
 */
import type { Checkpoint, StateIdentity } from './checkpoint.js';
import { StateFolderError } from './state-errors.js';

/** Refuses a state of another source or target; records the pair in a state that has none yet. */
export function claimStateIdentity(checkpoint: Checkpoint, identity: StateIdentity | undefined, options: { readOnly?: boolean } = {}): void {
  if (!identity) return;
  const recorded = checkpoint.identity;
  if (!recorded) {
    if (!options.readOnly) checkpoint.setIdentity(identity);
    return;
  }
  if (recorded.source === identity.source && recorded.target === identity.target) return;
  const which = recorded.source !== identity.source ? (recorded.target !== identity.target ? 'source and target' : 'source') : 'target';
  throw new StateFolderError(
    `The state folder ${checkpoint.folder} belongs to another migration: its ${which} ${which === 'source and target' ? 'are' : 'is'} ${describe(recorded, which)}, and this mapping file's ${which === 'source and target' ? 'are' : 'is'} ${describe(identity, which)}. ` +
      `Nothing was written. Give this migration its own state folder (--state, or its own state-key-prefix in the Action), or delete ${checkpoint.folder} if that migration is over.`,
  );
}

function describe(identity: StateIdentity, which: string): string {
  if (which === 'source') return identity.source;
  if (which === 'target') return identity.target;
  return `${identity.source} → ${identity.target}`;
}
