/**
 * The shape of each canonical record, as the archive must hold it: the types the rest of the
 * pipeline relies on (strings, lists, dates, the known statuses). Keys it does not know are kept.
 */
import { z } from 'zod';
import type { EntityName } from '../../model/entities.js';

/**
 * A field's shape, twice: the zod schema that words what is wrong, and `fits`, a quick test that
 * passes only what the schema passes (it may refuse more: zod then has the last word). Reading an
 * archive checks every record, and zod copies every object it checks: at 100,000 tickets that was
 * a tenth of a rerun. Both come from the one definition below, so they cannot drift apart.
 */
interface Shape {
  zod: z.ZodType;
  fits: (value: unknown) => boolean;
}

const text: Shape = { zod: z.string(), fits: (v) => typeof v === 'string' };
const date: Shape = { zod: z.string().refine(isDate, 'must be a date (ISO 8601)'), fits: (v) => typeof v === 'string' && isDate(v) };
const number: Shape = { zod: z.number(), fits: (v) => typeof v === 'number' && Number.isFinite(v) };
const integer: Shape = { zod: z.number().int(), fits: (v) => Number.isSafeInteger(v) };
const boolean: Shape = { zod: z.boolean(), fits: (v) => typeof v === 'boolean' };
const nothing: Shape = { zod: z.null(), fits: (v) => v === null };

function optional(shape: Shape): Shape {
  return { zod: shape.zod.optional(), fits: (v) => v === undefined || shape.fits(v) };
}

function list(shape: Shape): Shape {
  return {
    zod: z.array(shape.zod),
    // By index, not every(): a hole in the array is undefined to zod too.
    fits: (v) => {
      if (!Array.isArray(v)) return false;
      for (let i = 0; i < v.length; i++) if (!shape.fits(v[i])) return false;
      return true;
    },
  };
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T): Shape {
  return { zod: z.enum(values), fits: (v) => typeof v === 'string' && values.includes(v) };
}

function anyOf(...shapes: Shape[]): Shape {
  return { zod: z.union(shapes.map((shape) => shape.zod) as [z.ZodType, z.ZodType, ...z.ZodType[]]), fits: (v) => shapes.some((shape) => shape.fits(v)) };
}

/** An object of any string keys, each value of `shape`. */
function dictionary(shape: Shape): Shape {
  return {
    zod: z.record(z.string(), shape.zod),
    fits: (v) => isPlainObject(v) && Reflect.ownKeys(v).every((key) => typeof key === 'string' && shape.fits(v[key])),
  };
}

/** An object with these fields; keys it does not know are kept. */
function fields(shapes: Record<string, Shape>): Shape {
  const entries = Object.entries(shapes);
  return {
    zod: z.looseObject(Object.fromEntries(entries.map(([key, shape]) => [key, shape.zod]))),
    fits: (v) => isPlainObject(v) && entries.every(([key, shape]) => shape.fits(v[key])),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * What Date.parse reads. The form every archive writer uses (UTC, to the second or millisecond) is
 * recognised without it when its day is one every month has; any other text is left to Date.parse.
 */
const ISO_UTC = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{3})?Z$/;

export function isDate(text: string): boolean {
  return ISO_UTC.test(text) || !Number.isNaN(Date.parse(text));
}

const ids = list(text);
const custom = dictionary(anyOf(text, number, boolean, nothing, list(text)));
const translated = dictionary(fields({ name: text, description: optional(text) }));
const attachment = fields({ id: text, fileName: text, contentType: text, size: optional(number), url: text, inline: optional(boolean) });

const SHAPES: Record<EntityName, Shape> = {
  agents: fields({ id: text, email: text, name: text, role: optional(oneOf(['agent', 'admin'])), active: optional(boolean) }),
  teams: fields({ id: text, name: text, description: optional(text), memberIds: ids }),
  fields: fields({
    id: text,
    on: oneOf(['contacts', 'companies', 'tickets']),
    key: text,
    label: text,
    type: oneOf(['string', 'text', 'number', 'decimal', 'boolean', 'date', 'list', 'multi_list']),
    options: optional(ids),
    description: optional(text),
  }),
  companies: fields({ id: text, name: text, externalId: optional(text), domains: optional(ids), plan: optional(text), notes: optional(text), createdAt: date, updatedAt: date, custom, tags: ids }),
  contacts: fields({
    id: text,
    role: oneOf(['user', 'lead']),
    name: optional(text),
    email: optional(text),
    phone: optional(text),
    externalId: optional(text),
    locale: optional(text),
    companyIds: ids,
    createdAt: date,
    updatedAt: date,
    custom,
    tags: ids,
  }),
  tags: fields({ id: text, name: text }),
  tickets: fields({
    id: text,
    kind: oneOf(['conversation', 'ticket']),
    subject: optional(text),
    status: oneOf(['new', 'open', 'pending', 'hold', 'solved', 'closed']),
    priority: optional(oneOf(['low', 'normal', 'high', 'urgent'])),
    type: optional(text),
    channel: optional(text),
    requesterId: text,
    assigneeId: optional(text),
    teamId: optional(text),
    companyId: optional(text),
    tags: ids,
    custom,
    createdAt: date,
    updatedAt: date,
    comments: list(
      fields({
        id: text,
        authorType: oneOf(['contact', 'agent', 'bot']),
        authorId: optional(text),
        body: text,
        public: boolean,
        createdAt: date,
        attachments: list(attachment),
      }),
    ),
    truncatedFrom: optional(integer),
  }),
  kb_categories: fields({ id: text, name: text, description: optional(text), locale: text, position: optional(number), translations: translated }),
  kb_folders: fields({
    id: text,
    categoryId: text,
    parentFolderId: optional(text),
    name: text,
    description: optional(text),
    locale: text,
    position: optional(number),
    translations: translated,
  }),
  articles: fields({
    id: text,
    folderId: optional(text),
    categoryId: optional(text),
    title: text,
    body: text,
    status: oneOf(['published', 'draft']),
    locale: text,
    authorId: optional(text),
    position: optional(number),
    tags: ids,
    createdAt: date,
    updatedAt: date,
    translations: list(fields({ locale: text, title: text, body: text, status: oneOf(['published', 'draft']) })),
    attachments: list(attachment),
  }),
};

export const RECORD_SHAPES = Object.fromEntries(Object.entries(SHAPES).map(([entity, shape]) => [entity, shape.zod])) as Record<EntityName, z.ZodType>;

/** The quick test alone, which shapeProblem asks first: true only for a record zod passes too. */
export function fitsQuickly(entity: EntityName, record: unknown): boolean {
  return SHAPES[entity].fits(record);
}

/** What is wrong with a record, in one sentence naming the fields (never quoting a value); undefined when it fits. */
export function shapeProblem(entity: EntityName, record: unknown): string | undefined {
  if (SHAPES[entity].fits(record)) return undefined;
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
