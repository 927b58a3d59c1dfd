/**
 * A credential that is wrong for one run (a rotated Zendesk token not yet updated in the secrets)
 * must not cost anything for good: the run stops at once on the refused credential, and once the
 * token is fixed the target ends exactly as a clean migration leaves it (groups, comment authors).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { parseMapping } from '../../src/config/load-mapping.js';
import { AccessDeniedError } from '../../src/http/index.js';
import { ArchiveSource } from '../../src/platforms/archive/source.js';
import { archiveBlock, archiveToIntercom, intercomBlock, intercomTarget, run as runIntercom } from '../platforms/intercom/harness.js';
import { startIntercomSim, type IntercomSim as IntercomWorkspaceSim } from '../sim/intercom/index.js';
import { tempDir } from '../support/workspace.js';
import { chaosMappingYaml } from './chaos-mapping.js';
import { withChaosSims } from './chaos-sims.js';
import { CHAOS_ENV, chaosMapping, chaosWorkspace, duplicatesIn, normalizedStore, runInProcess, startZendesk } from './harness.js';

describe('a run with a wrong Zendesk token, then the right one', () => {
  const generated = chaosWorkspace(67);
  const sims = withChaosSims(generated, { clean: startZendesk, faulty: startZendesk });

  test('stops at once on the refused token, and the next run leaves the target as a clean run does', async () => {
    const { intercom, clean, faulty } = sims;
    const reference = await runInProcess(tempDir(), chaosMapping(intercom.url, clean.url, 5), 'full');
    expect(reference.summary.totals.failed).toBe(0);

    const work = tempDir();
    const wrong = parseMapping(chaosMappingYaml(intercom.url, faulty.url, 5), 'migration.yml', { ...CHAOS_ENV, ZD_TOKEN: 'revoked-token' }).mapping;
    const mark = faulty.server.log.length;
    const error = await runInProcess(work, wrong, 'full').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect((error as Error).message).toMatch(/^Stopped while [a-z ]+ zendesk: Zendesk did not accept the credentials \(GET http:\/\/127\.0\.0\.1:\d+\/api\/v2\/\S+ → 401 Unauthorized: Couldn't authenticate you\): check the connection's email and token \(or oauth_token\) in the mapping file/);
    // Stopped at the first refusal: not one request per record.
    expect(faulty.server.log.slice(mark).filter((r) => r.status === 401).length).toBe(1);

    const fixed = await runInProcess(work, chaosMapping(intercom.url, faulty.url, 5), 'full');
    expect(fixed.summary.totals.failed).toBe(0);
    expect(duplicatesIn(faulty.store)).toEqual([]);
    expect(normalizedStore(faulty.store, faulty.url)).toEqual(normalizedStore(clean.store, clean.url));
  }, 60_000);

  test('a revoked Intercom token on the source side stops the run at once too; the next run completes it', async () => {
    const { intercom, clean } = sims;
    const fresh = await startZendesk(generated);
    try {
      const work = tempDir();
      const wrong = parseMapping(chaosMappingYaml(intercom.url, fresh.url, 5), 'migration.yml', { ...CHAOS_ENV, INTERCOM_TOKEN: 'revoked-token' }).mapping;
      const mark = intercom.server.log.length;
      const error = await runInProcess(work, wrong, 'full').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AccessDeniedError);
      expect((error as Error).message).toMatch(/^Stopped while reading [a-z_]+ from intercom: Intercom refused the access token \(401 unauthorized\)/);
      expect(intercom.server.log.slice(mark).filter((r) => r.status === 401).length).toBe(1);

      const fixed = await runInProcess(work, chaosMapping(intercom.url, fresh.url, 5), 'full');
      expect(fixed.summary.totals.failed).toBe(0);
      expect(normalizedStore(fresh.store, fresh.url)).toEqual(normalizedStore(clean.store, clean.url));
    } finally {
      await fresh.close();
    }
  }, 60_000);
});

/**
 * The same with Intercom as the target: a revoked token stops the run at its first refusal, and the
 * next run leaves the workspace as a clean migration does — every conversation with its contact,
 * teammate, team, tags and parts.
 */
describe('a run with a wrong Intercom token, then the right one', () => {
  const admins = [1, 2, 3, 4].map((n) => ({ name: `Agent ${n}`, email: `agent${n}@helpdesk.test` }));
  const seed = { admins, teams: [{ name: 'Support' }, { name: 'Billing' }], helpCenters: [{ default: true, locales: ['en', 'fr'] }] };
  let clean: IntercomWorkspaceSim;
  let faulty: IntercomWorkspaceSim;
  beforeAll(async () => {
    [clean, faulty] = await Promise.all([startIntercomSim({ seed }), startIntercomSim({ seed })]);
  });
  afterAll(async () => {
    await Promise.all([clean?.close(), faulty?.close()]);
  });

  test('stops at once on the refused token, and the next run leaves the workspace as a clean run does', async () => {
    const archive = join(tempDir(), 'archive');
    await generateArchive(archive, { tickets: 12, contacts: 8, companies: 3, articles: 4 });
    const reference = await archiveToIntercom(tempDir(), archive, clean);
    expect(reference.totals.failed).toBe(0);

    const work = tempDir();
    const wrong = parseMapping(`source:\n${archiveBlock(archive)}target:\n${intercomBlock(faulty)}`, 'migration.yml', { INTERCOM_TOKEN: 'revoked-token' }).mapping;
    const mark = faulty.server.log.length;
    const error = await runIntercom(work, wrong, new ArchiveSource(archive, 50), intercomTarget(wrong)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect((error as Error).message).toMatch(/^Stopped while [a-z ]+ intercom: Intercom refused the access token \(401 unauthorized\) on GET \/\S+: the token is wrong or revoked/);
    expect(faulty.server.log.slice(mark).filter((r) => r.status === 401).length).toBe(1);

    const fixed = await archiveToIntercom(work, archive, faulty);
    expect(fixed.totals.failed).toBe(0);
    expect(workspaceShape(faulty)).toEqual(workspaceShape(clean));
  }, 60_000);
});

/** What a migration put in an Intercom workspace, every reference as the label of what it points at. */
function workspaceShape(sim: IntercomWorkspaceSim) {
  const s = sim.store;
  const label = new Map<string, string>();
  for (const a of s.admins.values()) label.set(`admin:${a.id}`, a.email);
  for (const t of s.teams.values()) label.set(`team:${t.id}`, t.name);
  for (const t of s.tags.values()) label.set(`tag:${t.id}`, t.name);
  for (const c of s.companies.values()) label.set(`company:${c.id}`, c.company_id);
  for (const c of s.contacts.values()) label.set(`contact:${c.id}`, c.external_id ?? c.email ?? '');
  const of = (kind: string, id: string | null | undefined) => (id ? (label.get(`${kind}:${id}`) ?? `?${id}`) : null);
  const tags = (applied: { tag_id: string }[]) => applied.map((t) => of('tag', t.tag_id)).sort();
  const parts = (list: { author: { type: string; id: string }; body: string | null; attachments: unknown[] }[]) =>
    list.filter((p) => p.body || p.attachments.length).map((p) => [p.author.type === 'admin' ? of('admin', p.author.id) : of('contact', p.author.id), p.body]);
  const threads = (list: Iterable<{ created_at: number; admin_assignee_id: string; team_assignee_id: string; contact_ids: string[]; tags: { tag_id: string }[]; parts: Parameters<typeof parts>[0] }>) =>
    [...list]
      .map((c) => ({ at: c.created_at, admin: of('admin', c.admin_assignee_id), team: of('team', c.team_assignee_id), contacts: c.contact_ids.map((id) => of('contact', id)), tags: tags(c.tags), parts: parts(c.parts) }))
      .sort((a, b) => a.at - b.at || JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    companies: [...s.companies.values()].map((c) => [c.company_id, c.name, tags(c.tags)]).sort(),
    contacts: [...s.contacts.values()].map((c) => [c.external_id, c.email, c.name, c.company_ids.map((id) => of('company', id)).sort(), tags(c.tags)]).sort(),
    conversations: threads(s.conversations.values()),
    tickets: threads(s.tickets.values()),
    collections: [...s.collections.values()].map((c) => c.name).sort(),
    articles: [...s.articles.values()].map((a) => [a.title, a.state, a.body]).sort(),
  };
}
