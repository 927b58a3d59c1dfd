/** check reads everything, writes nothing, and lists each record that will fail or change. */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.mjs';
import { check } from '../../src/engine/check.js';
import { ArchiveSource } from '../../src/platforms/archive/source.js';
import { ArchiveTarget } from '../../src/platforms/archive/target.js';
import { failed, migrated, type Outcome } from '../../src/model/outcomes.js';
import type { Agent } from '../../src/model/records.js';
import type { Preflight } from '../../src/platforms/preflight.js';
import { agentsMatchedOnly, articlesInFolders } from '../support/sink-overrides.js';
import { silentLogger } from '../../src/log/logger.js';
import { runCli } from '../support/built-cli.js';
import { archiveMapping, readCsv, readJsonl, tempDir } from '../support/workspace.js';

/** A target like a help desk: agents must exist, articles need a folder, API calls cost time. */
class HelpDeskLikeTarget extends ArchiveTarget {
  constructor(root: string) {
    super(root);
    agentsMatchedOnly(articlesInFolders(this), (records) => this.matchAgents(records));
  }
  override readonly preflight: Preflight = {
    account: async () => 'acme.example (simulated)',
    checkAccess: async () => [
      { permission: 'write tickets', ok: true, detail: 'GET /api/v2/tickets answered 200' },
      { permission: 'write articles', ok: true, detail: 'GET /api/v2/help_center/articles answered 200' },
    ],
    cost: (entity) => (entity === 'tickets' ? { callsPerRecord: 0.02, callsPerAttachment: 1, requestsPerMinute: 100 } : { callsPerRecord: 1, requestsPerMinute: 100 }),
    reminders: () => ['Turn off triggers that email requesters.'],
  };
  override async matchAgent(email: string): Promise<string | undefined> {
    return email === 'agent1@helpdesk.test' ? 'T-a1' : undefined;
  }
  /** Agents are matched by email, never created: the one agent it has matches, the others fail. */
  private matchAgents(records: Agent[]): Promise<Outcome[]> {
    return Promise.all(
      records.map(async (r) => {
        const email = r.email;
        const id = await this.matchAgent(email);
        return id ? migrated(id) : failed('unmatched_agent', `no agent ${email} in archive; create it there, add it to agents.table, or set agents.default`);
      }),
    );
  }
}

async function setup() {
  const work = tempDir();
  const source = join(work, 'source');
  await generateArchive(source, { tickets: 20, contacts: 14, articles: 6 });
  // A conversation the source could only return in part, and an executable attachment.
  const tickets = readJsonl<Record<string, unknown>>(join(source, 'tickets.jsonl'));
  tickets[1] = { ...tickets[1], truncatedFrom: 640 };
  const comments = tickets[2]?.comments as { attachments: unknown[] }[];
  comments[0]?.attachments.push({ id: 'x1', fileName: 'setup.exe', contentType: 'application/octet-stream', size: 10, url: 'attachments/none' });
  writeFileSync(join(source, 'tickets.jsonl'), tickets.map((t) => JSON.stringify(t)).join('\n') + '\n');
  return { work, source };
}

describe('check', () => {
  test('lists every record that will fail, be skipped or change, with its id, and writes nothing', async () => {
    const { work, source } = await setup();
    const summary = await check({
      mapping: archiveMapping(source, join(work, 'target'), 'options:\n  invalid_phone: fail\nagents:\n  default: agent1@helpdesk.test\n'),
      source: new ArchiveSource(source),
      target: new HelpDeskLikeTarget(join(work, 'target')),
      reportsDir: join(work, 'reports'),
      log: silentLogger,
    });
    expect(existsSync(join(work, 'target'))).toBe(false);
    expect(existsSync(join(work, 'state'))).toBe(false);

    expect(summary.check).toMatchObject({
      ready: true,
      accounts: { source: `folder ${source}`, target: 'acme.example (simulated)' },
      // Named by reason and warning code, the codes the reports carry.
      findings: {
        invalid_phone: 2,
        dependency_failed: 2,
        default_agent: 3,
        source_truncated_500_parts: 1,
        unassigned: 2,
        attachment_blocked_type: 1,
        nested_folder: 1,
        default_folder: 1,
      },
    });
    expect(summary.check?.reminders).toEqual([
      'Turn off triggers that email requesters.',
      'Some phone numbers are not valid: if the target validates phone numbers, turn that off during the migration or keep options.invalid_phone: drop.',
      'Some tickets have no assignee: review the target’s assignment rules so imported tickets are not auto-assigned.',
    ]);
    // Tickets: 0.02 calls each and 1 per attachment, for the 18 that keep their requester and the
    // attachments the target takes; every other record 1 call.
    type T = { id: string; comments: { attachments: { fileName: string }[] }[] };
    const passing = readJsonl<T>(join(source, 'tickets.jsonl')).filter((t) => t.id !== 't7' && t.id !== 't14');
    const attachments = passing.flatMap((t) => t.comments.flatMap((c) => c.attachments)).filter((a) => !a.fileName.endsWith('.exe')).length;
    expect(attachments).toBeGreaterThan(5);
    const others = 4 + 2 + 2 + 8 + 12 + 3 + 2 + 3 + 6; // agents … articles, minus the 2 contacts that fail
    expect(summary.check?.estimate).toEqual({ apiCalls: Math.ceil(18 * 0.02 + attachments) + others, minutes: 1 });

    const fail = readCsv(join(work, 'reports', 'will-fail.csv'));
    expect(fail.map((r) => `${r[0]}:${r[1]}:${r[3]}`)).toEqual(['contacts:c7:invalid_phone', 'contacts:c14:invalid_phone']);
    const skip = readCsv(join(work, 'reports', 'will-skip.csv'));
    expect(skip.map((r) => `${r[1]} ${r[4]}`)).toEqual([
      't7 ticket t7 needs contact c7 (requesterId), which will not migrate (invalid_phone)',
      't14 ticket t14 needs contact c14 (requesterId), which will not migrate (invalid_phone)',
    ]);
    const changes = new Map(readCsv(join(work, 'reports', 'will-migrate.csv')).map((r) => [`${r[0]}:${r[1]}`, r[4]]));
    expect(changes.get('agents:a2')).toBe('no agent agent2@helpdesk.test in the target; mapped to the default agent agent1@helpdesk.test');
    expect(changes.get('tickets:t2')).toContain("the source returned 5 of the thread's 640 parts: the oldest 635 are not reachable through its API");
    expect(changes.get('tickets:t3')).toContain('attachment setup.exe has a blocked type (.exe), not migrated');
    expect(changes.get('tickets:t9')).toContain('unassigned: stays unassigned');
    expect(changes.get('articles:ar6')).toMatch(/^placed in "Source Default Category" > "Source Default Folder": it had no folder in the source \(it sat directly in a category, or in no collection\)/);
    const codes = new Map(readCsv(join(work, 'reports', 'will-migrate.csv')).map((r) => [`${r[0]}:${r[1]}`, r[5]]));
    expect(codes.get('tickets:t2')).toBe('source_truncated_500_parts');
    expect(codes.get('tickets:t3')).toContain('attachment_blocked_type');
    expect(readFileSync(join(work, 'reports', 'summary.md'), 'utf8')).toContain('Estimate: **');
  });

  test('an unmatched agent without a default fails, and a missing source folder is not ready (CLI exit 2)', async () => {
    const { work, source } = await setup();
    const summary = await check({
      mapping: archiveMapping(source, join(work, 'target')),
      source: new ArchiveSource(source),
      target: new HelpDeskLikeTarget(join(work, 'target')),
      reportsDir: join(work, 'reports'),
      log: silentLogger,
    });
    expect(summary.entities.agents?.failedBy).toEqual({ unmatched_agent: 3 });
    expect(readCsv(join(work, 'reports', 'will-fail.csv'))[0]?.[4]).toBe('no agent agent2@helpdesk.test in archive; create it there, add it to agents.table, or set agents.default');

    writeFileSync(join(work, 'm.yml'), 'source:\n  platform: archive\n  path: missing\ntarget:\n  platform: archive\n  path: out\n');
    const cli = runCli(['run', '--config', 'm.yml', '--mode', 'check'], work);
    expect(cli.status).toBe(2);
    // A source that does not exist is a mapping error, found before anything is read.
    expect(cli.stderr).toContain(`m.yml:3:9: source.path: the archive folder ${join(work, 'missing')} does not exist; check the path`);
    appendFileSync(join(work, 'm.yml'), '');
    expect(existsSync(join(work, 'out'))).toBe(false);
  });
  test('an unassigned ticket whose default assignee is not an agent of the target says so', async () => {
    const { work, source } = await setup();
    await check({
      mapping: archiveMapping(source, join(work, 'target'), 'defaults:\n  tickets:\n    assignee: ghost@helpdesk.test\n'),
      source: new ArchiveSource(source),
      target: new HelpDeskLikeTarget(join(work, 'target')),
      reportsDir: join(work, 'reports'),
      log: silentLogger,
    });
    const changes = new Map(readCsv(join(work, 'reports', 'will-migrate.csv')).map((r) => [`${r[0]}:${r[1]}`, r[4]]));
    expect(changes.get('tickets:t9')).toContain('unassigned: stays unassigned (the default assignee ghost@helpdesk.test is not an agent of archive)');
  });
});
