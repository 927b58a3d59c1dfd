/** Public surface of the Intercom simulator, for connector tests. */
export { startIntercomSim, DEFAULT_TOKEN, type IntercomSim, type IntercomSimOptions, type IntercomRequestRecord } from './server.js';
export { generateIntercomWorkspace, type GenerateOptions, type GeneratedEdges, type GeneratedWorkspace } from './generate.js';
export type * from './seed.js';
export type * from './records.js';
export { IntercomStore } from './store.js';
export { isE164, type SimPolicy } from './phone.js';
export { startOfDay } from './search.js';
