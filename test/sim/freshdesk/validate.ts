/**
 * Field checks with Freshdesk's codes: unknown attributes → `invalid_field`, wrong JSON types →
 * `datatype_mismatch`, values outside a set → `invalid_value`, absent mandatory ones → `missing_field`.
 * Errors are collected and thrown together, as Freshdesk lists every failing field in one answer.
 */
import { ValidationFailure, type FieldError } from './http.js';

export type Kind = 'string' | 'integer' | 'number' | 'boolean' | 'string[]' | 'integer[]' | 'object';

const KIND_NAMES: Record<Kind, string> = {
  string: 'String',
  integer: 'Positive Integer',
  number: 'Number',
  boolean: 'Boolean',
  'string[]': 'Array',
  'integer[]': 'Array',
  object: 'key/value pair',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class Checker {
  readonly errors: FieldError[] = [];

  constructor(readonly input: Record<string, unknown>) {}

  /** Refuses every attribute not in `allowed`. */
  only(allowed: readonly string[]): this {
    for (const key of Object.keys(this.input)) {
      if (!allowed.includes(key)) this.add(key, 'invalid_field', 'Unexpected/invalid field in request');
    }
    return this;
  }

  required(field: string): this {
    const value = this.input[field];
    if (value === undefined || value === null || value === '') this.add(field, 'missing_field', 'It should be a/an String');
    return this;
  }

  kinds(kinds: Record<string, Kind>): this {
    for (const [field, kind] of Object.entries(kinds)) {
      const value = this.input[field];
      if (value === undefined || (value === null && kind !== 'boolean')) continue;
      if (!matches(value, kind)) this.add(field, 'datatype_mismatch', `It should be a/an ${KIND_NAMES[kind]}`);
    }
    return this;
  }

  email(field: string): this {
    const value = this.input[field];
    if (typeof value === 'string' && !EMAIL.test(value)) this.add(field, 'invalid_value', 'It should be in the \'valid email address\' format');
    return this;
  }

  oneOf(field: string, values: readonly unknown[]): this {
    const value = this.input[field];
    if (value !== undefined && !values.includes(value)) this.add(field, 'invalid_value', `It should be one of these values: '${values.join(',')}'`);
    return this;
  }

  add(field: string, code: string, message: string): this {
    if (!this.errors.some((e) => e.field === field)) this.errors.push({ field, code, message });
    return this;
  }

  /** Throws the collected errors, if any. */
  done(): void {
    if (this.errors.length > 0) throw new ValidationFailure(this.errors);
  }
}

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

function matches(value: unknown, kind: Kind): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'integer[]':
      return Array.isArray(value) && value.every((v) => Number.isInteger(v));
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}
