/**
 * Auth and permission failures. Unlike a record the API refuses, these stop the whole batch: nothing
 * else would succeed either. The message says which permission the token lacks and where to grant
 * it; it never contains the token (the HTTP layer redacts it, and we add nothing of ours).
 */
import { AccessDeniedError, HttpError } from '../../http/index.js';

/** Permission names as the Developer Hub shows them, per API area: [read, write]. */
const PERMISSIONS: Array<[RegExp, string, string]> = [
  [/^\/(data_attributes|conversations\/attributes)/, 'Read data attributes', 'Write data attributes'],
  [/^\/(contacts|companies)/, 'Read and list users and companies', 'Write users and companies'],
  [/^\/(conversations|messages)/, 'Read conversations', 'Write conversations'],
  [/^\/(tickets|ticket_types|ticket_states)/, 'Read tickets', 'Write tickets'],
  [/^\/(admins|teams|me)\b/, 'Read admins', 'Read admins'],
  [/^\/tags/, 'Read tags', 'Write tags'],
  [/^\/(articles|help_center)/, 'Read articles', 'Read and write articles'],
];

/** Intercom's form of the shared run-stopping AccessDeniedError, with the permission to grant. */
export class IntercomAccessError extends AccessDeniedError {
  constructor(refused: HttpError, message: string) {
    super(refused, message);
    this.name = 'IntercomAccessError';
  }
}

export function requiredPermission(method: string, path: string): string {
  const write = !['GET', 'HEAD'].includes(method.toUpperCase()) && !/\/search$/.test(path);
  const entry = PERMISSIONS.find(([pattern]) => pattern.test(path));
  if (!entry) return write ? 'write access to this resource' : 'read access to this resource';
  return write ? entry[2] : entry[1];
}

/** The access error an HTTP failure stands for, or undefined when it is about the request itself. */
export function accessErrorOf(error: unknown, method: string, path: string): IntercomAccessError | undefined {
  if (!(error instanceof HttpError)) return undefined;
  const where = `${method} ${path}`;
  if (error.status === 401) {
    return new IntercomAccessError(
      error,
      `Intercom refused the access token (401 ${error.code ?? 'unauthorized'}) on ${where}: the token is wrong or revoked, or the workspace ` +
        'is hosted in another region than the connection says; check the token secret and `region` (us, eu, au).',
    );
  }
  if (error.status !== 403) return undefined;
  if (error.code === 'api_plan_restricted') {
    return new IntercomAccessError(error, `Intercom says the workspace's plan does not include this API (403 api_plan_restricted) on ${where}: an active subscription is needed.`);
  }
  const permission = requiredPermission(method, path);
  return new IntercomAccessError(
    error,
    `The Intercom token lacks the "${permission}" permission needed for ${where} (403 ${error.code ?? 'forbidden'}); ` +
      'grant it in the Developer Hub (your app → Configure → Authentication), reinstall the app if it uses OAuth, and run again.',
  );
}
