/**
 * The simulators one chaos `describe` block runs against: an Intercom workspace serving the generated
 * seed, and the target accounts the block names, started before its tests and closed after them.
 *
 *   const sims = withChaosSims(generated, { faulty: startZendesk, clean: startZendesk });
 *   test('…', async () => {
 *     const { intercom, faulty, clean } = sims;
 *
 * The fields are filled in by the block's beforeAll: read them inside a test or hook, not at the top of
 * the block.
 */
import { afterAll, beforeAll } from 'vitest';
import { startIntercom, type GeneratedWorkspace, type IntercomSim } from './harness.js';

interface Closable {
  close(): Promise<void>;
}

type Starters = Record<string, (generated: GeneratedWorkspace) => Promise<Closable>>;

export type ChaosSims<S extends Starters> = { intercom: IntercomSim } & { [name in keyof S]: Awaited<ReturnType<S[name]>> };

/** Starts Intercom, then each target in the order named; closes them all after the block. */
export function withChaosSims<S extends Starters>(generated: GeneratedWorkspace, targets: S): ChaosSims<S> {
  const sims = {} as Record<string, Closable>;
  beforeAll(async () => {
    sims['intercom'] = await startIntercom(generated);
    for (const [name, start] of Object.entries(targets)) sims[name] = await start(generated);
  });
  afterAll(async () => {
    await Promise.all(Object.values(sims).map((sim) => sim.close()));
  });
  return sims as unknown as ChaosSims<S>;
}
