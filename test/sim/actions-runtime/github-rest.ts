/**
 * The GitHub REST calls a sticky pull-request comment needs, as Octokit (`@actions/github` getOctokit)
 * sends them:
 *
 *   GET    /repos/{owner}/{repo}
 *   GET    /repos/{owner}/{repo}/issues/{n}/comments   ?per_page (default 30, max 100) &page &since; Link header
 *   POST   /repos/{owner}/{repo}/issues/{n}/comments   {body}
 *   GET    /repos/{owner}/{repo}/issues/comments/{id}
 *   PATCH  /repos/{owner}/{repo}/issues/comments/{id}  {body}
 *   DELETE /repos/{owner}/{repo}/issues/comments/{id}
 *   POST   /repos/{owner}/{repo}/actions/workflows/{file or id}/dispatches  {ref, inputs?} → 204
 *
 * (The last, for `continue: dispatch`: `ref` is required (422 otherwise), inputs must be a map of
 * strings, numbers or booleans with at most 25 keys; a read-only token gets 403. Which workflow files
 * exist is not modelled: any `*.yml`/`*.yaml` name or number is accepted. Dispatches are recorded.)
 *
 * Faithful details: `Authorization: token|Bearer <t>` required (401 "Bad credentials" otherwise); the
 * repository must be the simulated one (owner/name case-insensitive, else 404); a body over 65,536
 * characters is 422 "body is too long (maximum is 65536 characters)"; with a read-only token (a fork PR's
 * GITHUB_TOKEN) or the `readOnlyToken` switch, writes answer 403 "Resource not accessible by integration"
 * while reads still work. Comments created through the API are authored by `github-actions[bot]`.
 * Any issue/PR number is accepted (the simulator does not model which numbers exist).
 */
import type { SimRequest, SimResponse } from '../common/sim-server.js';

export interface GitHubUser {
  login: string;
  id: number;
  type: 'Bot' | 'User';
}

export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: GitHubUser & { node_id: string };
  author_association: string;
  created_at: string;
  updated_at: string;
  performed_via_github_app: null;
}

export interface GitHubRestDeps {
  /** `owner/name`. */
  repository: string;
  repositoryId: number;
  defaultBranch: string;
  /** The REST base URL, for Link headers and `url` fields. */
  apiUrl(): string;
  /** Token → may it write? Unknown tokens are refused. */
  tokenCanWrite(token: string): boolean | undefined;
  /** The global read-only switch. */
  readOnly(): boolean;
}

export const ACTIONS_BOT: GitHubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
const MAX_BODY = 65_536;

export interface WorkflowDispatch {
  workflow: string;
  ref: string;
  inputs: Record<string, unknown>;
}

export class GitHubRest {
  private readonly byIssue = new Map<number, IssueComment[]>();
  private readonly dispatched: WorkflowDispatch[] = [];
  private nextId = 2_000_000_001;

  constructor(private readonly deps: GitHubRestDeps) {}

  dispatches(): WorkflowDispatch[] {
    return this.dispatched.map((d) => ({ ...d, inputs: { ...d.inputs } }));
  }

  comments(issueNumber: number): IssueComment[] {
    return (this.byIssue.get(issueNumber) ?? []).map((c) => ({ ...c, user: { ...c.user } }));
  }

  /** Seeds a comment as if someone had posted it (no auth, no limits). */
  addComment(issueNumber: number, body: string, user: GitHubUser = { login: 'octocat', id: 583231, type: 'User' }): IssueComment {
    const now = this.timestamp();
    const id = this.nextId++;
    const [owner, repo] = this.deps.repository.split('/') as [string, string];
    const comment: IssueComment = {
      id,
      node_id: `IC_kwDO${Buffer.from(String(id)).toString('base64url')}`,
      url: `${this.deps.apiUrl()}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issueNumber}#issuecomment-${id}`,
      issue_url: `${this.deps.apiUrl()}/repos/${owner}/${repo}/issues/${issueNumber}`,
      body,
      user: { ...user, node_id: `U_${user.id}` },
      author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER',
      created_at: now,
      updated_at: now,
      performed_via_github_app: null,
    };
    const list = this.byIssue.get(issueNumber) ?? [];
    list.push(comment);
    this.byIssue.set(issueNumber, list);
    return comment;
  }

  /** Second resolution, like GitHub's timestamps. */
  private timestamp(): string {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  handle(request: SimRequest): SimResponse {
    const auth = String(request.headers.authorization ?? '');
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1];
    if (!token) return error(401, 'Requires authentication', 'https://docs.github.com/rest');
    const canWrite = this.deps.tokenCanWrite(token);
    if (canWrite === undefined) return error(401, 'Bad credentials', 'https://docs.github.com/rest');

    const match = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(request.path);
    if (!match || `${match[1]}/${match[2]}`.toLowerCase() !== this.deps.repository.toLowerCase()) return notFound();
    const rest = match[3] ?? '';
    const write = request.method !== 'GET' && request.method !== 'HEAD';
    if (write && (!canWrite || this.deps.readOnly())) {
      return {
        status: 403,
        headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/issues/comments',
          status: '403',
        },
      };
    }

    if (rest === '' && request.method === 'GET') return { status: 200, body: this.repositoryObject() };

    const list = /^\/issues\/(\d+)\/comments$/.exec(rest);
    if (list) {
      const issueNumber = Number(list[1]);
      if (request.method === 'GET') return this.listComments(issueNumber, request);
      if (request.method === 'POST') {
        const body = commentBody(request.body);
        if (typeof body !== 'string') return body;
        return { status: 201, body: this.addComment(issueNumber, body, ACTIONS_BOT) };
      }
      return notFound();
    }

    const dispatch = /^\/actions\/workflows\/([^/]+\.ya?ml|\d+)\/dispatches$/.exec(rest);
    if (dispatch && request.method === 'POST') return this.dispatch(decodeURIComponent(dispatch[1] ?? ''), request.body);

    const single = /^\/issues\/comments\/(\d+)$/.exec(rest);
    if (single) {
      const id = Number(single[1]);
      const found = this.find(id);
      if (!found) return notFound();
      if (request.method === 'GET') return { status: 200, body: found.comment };
      if (request.method === 'PATCH') {
        const body = commentBody(request.body);
        if (typeof body !== 'string') return body;
        found.comment.body = body;
        found.comment.updated_at = this.timestamp();
        return { status: 200, body: found.comment };
      }
      if (request.method === 'DELETE') {
        found.list.splice(found.list.indexOf(found.comment), 1);
        return { status: 204, body: '' };
      }
    }
    return notFound();
  }

  private dispatch(workflow: string, raw: unknown): SimResponse {
    let body: { ref?: unknown; inputs?: unknown };
    try {
      body = (typeof raw === 'string' ? JSON.parse(raw) : Buffer.isBuffer(raw) ? JSON.parse(raw.toString('utf8')) : raw) as typeof body;
    } catch {
      return error(400, 'Problems parsing JSON', 'https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event');
    }
    if (typeof body?.ref !== 'string' || body.ref === '') return error(422, 'Invalid request.\n\n"ref" wasn\'t supplied.', 'https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event');
    const inputs = (body.inputs ?? {}) as Record<string, unknown>;
    if (typeof inputs !== 'object' || Array.isArray(inputs) || Object.keys(inputs).length > 25 || Object.values(inputs).some((v) => !['string', 'number', 'boolean'].includes(typeof v))) {
      return error(422, 'Invalid request.\n\nFor \'properties/inputs\', the value is not a map of strings, numbers or booleans (25 at most).', 'https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event');
    }
    this.dispatched.push({ workflow, ref: body.ref, inputs });
    return { status: 204, body: '' };
  }

  private find(id: number): { list: IssueComment[]; comment: IssueComment } | undefined {
    for (const list of this.byIssue.values()) {
      const comment = list.find((c) => c.id === id);
      if (comment) return { list, comment };
    }
    return undefined;
  }

  private listComments(issueNumber: number, request: SimRequest): SimResponse {
    const perPage = Math.min(Math.max(Number(request.query.get('per_page') ?? 30) || 30, 1), 100);
    const page = Math.max(Number(request.query.get('page') ?? 1) || 1, 1);
    const since = request.query.get('since');
    let all = this.byIssue.get(issueNumber) ?? [];
    if (since) all = all.filter((c) => c.updated_at >= since);
    const lastPage = Math.max(Math.ceil(all.length / perPage), 1);
    const items = all.slice((page - 1) * perPage, page * perPage);

    const link = (p: number, rel: string): string => {
      const query = new URLSearchParams(request.query);
      query.set('per_page', String(perPage));
      query.set('page', String(p));
      return `<${this.deps.apiUrl()}${request.path}?${query.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return { status: 200, headers: links.length ? { link: links.join(', ') } : {}, body: items };
  }

  private repositoryObject(): Record<string, unknown> {
    const [owner, name] = this.deps.repository.split('/') as [string, string];
    return {
      id: this.deps.repositoryId,
      node_id: `R_${this.deps.repositoryId}`,
      name,
      full_name: this.deps.repository,
      owner: { login: owner, id: 9919, type: 'Organization' },
      private: false,
      html_url: `https://github.com/${this.deps.repository}`,
      url: `${this.deps.apiUrl()}/repos/${this.deps.repository}`,
      default_branch: this.deps.defaultBranch,
      fork: false,
      visibility: 'public',
    };
  }
}

function commentBody(body: unknown): string | SimResponse {
  const value = typeof body === 'object' && body !== null ? (body as { body?: unknown }).body : undefined;
  if (typeof value !== 'string') {
    return error(422, 'Invalid request.\n\n"body" wasn\'t supplied.', 'https://docs.github.com/rest/issues/comments');
  }
  // GitHub counts characters (code points), not UTF-16 units or bytes.
  if ([...value].length > MAX_BODY) {
    return {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY} characters)` }],
        documentation_url: 'https://docs.github.com/rest/issues/comments',
        status: '422',
      },
    };
  }
  return value;
}

function error(status: number, message: string, documentationUrl: string): SimResponse {
  return { status, body: { message, documentation_url: documentationUrl, status: String(status) } };
}

function notFound(): SimResponse {
  return error(404, 'Not Found', 'https://docs.github.com/rest');
}
