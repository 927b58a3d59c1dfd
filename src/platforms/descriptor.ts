import type { z } from 'zod';
import type { HttpClientOptions } from '../http/index.js';
import type { Logger } from '../log/logger.js';
import type { Source, Target } from './contracts.js';

export interface PlatformContext {
  log: Logger;
  /** Folder of the mapping file: relative paths in a connection are read from here. */
  baseDir: string;
  /**
   * Report a credential the platform derives (a Basic header, an exchanged OAuth token) so the
   * runtime masks it like the secrets read from the mapping file.
   */
  secret?: (value: string) => void;
  /** Every HTTP client of the platform takes these: the mapping's request timeout, the run's stop signal. */
  http?: Pick<HttpClientOptions, 'timeoutMs' | 'signal'>;
  /**
   * Tuning overrides by platform name (retry delays, job polls): tests against the simulators make
   * them fast. Production runs leave this unset; a platform reads its own entry with `tuningOf`.
   */
  tunings?: Readonly<Record<string, object>>;
}

/**
 * A platform's tuning for this run: its defaults, then the overrides the caller gave for it, then the
 * run's request timeout and stop signal, which every HTTP client of the platform must honour.
 */
export function tuningOf<T extends { http?: object }>(name: string, defaults: T, context: PlatformContext): T {
  const override = (context.tunings?.[name] ?? {}) as Partial<T>;
  return { ...defaults, ...override, http: { ...defaults.http, ...override.http, ...context.http } };
}

export interface ConnectionProblem {
  key: string;
  message: string;
}

/** One line of the registry: everything the rest of the code may know about a platform. */
export interface PlatformDescriptor<C extends { platform: string } = { platform: string }> {
  name: string;
  title: string;
  /** Schema of the `source:`/`target:` block, with `platform: <name>` as its discriminator. */
  connection: z.ZodObject<{ platform: z.ZodLiteral<string> } & z.ZodRawShape>;
  /** Connection keys that hold credentials: they must come from `${ENV_VARS}` and are masked. */
  secretKeys: readonly string[];
  /**
   * What the connection points to that can be checked without a request (a local folder), for
   * `validate` and before every run: a source that does not exist is a mistake, not an empty
   * source. Each problem names the connection key it is about.
   */
  locate?(connection: C, role: 'source' | 'target', baseDir: string): ConnectionProblem[];
  createSource?(connection: C, context: PlatformContext): Source;
  createTarget?(connection: C, context: PlatformContext): Target;
  /**
   * Which account, workspace or folder a connection reaches (a base URL, a resolved path), without
   * a request: the state folder records it, so a state is never used with another source or target.
   */
  identity(connection: C, context: PlatformContext): string;
}
