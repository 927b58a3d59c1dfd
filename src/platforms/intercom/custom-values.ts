/**
 * Custom attribute values between Intercom and canonical records. Dates travel as ISO instants in
 * records and as Unix seconds in Intercom; everything else as is.
 */
import type { CustomValues } from '../../model/records.js';
import { isoFromUnix, unixFromIso } from './timestamps.js';

type Value = CustomValues[string];

/** Intercom → canonical. `dateKeys`: attributes whose values are Unix seconds. */
export function customFromIntercom(values: Record<string, unknown> | undefined, dateKeys: ReadonlySet<string>): CustomValues {
  const out: CustomValues = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    if (dateKeys.has(key) && typeof value === 'number') out[key] = isoFromUnix(value);
    else out[key] = scalar(value);
  }
  return out;
}

function scalar(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return JSON.stringify(value);
}

export interface TargetAttribute {
  name: string;
  /** Intercom data type of the attribute in the target workspace. */
  dataType: string;
}

/**
 * Canonical → Intercom, keeping only attributes the target workspace defines (writing an undefined
 * one is refused, which would fail the whole record for one value).
 */
export function customForIntercom(values: CustomValues, defined: readonly TargetAttribute[]): { values: Record<string, unknown>; dropped: string[] } {
  const out: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const attribute = defined.find((a) => a.name === key) ?? defined.find((a) => a.name.toLowerCase() === key.toLowerCase());
    if (!attribute) {
      dropped.push(key);
      continue;
    }
    out[attribute.name] = toIntercom(value, attribute.dataType);
  }
  return { values: out, dropped };
}

function toIntercom(value: Value, dataType: string): unknown {
  if (value === null) return null;
  if ((dataType === 'date' || dataType === 'datetime') && typeof value === 'string') return unixFromIso(value) ?? value;
  if (Array.isArray(value)) return value.join(', ');
  if ((dataType === 'integer' || dataType === 'float' || dataType === 'decimal') && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (dataType === 'string' && typeof value !== 'string') return String(value);
  return value;
}

export function droppedWarning(dropped: readonly string[], model: string): string | undefined {
  if (dropped.length === 0) return undefined;
  return `custom attributes ${dropped.map((k) => `"${k}"`).join(', ')} are not defined on Intercom ${model}s and were left out; migrate the fields entity or create them in Intercom`;
}
