/** Entry point of the Actions runtime simulator; see server.ts for the overview. */
export {
  startActionsRuntimeSim,
  type ActionsRuntimeSim,
  type ActionsRuntimeSimOptions,
  type ActionsRuntimeSwitches,
  type ArtifactInfo,
  type CacheEntryInfo,
} from './server.js';
export {
  inputVariable,
  parseFileCommand,
  parseWorkflowCommands,
  type PullRequestOptions,
  type RunnerEnvOverrides,
  type RunnerStep,
  type WorkflowCommand,
} from './runner-env.js';
export { ACTIONS_BOT, type GitHubUser, type IssueComment } from './github-rest.js';
export { cacheVersion, archiveCompression } from './cache-service.js';
export { readZip } from './zip.js';
export { inStep } from './in-process.js';
export type { CacheScope } from './tokens.js';
