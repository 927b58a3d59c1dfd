/**
 * The Action's `run()` (the actions/typescript-action convention): index.ts calls it on a runner, and
 * tools that drive an action in-process (@github/local-action) import it and call it themselves.
 */
import { runAction } from './action.js';

export async function run(): Promise<void> {
  await runAction();
}
