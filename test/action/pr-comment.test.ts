/**
 * The sticky PR comment against the simulator's GitHub REST API (real Octokit from @actions/github;
 * `apiUrl` passed explicitly, as the Action does).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MAX_CHARS, commentMarker, fitComment, upsertStickyComment } from '../../src/runtime/pr-comment.js';
import { startActionsRuntimeSim, type ActionsRuntimeSim } from '../sim/actions-runtime/index.js';

let sim: ActionsRuntimeSim;

beforeAll(async () => {
  sim = await startActionsRuntimeSim();
});

afterAll(async () => {
  await sim?.close();
});

const post = (issueNumber: number, marker: string, body: string, token = sim.githubToken) =>
  upsertStickyComment({ token, apiUrl: sim.apiUrl, owner: 'octo-org', repo: 'octo-repo', issueNumber, marker, body });

describe('sticky PR comment', () => {
  it('marks comments per state key prefix and shard', () => {
    expect(commentMarker('tickets')).toBe('<!-- desk-migrate:tickets -->');
    expect(commentMarker('tickets', { index: 2, count: 4 })).toBe('<!-- desk-migrate:tickets:shard-2-of-4 -->');
  });

  it('creates one comment, then updates it, leaving other comments alone', async () => {
    sim.addComment(5, 'LGTM');
    const marker = commentMarker('main');
    const first = await post(5, marker, 'first run');
    expect(first.status).toBe('created');
    const second = await post(5, marker, 'second run');
    expect(second).toMatchObject({ status: 'updated', id: (first as { id: number }).id });

    const comments = sim.comments(5);
    expect(comments.map((c) => c.body)).toEqual(['LGTM', `${marker}\nsecond run`]);
  });

  it('finds its comment past the first page and does not confuse another prefix with its own', async () => {
    const mine = commentMarker('kb');
    sim.addComment(6, `${commentMarker('kb-eu')}\nanother migration`);
    for (let i = 0; i < 150; i++) sim.addComment(6, `chatter ${i}`);
    const created = await post(6, mine, 'v1');
    expect(created.status).toBe('created');
    for (let i = 0; i < 30; i++) sim.addComment(6, `more chatter ${i}`);

    const updated = await post(6, mine, 'v2');
    expect(updated).toMatchObject({ status: 'updated', id: (created as { id: number }).id });
    const bodies = sim.comments(6).map((c) => c.body);
    expect(bodies.filter((b) => b.includes(mine))).toEqual([`${mine}\nv2`]);
    expect(bodies).toContain(`${commentMarker('kb-eu')}\nanother migration`);
    const listed = sim.requests().api.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/6/comments'));
    expect(listed.length).toBeGreaterThanOrEqual(4); // two searches, each over two pages of 100
  });

  it('cuts a body over GitHub’s 65,536-character limit, keeping the marker, and GitHub accepts it', async () => {
    const marker = commentMarker('big');
    const body = Array.from({ length: 3000 }, (_, i) => `<tr><td>row ${i}</td><td>${'y'.repeat(20)}</td></tr>`).join('\n');
    const fitted = fitComment(marker, body);
    expect(fitted.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(fitted.startsWith(`${marker}\n`)).toBe(true);
    expect(fitted).toContain('This comment was cut to fit GitHub’s limit');
    expect(fitComment(marker, 'short')).toBe(`${marker}\nshort`);

    expect((await post(7, marker, body)).status).toBe('created');
    expect(sim.comments(7)[0]?.body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
  });

  it('is skipped, not failed, when the token may not write (a fork’s GITHUB_TOKEN)', async () => {
    const result = await post(8, commentMarker('fork'), 'hello', sim.readOnlyGithubToken);
    expect(result).toEqual({ status: 'skipped', reason: expect.stringContaining('HTTP 403') });
    expect(sim.comments(8)).toEqual([]);
  });

  it('throws other errors for the caller to report', async () => {
    await expect(post(9, commentMarker('x'), 'hello', 'ghs_not-a-token')).rejects.toMatchObject({ status: 401 });
  });
});
