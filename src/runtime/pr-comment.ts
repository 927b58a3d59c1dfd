/**
 * One sticky comment per pull request and state key: found again by a hidden marker and updated, so
 * reruns never pile up comments. A token that may not write (a fork's read-only GITHUB_TOKEN answers
 * 403) is an expected case: the comment is skipped with the reason, and the run is not failed.
 */
import { getOctokit } from '@actions/github';
import type { Shard } from '../engine/shard.js';

/** GitHub refuses a longer comment body ("body is too long (maximum is 65536 characters)"). */
export const COMMENT_MAX_CHARS = 65_536;

export type CommentResult =
  | { status: 'created' | 'updated'; id: number; url: string }
  | { status: 'skipped'; reason: string };

export interface StickyComment {
  token: string;
  /** GITHUB_API_URL; passed explicitly because @actions/github reads it only when first imported. */
  apiUrl?: string | undefined;
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  body: string;
}

/** The key prefix (validated by the inputs: no `-->`) tells apart several migrations commenting on one PR. */
export function commentMarker(stateKeyPrefix: string, shard?: Shard): string {
  const slice = shard ? `:shard-${shard.index}-of-${shard.count}` : '';
  return `<!-- desk-migrate:${stateKeyPrefix}${slice} -->`;
}

/** Marker first, then the body, cut with a note if the whole would exceed `max` characters. */
export function fitComment(marker: string, body: string, max = COMMENT_MAX_CHARS): string {
  const whole = `${marker}\n${body}`;
  if (whole.length <= max) return whole;
  const note = '\n\n_This comment was cut to fit GitHub’s limit; the job summary and the report artifact have everything._';
  let cut = whole.slice(0, max - note.length);
  const lastLine = cut.lastIndexOf('\n');
  if (lastLine > marker.length) cut = cut.slice(0, lastLine);
  return cut + note;
}

export async function upsertStickyComment(comment: StickyComment): Promise<CommentResult> {
  const octokit = getOctokit(comment.token, comment.apiUrl ? { baseUrl: comment.apiUrl } : {});
  const where = { owner: comment.owner, repo: comment.repo, issue_number: comment.issueNumber };
  const body = fitComment(comment.marker, comment.body);
  try {
    let existing: number | undefined;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...where, per_page: 100 })) {
      existing = page.data.find((c) => c.body?.includes(comment.marker))?.id;
      if (existing !== undefined) break;
    }
    if (existing !== undefined) {
      const { data } = await octokit.rest.issues.updateComment({ owner: comment.owner, repo: comment.repo, comment_id: existing, body });
      return { status: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ ...where, body });
    return { status: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) {
      return {
        status: 'skipped',
        reason: `the token cannot write to this pull request (HTTP ${status}): pull requests from forks get a read-only GITHUB_TOKEN; elsewhere give the job \`permissions: pull-requests: write\``,
      };
    }
    throw error;
  }
}
