/**
 * The shape of each canonical record, as the archive must hold it: the types the rest of the
 * pipeline relies on (strings, lists, dates, the known statuses). Keys it does not know are kept.
 */
import { z } from 'zod';
import type { EntityName } from '../../model/entities.js';

const text = z.string();
const date = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be a date (ISO 8601)');
const ids = z.array(z.string());
const custom = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]));
const translated = z.record(z.string(), z.looseObject({ name: text, description: text.optional() }));
const attachment = z.looseObject({ id: text, fileName: text, contentType: text, size: z.number().optional(), url: text, inline: z.boolean().optional() });

export const RECORD_SHAPES: Record<EntityName, z.ZodType> = {
  agents: z.looseObject({ id: text, email: text, name: text, role: z.enum(['agent', 'admin']).optional(), active: z.boolean().optional() }),
  teams: z.looseObject({ id: text, name: text, description: text.optional(), memberIds: ids }),
  fields: z.looseObject({
    id: text,
    on: z.enum(['contacts', 'companies', 'tickets']),
    key: text,
    label: text,
    type: z.enum(['string', 'text', 'number', 'decimal', 'boolean', 'date', 'list', 'multi_list']),
    options: ids.optional(),
    description: text.optional(),
  }),
  companies: z.looseObject({ id: text, name: text, externalId: text.optional(), domains: ids.optional(), plan: text.optional(), notes: text.optional(), createdAt: date, updatedAt: date, custom, tags: ids }),
  contacts: z.looseObject({
    id: text,
    role: z.enum(['user', 'lead']),
    name: text.optional(),
    email: text.optional(),
    phone: text.optional(),
    externalId: text.optional(),
    locale: text.optional(),
    companyIds: ids,
    createdAt: date,
    updatedAt: date,
    custom,
    tags: ids,
  }),
  tags: z.looseObject({ id: text, name: text }),
  tickets: z.looseObject({
    id: text,
    kind: z.enum(['conversation', 'ticket']),
    subject: text.optional(),
    status: z.enum(['new', 'open', 'pending', 'hold', 'solved', 'closed']),
    priority: z.enum(['low', 'normal', 'high', 'urgent']).optional(),
    type: text.optional(),
    channel: text.optional(),
    requesterId: text,
    assigneeId: text.optional(),
    teamId: text.optional(),
    companyId: text.optional(),
    tags: ids,
    custom,
    createdAt: date,
    updatedAt: date,
    comments: z.array(
      z.looseObject({
        id: text,
        authorType: z.enum(['contact', 'agent', 'bot']),
        authorId: text.optional(),
        body: text,
        public: z.boolean(),
        createdAt: date,
        attachments: z.array(attachment),
      }),
    ),
    truncatedFrom: z.number().int().optional(),
  }),
  kb_categories: z.looseObject({ id: text, name: text, description: text.optional(), locale: text, position: z.number().optional(), translations: translated }),
  kb_folders: z.looseObject({
    id: text,
    categoryId: text,
    parentFolderId: text.optional(),
    name: text,
    description: text.optional(),
    locale: text,
    position: z.number().optional(),
    translations: translated,
  }),
  articles: z.looseObject({
    id: text,
    folderId: text.optional(),
    categoryId: text.optional(),
    title: text,
    body: text,
    status: z.enum(['published', 'draft']),
    locale: text,
    authorId: text.optional(),
    position: z.number().optional(),
    tags: ids,
    createdAt: date,
    updatedAt: date,
    translations: z.array(z.looseObject({ locale: text, title: text, body: text, status: z.enum(['published', 'draft']) })),
    attachments: z.array(attachment),
  }),
};

/** What is wrong with a record, in one sentence naming the fields (never quoting a value); undefined when it fits. */
export function shapeProblem(entity: EntityName, record: unknown): string | undefined {
  const result = RECORD_SHAPES[entity].safeParse(record);
  if (result.success) return undefined;
  const issues = result.error.issues.slice(0, 3).map((issue) => `${issue.path.length ? issue.path.join('.') : 'the record'}: ${describe(issue, record)}`);
  const more = result.error.issues.length > 3 ? ` (and ${result.error.issues.length - 3} more)` : '';
  return `${issues.join('; ')}${more}`;
}

const KINDS: Record<string, string> = { array: 'a list', object: 'an object', record: 'an object', string: 'a string', number: 'a number', boolean: 'true or false' };

function describe(issue: z.core.$ZodIssue, record: unknown): string {
  if (issue.code === 'invalid_type') {
    const kind = KINDS[issue.expected] ?? issue.expected;
    return valueAt(record, issue.path) === undefined ? `is missing (${kind} expected)` : `must be ${kind}`;
  }
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) current = current && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined;
  return current;
}
