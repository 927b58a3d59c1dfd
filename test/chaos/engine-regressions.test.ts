/**
 * Bugs the chaos runs found outside the connectors (src/engine, src/http), each pinned by the smallest
 * test that showed it. Fixed in "Fix three bugs the chaos runs found"; these keep them fixed.
 */
import { describe, expect, it } from 'vitest';
import { HttpClient, RateLimiter } from '../../src/http/index.js';
import { tempDir } from '../support/workspace.js';
import { withChaosSims } from './chaos-sims.js';
import { chaosMapping, chaosWorkspace, duplicatesIn, runInProcess, startZendesk } from './harness.js';
import { ZENDESK_TUNING } from './tunings.js';

describe('engine: a write whose outcome is unknown', () => {
  const generated = chaosWorkspace(65);
  // Import jobs that stay queued until the test completes them: the connector gives up waiting.
  const sims = withChaosSims(generated, { zendesk: (g) => startZendesk(g, { jobs: { pollsBeforeComplete: 1_000_000, completeAfterMs: undefined } }) });

  // Was: EntityWriter.writeBatch settled every id of the batch, those that failed as ambiguous_write
  // ("it may still be created by that job") included, so the next run neither looked them up
  // (recoverIntents) nor reconciled (the checkpoint exists): it imported them again next to the job's
  // copy. Their intent now stays pending, and the next run asks the target before writing.
  it('the next run looks up records that failed as ambiguous before writing them again', async () => {
    const { intercom, zendesk } = sims;
    const work = tempDir();
    const m = chaosMapping(intercom.url, zendesk.url, 100);
    const first = await runInProcess(work, m, 'full', { zendeskTuning: { ...ZENDESK_TUNING, maxJobWaitMs: 50 } });
    const threads = first.summary.entities.tickets?.read ?? 0;
    expect(first.summary.entities.tickets?.failedBy).toEqual({ ambiguous_write: threads });
    // Zendesk's worker gets to the job after all: the tickets exist. Later jobs run as usual.
    zendesk.completeJobs();
    zendesk.options.jobs.pollsBeforeComplete = 1;
    expect(zendesk.store.tickets.size).toBe(threads);

    const second = await runInProcess(work, m, 'full', { reports: 'second' });
    expect(second.summary.entities.tickets?.failed).toBe(0);
    expect(duplicatesIn(zendesk.store)).toEqual([]);
  });
});

describe('engine: what a delta counts', () => {
  const generated = chaosWorkspace(66);
  const sims = withChaosSims(generated, { zendesk: startZendesk });

  // Was: EntityWriter.migrateEntity asked the source to count the whole entity in a delta too — a
  // request per entity (GET /contacts, GET /companies, a search each for conversations and tickets,
  // GET /articles: 5 of a 23-call delta) — and showed that total as the delta's progress. It now
  // counts with `since`, which Intercom answers without a request.
  it('a delta makes no request to count whole entities', async () => {
    const { intercom, zendesk } = sims;
    const work = tempDir();
    const m = chaosMapping(intercom.url, zendesk.url, 100);
    await runInProcess(work, m, 'full');
    const mark = intercom.server.log.length;
    await runInProcess(work, m, 'delta', { reports: 'delta' });
    const counts = intercom.server.log.slice(mark).filter((r) => r.method === 'GET' && (r.path === '/contacts' || r.path === '/companies'));
    expect(counts).toEqual([]);
  });
});

describe('http: rate-limit answers and the retry budget', () => {
  // Was: HttpClient.request counted a 429 it waited out against the same five attempts as failures,
  // so a file download that met a burst of three 429s and two 503s gave up (found by faults.test.ts).
  // Failures and honoured 429s now have budgets of their own.
  it('three honoured 429s and two 503s still leave the request its retries', async () => {
    const answers = [429, 429, 429, 503, 503, 200];
    let sent = 0;
    const fetchStub: typeof fetch = async () => {
      const status = answers[sent++] ?? 200;
      return new Response(status === 200 ? '{"ok":true}' : '{}', { status, headers: status === 429 ? { 'retry-after': '0' } : {} });
    };
    const client = new HttpClient({ baseUrl: 'http://127.0.0.1:9', limiter: new RateLimiter({ limit: 1000, intervalMs: 1000 }), fetch: fetchStub, sleep: async () => {}, baseDelayMs: 1 });
    await expect(client.get('/files/1')).resolves.toEqual({ ok: true });
    expect(sent).toBe(6);
  });
});

