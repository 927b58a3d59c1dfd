/**
 * Runs a toolkit client call inside the test process as if it ran in a runner step.
 *
 * Why this is enough for @actions/cache and @actions/artifact: both read every variable when called,
 * not when imported (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, ACTIONS_CACHE_SERVICE_V2,
 * GITHUB_SERVER_URL, GITHUB_WORKSPACE, RUNNER_TEMP, PATH for tar/zstd), so the step's environment is
 * put into process.env around each call, and the working directory is the workspace (the cache client
 * globs `paths` relative to the cwd, as a runner starts steps in GITHUB_WORKSPACE). Vitest runs each
 * test file in its own forked process (`pool: 'forks'`), so neither leaks into other files; calls within
 * a file must not overlap (tests in a file run sequentially).
 *
 * What it is not enough for: `@actions/github` fixes `context` and getOctokit's default baseUrl when it
 * is imported, so in-process tests pass `baseUrl` explicitly; runner-step.test.ts runs the clients in a
 * fresh child process with the step's environment, which is what the end-to-end test of the bundle does.
 *
 * The toolkit writes workflow commands (`::debug::`, `::warning::`) to stdout; they are captured and
 * returned for assertions instead of cluttering the test output.
 */
import type { RunnerStep } from './runner-env.js';

export async function inStep<T>(step: RunnerStep, fn: () => Promise<T>): Promise<{ value: T; stdout: string }> {
  const restoreEnv = step.applyToProcessEnv();
  const cwd = process.cwd();
  process.chdir(step.workspace);
  const write = process.stdout.write;
  let stdout = '';
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const callback = rest.find((r): r is () => void => typeof r === 'function');
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  try {
    const value = await fn();
    return { value, stdout };
  } finally {
    process.stdout.write = write;
    process.chdir(cwd);
    restoreEnv();
  }
}
