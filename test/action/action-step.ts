/**
 * Runs the bundled Action (dist/index.js) as a runner would: a fresh Node process with exactly the
 * step's environment from the Actions runtime simulator, started in the workspace.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { parseWorkflowCommands, type RunnerStep, type WorkflowCommand } from '../sim/actions-runtime/index.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const bundle = join(repoRoot, 'dist/index.js');
/**
 * The Node that runs the bundle: the one running the tests (22 or 24; `.ci/run` and
 * `scripts/with-node.sh` provide 24 where the machine has an older one). DESK_MIGRATE_NODE names another.
 */
export const actionNode = process.env.DESK_MIGRATE_NODE ?? process.execPath;

/** The Node running the tests. */
export function machineNode(): string {
  return process.execPath;
}

export function nodeVersion(bin: string): string {
  return execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
}

/** Lands in the failure message of an invalid phone, hence in the summary and the PR comment. */
export const PLANTED = '<script>alert("x")</script> & 12345';

export interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

export async function runBundle(node: string, step: RunnerStep, timeoutMs = 30_000): Promise<StepRun> {
  const started = Date.now();
  const child = spawn(node, [bundle], { cwd: step.workspace, env: step.vars, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  return { code, stdout, stderr, commands: parseWorkflowCommands(stdout), outputs: step.outputs(), summary: step.summary(), ms: Date.now() - started };
}

/**
 * A source archive of 30 tickets in `workspace/src` and a mapping writing to `workspace/out`. With
 * `planted`, one contact's phone and one ticket's subject carry HTML, and invalid phones fail.
 */
export async function prepareWorkspace(workspace: string, options: { planted?: boolean; mapping?: string } = {}): Promise<void> {
  const source = join(workspace, 'src');
  await generateArchive(source, { tickets: 30 });
  if (options.planted) {
    plant(join(source, 'contacts.jsonl'), 'c7', (r) => ({ ...r, phone: PLANTED }));
    plant(join(source, 'tickets.jsonl'), 't7', (r) => ({ ...r, subject: `${PLANTED} subject` }));
  }
  const extra = options.planted ? 'options:\n  invalid_phone: fail\n' : '';
  writeFileSync(
    join(workspace, 'migration.yml'),
    options.mapping ?? `source:\n  platform: archive\n  path: src\ntarget:\n  platform: archive\n  path: out\ndemo:\n  tickets: 30\n${extra}`,
  );
}

function plant(file: string, id: string, change: (record: Record<string, unknown>) => Record<string, unknown>): void {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const changed = lines.map((line) => {
    const record = JSON.parse(line) as Record<string, unknown>;
    return JSON.stringify(record.id === id ? change(record) : record);
  });
  if (changed.join('\n') === lines.join('\n')) throw new Error(`no record ${id} in ${file}`);
  writeFileSync(file, changed.join('\n') + '\n');
}

export function commandsNamed(run: StepRun, name: string): WorkflowCommand[] {
  return run.commands.filter((c) => c.command === name);
}

/** Every file of a folder tree as text, for leak checks. */
export function readTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
}
