/**
 * The real @actions/github `getOctokit` against the simulator's REST API. `baseUrl` is passed
 * explicitly: @actions/github reads GITHUB_API_URL once, when it is imported (research §2.4), and this
 * process was not started with a runner environment. runner-step.test.ts covers the other way (a fresh
 * process whose environment has GITHUB_API_URL, no explicit baseUrl).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startActionsRuntimeSim, type ActionsRuntimeSim } from './index.js';

type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>;

let sim: ActionsRuntimeSim;
let getOctokit: (typeof import('@actions/github'))['getOctokit'];
let octokit: Octokit;
const owner = 'octo-org';
const repo = 'octo-repo';

beforeAll(async () => {
  sim = await startActionsRuntimeSim();
  ({ getOctokit } = await import('@actions/github'));
  octokit = getOctokit(sim.githubToken, { baseUrl: sim.apiUrl });
});

afterAll(async () => {
  await sim?.close();
});

async function status(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { status?: number; message?: string };
    return { status: e.status ?? 0, message: e.message ?? '' };
  }
  throw new Error('expected the request to fail');
}

describe('GitHub REST (issue comments) against the simulator', () => {
  it('creates, lists and updates a comment', async () => {
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: 7, body: '<!-- sticky -->\nfirst' });
    expect(created.status).toBe(201);
    expect(created.data.user?.login).toBe('github-actions[bot]');

    const listed = await octokit.rest.issues.listComments({ owner, repo, issue_number: 7 });
    expect(listed.data.map((c) => c.id)).toEqual([created.data.id]);

    const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: created.data.id, body: '<!-- sticky -->\nsecond' });
    expect(updated.data.body).toBe('<!-- sticky -->\nsecond');
    expect(updated.data.id).toBe(created.data.id);
    expect(updated.data.updated_at >= created.data.created_at).toBe(true);
    expect(sim.comments(7).map((c) => c.body)).toEqual(['<!-- sticky -->\nsecond']);
    expect(sim.comments(8)).toEqual([]);
  });

  it('paginates with Link headers: 30 per page by default, all pages with octokit.paginate', async () => {
    for (let i = 0; i < 250; i++) sim.addComment(9, i === 237 ? '<!-- marker -->' : `comment ${i}`);
    const first = await octokit.rest.issues.listComments({ owner, repo, issue_number: 9 });
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toContain('rel="next"');

    const before = sim.requests().api.length;
    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: 9, per_page: 100 });
    expect(all).toHaveLength(250);
    expect(all.map((c) => c.body)).toEqual(sim.comments(9).map((c) => c.body));
    expect(all.findIndex((c) => c.body?.includes('<!-- marker -->'))).toBe(237);
    expect(sim.requests().api.slice(before)).toHaveLength(3);
  });

  it('a read-only token (fork PR) may read but not write: 403 "Resource not accessible by integration"', async () => {
    const readOnly = getOctokit(sim.readOnlyGithubToken, { baseUrl: sim.apiUrl });
    const denied = await status(readOnly.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'x' }));
    expect(denied).toEqual({ status: 403, message: expect.stringContaining('Resource not accessible by integration') });
    await expect(readOnly.rest.issues.listComments({ owner, repo, issue_number: 7 })).resolves.toMatchObject({ status: 200 });
    expect(sim.comments(7)).toHaveLength(1);
  });

  it('the readOnlyToken switch makes every write 403, whatever the token', async () => {
    const [comment] = sim.comments(7);
    sim.switches.readOnlyToken = true;
    try {
      expect((await status(octokit.rest.issues.updateComment({ owner, repo, comment_id: comment!.id, body: 'y' }))).status).toBe(403);
      expect((await status(octokit.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'y' }))).status).toBe(403);
    } finally {
      sim.switches.readOnlyToken = false;
    }
    expect(sim.comments(7).map((c) => c.body)).toEqual([comment!.body]);
  });

  it('enforces the 65,536-character body limit, counting characters rather than UTF-16 units', async () => {
    const tooLong = await status(octokit.rest.issues.createComment({ owner, repo, issue_number: 10, body: 'x'.repeat(65_537) }));
    expect(tooLong.status).toBe(422);
    expect(tooLong.message).toContain('body is too long (maximum is 65536 characters)');
    const emoji = '😀'.repeat(65_536);
    await expect(octokit.rest.issues.createComment({ owner, repo, issue_number: 10, body: emoji })).resolves.toMatchObject({ status: 201 });
  });

  it('refuses unknown tokens and other repositories; serves the repository', async () => {
    const stranger = getOctokit('ghs_not_issued_by_the_sim', { baseUrl: sim.apiUrl });
    expect((await status(stranger.rest.issues.listComments({ owner, repo, issue_number: 7 }))).status).toBe(401);
    expect((await status(octokit.rest.issues.listComments({ owner, repo: 'other-repo', issue_number: 7 }))).status).toBe(404);
    expect((await status(octokit.rest.issues.updateComment({ owner, repo, comment_id: 1, body: 'z' }))).status).toBe(404);
    const { data } = await octokit.rest.repos.get({ owner: 'Octo-Org', repo });
    expect(data).toMatchObject({ full_name: 'octo-org/octo-repo', default_branch: 'main' });
  });
});
