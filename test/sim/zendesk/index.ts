/**
 * Public surface of the Zendesk simulator, for connector tests:
 *
 *   const sim = await startZendeskSim({ rateLimit: { supportPerMinute: 50, windowMs: 500 } });
 *   const { account, ids } = generateZendeskAccount({ seed: 7 });
 *   sim.seed(account);
 *   // point the connector at sim.url with sim.options.email / sim.options.apiToken
 *   expect(sim.store.tickets.get(id)?.comments).toHaveLength(3);
 *   await sim.close();
 */
export { startZendeskSim, type ZendeskSim } from './server.js';
export type { ZendeskSimOptions, ZendeskSimPolicies, SimPolicy, RateLimitOptions, JobOptions, JobFailureShape, ZendeskFaults, ResolvedOptions, ZendeskPlan } from './context.js';
export { PLAN_LIMITS, UNLIMITED } from './context.js';
export { generateZendeskAccount, type GenerateOptions, type GeneratedIds } from './generate.js';
export type * from './seed.js';
export type * from './types.js';
export type { ZendeskStore, HelpCenterState } from './store.js';
export type { RouteInfo } from './router.js';
