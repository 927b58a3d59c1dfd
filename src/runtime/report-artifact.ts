/**
 * The reports folder (migrated.csv, failed.csv, skipped.csv, summary.json, summary.md) uploaded as one
 * artifact. Artifact names are unique per workflow run, across its jobs and re-run attempts, so the
 * name carries the mode, the shard and the attempt; if the same job runs the Action twice in one mode,
 * a counter is added rather than failing.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Shard } from '../engine/shard.js';
import type { Logger } from '../log/logger.js';
import { errorText } from './error-text.js';

export interface UploadedReport {
  name: string;
  id: number;
  /** The artifact's page on GitHub (needs the run's page to be visible to the reader). */
  url: string;
}

export function reportArtifactName(base: string, mode: string, shard: Shard | undefined, runAttempt: string): string {
  const slice = shard ? `-shard-${shard.index}-of-${shard.count}` : '';
  return `${base}-${mode}${slice}-attempt-${runAttempt}`;
}

export async function uploadReports(
  reportsDir: string,
  name: string,
  retentionDays: number | undefined,
  log: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<UploadedReport | undefined> {
  const files = readdirSync(reportsDir)
    .map((f) => join(reportsDir, f))
    .filter((f) => statSync(f).isFile());
  const client = new DefaultArtifactClient();
  for (let n = 1; n <= 3; n++) {
    const candidate = n === 1 ? name : `${name}-${n}`;
    try {
      const { id } = await withoutValidationChatter(() => client.uploadArtifact(candidate, files, reportsDir, retentionDays === undefined ? {} : { retentionDays }));
      if (id === undefined) {
        log.warn(`The report artifact ${candidate} was uploaded but the service returned no id, so it cannot be linked.`);
        return undefined;
      }
      const url = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}/artifacts/${id}`;
      log.info(`Reports uploaded as artifact ${candidate} (${files.length} files): ${url}`);
      return { name: candidate, id, url };
    } catch (error) {
      const text = errorText(error);
      if (/already exists|\(409\)/i.test(text) && n < 3) {
        log.info(`An artifact named ${candidate} already exists in this run; trying another name.`);
        continue;
      }
      log.warn(`The reports could not be uploaded as an artifact: ${text}. They are still in ${reportsDir} for a later step.`);
      return undefined;
    }
  }
  return undefined;
}

/** The toolkit logs these on every upload; they say nothing to someone reading the step log. */
const CHATTER = new Set(['Artifact name is valid!', 'Root directory input is valid!']);

async function withoutValidationChatter<T>(upload: () => Promise<T>): Promise<T> {
  const write = process.stdout.write;
  process.stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
    if (typeof chunk === 'string' && CHATTER.has(chunk.trimEnd())) return true;
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof process.stdout.write;
  try {
    return await upload();
  } finally {
    process.stdout.write = write;
  }
}
