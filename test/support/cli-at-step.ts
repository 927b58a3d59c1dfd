/**
 * Runs the CLI in a child process with fs-hooks.mjs preloaded: killed or paused at an exact file
 * operation under a folder, or traced. `bundle` runs bin/desk-migrate.js (the built bundle), else
 * src/cli-entry.ts through tsx (no build needed).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const HOOKS = resolve('test/support/fs-hooks.mjs');

export interface StepRun {
  /** Only file operations under this folder count. */
  root: string;
  killAt?: number;
  trace?: string;
  pause?: { match: string; pausedFile: string; goFile: string };
  bundle?: boolean;
}

export interface StepResult {
  code: number | null;
  killed: boolean;
  stdout: string;
  stderr: string;
}

export function runCliAtStep(args: string[], options: StepRun): { done: Promise<StepResult>; pid: number | undefined } {
  const entry = options.bundle ? [resolve('bin/desk-migrate.js')] : ['--import', 'tsx', resolve('src/cli-entry.ts')];
  const child = spawn(process.execPath, ['--import', HOOKS, ...entry, ...args], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      FS_HOOKS_ROOT: options.root,
      ...(options.killAt !== undefined ? { FS_HOOKS_KILL_AT: String(options.killAt) } : {}),
      ...(options.trace ? { FS_HOOKS_TRACE: options.trace } : {}),
      ...(options.pause ? { FS_HOOKS_PAUSE: options.pause.match, FS_HOOKS_PAUSED: options.pause.pausedFile, FS_HOOKS_GO: options.pause.goFile } : {}),
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<StepResult>((settle) => child.on('exit', (code, signal) => settle({ code, killed: signal === 'SIGKILL', stdout, stderr })));
  return { done, pid: child.pid };
}

/** The counted file operations of a traced run: index (1-based) and "op path". */
export function readTrace(file: string): { n: number; label: string }[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const space = line.indexOf(' ');
      return { n: Number(line.slice(0, space)), label: line.slice(space + 1) };
    });
}

/** Resolves once `file` exists (the child wrote it), or rejects if the child ended first. */
export async function whenExists(file: string, child: Promise<StepResult>): Promise<void> {
  let ended: StepResult | undefined;
  void child.then((r) => (ended = r));
  while (!existsSync(file)) {
    if (ended) throw new Error(`the child ended (code ${ended.code}) before ${file} appeared:\n${ended.stderr}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
