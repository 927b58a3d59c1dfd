/**
 * Public surface of the Freshdesk simulator, for connector tests:
 *
 *   const sim = await startFreshdeskSim({ plan: 'enterprise' });
 *   const { account, ids } = generateFreshdeskAccount({ seed: 7 });
 *   sim.seed(account);
 *   // point the connector at sim.url with the API key sim.options.apiKey
 *   await sim.close();
 */
export { startFreshdeskSim, type FreshdeskSim, type RecordedWrite } from './server.js';
export { requestContractErrors, FRESHDESK_SPEC_FILE } from './request-contract.js';
export { PLAN_LIMITS, DEFAULT_POLICIES, type FreshdeskSimOptions, type RateLimitOptions, type ResolvedOptions, type Policies, type SilentPolicy, type Plan } from './options.js';
export { generateFreshdeskAccount, type GenerateOptions, type GeneratedIds } from './generate.js';
export type * from './seed.js';
export type * from './types.js';
export type { FreshdeskStore } from './store.js';
export type { RouteInfo } from './router.js';
