/**
 * The body of a write as one object, whether it came as JSON or as multipart/form-data (the only way
 * Freshdesk takes attachments). Multipart names follow Rails conventions: `tags[]` → array,
 * `custom_fields[cf_x]` → object member, `attachments[]` file parts → files. Multipart values are
 * strings; integer and boolean attributes are converted where the string is one (Freshdesk accepts
 * `status=2` in a form), anything else is left for the type checks to refuse.
 */
import type { SimRequest } from '../common/sim-server.js';

export interface UploadedFile {
  name: string;
  contentType: string;
  bytes: Buffer;
}

export interface WriteInput {
  fields: Record<string, unknown>;
  files: UploadedFile[];
  multipart: boolean;
}

const INTEGER_FIELDS = new Set([
  'status', 'priority', 'source', 'requester_id', 'responder_id', 'group_id', 'company_id', 'product_id',
  'email_config_id', 'parent_id', 'internal_agent_id', 'internal_group_id', 'user_id', 'ticket_scope', 'agent_type', 'visibility',
]);
const BOOLEAN_FIELDS = new Set(['private', 'incoming', 'view_all_tickets', 'occasional']);

export async function readWriteInput(request: SimRequest): Promise<WriteInput | 'invalid_body'> {
  const contentType = String(request.headers['content-type'] ?? '');
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    if (request.body === undefined && request.rawBody.length === 0) return { fields: {}, files: [], multipart: false };
    if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) return 'invalid_body';
    return { fields: request.body as Record<string, unknown>, files: [], multipart: false };
  }
  let form: FormData;
  try {
    form = await new Request('http://sim.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: request.rawBody }).formData();
  } catch {
    return 'invalid_body';
  }
  const fields: Record<string, unknown> = {};
  const files: UploadedFile[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string') {
      if (name === 'attachments[]' || name === 'attachments') {
        files.push({ name: value.name, contentType: value.type || 'application/octet-stream', bytes: Buffer.from(await value.arrayBuffer()) });
      } else {
        fields[name] = '[file]';
      }
      continue;
    }
    const array = /^(\w+)\[\]$/.exec(name);
    const member = /^(\w+)\[(\w+)\]$/.exec(name);
    if (array?.[1]) {
      const list = (fields[array[1]] ??= []) as unknown[];
      list.push(value);
    } else if (member?.[1] && member[2]) {
      const object = (fields[member[1]] ??= {}) as Record<string, unknown>;
      object[member[2]] = value;
    } else {
      fields[name] = convert(name, value);
    }
  }
  return { fields, files, multipart: true };
}

function convert(name: string, value: string): unknown {
  if (INTEGER_FIELDS.has(name) && /^-?\d+$/.test(value)) return Number(value);
  if (BOOLEAN_FIELDS.has(name) && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}
