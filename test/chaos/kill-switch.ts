/**
 * Runs `run-migration.ts` in a child process behind two small HTTP proxies (one per simulator) that
 * can SIGKILL it at an exact request: before the request reaches the simulator, after the simulator
 * handled it but before the answer leaves (the write happened, the child never learns it), or a few
 * milliseconds after the answer (the child is busy with it: mapping, journal appends). A kill can also
 * come at a time, before any request (start-up: loading the mapping, opening the checkpoint).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

export const ENTRY = resolve('test/chaos/run-migration.ts');

export type Side = 'intercom' | 'zendesk';

export interface SeenRequest {
  side: Side;
  method: string;
  path: string;
  /** Milliseconds since the child was spawned. */
  atMs: number;
}

/** What to do with a request: let it through, or kill the child around it. */
export type Verdict = 'pass' | 'kill-before' | 'kill-after' | { killAfterMs: number };

export interface Attempt {
  code: number | null;
  killed: boolean;
  stdout: string;
  stderr: string;
  requests: SeenRequest[];
  /** The request the child was killed at, if it was killed at one. */
  killedAt?: SeenRequest;
}

export interface ChildRun {
  /** Called for every request; the first non-pass verdict kills the child. */
  decide?: (request: SeenRequest, index: number) => Verdict;
  env: NodeJS.ProcessEnv;
}

interface Upstream {
  url: string;
}

/** Two proxies that stay up across attempts; each attempt points them at its own child. */
export class KillSwitch {
  private current: { child: ChildProcess; run: ChildRun; started: number; requests: SeenRequest[]; killedAt?: SeenRequest; dead?: boolean } | undefined;
  private readonly servers: ReturnType<typeof createServer>[] = [];
  readonly urls: Record<Side, string> = { intercom: '', zendesk: '' };

  private constructor() {}

  static async start(upstreams: Record<Side, Upstream>): Promise<KillSwitch> {
    const sw = new KillSwitch();
    for (const side of ['intercom', 'zendesk'] as const) {
      const server = createServer((req, res) => void sw.forward(side, upstreams[side].url, req, res));
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      sw.servers.push(server);
      sw.urls[side] = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }
    return sw;
  }

  /**
   * The run the killed ones are held against: one uninterrupted child behind its own proxies (so
   * its requests are seen the same way), which must end with exit code 0.
   */
  static async uninterrupted(upstreams: Record<Side, Upstream>, env: NodeJS.ProcessEnv): Promise<Attempt> {
    const reference = await KillSwitch.start(upstreams);
    const run = await reference.attempt({ env }).finally(() => reference.close());
    if (run.code !== 0) throw new Error(`the uninterrupted run ended with ${run.code}:\n${run.stderr}`);
    return run;
  }

  /** One child process, to its end (natural or killed). */
  attempt(run: ChildRun): Promise<Attempt> {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
      cwd: process.cwd(),
      env: { ...process.env, ...run.env, CHAOS_INTERCOM_URL: this.urls.intercom, CHAOS_ZENDESK_URL: this.urls.zendesk },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const state = { child, run, started: Date.now(), requests: [] as SeenRequest[] } as NonNullable<KillSwitch['current']>;
    this.current = state;
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    return new Promise((done) => {
      child.on('exit', (code, signal) => {
        if (this.current === state) this.current = undefined;
        done({ code, killed: signal === 'SIGKILL', stdout, stderr, requests: state.requests, ...(state.killedAt ? { killedAt: state.killedAt } : {}) });
      });
    });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.servers.map(
        (s) =>
          new Promise<void>((done) => {
            s.closeAllConnections();
            s.close(() => done());
          }),
      ),
    );
  }

  private async forward(side: Side, upstream: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readAll(req);
    const state = this.current;
    const seen: SeenRequest = { side, method: req.method ?? 'GET', path: (req.url ?? '/').split('?')[0] as string, atMs: state ? Date.now() - state.started : 0 };
    // A request of a child already killed (its sockets linger a moment): drop it.
    if (!state || state.dead || state.child.exitCode !== null || state.child.signalCode !== null) return void req.socket.destroy();
    state.requests.push(seen);
    const verdict = state.killedAt ? 'pass' : (state.run.decide?.(seen, state.requests.length - 1) ?? 'pass');
    const kill = () => {
      state.dead = true;
      state.child.kill('SIGKILL');
    };
    if (verdict === 'kill-before') {
      state.killedAt = seen;
      kill();
      return void req.socket.destroy();
    }
    let answer: { status: number; headers: IncomingHttpHeaders; body: Buffer };
    try {
      answer = await send(upstream, req, body);
    } catch {
      return void req.socket.destroy();
    }
    if (verdict === 'kill-after') {
      // The simulator acted on it; the child dies without the answer.
      state.killedAt = seen;
      kill();
      return void req.socket.destroy();
    }
    if (typeof verdict === 'object') {
      state.killedAt = seen;
      setTimeout(kill, verdict.killAfterMs);
    }
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    delete headers['connection'];
    headers['content-length'] = String(answer.body.length);
    res.writeHead(answer.status, headers);
    res.end(answer.body);
  }
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => done(Buffer.concat(chunks)));
    stream.on('error', fail);
  });
}

function send(upstream: string, req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  const target = new URL(req.url ?? '/', upstream);
  const headers = { ...req.headers, host: target.host };
  delete headers['connection'];
  return new Promise((done, fail) => {
    const out = httpRequest(target, { method: req.method ?? 'GET', headers }, (answer) => {
      void readAll(answer).then((bytes) => done({ status: answer.statusCode ?? 502, headers: answer.headers, body: bytes }), fail);
    });
    out.on('error', fail);
    out.end(body);
  });
}
