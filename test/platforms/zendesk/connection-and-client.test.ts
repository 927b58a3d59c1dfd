/**
 * The connection block, authentication, where credentials go (and where they never go), the two
 * API budgets, and resumable reads.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { parseMapping } from '../../../src/config/load-mapping.js';
import type { Ticket } from '../../../src/model/records.js';
import { zendeskPlatform } from '../../../src/platforms/zendesk/index.js';
import { ZendeskClient } from '../../../src/platforms/zendesk/client.js';
import { ZendeskSource } from '../../../src/platforms/zendesk/source.js';
import { silentLogger } from '../../../src/log/logger.js';
import { generateZendeskAccount } from '../../sim/zendesk/index.js';
import { archiveYaml, mapping, settingsOf, TEST_TUNING, withSim, zendeskSource, zendeskYaml } from './harness.js';

const parse = (block: string, env: NodeJS.ProcessEnv = { ZD_TOKEN: 'secret-token-value' }) =>
  parseMapping(`source:\n${block}target:\n${archiveYaml('/tmp/out')}`, 'migration.yml', env);

describe('connection', () => {
  test('takes a subdomain or a base_url, and email + token or an OAuth token', () => {
    const { mapping: m, secrets } = parse('  platform: zendesk\n  subdomain: acme\n  email: admin@acme.test\n  token: ${ZD_TOKEN}\n');
    expect(m.source).toMatchObject({ platform: 'zendesk', subdomain: 'acme', budget_share: 1, archive_immediately: false, user_segment_id: null });
    expect(secrets).toEqual(['secret-token-value']);
    const settings = settingsOf(m, 'source');
    expect(settings.baseUrl).toBe('https://acme.zendesk.com');
    expect(settings.authorization).toBe(`Basic ${Buffer.from('admin@acme.test/token:secret-token-value').toString('base64')}`);
    expect(settingsOf(parse('  platform: zendesk\n  base_url: http://127.0.0.1:9/\n  oauth_token: ${ZD_TOKEN}\n').mapping, 'source')).toMatchObject({
      baseUrl: 'http://127.0.0.1:9',
      authorization: 'Bearer secret-token-value',
    });
  });

  test('a base_url overrides the subdomain (a sandbox, a proxy)', () => {
    const { mapping } = parse('  platform: zendesk\n  subdomain: acme\n  base_url: http://127.0.0.1:9/\n  email: a@b.test\n  token: ${ZD_TOKEN}\n');
    expect(settingsOf(mapping, 'source')).toMatchObject({ baseUrl: 'http://127.0.0.1:9' });
  });

  test.each([
    ['  platform: zendesk\n  email: a@b.test\n  token: ${ZD_TOKEN}\n', /subdomain.*set subdomain \(acme for acme.zendesk.com\) or base_url/],
    ['  platform: zendesk\n  subdomain: acme\n  token: ${ZD_TOKEN}\n', /set email and token \(an API token\), or oauth_token/],
    ['  platform: zendesk\n  subdomain: acme\n  email: a@b.test\n  token: ${ZD_TOKEN}\n  oauth_token: ${ZD_TOKEN}\n', /email \+ token or oauth_token, not both/],
    ['  platform: zendesk\n  subdomain: acme\n  email: a@b.test\n  token: literal-token\n', /source.token is a credential written in the file/],
    ['  platform: zendesk\n  subdomain: acme.zendesk.com\n  email: a@b.test\n  token: ${ZD_TOKEN}\n', /must be the account name only/],
    ['  platform: zendesk\n  subdomain: acme\n  oauth_token: ${ZD_TOKEN}\n  budget_share: 1.5\n', /budget_share/],
  ])('refuses %j', (block, message) => {
    expect(() => parse(block)).toThrow(message);
  });

  test('the derived Basic credential is reported for masking', () => {
    const { mapping: m } = parse('  platform: zendesk\n  subdomain: acme\n  email: admin@acme.test\n  token: ${ZD_TOKEN}\n');
    const reported: string[] = [];
    zendeskPlatform.createTarget?.(m.source as never, { log: silentLogger, baseDir: '.', secret: (s) => reported.push(s) });
    expect(reported).toContain(Buffer.from('admin@acme.test/token:secret-token-value').toString('base64'));
  });
});

describe('client', () => {
  test('OAuth bearer tokens are accepted; a wrong token fails without showing it', async () => {
    await withSim({}, async (sim) => {
      const oauth = mapping(`  platform: zendesk\n  base_url: ${sim.url}\n  oauth_token: \${ZD_TOKEN}\n  requests_per_minute: 100000\n`, archiveYaml('/tmp/x'));
      const bearer = new ZendeskSource({ ...settingsOf(oauth, 'source'), authorization: `Bearer ${sim.options.oauthToken}`, secrets: [sim.options.oauthToken] }, TEST_TUNING);
      const pages = [];
      for await (const page of bearer.streams.agents!.read({})) pages.push(page);
      expect(pages.flatMap((p) => p.records).map((a) => a.email)).toEqual([sim.options.email]);

      const wrong = 'wrong-token-123456';
      const m = mapping(zendeskYaml(sim), archiveYaml('/tmp/x'));
      const source = new ZendeskSource({ ...settingsOf(m, 'source'), authorization: `Basic ${Buffer.from(`${sim.options.email}/token:${wrong}`).toString('base64')}`, secrets: [wrong] }, TEST_TUNING);
      const error = await (async () => {
        for await (const _ of source.streams.agents!.read({})) void _;
      })().catch((e: unknown) => e as Error);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/→ 401/);
      expect((error as Error).message).not.toContain(wrong);
      expect(JSON.stringify(error)).not.toContain(Buffer.from(`${sim.options.email}/token:${wrong}`).toString('base64'));
    });
  });

  test('attachment downloads carry the credentials to the account’s own host only, redirects included', async () => {
    const listen = async (handler: Parameters<typeof createServer>[1]) => {
      const server = createServer(handler);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
    };
    const seen: Record<string, (string | undefined)[]> = { own: [], other: [] };
    const other = await listen((req, res) => {
      seen['other']?.push(req.headers.authorization);
      res.end('bytes');
    });
    // The account's host hands some files to another host (Zendesk's attachment CDN) by redirect.
    const own = await listen((req, res) => {
      seen['own']?.push(req.headers.authorization);
      res.writeHead(302, { location: `${other.url.replace('127.0.0.1', 'localhost')}${req.url ?? ''}` }).end();
    });
    try {
      await withSim({}, async (sim) => {
        const m = mapping(zendeskYaml(sim), archiveYaml('/tmp/x'));
        const file = (host: string) => ({ id: '1', fileName: 'a.txt', contentType: 'text/plain', url: `${host}/files/a.txt` });
        // A file on another host: no credentials.
        expect(Buffer.from(await zendeskSource(m).openAttachment(file(other.url))).toString()).toBe('bytes');
        // A file on the account's own host: credentials there, and not to the host it redirects to.
        const ownAccount = new ZendeskSource({ ...settingsOf(m, 'source'), baseUrl: own.url }, TEST_TUNING);
        expect(Buffer.from(await ownAccount.openAttachment(file(own.url))).toString()).toBe('bytes');
      });
    } finally {
      await Promise.all([own, other].map(({ server }) => new Promise((resolve) => server.close(resolve))));
    }
    expect(seen).toEqual({ own: [expect.stringMatching(/^Basic /)], other: [undefined, undefined] });
  });

  test('Support and Help Center have separate budgets: a spent Support budget does not hold Help Center requests', async () => {
    await withSim({}, async (sim) => {
      const m = mapping(zendeskYaml(sim), archiveYaml('/tmp/x'));
      const client = new ZendeskClient({ ...settingsOf(m, 'source'), requestsPerMinute: 3, budgetShare: 1, helpCenterBudgetShare: 1 }, { ...TEST_TUNING, intervalMs: 800 });
      const started = Date.now();
      const support = Promise.all(Array.from({ length: 7 }, () => client.support.get('/api/v2/users/me')));
      await new Promise((r) => setTimeout(r, 20));
      await client.helpCenter.get('/api/v2/help_center/locales');
      const helpCenterMs = Date.now() - started;
      await support;
      const supportMs = Date.now() - started;
      expect(helpCenterMs).toBeLessThan(500);
      expect(supportMs).toBeGreaterThanOrEqual(1_500); // 7 requests at 3 per 0.8 s
    });
  });

  test('ticket reads resume at their saved position, and a delta reads only what changed since', async () => {
    await withSim({}, async (sim) => {
      const { account } = generateZendeskAccount({ seed: 3, tickets: 150, maxCommentsPerTicket: 2, longTicketComments: 3, articles: 0 });
      sim.seed(account);
      const m = mapping(zendeskYaml(sim), archiveYaml('/tmp/x'));
      const ids = async (options: { cursor?: string; since?: string }) => {
        const pages: { records: Ticket[]; cursor?: string }[] = [];
        for await (const page of zendeskSource(m).streams.tickets!.read(options)) pages.push(page);
        return pages;
      };
      const all = await ids({});
      expect(all.map((p) => p.records.length)).toEqual([100, 50]);
      const resumed = await ids({ cursor: all[0]?.cursor as string });
      expect(resumed.flatMap((p) => p.records.map((t) => t.id))).toEqual(all[1]?.records.map((t) => t.id));
      const since = account.tickets![120]?.updated_at as string;
      const delta = (await ids({ since })).flatMap((p) => p.records);
      expect(delta.length).toBeGreaterThan(0);
      expect(delta.length).toBeLessThan(40);
      for (const t of delta) expect(Date.parse(t.updatedAt)).toBeGreaterThanOrEqual(Date.parse(since));
      await expect(ids({ cursor: '{"list":"agents","after":"x"}' })).rejects.toThrow(/does not belong to the Zendesk tickets stream/);
    });
  });
});
