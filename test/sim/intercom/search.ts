/**
 * The search query language of `POST /contacts|conversations|tickets/search`: a filter
 * `{field, operator, value}` or a group `{operator: AND|OR, value: [...]}`, at most 2 levels of
 * groups and 15 entries per group.
 *
 * Timestamps differ by endpoint, as the 2.16 spec documents:
 * - contacts (`calendar-day`): matched by calendar day in the workspace timezone: `=` is the whole day,
 *   `>` starts at the next day, `<` ends before that day; `!=`, `>=`, `<=`, `IN`, `NIN` are refused.
 * - conversations and tickets (`inclusive`): exact seconds, and `>`/`<` are "greater (or equal)" and
 *   "lower (or equal)".
 */
import { badRequest, invalid } from './errors.js';
import { isObject } from './request-input.js';

export type FieldKind = 'string' | 'integer' | 'date' | 'boolean';

export interface SearchField<T> {
  kind: FieldKind;
  /** One value, or several for multi-valued fields (tag ids, contact ids): then any element may match. */
  get: (item: T) => unknown;
  /** Operators this field refuses beyond the kind's rules (e.g. tag_id takes only = and !=). */
  only?: string[];
}

export interface SearchModel<T> {
  field(name: string): SearchField<T> | undefined;
  timestamps: 'calendar-day' | 'inclusive';
  timezone: string;
  /** Extra operators allowed on specific date fields (tickets allow >= and <= on created_at). */
  dateOperatorsAllowed?: (field: string, operator: string) => boolean;
}

const OPERATORS = ['=', '!=', 'IN', 'NIN', '<', '<=', '>', '>=', '~', '!~', '^', '$'];
const MAX_DEPTH = 2;
const MAX_PER_GROUP = 15;

export type Predicate<T> = (item: T) => boolean;

/** Validates a query and compiles it to a predicate; invalid queries throw the 400 Intercom gives. */
export function compileQuery<T>(query: unknown, model: SearchModel<T>): Predicate<T> {
  if (!isObject(query)) throw invalid('query must be an object', 'query');
  return compileNode(query, model, 0);
}

function compileNode<T>(node: Record<string, unknown>, model: SearchModel<T>, depth: number): Predicate<T> {
  const operator = node['operator'];
  if ((operator === 'AND' || operator === 'OR') && !('field' in node)) {
    if (depth + 1 > MAX_DEPTH) throw invalid(`Search queries allow at most ${MAX_DEPTH} levels of nested filters`, 'query');
    const value = node['value'];
    if (!Array.isArray(value) || value.length === 0) throw invalid(`${operator} needs a non-empty array of filters`, 'query');
    if (value.length > MAX_PER_GROUP) throw invalid(`Search queries allow at most ${MAX_PER_GROUP} filters per ${operator} group`, 'query');
    const children = value.map((child) => {
      if (!isObject(child)) throw invalid('Each filter must be an object', 'query');
      return compileNode(child, model, depth + 1);
    });
    return operator === 'AND' ? (item) => children.every((c) => c(item)) : (item) => children.some((c) => c(item));
  }
  return compileFilter(node, model);
}

function compileFilter<T>(node: Record<string, unknown>, model: SearchModel<T>): Predicate<T> {
  const name = node['field'];
  const operator = node['operator'];
  const value = node['value'];
  if (typeof name !== 'string') throw invalid('A filter needs a field', 'query');
  if (typeof operator !== 'string' || !OPERATORS.includes(operator)) throw invalid(`Operator '${String(operator)}' is not supported`, 'query');
  const field = model.field(name);
  if (!field) throw invalid(`Field '${name}' is not searchable`, 'query');
  if (field.only && !field.only.includes(operator)) throw invalid(`Operator '${operator}' is not supported for field '${name}'`, 'query');

  const listOperator = operator === 'IN' || operator === 'NIN';
  if (listOperator !== Array.isArray(value)) {
    throw invalid(listOperator ? `${operator} needs an array value` : `Operator '${operator}' needs a single value`, 'query');
  }
  const values = (Array.isArray(value) ? value : [value]).map((v) => coerce(v, field.kind, name));

  if (field.kind === 'date') return compileDate(name, operator, values, field, model);
  if (['~', '!~', '^', '$'].includes(operator) && field.kind !== 'string') throw invalid(`Operator '${operator}' needs a string field`, 'query');
  if (['<', '<=', '>', '>='].includes(operator) && field.kind !== 'integer') throw invalid(`Operator '${operator}' needs an integer or date field`, 'query');

  const inclusive = model.timestamps === 'inclusive';
  const target = values[0];
  return (item) => {
    const actual = asList(field.get(item));
    switch (operator) {
      case '=':
        return actual.some((a) => same(a, target));
      case '!=':
        return !actual.some((a) => same(a, target));
      case 'IN':
        return actual.some((a) => values.some((v) => same(a, v)));
      case 'NIN':
        return !actual.some((a) => values.some((v) => same(a, v)));
      case '>':
        return actual.some((a) => typeof a === 'number' && (inclusive ? a >= Number(target) : a > Number(target)));
      case '<':
        return actual.some((a) => typeof a === 'number' && (inclusive ? a <= Number(target) : a < Number(target)));
      case '>=':
        return actual.some((a) => typeof a === 'number' && a >= Number(target));
      case '<=':
        return actual.some((a) => typeof a === 'number' && a <= Number(target));
      case '~':
        return actual.some((a) => typeof a === 'string' && a.toLowerCase().includes(String(target).toLowerCase()));
      case '!~':
        return !actual.some((a) => typeof a === 'string' && a.toLowerCase().includes(String(target).toLowerCase()));
      case '^':
        return actual.some((a) => typeof a === 'string' && a.toLowerCase().startsWith(String(target).toLowerCase()));
      case '$':
        return actual.some((a) => typeof a === 'string' && a.toLowerCase().endsWith(String(target).toLowerCase()));
      default:
        return false;
    }
  };
}

function compileDate<T>(name: string, operator: string, values: unknown[], field: SearchField<T>, model: SearchModel<T>): Predicate<T> {
  const target = Number(values[0]);
  const stamp = (item: T): number | null => {
    const v = field.get(item);
    return typeof v === 'number' ? v : null;
  };
  if (model.timestamps === 'inclusive') {
    const allowed = ['=', '!=', 'IN', 'NIN', '>', '<'];
    if (!allowed.includes(operator) && !model.dateOperatorsAllowed?.(name, operator)) {
      throw invalid(`Operator '${operator}' is not supported on Date field '${name}'`, 'query');
    }
    return (item) => {
      const t = stamp(item);
      if (t === null) return operator === '!=' || operator === 'NIN';
      switch (operator) {
        case '=':
          return t === target;
        case '!=':
          return t !== target;
        case 'IN':
          return values.some((v) => Number(v) === t);
        case 'NIN':
          return !values.some((v) => Number(v) === t);
        case '>':
        case '>=':
          return t >= target;
        default: // '<', '<='
          return t <= target;
      }
    };
  }
  if (!['=', '>', '<'].includes(operator)) {
    throw invalid(`The '${operator}' operator is not supported on Date fields ('${name}')`, 'query');
  }
  const dayStart = startOfDay(target, model.timezone);
  const nextDay = startOfDay(dayStart + 26 * 3600, model.timezone);
  return (item) => {
    const t = stamp(item);
    if (t === null) return false;
    if (operator === '=') return t >= dayStart && t < nextDay;
    if (operator === '>') return t >= nextDay;
    return t < dayStart;
  };
}

function coerce(value: unknown, kind: FieldKind, name: string): string | number | boolean | null {
  if (value === null) return null;
  switch (kind) {
    case 'date':
    case 'integer':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
      throw invalid(`Field '${name}' needs a number, got ${JSON.stringify(value)}`, 'query');
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      throw invalid(`Field '${name}' needs a boolean, got ${JSON.stringify(value)}`, 'query');
    default:
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
      throw invalid(`Field '${name}' needs a string, got ${JSON.stringify(value)}`, 'query');
  }
}

function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return [value];
}

/** Equality as search sees it: strings case-insensitively, numbers and numeric strings alike. */
function same(actual: unknown, wanted: unknown): boolean {
  if (actual === null || actual === undefined) return wanted === null;
  if (wanted === null) return false;
  if (typeof actual === 'string' && typeof wanted === 'string') return actual.toLowerCase() === wanted.toLowerCase();
  return String(actual) === String(wanted);
}

/** Unix seconds of the local midnight that starts the day containing `t` in `timeZone`. */
export function startOfDay(t: number, timeZone: string): number {
  const local = t + offsetSeconds(t, timeZone);
  const midnightLocal = Math.floor(local / 86400) * 86400;
  // The offset at midnight can differ from the offset at `t` across a DST change: correct once.
  let start = midnightLocal - offsetSeconds(midnightLocal - offsetSeconds(t, timeZone), timeZone);
  if (start > t) start -= 86400;
  return start;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetSeconds(t: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw badRequest('parameter_invalid', `Unknown workspace timezone ${timeZone}`);
    }
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(t * 1000)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
  return Math.round(asUtc / 1000) - t;
}

/** `pagination` and `sort` of a search body, with the endpoint's defaults. */
export function searchPaging(body: Record<string, unknown>, defaultSize: number, max: number): { perPage: number; startingAfter: string | undefined } {
  const pagination = body['pagination'];
  if (pagination === undefined || pagination === null) return { perPage: defaultSize, startingAfter: undefined };
  if (!isObject(pagination)) throw invalid('pagination must be an object', 'pagination');
  const requested = pagination['per_page'];
  let perPage = defaultSize;
  if (requested !== undefined && requested !== null) {
    if (typeof requested !== 'number' || !Number.isInteger(requested) || requested < 1) throw invalid('per_page must be a positive integer', 'per_page');
    perPage = Math.min(requested, max);
  }
  const after = pagination['starting_after'];
  if (after !== undefined && after !== null && typeof after !== 'string') throw invalid('starting_after must be a string', 'starting_after');
  return { perPage, startingAfter: after ?? undefined };
}
